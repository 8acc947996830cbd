from django.apps import AppConfig


class CentresConfig(AppConfig):
    name = "portal.centres"
    label = "centres"
    verbose_name = "Centres"
