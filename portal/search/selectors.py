"""A search as the page shows it: results, "did you mean", other languages,
facets with labels."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from portal.centres.models import Country
from portal.i18n.languages import language_codes, local_name

from . import registry
from .backends import get_backend
from .query import FACETS, Results, Search

FACET_NAMES = {
    "kind": _("Content type"),
    "topic": _("Topic"),
    "resource_type": _("Type of resource"),
    "country": _("Country"),
    "year": _("Year"),
}


@dataclass
class Outcome:
    search: Search
    results: Results
    corrected: str = ""  # the words searched instead of misspelt ones
    other_languages: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetGroup:
    name: str
    label: str
    values: list[FacetValue]


def search_outcome(search):
    """Results in the reader's language; failing those, the results of the
    closest indexed words; failing those, how many other languages have."""
    backend = get_backend()
    results = backend.search(search)
    if results.total:
        return Outcome(search, results)
    corrected = backend.did_you_mean(search.text, search.language)
    if corrected and corrected != search.text:
        retried = backend.search(search.with_text(corrected))
        if retried.total:
            return Outcome(search.with_text(corrected), retried, corrected=corrected)
    others = [code for code in language_codes() if code != search.language]
    counts = backend.count_by_language(search.text, others)
    return Outcome(
        search,
        results,
        other_languages=[
            {"code": code, "name_local": local_name(code), "count": counts[code]}
            for code in others
            if counts.get(code)
        ],
    )


def facet_groups(results, search, topic_names):
    """The facets of the results with their labels, most frequent values first."""
    selected = dict(search.filters)
    labels = {
        "kind": registry.kind_label,
        "topic": lambda value: topic_names.get(value, value),
        "resource_type": lambda value: registry.field_choices("resource_type").get(
            value, value
        ),
        "country": lambda value: (
            Country(value).label if value in Country.values else value
        ),
        "year": str,
    }
    groups = []
    for name in FACETS:
        counts = results.facets.get(name, {})
        if not counts:
            continue
        order = (
            sorted(counts.items(), reverse=True)
            if name == "year"
            else sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        )
        values = [
            FacetValue(
                value, str(labels[name](value)), count, selected.get(name) == value
            )
            for value, count in order
        ]
        groups.append(FacetGroup(name, FACET_NAMES[name], values))
    return groups
