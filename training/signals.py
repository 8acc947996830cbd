"""A module's requirements fall when a lesson leaves it (unpublished, deleted,
moved away) or its check changes: those who now meet them are completed in the
background, once the change is committed. A lesson published or moved in only
adds to them, and completes nobody."""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from .summaries import STEPLEN


def completions_update_later(module_ids):
    from .tasks import module_completions_update

    for module_id in sorted(set(module_ids)):
        transaction.on_commit(
            lambda module_id=module_id: module_completions_update.enqueue(module_id)
        )


def module_ids_at(*paths):
    from .models import TrainingModulePage

    return TrainingModulePage.objects.filter(path__in=paths).values_list(
        "pk", flat=True
    )


def lesson_left(sender, instance, **kwargs):
    completions_update_later(module_ids_at(instance.path[:-STEPLEN]))


def lesson_moved(sender, parent_page_before, parent_page_after, **kwargs):
    if parent_page_after.pk != parent_page_before.pk:
        completions_update_later(module_ids_at(parent_page_before.path))


def module_published(sender, instance, **kwargs):
    completions_update_later([instance.pk])


def connect():
    from .models import LessonPage, TrainingModulePage

    for signal in (page_unpublished, post_delete):
        signal.connect(
            lesson_left,
            sender=LessonPage,
            dispatch_uid=f"training_completions_{signal is post_delete}",
        )
    post_page_move.connect(
        lesson_moved, sender=LessonPage, dispatch_uid="training_completions_moved"
    )
    page_published.connect(
        module_published,
        sender=TrainingModulePage,
        dispatch_uid="training_completions_check",
    )
