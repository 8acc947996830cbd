"""Documents as an editor's upload leaves them, holding real PDF and DOCX files."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.demo.content.library import ResourceFile
from portal.demo.library import docx_bytes, pdf_bytes


def stored_document(title, name, data):
    """A Wagtail document holding `data`, as an editor's upload leaves it."""
    Document = get_document_model()
    document = Document(title=title, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document


def pdf_document(language, title, *points, opening="An opening paragraph."):
    data = pdf_bytes(title, ResourceFile(language, "pdf", opening, points))
    return stored_document(f"{title} ({language})", f"{title[:20]}.pdf", data)


def docx_document(language, title, *points, opening="An opening paragraph."):
    data = docx_bytes(title, ResourceFile(language, "docx", opening, points))
    return stored_document(f"{title} ({language})", f"{title[:20]}.docx", data)
