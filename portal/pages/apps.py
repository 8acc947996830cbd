from django.apps import AppConfig


class PagesConfig(AppConfig):
    """What the content apps' pages share: blocks, template tags, factories and
    the filtering and paging of listings."""

    name = "portal.pages"
    verbose_name = "Page kit"
