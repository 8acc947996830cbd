from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "portal.search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals
        from .backends.postgresql import install_functions

        post_migrate.connect(install_functions, sender=self)

        signals.connect()
