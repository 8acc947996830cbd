"""A completion's certificate as a PDF, in its holder's language."""

import segno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from weasyprint import HTML

from portal.i18n.languages import language_codes

TEMPLATE = "training/certificates/certificate.html"


def certificate_language(user, fallback):
    """The language the holder chose for their certificates, else `fallback`."""
    profile = getattr(user, "staff_profile", None)
    language = profile.preferred_language if profile else None
    return language if language in language_codes() else fallback


def verification_url(request, code, language):
    """The public page, in `language`, that confirms the certificate `code`."""
    with translation.override(language):
        path = reverse("certificates:verify")
    return request.build_absolute_uri(f"{path}?{urlencode({'code': code})}")


def qr_code(url):
    """`url` as a QR code, inline SVG: sharp at any size, nothing to fetch."""
    svg = segno.make(url, error="m").svg_inline(scale=3, dark="#1d2430", border=0)
    return mark_safe(svg)  # noqa: S308 - drawn by segno from a URL it escapes


def certificate_pdf(completion, request):
    """The certificate of `completion`, as PDF bytes."""
    language = certificate_language(completion.user, translation.get_language())
    url = verification_url(request, completion.printed_code, language)
    with translation.override(language):
        html = render_to_string(
            TEMPLATE,
            {
                "completion": completion,
                "verification_url": url,
                "qr_code": qr_code(url),
            },
        )
    return HTML(string=html).write_pdf()


def file_name(completion):
    return f"certificate-{completion.printed_code}.pdf"
