"""Drive Wagtail's page editor as a browser would, without JavaScript."""

import json

from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from portal.i18n.languages import language_codes, localized_field

CHECKLIST = ("no_child_name", "no_identifying_face", "no_school", "no_home_place")


def edit_form_data(client, page, **changes):
    """The page editor's form as the browser submits it, with `changes` applied."""
    return page_form_data(
        client, reverse("wagtailadmin_pages:edit", args=[page.id]), **changes
    )


def page_form_data(client, url, **changes):
    """The page form the editor at `url` (edit, create, revert) shows, as sent."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The body StreamField's inputs come from JavaScript; these stories have none.
    for code in language_codes():
        data[f"{localized_field('body', code)}-count"] = "0"
    for name, value in changes.items():
        data[name] = value
    return data


def post_edit(client, page, action, **changes):
    """Press one of the editor's buttons: "submit", "publish", "workflow-action"..."""
    data = edit_form_data(client, page, **changes)
    data[f"action-{action}"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), data)


def approve_in_editor(client, page, extra_data, **changes):
    """Approve from the page editor, passing the modal's data as its JavaScript does."""
    return post_edit(
        client,
        page,
        "workflow-action",
        **{
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(extra_data),
        },
        **changes,
    )


def workflow_action(client, page, action, data):
    """Post the workflow action modal, as the dashboard's buttons do."""
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.id, action, page.current_workflow_task_state.id],
    )
    return client.post(url, data)


def full_checklist(**extra):
    return {**dict.fromkeys(CHECKLIST, "on"), **extra}


def publish_checklist(ticked=CHECKLIST):
    """The Publish dialog's boxes, sent with the page editor's form."""
    return {f"safeguarding-{name}": "on" for name in ticked}
