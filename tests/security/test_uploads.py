"""Uploads: nothing a browser would run gets in, as a document or as a picture.

Documents are covered in depth by tests/library/test_documents.py (types,
contents sniffed, attachments); here the rule is checked across both kinds.
"""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

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
