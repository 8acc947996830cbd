"""Reads of news stories that must stay at a fixed number of queries."""

from dataclasses import dataclass
from typing import Any

from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
)
from django.http import QueryDict
from wagtail.images import get_image_model

from portal.centres.models import Centre, Country
from portal.i18n.languages import language_codes, localized_field
from portal.i18n.pages import translated_slug_is, without_restricted
from portal.pagecache.cache import remember
from portal.topics.models import Topic
from portal.validation import query_text

FILTER_NAMES = ("centre", "country", "topic")


@dataclass(frozen=True)
class NewsFilters:
    """The reader's filters; unknown values are kept so the page can say so."""

    centre: str = ""
    country: str = ""
    topic: str = ""

    @classmethod
    def from_query(cls, query):
        return cls(
            centre=query_text(query, "centre", 80),
            country=query_text(query, "country", 2).upper(),
            topic=query_text(query, "topic", 60),
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

    Two queries once per content generation: every listing, feed and filter
    shares them.
    """

    def __init__(self):
        centres, topics = remember("news-filter-options", _centres_and_topics)
        self.centres = sorted(centres, key=_by_name)
        self.topics = sorted(topics, key=_by_name)

    @property
    def countries(self):
        """Countries that have a centre, as (code, name) pairs."""
        codes = {centre.country for centre in self.centres}
        return sorted(
            ((code, Country(code).label) for code in codes), key=lambda pair: pair[1]
        )

    def centre(self, slug):
        return next((centre for centre in self.centres if centre.slug == slug), None)

    def topic(self, slug):
        return next((topic for topic in self.topics if topic.slug == slug), None)

    def knows(self, filters):
        """Whether every value in `filters` names an existing centre, country, topic."""
        return (
            (not filters.centre or self.centre(filters.centre) is not None)
            and (not filters.country or filters.country in Country.values)
            and (not filters.topic or self.topic(filters.topic) is not None)
        )


def _centres_and_topics():
    return list(Centre.objects.all()), list(Topic.objects.all())


def _by_name(item):
    return str(item.name).casefold()


def written_flag(field_name, code):
    """The annotation that says whether a story's field is written in `code`."""
    return f"{localized_field(field_name, code)}_written"


def _bodies_written():
    """Whether each language's body is written, computed in the database: a
    list needs to know it, not to load every story's text in four languages."""
    flags = {}
    for code in language_codes():
        column = localized_field("body", code)
        written = Q(**{f"{column}__isnull": False}) & ~Q(**{column: []})
        flags[written_flag("body", code)] = ExpressionWrapper(
            written, output_field=BooleanField()
        )
    return flags


def _stories():
    """Live stories for lists: cards and feeds, which never show the body."""
    from .models import NewsPage

    body_columns = [localized_field("body", code) for code in language_codes()]
    return (
        without_restricted(NewsPage.objects.live())
        .defer("body", *body_columns)
        .annotate(**_bodies_written())
        .prefetch_related(Prefetch("centres", queryset=Centre.objects.order_by("slug")))
        .order_by("-date", "-pk")
    )


def _tagged(relation, **lookups):
    """Stories with a related row matching `lookups`; EXISTS, so never duplicated."""
    from .models import NewsPage

    through = getattr(NewsPage, relation).through
    return Exists(through.objects.filter(newspage=OuterRef("pk"), **lookups))


def news_listing(index, filters):
    """Live stories under `index`, newest first, narrowed by the reader's filters."""
    stories = _stories().child_of(index)
    if filters.centre:
        stories = stories.filter(_tagged("centres", centre__slug=filters.centre))
    if filters.country:
        stories = stories.filter(_tagged("centres", centre__country=filters.country))
    if filters.topic:
        stories = stories.filter(_tagged("topics", topic__slug=filters.topic))
    return stories


def feed_items(index, filters, limit):
    """The newest stories of a feed, with the topics each one is filed under."""
    topics = Prefetch("topics", queryset=Topic.objects.order_by("slug"))
    return news_listing(index, filters).prefetch_related(topics)[:limit]


def latest_news(limit=3):
    """The newest live stories of the whole site, for the home page."""
    return _stories()[:limit]


def related_news(story, centres, topics, limit):
    """The newest other stories that share a centre or a topic with `story`."""
    shares_centre = _tagged("centres", centre__in=centres)
    shares_topic = _tagged("topics", topic__in=topics)
    return _stories().filter(shares_centre | shares_topic).exclude(pk=story.pk)[:limit]


@dataclass(frozen=True)
class StorySurroundings:
    """What a story's page shows around the story: the same for every reader."""

    centres: list
    topics: list
    related_stories: list
    news_index: Any
    hero_image: Any  # without its renditions, which the page reads fresh
    social_image: Any  # the hero image's rendition for link previews


def story_surroundings(story, related_limit, social_image_filter):
    """The story's centres, topics, related stories, index and hero image."""
    from .models import NewsIndexPage

    centres = list(story.centres.order_by("slug"))
    topics = list(story.topics.order_by("slug"))
    hero_image = None
    if story.hero_image_id:
        hero_image = get_image_model().objects.filter(pk=story.hero_image_id).first()
    return StorySurroundings(
        centres=centres,
        topics=topics,
        related_stories=list(related_news(story, centres, topics, related_limit)),
        news_index=NewsIndexPage.objects.parent_of(story).first(),
        hero_image=hero_image,
        social_image=hero_image and hero_image.get_rendition(social_image_filter),
    )


def story_by_slug(index, slug):
    """The story under `index` whose slug in the reader's language is `slug`."""
    from .models import NewsPage

    return NewsPage.objects.child_of(index).filter(translated_slug_is(slug)).first()
