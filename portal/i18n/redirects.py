"""An address written with another language's slugs (/vi/news/) leads to the
page in the language of its prefix (/vi/tin-tuc/): one rule for every page."""

from urllib.parse import quote, unquote

from django.http import Http404
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from .languages import language_codes


def address_in_path_language(request):
    """Where the page that the path names in another language's slugs lives in
    the path's own language, with the same query; None if there is no such page.

    Only asked for an address that is not found, so it costs a normal page nothing.
    """
    code = get_language_from_path(request.path_info)
    site = Site.find_for_request(request)
    if code is None or site is None:
        return None
    components = [part for part in request.path_info.split("/")[2:] if part]
    if not components:
        return None
    root = site.root_page.specific
    for other in language_codes():
        if other == code:
            continue
        with translation.override(other):
            page = _page_at(root, request, components)
        if page is not None:
            with translation.override(code):
                url = page.get_url(request)
            if url and url != quote(request.path):
                query = request.META.get("QUERY_STRING", "")
                return f"{url}?{query}" if query else url
    return None


def _page_at(root, request, components):
    try:
        page = root.route(request, components).page
    except Http404:
        return None
    # The page itself, not one of a routable page's views under it.
    own_path = unquote(page.get_url(request) or "").strip("/").split("/")[1:]
    return page if own_path == components else None
