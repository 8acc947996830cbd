"""How allauth signs staff up and in: approval before the first sign-in, and each
person's own language for their pages and e-mails.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.db import transaction
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.security.lockout import account_key, client_address

from . import approval
from .mail import base_url, preferred_language, recipient_language, subject_format
from .models import StaffProfile

# Links that allauth puts in its e-mails, turned into the reader's language.
MAIL_LINKS = ("activate_url", "password_reset_url", "signup_url")


class PortalAccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _(
            "This e-mail address and password do not match an account."
        ),
        "username_password_mismatch": _(
            "This username and password do not match an account."
        ),
        "email_taken": _("An account with this e-mail address already exists."),
        "invalid_password_reset": _(
            "This link to choose a new password is no longer valid."
        ),
        "too_many_login_attempts": _(
            "Too many attempts to sign in. Please try again later."
        ),
        "rate_limited": _("Too many requests. Please wait a moment and try again."),
        "unknown_email": _("No account uses this e-mail address."),
    }

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed sign-ins by the name typed alone, across every
        # address ("login_failed" in ACCOUNT_RATE_LIMITS): counted per account
        # and address instead, however the name is spelt, nobody can lock a
        # colleague out, and made-up names do not lock out an office.
        login = credentials.get("email") or credentials.get("username") or ""
        return f"{account_key(login)}:{client_address(request)}"

    def get_login_stages(self):
        # After the e-mail check: an unconfirmed address is dealt with first.
        return [*super().get_login_stages(), "portal.accounts.stages.ApprovalStage"]

    def get_login_redirect_url(self, request):
        """With no `next`: the home page in the language being read, or on a first
        visit (no language chosen on this device yet) in the person's own."""
        language = translation.get_language()
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            language = preferred_language(request.user) or language
        with translation.override(language):
            return reverse("wagtail_serve", args=[""])

    def get_logout_redirect_url(self, request):
        return reverse("wagtail_serve", args=[""])

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        language = preferred_language(user)
        # A first visit (no language chosen yet on this device): the site's
        # address leads to the person's own language from now on.
        if language and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            language_cookie_set(response, language)
        return response

    def get_email_verification_redirect_url(self, email_address):
        profile = StaffProfile.objects.filter(user_id=email_address.user_id).first()
        if profile is not None and not profile.is_approved:
            return status_page_url(profile)
        return super().get_email_verification_redirect_url(email_address)

    def confirm_email(self, request, email_address):
        confirmed = super().confirm_email(request, email_address)
        profile = StaffProfile.objects.filter(user_id=email_address.user_id).first()
        if confirmed and profile is not None and not profile.is_approved:
            base = base_url()
            transaction.on_commit(
                lambda: approval.supervisors_notify(profile, base=base)
            )
        return confirmed

    def send_mail(self, template_prefix, email, context):
        """Every e-mail in its reader's language, its links too."""
        language = recipient_language(email, context.get("user"))
        # Translated from the request's language, in which they resolve.
        context = {
            name: translate_url(value, language) if name in MAIL_LINKS else value
            for name, value in context.items()
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return subject_format(subject)


def language_cookie_set(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )


def status_page_url(profile):
    """The page that tells a person, in their language, why they cannot sign in."""
    name = (
        "accounts:refused"
        if profile.status == StaffProfile.Status.REFUSED
        else "accounts:waiting"
    )
    with translation.override(profile.preferred_language):
        return reverse(name)
