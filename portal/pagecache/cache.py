"""A whole-page cache for anonymous readers, emptied whenever content changes.

Every key carries a generation number; publishing anything bumps it, so no reader
ever sees a stale page and no per-page bookkeeping is needed.
"""

from django.core.cache import cache

GENERATION_KEY = "pagecache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_all():
    """Forget every cached page (content was published, changed or removed)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def page_key(request, generation):
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    return ":".join(
        [
            "pagecache",
            str(generation),
            request.get_host(),
            str(gzip),
            request.get_full_path(),
        ]
    )
