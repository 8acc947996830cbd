"""The last step of signing in: only approved staff get in."""

from allauth.account.stages import LoginStage
from django.http import HttpResponseRedirect

from .adapter import status_page_url
from .models import StaffProfile


class ApprovalStage(LoginStage):
    key = "portal_approval"

    def handle(self):
        """Stop a person whose sign-up is still pending, or was refused.

        Accounts without a profile (admins, editors made in the admin) pass.
        """
        user = self.login.user
        profile = StaffProfile.objects.filter(user=user).first()
        if profile is None or profile.is_approved or user.is_superuser:
            return None, True
        return HttpResponseRedirect(status_page_url(profile)), False
