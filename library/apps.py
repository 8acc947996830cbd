from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = "Resource library"

    def ready(self):
        from portal.search.registry import register

        from . import signals
        from .models import LibraryIndexPage, ResourcePage

        # wagtail-modeltranslation (ready before us) replaced the route with one
        # that loads every child; see TranslatedPageMixin.route_translated.
        LibraryIndexPage.route = LibraryIndexPage.route_translated
        register(ResourcePage, "resource")
        signals.connect()
