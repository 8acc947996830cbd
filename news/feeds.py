"""RSS and Atom feeds of a news index, in the language of the address."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.accounts.mail import SITE_NAME
from portal.i18n.languages import list_separator
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

    def author_name(self, filters):
        return self.centre.name if self.centre else str(SITE_NAME)

    def item_author_name(self, item):
        """The story's centres (Atom wants an author on every entry), else the site."""
        centres = [centre.name for centre in item.centres.all()]
        return list_separator().join(centres) if centres else str(SITE_NAME)

    def item_pubdate(self, item):
        """The story's own date (what it tells happened then), not its publishing."""
        return datetime.combine(
            item.date, time(), tzinfo=timezone.get_current_timezone()
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
