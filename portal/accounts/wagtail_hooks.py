from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import StaffProfile


class SignUpMadePolicy(ModelPermissionPolicy):
    """Profiles are made by signing up, where the person confirms their e-mail."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(StaffProfile, SignUpMadePolicy(StaffProfile))


class StaffProfileViewSet(ModelViewSet):
    """Admins set who supervises which centres, and correct a person's details.

    Approving and refusing sign-ups is done on the portal's approval page, which
    also tells the person; here the status is only shown.
    """

    model = StaffProfile
    icon = "group"
    menu_label = _("Staff profiles")
    menu_order = 650
    add_to_admin_menu = True
    list_display = ["full_name", "user", "centre", "job_role", "status"]
    list_filter = ["status", "centre", "job_role", "preferred_language"]
    search_fields = ["full_name"]
    form_fields = [
        "full_name",
        "centre",
        "job_role",
        "preferred_language",
        "supervised_centres",
    ]


@hooks.register("register_admin_viewset")
def register_staff_profiles():
    return StaffProfileViewSet("staff_profiles")
