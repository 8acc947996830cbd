from django.apps import AppConfig


class TranslationStatusConfig(AppConfig):
    name = "portal.translation_status"
    label = "translation_status"
    verbose_name = "Translation status"

    def ready(self):
        from . import signals

        signals.connect()
