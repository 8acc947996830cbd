"""Who must use a second factor: everyone who can reach the Wagtail admin.

Enrolled people are asked for a code by allauth's sign-in (its MFA stage), the
only sign-in there is: Wagtail's own leads to it (middleware.py).
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled


def required(user):
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def enrolled(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])
