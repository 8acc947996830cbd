"""The library listing's filters: type, topic, country, year and "available in
my language"."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.centres.models import Country
from portal.pagecache.cache import remember
from portal.pages.filters import ListingFilterSet, QueryChoiceFilter, QueryDigitsFilter
from portal.topics.models import Topic

from .choices import ResourceType
from .fields import list_holds

MINE = "1"  # the value of the "available in my language" box


class FilterOptions:
    """What a reader can filter by, in the reader's language.

    Two queries once per content generation, shared by every listing.
    """

    def __init__(self, resources):
        def topics_and_years():
            years = resources.order_by("-year").values_list("year", flat=True)
            return list(Topic.objects.all()), list(years.distinct())

        topics, years = remember("library-filter-options", topics_and_years)
        self.topics = sorted(topics, key=lambda topic: str(topic.name).casefold())
        self.years = years
        self.types = ResourceType.choices
        self.countries = sorted(Country.choices, key=lambda pair: str(pair[1]))


class ResourceFilterSet(ListingFilterSet):
    """Resources (`queryset`, a ResourcePageQuerySet) of a type, topic, country
    and year, and with a file or link in the reader's language."""

    type = QueryChoiceFilter(
        field_name="resource_type",
        label=_("Type of resource"),
        max_length=40,
        choices=ResourceType.choices,
    )
    topic = QueryChoiceFilter(label=_("Topic"), max_length=60, method="on_topic")
    country = QueryChoiceFilter(
        label=_("Country"),
        max_length=2,
        upper=True,
        choices=Country.choices,
        method="for_country",
    )
    # Any year is known, one no resource has lists nothing.
    year = QueryDigitsFilter(label=_("Year"), max_length=4)
    mine = QueryChoiceFilter(
        label=_("Available in my language"),
        max_length=4,
        choices=[(MINE, MINE)],
        method="in_my_language",
    )

    def __init__(self, data, queryset):
        super().__init__(data, queryset)
        self.options = FilterOptions(queryset)
        self.offer("topic", [(topic.slug, topic.name) for topic in self.options.topics])

    def on_topic(self, resources, name, slug):
        return resources.on_topic(slug)

    def for_country(self, resources, name, code):
        return resources.filter(list_holds("countries", code))

    def in_my_language(self, resources, name, value):
        return resources.available_in(translation.get_language())
