from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.centres.models import Centre, Country
from portal.i18n.completeness import has_content
from portal.i18n.languages import language_codes, localized_field
from portal.i18n.pages import TranslatedPageMixin
from portal.topics.models import Topic

from . import feeds
from .blocks import NewsBodyBlock
from .selectors import NewsFilters, news_listing, related_news


class NewsIndexPage(RoutablePageMixin, TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    per_page = 10

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")

    @path("")
    def listing(self, request):
        filters = NewsFilters.from_query(request.GET)
        paginator = Paginator(news_listing(self, filters), self.per_page)
        stories = paginator.get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "stories": stories,
                "centres": Centre.objects.order_by("slug"),
                "countries": Country.choices,
                "topics": Topic.objects.order_by("slug"),
                "query_without_page": filters.as_query(),
            },
        )

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return feeds.NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return feeds.NewsAtomFeed(self)(request)

    @path("centre/<slug:slug>/", name="centre")
    def centre(self, request, slug):
        centre = get_object_or_404(Centre, slug=slug)
        return self.render(
            request,
            template="news/centre_page.html",
            context_overrides={
                "centre": centre,
                "stories": Paginator(
                    news_listing(self, NewsFilters(centre=centre.slug)), self.per_page
                ).get_page(request.GET.get("page")),
            },
        )


class NewsPage(TranslatedPageMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=400)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the picture for people who cannot see it."),
    )
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("body"))
    centres = ParentalManyToManyField(
        Centre, related_name="news_pages", verbose_name=_("centres")
    )
    topics = ParentalManyToManyField(
        Topic, related_name="news_pages", blank=True, verbose_name=_("topics")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        FieldPanel("centres"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")

    def clean(self):
        super().clean()
        if self.hero_image_id and not has_content(
            getattr(self, localized_field("hero_alt", "en"))
        ):
            raise ValidationError(
                {
                    localized_field("hero_alt", "en"): _(
                        "Describe the hero image: alternative text is required."
                    )
                }
            )

    @cached_property
    def readable_languages(self):
        """Languages in which the story's title, summary and body are all written."""
        return [
            code
            for code in language_codes()
            if all(
                has_content(getattr(self, localized_field(name, code)))
                for name in ("title", "summary")
            )
        ]

    @property
    def is_readable_in_current_language(self):
        return translation.get_language() in self.readable_languages

    def readable_language_versions(self):
        """The story's address in each language it can be read in."""
        versions = []
        for code in self.readable_languages:
            with translation.override(code):
                versions.append(
                    {
                        "code": code,
                        "name_local": get_language_info(code)["name_local"],
                        "url": self.get_url(),
                    }
                )
        return versions

    def structured_data(self, request):
        """schema.org NewsArticle, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "inLanguage": translation.get_language(),
            "url": self.get_full_url(request),
            "publisher": {
                "@type": "Organization",
                "name": _("Child Protection Workforce Portal"),
            },
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        authors = [
            {"@type": "Organization", "name": centre.name}
            for centre in self.centres.all()
        ]
        if authors:
            data["author"] = authors
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = request.build_absolute_uri(rendition.url)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_stories"] = list(self.related_stories())
        context["structured_data"] = self.structured_data(request)
        context["news_index_url"] = self.get_parent().get_url(request)
        return context

    def related_stories(self, limit=3):
        """Other stories sharing a topic or a centre, newest first."""
        return related_news(self)[:limit]
