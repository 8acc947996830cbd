from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm

CONFIRMATION_REQUIRED = _("Check this before approving.")


def confirmation(label):
    return forms.BooleanField(
        label=label, error_messages={"required": CONFIRMATION_REQUIRED}
    )


class SafeguardingApprovalForm(TaskStateCommentForm):
    """The safeguarding checklist: approval needs every box ticked."""

    no_child_name = confirmation(
        _("No child is named: not in the text, captions or image descriptions.")
    )
    no_identifying_face = confirmation(
        _("No picture shows a child's face in a way that could identify them.")
    )
    no_school = confirmation(_("No child's school is named or can be recognised."))
    no_home_place = confirmation(
        _("No child's village or exact home place is named or can be recognised.")
    )

    field_order = [
        "no_child_name",
        "no_identifying_face",
        "no_school",
        "no_home_place",
        "comment",
    ]
