from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "portal.pagecache"
    label = "pagecache"

    def ready(self):
        from . import signals

        signals.connect()
