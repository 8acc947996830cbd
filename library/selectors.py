"""Reads of library resources that must stay at a fixed number of queries."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from wagtail.documents import get_document_model

from portal.centres.models import Country
from portal.i18n.languages import language_codes, localized_field
from portal.i18n.pages import translated_slug_is, without_restricted
from portal.pagecache.cache import remember
from portal.search.privacy import restricted_collection
from portal.topics.models import Topic
from portal.validation import query_text

from .fields import list_holds

FILTER_NAMES = ("type", "topic", "country", "year", "mine")
MINE = "1"  # the value of the "available in my language" box


@dataclass(frozen=True)
class ResourceFilters:
    """The reader's filters; unknown values are kept so the page can say so."""

    type: str = ""
    topic: str = ""
    country: str = ""
    year: str = ""
    mine: str = ""  # MINE: only resources with a file or link in the reader's language

    @classmethod
    def from_query(cls, query):
        return cls(
            type=query_text(query, "type", 40),
            topic=query_text(query, "topic", 60),
            country=query_text(query, "country", 2).upper(),
            year=query_text(query, "year", 4),
            mine=query_text(query, "mine", 4),
        )

    def as_query(self):
        """The filters as a query string, for links that must keep them."""
        query = QueryDict(mutable=True)
        for name in FILTER_NAMES:
            if getattr(self, name):
                query[name] = getattr(self, name)
        return query.urlencode()


class FilterOptions:
    """What a reader can filter by, in the reader's language.

    Two queries once per content generation, shared by every listing.
    """

    def __init__(self):
        from .models import ResourceType

        topics, years = remember("library-filter-options", _topics_and_years)
        self.topics = sorted(topics, key=lambda topic: str(topic.name).casefold())
        self.years = years
        self.types = ResourceType.choices
        self.countries = sorted(Country.choices, key=lambda pair: str(pair[1]))

    def topic(self, slug):
        return next((topic for topic in self.topics if topic.slug == slug), None)

    def knows(self, filters):
        """Whether every value in `filters` is one the lists offer."""
        from .models import ResourceType

        return (
            (not filters.type or filters.type in ResourceType.values)
            and (not filters.topic or self.topic(filters.topic) is not None)
            and (not filters.country or filters.country in Country.values)
            and (not filters.year or filters.year.isascii() and filters.year.isdigit())
            and filters.mine in ("", MINE)
        )


def _topics_and_years():
    from .models import ResourcePage

    years = (
        ResourcePage.objects.live()
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return list(Topic.objects.all()), list(years)


def available_in(code):
    """Resources with a file or a link in language `code`."""
    link = localized_field("link", code)
    has_link = Q(**{f"{link}__isnull": False}) & ~Q(**{link: ""})
    return Q(**{f"{localized_field('document', code)}__isnull": False}) | has_link


def _resources():
    from .models import ResourcePage

    return without_restricted(ResourcePage.objects.live()).order_by("-year", "-pk")


def resource_listing(index, filters, code):
    """Live resources under `index`, newest first, narrowed by the reader's
    filters (in language `code` for "mine")."""
    from .models import ResourcePage

    resources = _resources().child_of(index)
    if filters.type:
        resources = resources.filter(resource_type=filters.type)
    if filters.topic:
        through = ResourcePage.topics.through
        tagged = through.objects.filter(
            resourcepage=OuterRef("pk"), topic__slug=filters.topic
        )
        resources = resources.filter(Exists(tagged))
    if filters.country:
        resources = resources.filter(list_holds("countries", filters.country))
    if filters.year:
        resources = resources.filter(year=int(filters.year))
    if filters.mine:
        resources = resources.filter(available_in(code))
    return resources


@dataclass(frozen=True)
class ResourceSurroundings:
    """What a resource's page shows around it: the same for every reader."""

    topics: list
    documents: dict[int, Any]  # the resource's files in every language, by id
    library_index: Any
    training_modules: list


def resource_surroundings(resource):
    """The resource's topics, files, library index and live training modules that
    point to it: four queries."""
    from .models import LibraryIndexPage

    return ResourceSurroundings(
        topics=list(resource.topics.order_by("slug")),
        training_modules=list(resource.training_modules.live().order_by("path")),
        documents=resource_documents(resource),
        library_index=LibraryIndexPage.objects.parent_of(resource).first(),
    )


def resource_documents(resource, *, with_text=False):
    """The resource's files in every language, by id, each knowing whether its
    collection is private (`is_private`), and with the text read from it if
    asked: one query, none without."""
    ids = {resource.document_id_in(code) for code in language_codes()} - {None}
    if not ids:
        return {}
    documents = (
        get_document_model()
        .objects.filter(pk__in=ids)
        .annotate(is_private=restricted_collection(OuterRef("collection__path")))
    )
    if with_text:
        documents = documents.select_related("extracted_text")
    return {doc.pk: doc for doc in documents}


def resource_by_slug(index, slug):
    """The resource under `index` whose slug in the reader's language is `slug`."""
    from .models import ResourcePage

    return ResourcePage.objects.child_of(index).filter(translated_slug_is(slug)).first()
