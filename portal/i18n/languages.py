"""The portal's languages and where a page lives in each of them."""

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name_local: str
    bidi: bool
    url: str
    absolute_url: str
    is_current: bool


def local_name(code):
    """A language's name in its own script ("Tiếng Việt", "العربيّة").

    Django stores some names decomposed (NFD); compose them so they compare, sort
    and render like text typed by a person.
    """
    return unicodedata.normalize("NFC", get_language_info(code)["name_local"])


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def field_suffix(code):
    """modeltranslation's suffix for a language ("id" becomes "ind")."""
    return "ind" if code == "id" else code


def localized_field(field_name, code):
    return f"{field_name}_{field_suffix(code)}"


def page_urls(request, page):
    """The page's address in every language; one cache read for a live page."""
    # Imported here: the settings import this module, before apps are ready.
    from wagtail.models import Site

    from portal.pagecache.cache import remember_for_page

    def build():
        urls = {}
        # The current language last: the request keeps the site's root paths of
        # one language at a time (wagtail-modeltranslation), so the rest of the
        # page finds them there instead of asking the cache again.
        current = translation.get_language()
        for code in sorted(language_codes(), key=lambda code: code == current):
            with translation.override(code):
                urls[code] = page.get_url(request)
        return urls

    site = Site.find_for_request(request)
    name = f"page-urls:{site.pk if site else 0}:{page.pk}"
    return remember_for_page(request, page, name, build)


def language_versions(request, page=None):
    """The current page (or Django view) in every language: switcher, hreflang."""
    current = translation.get_language()
    if page is not None:
        subpage = _routable_subpage_path(request, page)
        urls = {code: url + subpage for code, url in page_urls(request, page).items()}
    else:
        urls = {code: translate_url(request.path, code) for code in language_codes()}
    # The switcher keeps the reader's filters; hreflang names the page itself.
    query = f"?{request.GET.urlencode()}" if request.GET else ""
    versions = []
    for code in language_codes():
        info = get_language_info(code)
        versions.append(
            LanguageVersion(
                code=code,
                name_local=local_name(code),
                bidi=info["bidi"],
                url=urls[code] + query,
                absolute_url=request.build_absolute_uri(urls[code]),
                is_current=code == current,
            )
        )
    return versions


def _routable_subpage_path(request, page):
    """The part of the address a RoutablePage route adds ("feed/rss/", a centre)."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not hasattr(page, "reverse_subpage") or not match.url_name:
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
