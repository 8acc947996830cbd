"""E-mails to a person, written in the language they chose."""

from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .models import StaffProfile

SITE_NAME = _("Child Protection Workforce Portal")


def preferred_language(user):
    """The language `user` chose at sign-up, or None (accounts made by an admin)."""
    if user is None or user.pk is None:
        return None
    # The profile may not be loaded; ask without failing when there is none.
    return (
        StaffProfile.objects.filter(user=user)
        .values_list("preferred_language", flat=True)
        .first()
    )


def recipient_language(email, user=None):
    """The preferred language of whoever owns `email`, else the current one."""
    if user is None:
        user = (
            get_user_model()
            .objects.filter(
                Q(email__iexact=email) | Q(emailaddress__email__iexact=email)
            )
            .first()
        )
    return preferred_language(user) or translation.get_language()


def subject_format(subject):
    """The subject on one line, after the portal's name (in the reader's language)."""
    subject = " ".join(subject.splitlines()).strip()
    return f"[{SITE_NAME}] {subject}"


def base_url():
    """Where links in e-mails lead: PORTAL_BASE_URL, else the address the current
    request came to (through ALLOWED_HOSTS), else the default site's."""
    if settings.PORTAL_BASE_URL:
        return settings.PORTAL_BASE_URL.rstrip("/")
    # allauth's middleware keeps the current request, also for on_commit mail.
    request = allauth_context.request
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def site_url(name, *, language, base=None):
    """The absolute address of a view in `language`, for an e-mail; `base` as
    base_url() gave it while the request lasted (for mail sent on commit)."""
    with translation.override(language):
        return (base or base_url()) + reverse(name)


def mail_send(template_prefix, *, to, language, context):
    """Render `<prefix>_subject.txt` and `<prefix>_message.txt` in `language`; send."""
    with translation.override(language):
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}_message.txt", context)
        EmailMultiAlternatives(
            subject_format(subject), body, settings.DEFAULT_FROM_EMAIL, [to]
        ).send()
