"""A file's text is read once, in the background after its upload, within the
extraction's limits; publishing a page only reads what was kept."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.content.library import ResourceFile
from demo.library import pdf_bytes
from library.factories import ResourcePageFactory
from library.models import DocumentText, stored_text
from portal.search.models import IndexEntry

from .documents import stored_document

pytestmark = pytest.mark.django_db


def a_pdf(opening):
    return pdf_bytes("Checklist", ResourceFile("en", "pdf", opening, ("A point.",)))


def upload(client, data, name="checklist.pdf"):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Home-visit checklist",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    return get_document_model().objects.get()


def test_an_uploaded_files_text_is_read_once_committed(
    editor_client, media_root, extractions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(editor_client, a_pdf("Draw the genogram first."))

    assert extractions["files"] == 1
    assert "Draw the genogram first." in stored_text(document)

    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Home-visit checklist, 2025"
        document.save()
    assert extractions["files"] == 1  # the same file is not read again


def test_publishing_reads_no_file_and_the_search_finds_its_text(
    client,
    library,
    editor_client,
    media_root,
    extractions,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(editor_client, a_pdf("Draw the genogram first."))
    extractions["files"] = 0

    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourcePageFactory(
            parent=library, title="Home visits", link_en="", document_en=document
        )
        resource.save_revision().publish()

    assert extractions["files"] == 0
    assert "genogram" in IndexEntry.objects.get(page=resource, language="en").body


def test_a_replaced_file_is_read_again_and_its_pages_indexed_again(
    library, media_root, django_capture_on_commit_callbacks
):
    document = stored_document("Checklist", "checklist.pdf", a_pdf("Old words."))
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourcePageFactory(
            parent=library, title="Home visits", link_en="", document_en=document
        )
        resource.save_revision().publish()

    document.file.save("checklist-2.pdf", ContentFile(a_pdf("New words.")), save=False)
    # Until it is read, the old file's text is not taken for the new one's.
    assert stored_text(document) == ""
    with django_capture_on_commit_callbacks(execute=True):
        document.save()

    document = get_document_model().objects.get(pk=document.pk)
    assert "New words." in stored_text(document)
    body = IndexEntry.objects.get(page=resource, language="en").body
    assert "New words." in body
    assert "Old words." not in body


def test_the_command_reads_the_files_not_read_yet(media_root):
    document = stored_document("Checklist", "checklist.pdf", a_pdf("Old words."))
    DocumentText.objects.all().delete()

    call_command("extract_document_texts")

    assert "Old words." in stored_text(document)
