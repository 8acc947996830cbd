from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.accounts.models import JobRole
from portal.centres.models import Country
from portal.i18n.completeness import field_value, has_content, missing_fields
from portal.i18n.languages import (
    language_codes,
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
from portal.pagecache.cache import remember_for_page
from portal.pages.panels import ChecklistPanel
from portal.search.entries import SearchEntry
from portal.security.panels import CaseTextPanel
from portal.topics.models import Topic

from .choices import ResourceType
from .fields import ChoiceListField
from .listing import listing_context
from .selectors import resource_documents

FIRST_YEAR = 1950


def last_year():
    return timezone.localdate().year + 1  # a resource may be dated next year


class ResourcePageQuerySet(PageQuerySet):
    def on_topic(self, slug):
        """Resources filed under the topic `slug`; EXISTS, so never duplicated."""
        through = self.model.topics.through
        tagged = through.objects.filter(resourcepage=OuterRef("pk"), topic__slug=slug)
        return self.filter(Exists(tagged))

    def available_in(self, code):
        """Resources with a file or a link in language `code`."""
        link = localized_field("link", code)
        has_link = Q(**{f"{link}__isnull": False}) & ~Q(**{link: ""})
        has_file = Q(**{f"{localized_field('document', code)}__isnull": False})
        return self.filter(has_file | has_link)


class LibraryIndexPage(TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    per_page = 12

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["library.ResourcePage"]
    max_count = 1

    class Meta:
        verbose_name = _("resource library")

    def child_at(self, slug):
        """The resource whose slug in the reader's language is `slug`: one query,
        every child is a resource."""
        resources = ResourcePage.objects.child_of(self)
        return resources.filter(translated_slug_is(slug)).first()

    def resources(self):
        """The live resources of the library for lists, newest first."""
        resources = ResourcePage.objects.child_of(self).live()
        return without_restricted(resources).order_by("-year", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request))
        return context


@dataclass(frozen=True)
class ResourceSurroundings:
    """What a resource's page shows around it: the same for every reader."""

    topics: list
    documents: dict[int, Any]  # the resource's files in every language, by id
    library_index: Any
    training_modules: list


@dataclass(frozen=True)
class Download:
    """One language's file (or link) of a resource, as the page offers it."""

    code: str
    name_local: str
    url: str
    file_type: str = ""  # "PDF", "DOCX"; empty for a link
    size: int | None = None  # bytes
    host: str = ""  # a link's site

    @property
    def is_link(self):
        return not self.file_type


class ResourcePage(TranslatedPageMixin, Page):
    summary = models.TextField(_("summary"), max_length=600)
    resource_type = models.CharField(
        _("type of resource"), max_length=32, choices=ResourceType.choices
    )
    topics = ParentalManyToManyField(
        Topic, related_name="resource_pages", blank=True, verbose_name=_("topics")
    )
    countries = ChoiceListField(
        _("countries"),
        choices_class=Country,
        blank=True,
        help_text=_("The countries the resource is written for; none if any."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(last_year)],
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    audience_roles = ChoiceListField(
        _("audience"),
        choices_class=JobRole,
        blank=True,
        help_text=_("The roles this resource is written for."),
    )
    # Translated: each language has a file (or a link) of its own.
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("Instead of a file: the address where the resource is published."),
    )

    objects = PageManager.from_queryset(ResourcePageQuerySet)()

    content_panels = [
        *Page.content_panels,
        CaseTextPanel("summary"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("year")]),
        FieldPanel("publisher"),
        ChecklistPanel("topics"),
        FieldPanel("countries"),
        FieldPanel("audience_roles"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("link")],
            heading=_("File or link, per language"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    # Translated fields that hold a language's file, not a text: a resource
    # exists in some languages only, and says which.
    file_fields = ("document", "link")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        errors = {}
        for code in language_codes():
            if self.document_id_in(code) and self.link_in(code):
                errors[localized_field("link", code)] = _(
                    "Give a file or a link for this language, not both."
                )
        if not self.available_languages:
            errors[localized_field("document", source_language())] = _(
                "Add a file or a link, in at least one language."
            )
        if errors:
            raise ValidationError(errors)

    def document_id_in(self, code):
        return getattr(self, f"{localized_field('document', code)}_id")

    def link_in(self, code):
        return getattr(self, localized_field("link", code)) or ""

    @property
    def available_languages(self):
        """Languages the resource has a file or a link in."""
        return [
            code
            for code in language_codes()
            if self.document_id_in(code) or self.link_in(code)
        ]

    @property
    def is_available_in_current_language(self):
        return translation.get_language() in self.available_languages

    def available_language_names(self):
        """The languages of the resource's files, each named in its own script."""
        return [
            {"code": code, "name_local": local_name(code)}
            for code in self.available_languages
        ]

    @cached_property
    def untranslated_fields(self):
        """Texts shown in English; the files list their own languages."""
        code = translation.get_language()
        missing = missing_fields(self, code)
        return [name for name in missing if name not in self.file_fields]

    @property
    def type_label(self):
        return ResourceType(self.resource_type).label

    def country_labels(self):
        return [Country(code).label for code in self.countries]

    def audience_labels(self):
        return [JobRole(role).label for role in self.audience_roles]

    def downloads(self, documents):
        """The file or link of each language, `documents` read by their id."""
        found = []
        for code in self.available_languages:
            document = documents.get(self.document_id_in(code))
            if document is not None:
                found.append(
                    Download(
                        code=code,
                        name_local=local_name(code),
                        url=document.url,
                        file_type=document.file_extension.upper(),
                        size=document.file_size,
                    )
                )
            elif self.link_in(code):
                link = self.link_in(code)
                host = link.split("//", 1)[-1].split("/", 1)[0]
                found.append(Download(code, local_name(code), url=link, host=host))
        return found

    def surroundings(self):
        """The resource's topics, files, library and the live training modules
        that point to it: four queries."""
        return ResourceSurroundings(
            topics=list(self.topics.order_by("slug")),
            training_modules=list(self.training_modules.live().order_by("path")),
            documents=resource_documents(self),
            library_index=LibraryIndexPage.objects.parent_of(self).first(),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        around = remember_for_page(
            request,
            self,
            f"library-resource:{self.pk}",
            self.surroundings,
        )
        downloads = self.downloads(around.documents)
        url = request.build_absolute_uri(self.get_url(request))
        context.update(
            topics=around.topics,
            training_modules=around.training_modules,
            library_index=around.library_index,
            downloads=downloads,
            language_versions=language_versions(request, self),
            canonical_url=url,
            structured_data=self.structured_data(url, around.topics, downloads),
        )
        return context

    def structured_data(self, url, topics, downloads):
        """schema.org DigitalDocument, with its file in each language."""
        data = {
            "@context": "https://schema.org",
            "@type": "DigitalDocument",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "inLanguage": self.available_languages,
            "genre": str(self.type_label),
            "copyrightYear": self.year,
        }
        if self.publisher:
            data["publisher"] = {"@type": "Organization", "name": self.publisher}
        if topics:
            data["keywords"] = [topic.name for topic in topics]
        files = [download for download in downloads if not download.is_link]
        if files:
            data["encoding"] = [
                {
                    "@type": "MediaObject",
                    "contentUrl": download.url,
                    "encodingFormat": download.file_type,
                    "inLanguage": download.code,
                    **({"contentSize": download.size} if download.size else {}),
                }
                for download in files
            ]
        return data

    def search_entries(self):
        """What the resource says in each language it has a title in, with the
        text of that language's file (see portal/search/entries.py)."""
        documents = resource_documents(self, with_text=True)
        # all(): an indexer that prefetches the topics saves a query per page.
        topics = tuple(sorted(topic.slug for topic in self.topics.all()))
        published = self.last_published_at or self.first_published_at
        entries = []
        for code in language_codes():
            title = field_value(self, "title", code)
            if code != source_language() and not has_content(title):
                continue
            with translation.override(code):
                url = self.get_url() or ""
            document = documents.get(self.document_id_in(code))
            # A file in a private collection is for signed-in readers only: its
            # text is not for the index that answers everyone.
            public_file = document if document and not document.is_private else None
            file_text = stored_text(public_file)
            entries.append(
                SearchEntry(
                    language=code,
                    title=title or "",
                    summary=field_value(self, "summary", code) or "",
                    body="\n".join(
                        filter(None, [field_value(self, "publisher", code), file_text])
                    ),
                    url=url,
                    date=published.date() if published else None,
                    topics=topics,
                    countries=tuple(self.countries),
                    resource_type=self.resource_type,
                    year=self.year,
                    file_collection_id=public_file.collection_id if file_text else None,
                )
            )
        return entries


class DocumentText(models.Model):
    """The text of a document's file for the search index, read once, in the
    background, when the file is uploaded or replaced (see library.tasks)."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="extracted_text",
    )
    file_name = models.CharField(max_length=255)  # the file it was read from
    text = models.TextField(blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.file_name


def stored_text(document):
    """The text read from a document's current file; "" for no document, and
    until its file has been read (a replaced file's old text never counts)."""
    if document is None:
        return ""
    try:
        stored = document.extracted_text
    except DocumentText.DoesNotExist:
        return ""
    return stored.text if stored.file_name == document.file.name else ""
