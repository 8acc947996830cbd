"""Documents: only passive file types whose contents match their name, within a
size limit, and always downloaded (never opened in the browser) through Wagtail's
serve view with its access rules."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from .documents import pdf_document

ADD_URL = reverse("wagtaildocs:add")


def upload(client, name, data, title="Gatekeeping decision checklist"):
    return client.post(
        ADD_URL,
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def form_errors(response):
    return [str(error) for error in response.context["form"].errors["file"]]


@pytest.fixture
def real_pdf(db):
    from demo.content.library import ResourceFile
    from demo.library import pdf_bytes

    return pdf_bytes("Checklist", ResourceFile("en", "pdf", "Opening.", ("A point.",)))


def test_an_editor_uploads_a_pdf(editor_client, media_root, real_pdf):
    response = upload(editor_client, "checklist.pdf", real_pdf)

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.file_size == len(real_pdf)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", b"<!doctype html><script>alert(1)</script>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("notes.txt", b"Plain text"),
        ("archive.zip", b"PK\x03\x04rest"),
    ],
)
def test_active_and_other_types_are_refused(editor_client, media_root, name, data):
    response = upload(editor_client, name, data)

    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert form_errors(response) == [
        f"File extension “{extension}” is not allowed. Allowed extensions are: "
        "pdf, docx, xlsx, pptx, odt, png, jpg, jpeg."
    ]
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("guide.pdf", b"<!doctype html><script>alert(1)</script>"),
        ("form.docx", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("photo.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
)
def test_a_file_whose_contents_are_not_of_its_type_is_refused(
    editor_client, media_root, name, data
):
    response = upload(editor_client, name, data)

    extension = name.rsplit(".", 1)[1]
    assert form_errors(response) == [
        f"The contents of this file are not those of a .{extension} file. Upload "
        "the document itself (PDF, Word, Excel, PowerPoint, OpenDocument text or a "
        "picture)."
    ]
    assert not get_document_model().objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_the_limit(
    editor_client, media_root, real_pdf, settings
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = upload(editor_client, "checklist.pdf", real_pdf)

    size = filesizeformat(len(real_pdf))
    assert form_errors(response) == [
        f"This file is too large ({size}). A file may be at most 1.0\xa0KB."
    ]
    assert not get_document_model().objects.exists()


def test_the_size_limit_is_twenty_megabytes(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024


def test_the_upload_form_states_the_limit(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    assert "At most 20.0\xa0MB." in html


def test_a_document_is_served_as_an_attachment(client, db, media_root):
    document = pdf_document("en", "Gatekeeping decision checklist", "A point.")

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_an_arabic_file_name_is_kept_in_the_download(client, db, media_root):
    document = pdf_document("ar", "قائمة التحقق", "من قام بالإحالة؟")

    response = client.get(document.url)

    assert "filename*=UTF-8''%D9%82" in response["Content-Disposition"]


def test_a_document_in_a_private_collection_needs_a_sign_in(
    client, media_root, trainee
):
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = pdf_document("en", "Supervision notes template", "A point.")
    document.collection = private
    document.save()

    refused = client.get(document.url)
    client.force_login(trainee)
    served = client.get(document.url)

    assert refused.status_code == 302
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
