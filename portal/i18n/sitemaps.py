from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .languages import language_codes


class PageSitemap(Sitemap):
    """Every live public page in every language, each with its hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item):
        return language_codes()

    def items(self):
        site = (
            Site.objects.select_related("root_page")
            .filter(is_default_site=True)
            .first()
        )
        if site is None:
            return Page.objects.none()
        return (
            site.root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .specific()
            .order_by("path")
        )

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at
