from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Revision, TaskState

from .forms import SafeguardingApprovalForm, SafeguardingChecklistForm

CHECKLIST = tuple(SafeguardingChecklistForm.base_fields)


class SafeguardingChecklist(models.Model):
    """The four confirmations that no child can be identified."""

    no_child_name = models.BooleanField(_("no child is named"), default=False)
    no_identifying_face = models.BooleanField(
        _("no child's face could identify them"), default=False
    )
    no_school = models.BooleanField(_("no child's school is shown"), default=False)
    no_home_place = models.BooleanField(
        _("no child's village or home place is shown"), default=False
    )

    class Meta:
        abstract = True


class SafeguardingCheck(SafeguardingChecklist):
    """A person's confirmed checklist for one revision: what lets it go live."""

    revision = models.OneToOneField(
        Revision,
        verbose_name=_("revision"),
        on_delete=models.CASCADE,
        related_name="safeguarding_check",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), default=timezone.now)

    class Meta:
        verbose_name = _("safeguarding check")
        verbose_name_plural = _("safeguarding checks")
        constraints = [
            models.CheckConstraint(
                condition=Q(**dict.fromkeys(CHECKLIST, True)),
                name="safeguarding_check_complete",
            )
        ]

    def __str__(self):
        return f"{self.revision} ({self.confirmed_by})"


class SafeguardingTaskState(TaskState, SafeguardingChecklist):
    """An approval step that records the moderator's safeguarding confirmations."""

    class Meta:
        verbose_name = _("safeguarding task state")
        verbose_name_plural = _("safeguarding task states")

    def __str__(self):
        return super().__str__()

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
        from .services import safeguarding_check_confirm

        self.no_child_name = no_child_name
        self.no_identifying_face = no_identifying_face
        self.no_school = no_school
        self.no_home_place = no_home_place
        # Finishing the workflow publishes the latest revision, which includes any
        # edits the moderator made while approving: record the check against it.
        self.revision = self.workflow_state.content_object.get_latest_revision()
        safeguarding_check_confirm(
            revision=self.revision,
            user=user,
            confirmations={name: getattr(self, name) for name in CHECKLIST},
        )
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
