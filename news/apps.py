from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Centre news"

    def ready(self):
        from .models import NewsIndexPage

        # wagtail-modeltranslation (ready before us) replaced the route; see
        # NewsIndexPage.route_to_story.
        NewsIndexPage.route = NewsIndexPage.route_to_story
