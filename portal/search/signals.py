"""The index follows publishing: every change to a searchable page, or to a file
a page indexes, re-indexes that page in the background once the change is
committed."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import registry


def reindex_later(page_ids):
    from .tasks import reindex_pages

    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: reindex_pages.enqueue(page_ids))


def searchable_ids(pages):
    models = registry.searchable_models()
    return [
        page.pk
        for page in pages
        if type(page) in models or page.specific_class in models
    ]


def page_changed(sender, instance, **kwargs):
    reindex_later(searchable_ids([instance]))


def page_moved(sender, instance, **kwargs):
    # Addresses change for the page and everything under it.
    reindex_later(searchable_ids(instance.get_descendants(inclusive=True)))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        reindex_later(searchable_ids([instance]))


def document_changed(sender, instance, **kwargs):
    """A file replaced: the pages that link to it index its text again."""
    pages = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = [int(object_id) for object_id in pages.values_list("object_id", flat=True)]
    reindex_later(searchable_ids(Page.objects.filter(pk__in=ids)))


def connect():
    page_published.connect(page_changed, dispatch_uid="search_published")
    page_unpublished.connect(page_changed, dispatch_uid="search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search_moved")
    post_delete.connect(page_deleted, dispatch_uid="search_deleted")
    post_save.connect(
        document_changed, sender=get_document_model(), dispatch_uid="search_document"
    )
