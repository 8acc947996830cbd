from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Centre news"

    def ready(self):
        from portal.search.registry import register

        from .models import NewsIndexPage, NewsPage
        from .search import news_entries

        # wagtail-modeltranslation (ready before us) replaced the route; see
        # NewsIndexPage.route_to_story.
        NewsIndexPage.route = NewsIndexPage.route_to_story
        register(NewsPage, "news", news_entries)
