"""The large relevance corpus as live pages: news, training modules with their
lessons, and library resources, each in the four languages."""

from django.test import override_settings
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text import RichText

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.home.factories import HomePageFactory, make_default_site
from portal.i18n.languages import field_suffix
from training.factories import (
    LessonPageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)

from .relevance_corpus import LANGUAGES, documents

# Wagtail's own admin search and reference index have no part in the portal's
# search: their tasks are queued and dropped, not run for every page saved.
UNRUN_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

# The page field that holds a document's third text, and its block if a
# StreamField.
BODY = {
    "news": ("body", "paragraph"),
    "lesson": ("body", "text"),
    "module": ("learning_objectives", None),
    "resource": (None, None),
}


def page_fields(document):
    slug = document.key.replace("/", "-")
    fields = {"slug": slug, "slug_en": slug}
    body_field, block = BODY[document.kind]
    for code in LANGUAGES:
        title, summary, body = document.texts[code]
        suffix = field_suffix(code)
        fields[f"title_{suffix}"] = title
        fields[f"summary_{suffix}"] = summary
        if body_field and block:
            paragraph = RichText(f"<p>{escape(body)}</p>")
            fields[f"{body_field}_{suffix}"] = [(block, paragraph)]
        elif body_field:
            fields[f"{body_field}_{suffix}"] = body
    fields["title"], fields["summary"] = fields["title_en"], fields["summary_en"]
    return fields


@override_settings(TASKS=UNRUN_TASKS)
def build_pages():
    """Every document of the corpus as a page: {document key: page}."""
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    make_default_site(home)
    parents = {
        "news": NewsIndexPageFactory(parent=home),
        "module": TrainingIndexPageFactory(parent=home),
        "resource": LibraryIndexPageFactory(parent=home),
    }
    pages = {}
    for document in documents():
        fields = page_fields(document)
        if document.kind == "news":
            page = NewsPageFactory(parent=parents["news"], **fields)
        elif document.kind == "module":
            page = TrainingModulePageFactory(parent=parents["module"], **fields)
        elif document.kind == "lesson":
            page = LessonPageFactory(parent=pages[document.module], **fields)
        else:
            page = ResourcePageFactory(
                parent=parents["resource"],
                resource_type=document.resource_type,
                publisher="",
                link_en=f"https://example.org/library/{fields['slug']}.pdf",
                **fields,
            )
        pages[document.key] = page
    return pages
