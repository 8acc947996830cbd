"""Anonymous readers' whole pages, and data every reader's pages share, cached
until content changes.

Every entry carries the generation it was made in. Any change to content starts a
new generation, so no reader sees a stale page and no per-page bookkeeping is
needed; entries of old generations are overwritten or expire.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip

GENERATION_KEY = "pagecache:generation"
DEFAULT_SECONDS = 600


def cache_seconds():
    """How long a page stays cached; 0 turns the cache off.

    Off under DEBUG too: a developer's template and code edits send no signal.
    """
    if settings.DEBUG:
        return 0
    return getattr(settings, "PAGE_CACHE_SECONDS", DEFAULT_SECONDS)


def invalidate_all():
    """Forget every cached page (content was published, changed or removed)."""
    # A random generation, not a counter: should the key ever be evicted, a new
    # one can never match pages stored before.
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def page_key(request):
    accepts_gzip = re_accepts_gzip.search(request.headers.get("Accept-Encoding", ""))
    # The scheme too: a page names its own address (alternates, feeds, robots.txt),
    # and an http:// copy must never be served over https.
    address = request.build_absolute_uri()
    return f"pagecache:{'gzip' if accepts_gzip else 'identity'}:{_digest(address)}"


def _digest(text):
    # Keys stay short and safe whatever the script or length of what they name.
    return hashlib.sha256(text.encode()).hexdigest()


def _read(key):
    """The current generation, and what `key` holds if it was stored in it."""
    found = cache.get_many([GENERATION_KEY, key])  # one round trip
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY, generation)
        return generation, None
    entry = found.get(key)
    if entry is None or entry[0] != generation:
        return generation, None
    return generation, entry[1:]


def cached_page(key):
    """The current generation and the page stored under `key` in it, if any."""
    generation, entry = _read(key)
    if entry is None:
        return generation, None
    status, headers, content = entry
    return generation, HttpResponse(content, status=status, headers=headers)


def store_page(key, generation, response, seconds):
    # Status, headers and bytes only: smaller and faster to unpickle than the
    # response object, and nothing of the request that rendered it comes along.
    headers = dict(response.items())
    entry = (generation, response.status_code, headers, response.content)
    cache.set(key, entry, timeout=seconds)


def remember(name, build):
    """`build()`, computed once per content generation and shared by every reader.

    For data that changes only when content does, such as the main menu: pages
    that are not cached whole (a reader with a session, a cache miss) skip its
    queries too.
    """
    seconds = cache_seconds()
    if not seconds:
        return build()
    key = f"pagecache:data:{_digest(name)}"
    generation, entry = _read(key)
    if entry is not None:
        return entry[0]
    value = build()
    cache.set(key, (generation, value), timeout=seconds)
    return value


def remember_for_page(request, page, name, build):
    """`remember` for data about `page`; built afresh for a preview or a draft,
    whose data must never reach other readers."""
    if getattr(request, "is_preview", False) or not page.live or page.pk is None:
        return build()
    return remember(name, build)
