"""Uploads: nothing a browser would run gets in, as a document or as a picture,
and no archive that unpacks to far more than it weighs.

Documents are covered in depth by tests/library/test_documents.py (types,
contents sniffed, attachments); here the rule is checked across both kinds.
"""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from library import uploads
from tests.library.documents import long_docx, zip_bomb_docx

ACTIVE_TYPES = {"html", "htm", "svg", "xml", "js", "xhtml", "swf", "exe", "php"}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Centre garden",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    "setting", ["WAGTAILDOCS_EXTENSIONS", "WAGTAILIMAGES_EXTENSIONS"]
)
def test_no_active_type_is_accepted(setting):
    assert ACTIVE_TYPES.isdisjoint(getattr(settings, setting))


def test_documents_are_never_shown_inline():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []


def test_a_picture_is_accepted(editor_client, media_root):
    response = upload_image(editor_client, "garden.png", png_bytes())

    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
        ("page.html", b"<!doctype html><script>alert(1)</script>"),
        ("garden.png", b"<!doctype html><script>alert(1)</script>"),
        ("garden.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
    ],
)
def test_a_script_is_refused_as_a_picture(editor_client, media_root, name, data):
    response = upload_image(editor_client, name, data)

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def upload_document(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Home-visit form",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()]


def test_a_zip_bomb_docx_is_refused_and_nothing_is_stored(editor_client, media_root):
    bomb = zip_bomb_docx(16)
    assert len(bomb) < 64 * 1024  # the text part alone: 16 MB from 16 KB

    response = upload_document(editor_client, "home-visit-form.docx", bomb)

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        f"This file unpacks to 16.8\xa0MB from {filesizeformat(len(bomb))}, far more "
        "than a document does: it may be a “zip bomb”. Save it again from the "
        "program that made it, or upload it as a PDF."
    ]
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_the_zip_bomb_message_is_in_the_editors_language(
    editor, editor_client, media_root
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "id"
    profile.save()

    response = upload_document(editor_client, "formulir.docx", zip_bomb_docx(16))

    html = response.content.decode()
    assert "Setelah diekstrak, berkas ini berukuran 16,8\xa0MB dari semula" in html
    assert "jauh melebihi ukuran wajar sebuah dokumen" in html
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("limit", "value"), [("MAX_UNPACKED_BYTES", 64 * 1024), ("MAX_MEMBERS", 5)]
)
def test_an_office_file_with_too_many_parts_or_bytes_is_refused(
    editor_client, media_root, monkeypatch, limit, value
):
    """Within the ratio, over the limit of size in all or of parts."""
    monkeypatch.setattr(uploads, limit, value)

    response = upload_document(editor_client, "form.docx", long_docx(400))

    assert "zip bomb" in response.context["form"].errors["file"][0]
    assert not get_document_model().objects.exists()


def test_an_archive_that_is_not_one_is_refused(editor_client, media_root):
    response = upload_document(editor_client, "form.docx", b"PK\x03\x04 and no more")

    assert response.context["form"].errors["file"] == [
        "The contents of this file are not those of a .docx file. Upload the "
        "document itself (PDF, Word, Excel, PowerPoint, OpenDocument text or a "
        "picture)."
    ]
    assert not get_document_model().objects.exists()


def test_a_real_word_file_is_accepted(editor_client, media_root):
    data = long_docx(400)

    response = upload_document(editor_client, "form.docx", data)

    assert response.status_code == 302
    assert get_document_model().objects.get().file_size == len(data)
