"""Reads of library resources that must stay at a fixed number of queries."""

from django.db.models import OuterRef
from wagtail.documents import get_document_model

from portal.i18n.languages import language_codes
from portal.search.privacy import restricted_collection


def resource_documents(resource, *, with_text=False):
    """The resource's files in every language, by id, each knowing whether its
    collection is private (`is_private`), and with the text read from it if
    asked: one query, none without."""
    ids = {resource.document_id_in(code) for code in language_codes()} - {None}
    if not ids:
        return {}
    documents = (
        get_document_model()
        .objects.filter(pk__in=ids)
        .annotate(is_private=restricted_collection(OuterRef("collection__path")))
    )
    if with_text:
        documents = documents.select_related("extracted_text")
    return {doc.pk: doc for doc in documents}
