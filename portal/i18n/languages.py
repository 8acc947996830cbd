"""The portal's languages and where a page lives in each of them."""

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class Folding:
    """The letters a reader may or may not type, as data: Python, SQL and
    Elasticsearch's settings are all generated from it (portal/search/normalise.py).

    `decomposed` drops the combining marks of letters that carry them ("ẻ" is
    "e" and two marks) instead of listing every accented letter.
    """

    remove: str = ""  # characters dropped
    replace: tuple[tuple[str, str], ...] = ()  # (letters, the one they become)
    decomposed: bool = False
    # The Snowball stemmers (Python's and PostgreSQL's) want some final letters
    # written properly: (at a word's end, this letter is that one).
    stemmer_endings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LanguageText:
    """How one language's text is read: by search engines and by link previews."""

    code: str
    open_graph_locale: str  # Open Graph wants language_TERRITORY
    postgresql_config: str  # text search configuration (search migration 0002)
    snowball: str | None  # the stemmer SQLite's scorer uses
    elasticsearch_stemmers: tuple[str, ...]  # languages of "stemmer" token filters
    elasticsearch_stop_words: str | None  # a list of Lucene's, or None for ours
    stop_words: frozenset[str]  # in folded form: too common to require in a match
    folding: Folding = Folding()
    list_separator: str = ", "  # between the items of a list in a sentence


# Short vowels and other harakat, the superscript alef, and the tatweel.
ARABIC_MARKS = "".join(chr(code) for code in (*range(0x064B, 0x0660), 0x0670, 0x0640))
# The combining accents of Latin letters (Vietnamese tones and vowel marks).
COMBINING_ACCENTS = "".join(chr(code) for code in range(0x0300, 0x0370))

LANGUAGE_TEXT = {
    text.code: text
    for text in (
        LanguageText(
            code="en",
            open_graph_locale="en_US",
            postgresql_config="english",
            snowball="english",
            elasticsearch_stemmers=("possessive_english", "english"),
            elasticsearch_stop_words="_english_",
            stop_words=frozenset(
                {
                    "a",
                    "an",
                    "and",
                    "are",
                    "as",
                    "at",
                    "be",
                    "by",
                    "for",
                    "from",
                    "how",
                    "in",
                    "is",
                    "it",
                    "of",
                    "on",
                    "or",
                    "the",
                    "to",
                    "what",
                    "when",
                    "with",
                }
            ),
        ),
        LanguageText(
            code="id",
            open_graph_locale="id_ID",
            postgresql_config="indonesian",
            snowball="indonesian",
            elasticsearch_stemmers=("indonesian",),
            elasticsearch_stop_words="_indonesian_",
            stop_words=frozenset(
                {
                    "dan",
                    "di",
                    "ke",
                    "dari",
                    "yang",
                    "untuk",
                    "dengan",
                    "atau",
                    "pada",
                    "ini",
                    "itu",
                }
            ),
        ),
        LanguageText(
            code="vi",
            open_graph_locale="vi_VN",
            # A copy of `simple` with unaccent: words are syllables, no stemmer.
            postgresql_config="vietnamese_unaccent",
            snowball=None,
            elasticsearch_stemmers=(),
            elasticsearch_stop_words=None,
            stop_words=frozenset({"va", "cua", "cho", "cac", "nhung", "la", "mot"}),
            # "tre em" finds "trẻ em"; đ is a letter of its own, not d and a mark.
            folding=Folding(
                remove=COMBINING_ACCENTS, replace=(("đ", "d"),), decomposed=True
            ),
        ),
        LanguageText(
            code="ar",
            open_graph_locale="ar_AR",
            postgresql_config="arabic",
            snowball="arabic",
            elasticsearch_stemmers=("arabic",),
            # Lucene's Arabic list is written with hamzas, which the folding
            # has already removed by the time stop words are looked up.
            elasticsearch_stop_words=None,
            stop_words=frozenset(
                {"في", "من", "علي", "الي", "و", "عن", "ان"}
            ),  # على, إلى
            # With or without short vowels, any hamza form of alef, ta marbuta
            # or alef maqsura, Arabic-Indic digits: written one way.
            folding=Folding(
                remove=ARABIC_MARKS,
                replace=(
                    ("أإآٱ", "ا"),
                    ("ة", "ه"),
                    ("ى", "ي"),
                    *((chr(0x0660 + digit), str(digit)) for digit in range(10)),
                    *((chr(0x06F0 + digit), str(digit)) for digit in range(10)),
                ),
                stemmer_endings=(("ه", "ة"), ("ي", "ى")),
            ),
            list_separator="، ",  # the Arabic comma
        ),
    )
}


def language_text(code):
    return LANGUAGE_TEXT[code]


def list_separator(code=None):
    """What separates a list's items in language `code` (the current one)."""
    return language_text(code or translation.get_language()).list_separator


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name_local: str
    bidi: bool
    url: str
    absolute_url: str
    is_current: bool
    absolute_url_with_query: str = ""  # for results pages, whose query is the page


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
                absolute_url_with_query=request.build_absolute_uri(urls[code] + query),
            )
        )
    return versions


def _routable_subpage_path(request, page):
    """The part of the address a RoutablePage route adds ("feed/rss/", a centre)."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not hasattr(page, "reverse_subpage") or not match.url_name:
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
