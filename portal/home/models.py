from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.i18n.pages import TranslatedPageMixin

from .blocks import ContentStreamBlock
from .sections import home_sections


class HomePage(TranslatedPageMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=140)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
    ]

    # Every feature's index page names the home page as its parent; the home
    # page names none of them.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(request)
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
