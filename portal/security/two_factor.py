"""Who must use a second factor, and where: everyone who can see other people's
records (the Wagtail admin, the supervision report and its files, sign-up
approvals, anybody's certificate) gives it in the session before such a page.

Enrolled people are asked for a code by allauth's sign-in (its MFA stage), the
only sign-in there is: Wagtail's own leads to it (middleware.py). A session
signed in without the code (the person enrolled later, elsewhere) is asked for
it before those pages.
"""

from functools import wraps

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.accounts.roles import SUPERVISORS

MFA_METHOD = "mfa"


def required(user):
    """Admins, editors, moderators and supervisors: they see others' records."""
    return user.is_authenticated and (
        user.is_superuser
        or user.has_perm("wagtailadmin.access_admin")
        or user.groups.filter(name=SUPERVISORS).exists()
    )


def enrolled(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def given_in_session(request):
    """Whether this session's sign-in included a code (or an enrolment, which
    takes one)."""
    return any(
        record.get("method") == MFA_METHOD
        for record in get_authentication_records(request, request.user)
    )


def refusal(request, enrol_message=None):
    """None if `request` may open pages with other people's records; otherwise
    the way there: set up an authenticator app, or give its code."""
    # A code given in this session answers for the rest (no query): the person
    # was enrolled then and cannot remove the authenticator (MFAAdapter).
    if given_in_session(request) or not required(request.user):
        return None
    if not enrolled(request.user):
        messages.info(
            request,
            enrol_message
            or _(
                "Set up two-factor authentication before opening pages with "
                "other people's records."
            ),
        )
        return redirect("mfa_activate_totp")
    return redirect_to_login(
        request.get_full_path(), reverse("mfa_reauthenticate"), "next"
    )


def second_factor_required(view):
    """The view opens for people who need no second factor, or gave it."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.user.is_authenticated:
            response = refusal(request)
            if response is not None:
                return response
        return view(request, *args, **kwargs)

    return guarded


def enrolment_record(request, authenticator):
    """Setting up an authenticator app takes a code from it: that counts as the
    second factor for this session."""
    record_authentication(
        request,
        authenticator.user,
        MFA_METHOD,
        id=authenticator.pk,
        type=authenticator.type,
    )
