from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re
from wagtail.models import Site

from .cache import cache_seconds, cached_page, page_key, remember, store_page

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store")
# The cache key holds whether the reader accepts gzip; "Cookie" is safe because
# requests with a personal cookie never reach the cache. Any other Vary (such as
# Accept-Language on a page without a language prefix) makes a page uncacheable.
HANDLED_VARY = {"accept-encoding", "cookie"}


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the cache; never for anyone with a session.

    Sits outside GZipMiddleware, so it stores compressed bytes, keyed by whether
    the reader accepts gzip.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        if not seconds or not self._applies(request):
            return self.get_response(request)
        key = page_key(request)
        generation, cached = cached_page(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and self._storable(request, response):
            store_page(key, generation, response, seconds)
            response["X-Page-Cache"] = "miss"
        return response

    def _applies(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not self._has_personal_cookie(request)
            and not request.path.startswith(SKIPPED_PREFIXES)
        )

    def _has_personal_cookie(self, request):
        # A session (logged in, or a password-protected page unlocked) or flash
        # messages waiting to be shown: the page is this reader's alone.
        return (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or CookieStorage.cookie_name in request.COOKIES
        )

    def _storable(self, request, response):
        user = getattr(request, "user", None)
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            # A page that sets a cookie (a CSRF token used in a form, a session)
            # belongs to one visitor.
            and not response.cookies
            and self._varies_only_on_handled_headers(response)
            and not any(word in control for word in UNCACHEABLE_CONTROL)
            and not (user is not None and user.is_authenticated)
        )

    def _varies_only_on_handled_headers(self, response):
        if not response.has_header("Vary"):
            return True
        varied = {
            header.strip().lower() for header in cc_delim_re.split(response["Vary"])
        }
        return varied <= HANDLED_VARY


class SharedSiteMiddleware:
    """Find the request's Wagtail site, and its root page, in the shared cache.

    Wagtail asks the database for both on every page it serves.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = f"site:{request.get_host()}:{request.get_port()}"
        # Where Site.find_for_request looks first.
        request._wagtail_site = remember(name, lambda: _site_of(request))
        return self.get_response(request)


def _site_of(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - loaded now, routing starts there
    return site
