"""Documents as an editor's upload leaves them, holding real PDF and DOCX files,
and the files an attacker would upload instead."""

import io
import zipfile

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.content.library import ResourceFile
from demo.library import docx_bytes, pdf_bytes
from library.services import document_text_extract


def stored_document(title, name, data):
    """A Wagtail document holding `data`, as an editor's upload leaves it once
    its text has been read in the background."""
    Document = get_document_model()
    document = Document(title=title, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    document_text_extract(document=document)
    return document


def pdf_document(language, title, *points, opening="An opening paragraph."):
    data = pdf_bytes(title, ResourceFile(language, "pdf", opening, points))
    return stored_document(f"{title} ({language})", f"{title[:20]}.pdf", data)


def docx_document(language, title, *points, opening="An opening paragraph."):
    data = docx_bytes(title, ResourceFile(language, "docx", opening, points))
    return stored_document(f"{title} ({language})", f"{title[:20]}.docx", data)


def zip_bomb_docx(unpacked_megabytes=16):
    """A Word file whose text part unpacks to `unpacked_megabytes` of zeros, a
    thousand times what it weighs zipped (16 MB from 16 KB)."""
    real = zipfile.ZipFile(
        io.BytesIO(docx_bytes("Bomb", ResourceFile("en", "docx", "Opening.", ())))
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in real.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, real.read(member))
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(unpacked_megabytes):
                part.write(bytes(1024 * 1024))
    return output.getvalue()


def long_docx(paragraphs):
    """A real Word file of `paragraphs` distinct paragraphs, numbered."""
    import docx

    document = docx.Document()
    for number in range(paragraphs):
        document.add_paragraph(
            f"Paragraph {number}: the worker visits the family, writes down what "
            f"the child says in visit {number * 7 % 1000} and plans the next step."
        )
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
