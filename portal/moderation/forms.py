from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm

CONFIRMATION_REQUIRED = _("Check this before the page goes live.")


def confirmation(label):
    return forms.BooleanField(
        label=label, error_messages={"required": CONFIRMATION_REQUIRED}
    )


class SafeguardingChecklistForm(forms.Form):
    """The safeguarding checklist: a page goes live only with every box ticked."""

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


class SafeguardingApprovalForm(SafeguardingChecklistForm, TaskStateCommentForm):
    """The checklist, with the moderator's comment, for approving a task."""

    field_order = [*SafeguardingChecklistForm.base_fields, "comment"]
