"""RSS and Atom feeds of a news index, in the language of the address."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.topics.models import Topic

from .filters import NewsFilterSet

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    """The newest stories, narrowed by the same filters as the listing (?centre=…)."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        filters = NewsFilterSet(request.GET, queryset=self.index.stories())
        if not filters.is_valid():
            raise Http404
        self.centre = filters.options.centre(filters.chosen["centre"])
        return filters

    def title(self, filters):
        if self.centre:
            return _("News from %(centre)s") % {"centre": self.centre.name}
        return str(self.index.title)

    def link(self, filters):
        if self.centre:
            return self.index.get_url(self.request) + self.index.reverse_subpage(
                "centre", args=[self.centre.slug]
            )
        return self.index.get_url(self.request)

    def feed_url(self, filters):
        return self.request.get_full_path()  # keeps ?centre=…

    def description(self, filters):
        if self.centre:
            return self.centre.description
        return self.index.intro

    def items(self, filters):
        """The newest stories, with the topics each one is filed under."""
        topics = Prefetch("topics", queryset=Topic.objects.order_by("slug"))
        return filters.qs.prefetch_related(topics)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
