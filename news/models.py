from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    prefetch_related_objects,
)
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from portal.centres.models import Centre
from portal.i18n.completeness import field_value, has_content
from portal.i18n.languages import (
    language_codes,
    language_text,
    language_versions,
    local_name,
    localized_field,
    source_language,
)
from portal.i18n.pages import (
    TranslatedPageMixin,
    translated_slug_is,
    without_restricted,
)
from portal.moderation.pages import SafeguardedPageMixin
from portal.pagecache.cache import remember_for_page
from portal.pages.panels import ChecklistPanel
from portal.security.panels import CaseTextPanel
from portal.topics.models import Topic

from . import feeds
from .blocks import NewsBodyBlock
from .listing import centre_context, listing_context

SOCIAL_IMAGE = "fill-1200x630|format-jpeg"  # the size link previews use


def written_flag(field_name, code):
    """The annotation that says whether a story's field is written in `code`."""
    return f"{localized_field(field_name, code)}_written"


def _bodies_written():
    """Whether each language's body is written, computed in the database: a
    list needs to know it, not to load every story's text in four languages."""
    flags = {}
    for code in language_codes():
        column = localized_field("body", code)
        written = Q(**{f"{column}__isnull": False}) & ~Q(**{column: []})
        flags[written_flag("body", code)] = ExpressionWrapper(
            written, output_field=BooleanField()
        )
    return flags


class NewsPageQuerySet(PageQuerySet):
    def for_lists(self):
        """Live stories for lists, newest first: cards and feeds, which never
        show the body."""
        body_columns = [localized_field("body", code) for code in language_codes()]
        return (
            without_restricted(self.live())
            .defer("body", *body_columns)
            .annotate(**_bodies_written())
            .prefetch_related(
                Prefetch("centres", queryset=Centre.objects.order_by("slug"))
            )
            .order_by("-date", "-pk")
        )

    def tagged(self, relation, **lookups):
        """Stories with a `relation` ("centres", "topics") matching `lookups`."""
        return self.filter(self._tagged(relation, **lookups))

    def related_to(self, story, centres, topics):
        """Other stories that share a centre or a topic with `story`."""
        shares_centre = self._tagged("centres", centre__in=centres)
        shares_topic = self._tagged("topics", topic__in=topics)
        return self.filter(shares_centre | shares_topic).exclude(pk=story.pk)

    def _tagged(self, relation, **lookups):
        # EXISTS, so a story of two matching centres is never listed twice.
        through = getattr(self.model, relation).through
        return Exists(through.objects.filter(newspage=OuterRef("pk"), **lookups))


class NewsIndexPage(TranslatedPageMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    per_page = 10

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")

    def route_to_story(self, request, path_components):
        """Routes first, then the story with that slug in the reader's language.

        Installed as `route` by the app (see apps.py) over the one
        wagtail-modeltranslation puts on every page.
        """
        if self.live:
            try:
                match = self.resolve_subpage(
                    "".join(f"/{c}" for c in path_components) + "/"
                )
            except Http404:
                pass
            else:
                request.routable_resolver_match = match
                return RouteResult(self, args=tuple(match))
        return self.route_translated(request, path_components)

    def child_at(self, slug):
        """The story whose slug in the reader's language is `slug`: one query,
        every child is a story."""
        stories = NewsPage.objects.child_of(self)
        return stories.filter(translated_slug_is(slug)).first()

    def stories(self):
        """The live stories of this index for lists, newest first."""
        return NewsPage.objects.child_of(self).for_lists()

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides=listing_context(self, request))

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return feeds.NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return feeds.NewsAtomFeed(self)(request)

    @path("centre/<slug:slug>/", name="centre")
    def centre(self, request, slug):
        centre = Centre.objects.filter(slug=slug).first()
        if centre is None:
            raise Http404
        return self.render(
            request,
            template="news/centre_page.html",
            context_overrides=centre_context(self, request, centre),
        )


