from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import approval
from .models import StaffProfile


class SignUpMadePolicy(ModelPermissionPolicy):
    """Profiles are made by signing up, where the person confirms their e-mail."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(StaffProfile, SignUpMadePolicy(StaffProfile))


class StaffProfileAdminForm(WagtailAdminModelForm):
    """A person's details, and for a refused sign-up a second thought, made
    through the approval service so that the person or supervisors are told."""

    refusal_undo = forms.ChoiceField(
        label=_("Undo the refusal"),
        required=False,
        choices=[
            ("", _("No, keep it refused")),
            (StaffProfile.Status.PENDING, _("Put it back to waiting for approval")),
            (StaffProfile.Status.APPROVED, _("Approve it")),
        ],
        help_text=_(
            "Waiting: the centre's supervisors are told and decide again. "
            "Approved: the person is told they can sign in."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.status != StaffProfile.Status.REFUSED:
            del self.fields["refusal_undo"]

    def save(self, commit=True):
        profile = super().save(commit=commit)
        status = self.cleaned_data.get("refusal_undo")
        if commit and status:
            approval.refusal_undo(
                profile_id=profile.pk, by=self.for_user, status=status
            )
            profile.refresh_from_db()
        return profile


class StaffProfileViewSet(ModelViewSet):
    """Admins set who supervises which centres, correct a person's details and
    may undo a refusal.

    Approving and refusing sign-ups is done on the portal's approval page, which
    also tells the person; here the decision and its reason are shown.
    """

    model = StaffProfile
    icon = "group"
    menu_label = _("Staff profiles")
    menu_order = 650
    add_to_admin_menu = True
    list_display = ["full_name", "user", "centre", "job_role", "status"]
    list_filter = ["status", "centre", "job_role", "preferred_language"]
    search_fields = ["full_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("full_name"),
            FieldPanel("centre"),
            FieldPanel("job_role"),
            FieldPanel("preferred_language"),
            FieldPanel("supervised_centres"),
            FieldPanel("status", read_only=True),
            FieldPanel("decided_by", read_only=True),
            FieldPanel("refusal_reason", read_only=True),
            FieldPanel("refusal_undo"),
        ],
        base_form_class=StaffProfileAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_staff_profiles():
    return StaffProfileViewSet("staff_profiles")
