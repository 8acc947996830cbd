"""Reads of news for the site's other pages."""

from .models import NewsPage


def latest_news(limit=3):
    """The newest live stories of the whole site, for the home page."""
    return NewsPage.objects.for_lists()[:limit]
