"""Reads of news stories that must stay at a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.http import QueryDict

from portal.centres.models import Centre, Country
from portal.topics.models import Topic


@dataclass(frozen=True)
class NewsFilters:
    """The reader's filters; unknown values are kept so the page can say so."""

    centre: str = ""
    country: str = ""
    topic: str = ""

    @classmethod
    def from_query(cls, query):
        return cls(
            centre=query.get("centre", "")[:80],
            country=query.get("country", "")[:2].upper(),
            topic=query.get("topic", "")[:60],
        )

    def as_query(self):
        query = QueryDict(mutable=True)
        for name in ("centre", "country", "topic"):
            if getattr(self, name):
                query[name] = getattr(self, name)
        return query.urlencode()

    @property
    def is_valid(self):
        return (
            (not self.country or self.country in Country.values)
            and (not self.centre or Centre.objects.filter(slug=self.centre).exists())
            and (not self.topic or Topic.objects.filter(slug=self.topic).exists())
        )


def _stories():
    from .models import NewsPage

    return (
        NewsPage.objects.live()
        .public()
        .select_related("hero_image")
        .prefetch_related(
            Prefetch("centres", queryset=Centre.objects.order_by("slug")),
            Prefetch("topics", queryset=Topic.objects.order_by("slug")),
        )
        .order_by("-date", "-pk")
    )


def news_listing(index, filters):
    """Live stories under `index`, newest first, narrowed by the reader's filters."""
    stories = _stories().child_of(index)
    if filters.centre:
        stories = stories.filter(centres__slug=filters.centre)
    if filters.country:
        stories = stories.filter(centres__country=filters.country)
    if filters.topic:
        stories = stories.filter(topics__slug=filters.topic)
    return stories.distinct()


def latest_news(limit=3):
    """The newest live stories of the whole site, for the home page."""
    return _stories()[:limit]


def related_news(story):
    """Stories that share a topic or a centre with `story`."""
    return (
        _stories()
        .filter(Q(topics__in=story.topics.all()) | Q(centres__in=story.centres.all()))
        .exclude(pk=story.pk)
        .distinct()
    )
