"""The index follows publishing: every change to a searchable page, to a file a
page indexes, or to who may see a page or a collection of files, re-indexes the
pages concerned in the background once the change is committed."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)
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
    reindex_later(searchable_ids([instance]))


def pages_using(documents):
    """The pages that link to any of these documents (a queryset)."""
    references = ReferenceIndex.get_references_to_in_bulk(documents).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = {int(pk) for pk in references.values_list("object_id", flat=True)}
    return Page.objects.filter(pk__in=ids)


def reindex_pages_using(documents):
    """Index again, once committed, the searchable pages that link to these
    documents (a queryset)."""
    reindex_later(searchable_ids(pages_using(documents)))


def document_changed(sender, instance, **kwargs):
    """A file replaced or moved to another collection: the pages that link to it
    index its text again (or stop, if the collection is private)."""
    reindex_pages_using(get_document_model().objects.filter(pk=instance.pk))


def page_restriction_changed(sender, instance, **kwargs):
    """A page made private, or public again: it and the pages under it leave the
    index or come back."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None: the page itself is being deleted
        reindex_later(searchable_ids(page.get_descendants(inclusive=True)))


def collection_restriction_changed(sender, instance, **kwargs):
    """A collection made private, or public again: the pages that use its files,
    or those of the collections under it, index their text again (or stop)."""
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is None:
        return
    reindex_pages_using(
        get_document_model().objects.filter(
            collection__in=collection.get_descendants(inclusive=True)
        )
    )


def connect():
    page_published.connect(page_changed, dispatch_uid="search_published")
    page_unpublished.connect(page_changed, dispatch_uid="search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search_moved")
    # One receiver per searchable model, none for all: a model with a delete
    # receiver loses Django's fast (single query) delete.
    for model in registry.searchable_models():
        post_delete.connect(
            page_deleted,
            sender=model,
            dispatch_uid=f"search_deleted_{model._meta.label}",
        )
    post_save.connect(
        document_changed, sender=get_document_model(), dispatch_uid="search_document"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            page_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_page_restriction_{signal is post_save}",
        )
        signal.connect(
            collection_restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"search_collection_restriction_{signal is post_save}",
        )
