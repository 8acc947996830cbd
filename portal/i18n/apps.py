from django.apps import AppConfig


class I18nConfig(AppConfig):
    name = "portal.i18n"
    label = "portal_i18n"
    verbose_name = "Languages"

    def ready(self):
        from . import admin_fixes

        admin_fixes.apply()
