from django_tasks import task
from wagtail.documents import get_document_model

from portal.search.signals import reindex_pages_using

from .services import document_text_extract


@task()
def extract_document_text(document_id: int) -> None:
    """Read a document's file for the search index (never in the request that
    publishes a page), then index again the pages that use it."""
    documents = get_document_model().objects.filter(pk=document_id)
    document = documents.first()
    if document is None:
        return  # deleted meanwhile
    document_text_extract(document=document)
    reindex_pages_using(documents)
