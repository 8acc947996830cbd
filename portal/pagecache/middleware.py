from django.conf import settings
from django.utils.cache import has_vary_header

from .cache import cache, current_generation, page_key

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store")


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the cache; never for anyone with a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._applies(request):
            return self.get_response(request)
        key = page_key(request, current_generation())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self._storable(request, response):
            response["X-Page-Cache"] = "miss"
            cache.set(
                key, response, timeout=getattr(settings, "PAGE_CACHE_SECONDS", 600)
            )
        return response

    def _applies(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(SKIPPED_PREFIXES)
        )

    def _storable(self, request, response):
        user = getattr(request, "user", None)
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            # A page with a CSRF token belongs to one visitor.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not has_vary_header(response, "Authorization")
            and not any(word in control for word in UNCACHEABLE_CONTROL)
            and not (user is not None and user.is_authenticated)
        )
