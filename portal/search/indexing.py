"""Which pages the index holds, and writing them there."""

from wagtail.models import Page

from portal.i18n.pages import without_restricted

from . import registry
from .backends import get_backend

BATCH_SIZE = 200


def searchable(pages):
    """The live pages open to everyone among `pages`."""
    return without_restricted(pages.live())


def reindex_pages(page_ids):
    """Bring the index up to date with these pages: their entries rewritten, or
    removed if they are gone, unpublished, private or not searchable."""
    backend = get_backend()
    pages = [
        page
        for page in searchable(Page.objects.filter(pk__in=page_ids)).specific()
        if registry.kind_of(type(page))
    ]
    written = {page.pk for page in pages}
    gone = [page_id for page_id in page_ids if page_id not in written]
    if gone:
        backend.remove_pages(gone)
    if pages:
        backend.index_pages(
            [
                (page.pk, registry.kind_of(type(page)), registry.entries_for(page))
                for page in pages
            ]
        )


def rebuild(progress=None):
    """Empty the index and write every searchable page; the entries written.

    `progress(pages done, pages in all)` is called after each batch.
    """
    backend = get_backend()
    backend.clear()
    batches = [
        (
            model,
            list(
                searchable(model.objects.all())
                .order_by("path")
                .values_list("pk", flat=True)
            ),
        )
        for model in registry.searchable_models()
    ]
    total = sum(len(ids) for _, ids in batches)
    done = written = 0
    for model, ids in batches:
        kind = registry.kind_of(model)
        for start in range(0, len(ids), BATCH_SIZE):
            pages = model.objects.filter(pk__in=ids[start : start + BATCH_SIZE])
            written += backend.index_pages(
                [(page.pk, kind, registry.entries_for(page)) for page in pages]
            )
            done += len(pages)
            if progress:
                progress(done, total)
    return written
