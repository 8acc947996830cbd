"""Send every page through the safeguarding check by moderators.

Wagtail's own initial data gives the tree root a plain "Moderators approval"
workflow; this one replaces it there, so every page (news first) inherits it.
"""

from django.db import migrations

WORKFLOW_NAME = "News moderation"
TASK_NAME = "Moderators: safeguarding check"
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"


def create_news_moderation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    SafeguardingApprovalTask = apps.get_model("moderation", "SafeguardingApprovalTask")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="moderation", model="safeguardingapprovaltask"
    )
    task, _ = SafeguardingApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": content_type, "active": True}
    )
    task.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for root in Page.objects.filter(depth=1):
        WorkflowPage.objects.update_or_create(
            page=root, defaults={"workflow": workflow}
        )


def remove_news_moderation(apps, schema_editor):
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    news_moderation = Workflow.objects.filter(name=WORKFLOW_NAME)
    default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW_NAME).first()
    if default:
        WorkflowPage.objects.filter(workflow__in=news_moderation).update(
            workflow=default
        )
    Task.objects.filter(content_type__app_label="moderation").delete()
    news_moderation.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_news_moderation, remove_news_moderation),
    ]