@dataclass(frozen=True)
class StorySurroundings:
    """What a story's page shows around the story: the same for every reader."""

    centres: list
    topics: list
    related_stories: list
    news_index: Any
    hero_image: Any  # without its renditions, which the page reads fresh
    social_image: Any  # the hero image's rendition for link previews


class NewsPage(SafeguardedPageMixin, TranslatedPageMixin, Page):
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

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        CaseTextPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero image")
        ),
        CaseTextPanel("body"),
        ChecklistPanel("centres"),
        ChecklistPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    # A story counts as translated once these are written (the body only if the
    # source language has one).
    readable_fields = ("title", "summary", "body")
    related_limit = 3

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")

    def clean(self):
        super().clean()
        # Only English is required: a reader in another language gets the English
        # text (marked lang="en") until a translator writes theirs.
        alt_field = localized_field("hero_alt", source_language())
        if self.hero_image_id and not has_content(getattr(self, alt_field)):
            raise ValidationError(
                {alt_field: _("Describe the hero image: alternative text is required.")}
            )

    @cached_property
    def readable_languages(self):
        """Languages in which the story's title, summary and body are written."""
        source = [
            name
            for name in self.readable_fields
            if self._is_written(name, source_language())
        ]
        return [
            code
            for code in language_codes()
            if all(self._is_written(name, code) for name in source)
        ]

    def _is_written(self, field_name, code):
        # Lists annotate whether the body is written rather than load it.
        flag = getattr(self, written_flag(field_name, code), None)
        if flag is not None:
            return flag
        return has_content(field_value(self, field_name, code))

    @property
    def is_readable_in_current_language(self):
        return translation.get_language() in self.readable_languages

    def readable_language_names(self):
        """The languages the story can be read in, each named in its own script."""
        return [
            {"code": code, "name_local": local_name(code)}
            for code in self.readable_languages
        ]

    def surroundings(self):
        """The story's centres, topics, related stories, index and hero image."""
        centres = list(self.centres.order_by("slug"))
        topics = list(self.topics.order_by("slug"))
        hero_image = None
        if self.hero_image_id:
            hero_image = get_image_model().objects.filter(pk=self.hero_image_id).first()
        related = NewsPage.objects.for_lists().related_to(self, centres, topics)
        return StorySurroundings(
            centres=centres,
            topics=topics,
            related_stories=list(related[: self.related_limit]),
            news_index=NewsIndexPage.objects.parent_of(self).first(),
            hero_image=hero_image,
            social_image=hero_image and hero_image.get_rendition(SOCIAL_IMAGE),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        around = remember_for_page(
            request, self, f"news-story:{self.pk}", self.surroundings
        )
        self.hero_image = around.hero_image
        if self.hero_image:
            # Read fresh: the first reader of a new picture makes its renditions.
            prefetch_related_objects([self.hero_image], "renditions")
        url = request.build_absolute_uri(self.get_url(request))
        social_image = around.social_image
        image_url = request.build_absolute_uri(social_image.url) if social_image else ""
        context.update(
            centres=around.centres,
            topics=around.topics,
            related_stories=around.related_stories,
            news_index=around.news_index,
            language_versions=self.readable_language_versions(request),
            canonical_url=url,
            social_image=social_image,
            social_image_url=image_url,
            open_graph_locale=language_text(
                translation.get_language()
            ).open_graph_locale,
            structured_data=self.structured_data(url, around.centres, image_url),
        )
        return context

    def readable_language_versions(self, request):
        """The story's address in each language it can be read in."""
        return [
            version
            for version in language_versions(request, self)
            if version.code in self.readable_languages
        ]

    def structured_data(self, url, centres, image_url):
        """schema.org NewsArticle, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.shown_language("title"),
            "url": url,
            "publisher": {
                "@type": "Organization",
                "name": str(_("Child Protection Workforce Portal")),
            },
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if centres:
            data["author"] = [
                {"@type": "Organization", "name": centre.name} for centre in centres
            ]
        if image_url:
            data["image"] = image_url
        return data
