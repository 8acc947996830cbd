from django_tasks import task

from . import indexing


@task()
def reindex_pages(page_ids: list[int]) -> None:
    """Bring the search index up to date with these pages (see indexing)."""
    indexing.reindex_pages(page_ids)
