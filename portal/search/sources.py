"""How a page says what it holds in each language, for the search index.

Features build their entries functions from `page_entries` and register them
from `AppConfig.ready()` (see registry.py); the index is their only reader.
"""

from django.utils import translation

from portal.i18n.completeness import has_content
from portal.i18n.languages import language_codes, localized_field

from .entries import SearchEntry


def own_languages(page):
    """The languages in which the page has a title of its own (English always)."""
    return [
        code
        for code in language_codes()
        if has_content(getattr(page, localized_field("title", code), None))
    ]


def own_text(page, field_name, code):
    """A field's text in one language only, never the English fallback;
    StreamFields as the plain text of their blocks."""
    name = localized_field(field_name, code)
    value = getattr(page, name, None)
    if not has_content(value):
        return ""
    if hasattr(value, "raw_data"):
        block = page._meta.get_field(name).stream_block
        return "\n".join(str(text) for text in block.get_searchable_content(value))
    return str(value)


def url_in(page, code):
    with translation.override(code):
        return page.get_url() or ""


def page_entries(page, *, summary_fields, body_fields, date, topics, countries=()):
    return [
        SearchEntry(
            language=code,
            title=own_text(page, "title", code),
            summary="\n".join(own_text(page, name, code) for name in summary_fields),
            body="\n".join(own_text(page, name, code) for name in body_fields),
            url=url_in(page, code),
            date=date,
            topics=tuple(topics),
            countries=tuple(countries),
        )
        for code in own_languages(page)
    ]


def published_date(page):
    return page.first_published_at.date() if page.first_published_at else None
