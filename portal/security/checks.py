from django.conf import settings
from django.core.checks import Error, Tags, register

from .case_data import case_detail_fields


@register()
def no_case_detail_fields(app_configs, **kwargs):
    return [
        Error(
            f"{field} looks made for a child's case details, which the portal "
            "must not hold.",
            hint="Remove it, or add it to ALLOWED in portal/security/case_data.py "
            "with the reason it is harmless.",
            id="security.E001",
        )
        for field in case_detail_fields()
    ]


# Caches that each process keeps for itself (or not at all).
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches)
def shared_cache(app_configs, **kwargs):
    """Rate limits and the page cache need one cache for every app process.

    With one per process, a guesser gets each limit once per worker, and a
    publish empties the cached pages of one worker only.
    """
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PER_PROCESS_CACHES or settings.PORTAL_ALLOW_LOCAL_CACHE:
        return []
    return [
        Error(
            f"The cache ({backend}) is per process: sign-in rate limits and the "
            "page cache would hold for one app process only.",
            hint="Set REDIS_URL. A deployment of exactly one app process may set "
            "PORTAL_ALLOW_LOCAL_CACHE=true instead.",
            id="security.E002",
        )
    ]
