"""The certificate PDF: in its holder's language, legible, and only for them."""

import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from tests.security.two_factor import enrol
from tests.tools import require_tool
from training import access
from training.certificates import rendering

from .conftest import HOLDERS, complete

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "certificates"
LANGUAGES = ["en", "id", "vi", "ar"]


def pdf_url(language, completion, code=None):
    with translation.override(language):
        return reverse("certificates:pdf", args=[code or completion.printed_code])


def readable(text):
    """Text to compare whatever the extraction did to it: compatibility forms
    (Arabic presentation forms, ligatures) folded, bidi controls, vowel marks
    and spaces dropped."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        character
        for character in text
        if not character.isspace() and unicodedata.category(character) not in "CfMn"
    )


def shows(expected, text):
    """Every word of `expected` in `text`, in reading or in visual order: a line
    of Arabic mixed with numbers or Latin text comes back in pieces."""
    words = [readable(word) for word in re.findall(r"\w+", expected)]
    found = readable(text)
    return all(word in found or word[::-1] in found for word in words)


def text_of(pdf):
    result = subprocess.run(
        [require_tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode()


def first_page_image(pdf, language):
    """The first page at 50 dpi, kept in test-artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    stem = ARTIFACTS / f"certificate-{language}"
    stem.with_suffix(".pdf").write_bytes(pdf)
    subprocess.run(
        [
            require_tool("pdftoppm", "poppler-utils"),
            "-r",
            "50",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
        ]
        + [stem.with_suffix(".pdf"), stem],
        check=True,
    )
    return Image.open(stem.with_suffix(".png")).convert("L")


def ink(image, box):
    """The share of dark pixels in `box` of `image`."""
    histogram = image.crop(box).histogram()
    return sum(histogram[:128]) / sum(histogram)


@pytest.fixture
def download(client):
    def get(user, url):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        return response.content

    return get


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_certificate_is_written_in_its_holder_s_language(
    download, holder_in, gatekeeping, language
):
    holder = holder_in(language)
    completion = complete(holder, gatekeeping)

    # Asked for in English: the holder's own language wins.
    pdf = download(holder, pdf_url("en", completion))

    text = text_of(pdf)
    with translation.override(language):
        expected = {
            "name": HOLDERS[language],
            "module": gatekeeping.title,
            "date": date_filter(completion.completed_at, "DATE_FORMAT"),
            "hours": floatformat(completion.cpd_hours, "-1"),
            "heading": gettext("Certificate of completion"),
        }
    for what, value in expected.items():
        assert shows(value, text), (what, value, text)
    assert completion.printed_code in text
    assert expected["hours"] == ("1.5" if language == "en" else "1,5")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_certificate_is_one_a4_landscape_page_that_is_not_blank(
    download, holder_in, gatekeeping, language
):
    holder = holder_in(language)
    completion = complete(holder, gatekeeping)

    pdf = download(holder, pdf_url(language, completion))

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    image = first_page_image(pdf, language)
    width, height = image.size
    assert ink(image, (0, 0, width, height)) > 0.02
    # The name, the module and the dates in the middle of the page.
    assert ink(image, (width // 4, height // 3, 3 * width // 4, 2 * height // 3)) > 0.01


@pytest.mark.parametrize("language,qr_side", [("en", 0), ("vi", 0), ("ar", 1)])
def test_the_qr_code_leads_to_the_verification_page_from_the_start_side(
    client, download, holder_in, gatekeeping, language, qr_side
):
    """In Arabic the page mirrors: the QR code, first in reading order, is on
    the right."""
    holder = holder_in(language)
    completion = complete(holder, gatekeeping)
    image = first_page_image(download(holder, pdf_url(language, completion)), language)

    found = zxingcpp.read_barcodes(image)

    assert [barcode.format for barcode in found] == [zxingcpp.BarcodeFormat.QRCode]
    with translation.override(language):
        verify = reverse("certificates:verify")
    assert found[0].text == (
        f"http://testserver{verify}?code={completion.printed_code}"
    )
    width = image.size[0]
    centre = (found[0].position.top_left.x + found[0].position.top_right.x) / 2
    assert int(centre > width / 2) == qr_side
    client.logout()
    response = client.get(found[0].text)
    assert response.status_code == 200
    assert HOLDERS[language] in response.content.decode()


def test_the_verification_address_is_built_for_the_code_and_language(rf):
    url = rendering.verification_url(rf.get("/"), "7KQ4-M2XD-9PAF", "vi")

    assert url == "http://testserver/vi/certificates/verify/?code=7KQ4-M2XD-9PAF"


def test_the_certificate_downloads_as_a_named_attachment(trainee_client, certificate):
    response = trainee_client.get(pdf_url("en", certificate))

    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{certificate.printed_code}.pdf"'
    )
    assert "no-store" in response["Cache-Control"]


def test_without_a_profile_the_certificate_is_in_the_language_asked_for(
    trainee_client, trainee, certificate, gatekeeping
):
    response = trainee_client.get(pdf_url("vi", certificate))

    text = text_of(response.content)
    with translation.override("vi"):
        assert shows(gatekeeping.title, text)
    assert shows(trainee.username, text)


def test_the_code_in_the_address_is_read_forgivingly(trainee_client, certificate):
    typed = certificate.printed_code.lower().replace("-", "")

    response = trainee_client.get(pdf_url("id", certificate, code=typed))

    assert response.status_code == 200


def test_another_trainee_cannot_download_someone_s_certificate(
    client, holder_in, certificate
):
    client.force_login(holder_in("en"))

    response = client.get(pdf_url("en", certificate))

    assert response.status_code == 404


@pytest.mark.parametrize("code", ["0000-0000-0000", "not-a-code", "🙂" * 12])
def test_an_unknown_or_malformed_code_is_not_found(trainee_client, certificate, code):
    response = trainee_client.get(pdf_url("ar", certificate, code=code))

    assert response.status_code == 404


def test_a_visitor_is_asked_to_sign_in(client, certificate):
    url = pdf_url("id", certificate)

    response = client.get(url)

    assert response.status_code == 302
    with translation.override("id"):
        assert response["Location"] == f"{access.login_url()}?next={url}"


def test_a_superuser_downloads_the_certificate_in_its_holder_s_language(
    download, django_user_model, holder_in, gatekeeping
):
    completion = complete(holder_in("ar"), gatekeeping)
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")
    enrol(admin)  # anybody's certificate takes a second factor

    text = text_of(download(admin, pdf_url("en", completion)))

    assert shows(HOLDERS["ar"], text)
    with translation.override("ar"):
        assert shows(gatekeeping.title, text)
