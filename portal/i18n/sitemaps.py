from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .languages import language_codes, source_language


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

    def get_urls(self, page=1, site=None, protocol=None):
        # Django points x-default at the unprefixed path, which only "/" redirects by
        # language; a page's x-default is its source-language version.
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            by_code = {alt["lang_code"]: alt for alt in url["alternates"]}
            source = by_code[source_language()]["location"]
            by_code["x-default"]["location"] = source
        return urls

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at
