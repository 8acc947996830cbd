"""Error pages in the reader's language.

A missing page has the site's layout; the others are self-contained (no
database, no static file), since what failed may be either.
"""

from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
)
from django.template import loader
from django.utils import translation
from django.utils.translation import get_language_from_path

from .redirects import address_in_path_language


def _language(request):
    # Outside i18n_patterns, or before LocaleMiddleware ran, the language comes
    # from the path prefix, if any.
    return get_language_from_path(request.path_info) or translation.get_language()


def _error_page(request, template, status):
    with translation.override(_language(request)):
        body = loader.render_to_string(template)
    response = HttpResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def page_not_found(request, exception=None):
    moved = address_in_path_language(request)
    if moved is not None:
        return HttpResponsePermanentRedirect(moved)
    with translation.override(_language(request)):
        body = loader.render_to_string("404.html", {}, request)
    return HttpResponseNotFound(body)


def bad_request(request, exception=None):
    return _error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error_page(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent from elsewhere, or with cookies blocked."""
    return _error_page(request, "403_csrf.html", 403)


def too_many_requests(request, exception=None):
    """allauth's rate limits answer with this (handler429)."""
    return _error_page(request, "429.html", 429)


def server_error(request):
    return _error_page(request, "500.html", 500)
