"""The news listing's and feeds' filters: centre, country and topic."""

from django.utils.translation import gettext_lazy as _

from portal.centres.models import Centre, Country
from portal.pagecache.cache import remember
from portal.pages.filters import ListingFilterSet, QueryChoiceFilter
from portal.topics.models import Topic


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


def _centres_and_topics():
    return list(Centre.objects.all()), list(Topic.objects.all())


def _by_name(item):
    return str(item.name).casefold()


def _choices(items):
    return [(item.slug, item.name) for item in items]


class NewsFilterSet(ListingFilterSet):
    """Stories (`queryset`, a NewsPageQuerySet) of a centre, a country, a topic."""

    centre = QueryChoiceFilter(label=_("Centre"), max_length=80, method="in_centre")
    # Any country is known; the list offers those that have a centre.
    country = QueryChoiceFilter(
        label=_("Country"),
        max_length=2,
        upper=True,
        choices=Country.choices,
        method="in_country",
    )
    topic = QueryChoiceFilter(label=_("Topic"), max_length=60, method="on_topic")

    def __init__(self, data, queryset):
        super().__init__(data, queryset)
        self.options = FilterOptions()
        self.offer("centre", _choices(self.options.centres))
        self.offer("topic", _choices(self.options.topics))

    def in_centre(self, stories, name, slug):
        return stories.tagged("centres", centre__slug=slug)

    def in_country(self, stories, name, code):
        return stories.tagged("centres", centre__country=code)

    def on_topic(self, stories, name, slug):
        return stories.tagged("topics", topic__slug=slug)
