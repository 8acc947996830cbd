from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "portal.glossary"
    label = "glossary"
    verbose_name = "Glossary"
