from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from news.selectors import latest_news
from portal.i18n.pages import TranslatedPageMixin
from portal.pagecache.cache import remember

from .blocks import ContentStreamBlock


class HomePage(TranslatedPageMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=140)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "news.NewsIndexPage",
        "training.TrainingIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = remember("latest-news", lambda: list(latest_news()))
        return context


class ContentPage(TranslatedPageMixin, Page):
    """A plain page of text: about the portal, how training works, contacts."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
