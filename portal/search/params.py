"""A reader's search as typed in the address: whatever arrives, a valid search
and the notices to show about what was left out."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.centres.models import Country

from . import registry
from .normalise import MAX_QUERY_LENGTH, clean_query
from .query import FACETS, Search

SHORTENED = _("Your search was long: only its first %(count)s characters were used.")
UNKNOWN_FILTER = _("A filter in the address does not exist and was left out.")
FIRST_YEAR, LAST_YEAR = 1900, 2100


@dataclass(frozen=True)
class Parsed:
    search: Search
    notices: tuple[str, ...]
    asked: bool  # whether the reader sent a query at all (even an empty one)


def parse(params, language, topics):
    """The search in `params` (a QueryDict); `topics` the known topic slugs."""
    text, shortened = clean_query(params.get("q", ""))
    notices = [SHORTENED % {"count": MAX_QUERY_LENGTH}] if shortened else []
    filters, unknown = [], False
    for facet in FACETS:
        value = params.get(facet, "").strip()
        if not value:
            continue
        if is_known(facet, value, topics):
            filters.append((facet, value))
        else:
            unknown = True
    if unknown:
        notices.append(UNKNOWN_FILTER)
    search = Search(
        text=text, language=language, filters=tuple(filters), page=page_number(params)
    )
    return Parsed(search=search, notices=tuple(notices), asked="q" in params)


def is_known(facet, value, topics):
    if facet == "kind":
        return value in registry.kinds()
    if facet == "topic":
        return value in topics
    if facet == "country":
        return value in Country.values
    if facet == "resource_type":
        return value in registry.field_choices("resource_type")
    return value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR


def page_number(params):
    """The page asked for; 1 for anything that is not a page number."""
    value = params.get("page", "")
    if not (value.isascii() and value.isdigit()):
        return 1
    return int(value) if 0 < int(value) < 100_000 else 1
