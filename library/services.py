"""Writes of the library that are more than saving a form."""

from .extraction import document_text
from .models import DocumentText


def document_text_extract(*, document) -> DocumentText:
    """Read the text of a document's current file, within the extraction's
    limits, and keep it for the search index."""
    stored, _ = DocumentText.objects.update_or_create(
        document=document,
        defaults={"file_name": document.file.name, "text": document_text(document)},
    )
    return stored
