"""A reader's search as typed in the address: whatever arrives, a valid search
and the notices to show about what was left out."""

from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.centres.models import Country

from . import registry
from .models import IndexEntry
from .normalise import MAX_QUERY_LENGTH, clean_query
from .query import FACETS, Search
from .selectors import FACET_NAMES

SHORTENED = _("Your search was long: only its first %(count)s characters were used.")
UNKNOWN_FILTER = _("A filter in the address does not exist and was left out.")
FIRST_YEAR, LAST_YEAR = 1900, 2100
LAST_PAGE = 99_999


@dataclass(frozen=True)
class Parsed:
    search: Search
    notices: tuple[str, ...]
    asked: bool  # whether the reader sent a query at all (even an empty one)


def parse(params, language, topics):
    """The search in `params` (a QueryDict); `topics` the known topic slugs."""
    filterset = SearchFilterSet(params, topics=topics)
    filterset.is_valid()  # the values that are valid are kept, the others left out
    form = filterset.form
    notices = [SHORTENED % {"count": MAX_QUERY_LENGTH}] if form.shortened else []
    if form.errors:
        notices.append(UNKNOWN_FILTER)
    search = Search(
        text=form.cleaned_data["q"],
        language=language,
        filters=filterset.chosen(),
        page=form.cleaned_data["page"],
    )
    return Parsed(search=search, notices=tuple(notices), asked="q" in params)


class SearchForm(forms.Form):
    """The words and the page of results: never an error, whatever arrives."""

    q = forms.Field(required=False)
    page = forms.Field(required=False)

    def clean_q(self):
        text, self.shortened = clean_query(self.cleaned_data["q"] or "")
        return text

    def clean_page(self):
        """The page asked for; 1 for anything that is not a page number."""
        value = self.cleaned_data["page"] or ""
        if not (value.isascii() and value.isdigit()):
            return 1
        return int(value) if 0 < int(value) <= LAST_PAGE else 1


class FacetField(forms.CharField):
    """A facet's value; one the facet does not offer is invalid (and left out)."""

    def __init__(self, *, offers, **kwargs):
        self.offers = offers
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not self.offers(value):
            raise ValidationError(UNKNOWN_FILTER, code="unknown")


class FacetFilter(django_filters.Filter):
    field_class = FacetField


def is_year(value):
    return value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR


class SearchFilterSet(django_filters.FilterSet):
    """The facets a search is narrowed to, each one value; a value no facet
    offers is left out with a notice, and the search goes on without it."""

    kind = FacetFilter(
        label=FACET_NAMES["kind"], offers=lambda value: value in registry.kinds()
    )
    topic = FacetFilter(label=FACET_NAMES["topic"], offers=None)  # per request
    resource_type = FacetFilter(
        label=FACET_NAMES["resource_type"],
        offers=lambda value: value in registry.field_choices("resource_type"),
    )
    country = FacetFilter(
        label=FACET_NAMES["country"], offers=lambda value: value in Country.values
    )
    year = FacetFilter(label=FACET_NAMES["year"], offers=is_year)

    class Meta:
        # The search engine filters its entries itself, from the Search the
        # facets are read into (`chosen`): `qs` is not read.
        model = IndexEntry
        fields = []
        form = SearchForm

    def __init__(self, data, *, topics):
        super().__init__(data)
        self.filters["topic"].extra["offers"] = lambda value: value in topics

    def chosen(self):
        """(facet, value) for each facet sent with a value it offers."""
        cleaned = self.form.cleaned_data
        return tuple((facet, cleaned[facet]) for facet in FACETS if cleaned.get(facet))
