"""Load the resource library: its section and resources, each with small files
generated in the languages it exists in (PDF through WeasyPrint, DOCX through
python-docx)."""

import datetime
import hashlib
import io
import zipfile

from django.core.files.base import ContentFile
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from wagtail.documents import get_document_model
from wagtail.models import Collection

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from library.models import LibraryIndexPage, ResourcePage
from portal.i18n.languages import language_codes, localized_field
from portal.topics.models import Topic

from .content.library import LIBRARY_INDEX, RESOURCES
from .upsert import Changes, page_upsert

DOCUMENT_FOLDER = "documents"  # where Wagtail keeps uploaded documents
# Every member of a DOCX gets this date, so the same text gives the same bytes.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
# A constant, not user input: format_html must not escape its quotes.
PDF_STYLE = mark_safe(  # noqa: S308
    "@page { size: A4; margin: 2cm }"
    "body { font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif;"
    " font-size: 11pt; line-height: 1.5 }"
    "h1 { font-size: 18pt } li { margin-block-end: 0.4em }"
)


def library_load(*, home, changes: Changes) -> None:
    """Under `home` the library section, and its resources with their files."""
    # There is only one library (max_count), whatever its slug.
    index = page_upsert(
        LibraryIndexPage.objects.child_of(home),
        parent=home,
        content=LIBRARY_INDEX,
        factory=LibraryIndexPageFactory,
        changes=changes,
    )
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for number, resource in enumerate(RESOURCES, start=1):
        documents = {
            file.language: document_upsert(resource, file, number, changes=changes)
            for file in resource.files
        }
        files = {
            localized_field("document", code): documents.get(code)
            for code in language_codes()
        }
        links = {localized_field("link", code): "" for code in language_codes()}
        page_upsert(
            ResourcePage.objects.child_of(index).filter(slug_en=resource.slug.en),
            parent=index,
            content=resource,
            factory=ResourcePageFactory,
            changes=changes,
            values={**resource.field_values(), **files, **links},
            relations={"topics": [topics[slug] for slug in resource.topics]},
        )


def document_upsert(resource, file, number, *, changes):
    """The Wagtail document of `resource` in `file.language`, holding the file's
    bytes; made again and compared by hash, so an unchanged one is left alone.

    Titled by number and language only: the title is the editor's label, and
    the file name carries the resource's name in its language.
    """
    data = file_bytes(resource, file)
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    title = f"Library resource {number:02d} ({file.language})"
    name = f"{resource.slug.in_language(file.language)}.{file.format}"
    label = f"document: {title}"
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, collection=Collection.get_first_root_node())
        changes.note("created", label)
    elif (
        document.file_hash == digest
        and document.filename == name
        and document.file.storage.exists(document.file.name)
    ):
        return document
    else:
        changes.note("updated", label)
    storage = Document._meta.get_field("file").storage
    document.file = storage.save(f"{DOCUMENT_FOLDER}/{name}", ContentFile(data))
    document.file_size, document.file_hash = len(data), digest
    document.save()
    return document


def file_bytes(resource, file):
    title = resource.title.in_language(file.language)
    if file.format == "pdf":
        return pdf_bytes(title, file)
    return docx_bytes(title, file)


def pdf_bytes(title, file):
    import weasyprint

    direction = "rtl" if get_language_info(file.language)["bidi"] else "ltr"
    html = format_html(
        '<!doctype html><html lang="{}" dir="{}"><head><meta charset="utf-8">'
        "<title>{}</title><style>{}</style></head>"
        "<body><h1>{}</h1><p>{}</p><ol>{}</ol></body></html>",
        file.language,
        direction,
        title,
        PDF_STYLE,
        title,
        file.opening,
        format_html_join("", "<li>{}</li>", ((point,) for point in file.points)),
    )
    return weasyprint.HTML(string=html).write_pdf()


def docx_bytes(title, file):
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    properties = document.core_properties
    properties.title, properties.language = title, file.language
    properties.created = properties.modified = datetime.datetime(*ZIP_DATE)
    paragraphs = [document.add_heading(title, level=1)]
    paragraphs.append(document.add_paragraph(file.opening))
    for point in file.points:
        paragraphs.append(document.add_paragraph(point, style="List Number"))
    if get_language_info(file.language)["bidi"]:
        # python-docx has no setting for it: mark each paragraph right to left.
        for paragraph in paragraphs:
            paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    output = io.BytesIO()
    document.save(output)
    return _dated(output.getvalue())


def _dated(data):
    """The zip `data` with every member dated ZIP_DATE (python-docx uses now)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member.filename))
    return output.getvalue()
