from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .forms import SafeguardingApprovalForm


class SafeguardingTaskState(TaskState):
    """An approval step that records the moderator's safeguarding confirmations."""

    no_child_name = models.BooleanField(_("no child is named"), default=False)
    no_identifying_face = models.BooleanField(
        _("no child's face could identify them"), default=False
    )
    no_school = models.BooleanField(_("no child's school is shown"), default=False)
    no_home_place = models.BooleanField(
        _("no child's village or home place is shown"), default=False
    )

    class Meta:
        verbose_name = _("safeguarding task state")
        verbose_name_plural = _("safeguarding task states")

    @transaction.atomic
    def approve(
        self,
        user=None,
        update=True,
        comment="",
        *,
        no_child_name=False,
        no_identifying_face=False,
        no_school=False,
        no_home_place=False,
    ):
        self.no_child_name = no_child_name
        self.no_identifying_face = no_identifying_face
        self.no_school = no_school
        self.no_home_place = no_home_place
        # Finishing the workflow publishes the latest revision, which includes any
        # edits the moderator made while approving: record the check against it.
        self.revision = self.workflow_state.content_object.get_latest_revision()
        return super().approve(user=user, update=update, comment=comment)


class SafeguardingApprovalTask(AbstractGroupApprovalTask):
    """Group approval that passes only once no child can be identified."""

    task_state_class = SafeguardingTaskState

    class Meta:
        verbose_name = _("safeguarding approval task")
        verbose_name_plural = _("safeguarding approval tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve after confirming that no child "
            "can be identified by name, face, school or home place."
        )

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        # Approving always opens the checklist: there is no one-click approval.
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve after safeguarding check"), True),
        ]

    def get_form_for_action(self, action):
        if action == "approve":
            return SafeguardingApprovalForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            # The page editor passes the modal's data through unchecked.
            form = SafeguardingApprovalForm(data=kwargs)
            if not form.is_valid():
                raise PermissionDenied(
                    _(
                        "Approval needs the safeguarding check: confirm that no "
                        "child can be identified by name, face, school or home place."
                    )
                )
            kwargs = form.cleaned_data
        return super().on_action(task_state, user, action_name, **kwargs)
