from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "portal.home"
    label = "home"

    def ready(self):
        from .models import ContentPage, HomePage

        # wagtail-modeltranslation (ready before us) replaced the route; see
        # TranslatedPageMixin.route_translated.
        for model in (HomePage, ContentPage):
            model.route = model.route_translated
