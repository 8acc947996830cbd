"""A resource's page: its texts in the reader's language, its metadata and a
download per language with the file's type and size."""

import json
import re

import pytest

from tests.news.helpers import url_in

from .documents import docx_document

TITLES = {
    "en": "Gatekeeping decision checklist",
    "id": "Daftar periksa keputusan penapisan pengasuhan",
    "vi": "Bảng kiểm quyết định sàng lọc đầu vào",
    "ar": "قائمة التحقق لقرار ضبط الدخول إلى الرعاية",
}

SUMMARIES = {
    "en": "Ten questions to answer before any placement.",
    "id": "Sepuluh pertanyaan sebelum penempatan apa pun.",
    "vi": "Mười câu hỏi trước mọi quyết định đưa trẻ vào cơ sở.",
    "ar": "عشرة أسئلة قبل أي إيداع.",
}


def structured_data(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_it_renders_in_each_language(client, checklist, code):
    response = client.get(url_in(code, checklist))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{TITLES[code]}</h1>" in html
    assert SUMMARIES[code] in html
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html


def test_it_offers_each_languages_file_with_its_type_and_size(client, checklist):
    html = client.get(url_in("en", checklist)).content.decode()

    downloads = re.findall(
        r'<a href="(/documents/[^"]+)" hreflang="(\w+)" download>([^<]+)</a>\s*'
        r'<span class="meta">\((\w+), ([^)]+)\)</span>',
        html,
    )
    assert [(code, name, kind) for _url, code, name, kind, _size in downloads] == [
        ("en", "English", "PDF"),
        ("ar", "العربيّة", "PDF"),
    ]
    assert downloads[0][0] == checklist.document_en.url
    assert downloads[0][4].endswith("KB")


def test_it_shows_the_metadata(client, checklist):
    html = client.get(url_in("en", checklist)).content.decode()

    for text in (
        "Toolkit",
        "2023",
        "Children&#x27;s centres support network",
        "Indonesia, Vietnam",
        "Social worker, Supervisor",
        "Gatekeeping",
    ):
        assert text in html


def test_a_link_is_offered_with_its_site(client, library, media_root):
    from library.factories import ResourcePageFactory

    resource = ResourcePageFactory(
        parent=library,
        title="UN guidelines for the alternative care of children",
        link_en="https://www.example.org/guidelines/alternative-care",
        document_vi=docx_document("vi", "Hướng dẫn", "Chăm sóc thay thế."),
    )
    html = client.get(url_in("en", resource)).content.decode()

    assert (
        '<a href="https://www.example.org/guidelines/alternative-care" hreflang="en"'
        in html
    )
    assert "link to www.example.org" in html
    assert re.search(
        r'hreflang="vi" download>Tiếng Việt</a>\s*<span class="meta">'
        r"\(DOCX, ",
        html,
    )


def test_it_describes_itself_for_search_engines(client, checklist):
    data = structured_data(client.get(url_in("ar", checklist)).content.decode())

    assert data["@type"] == "DigitalDocument"
    assert data["name"] == TITLES["ar"]
    assert data["inLanguage"] == ["en", "ar"]
    assert data["copyrightYear"] == 2023
    assert [file["inLanguage"] for file in data["encoding"]] == ["en", "ar"]
    assert data["encoding"][0]["encodingFormat"] == "PDF"
    assert data["encoding"][0]["contentSize"] == checklist.document_en.file_size


def test_a_text_not_yet_translated_is_shown_in_english_and_marked(client, checklist):
    checklist.summary_vi = ""
    checklist.save_revision().publish()

    html = client.get(url_in("vi", checklist)).content.decode()

    assert f'<p class="summary" lang="en" dir="ltr">{checklist.summary_en}</p>' in html
    assert 'data-untranslated="summary"' in html


def test_files_missing_in_a_language_are_not_reported_as_untranslated_text(
    client, checklist
):
    """The page lists the languages of its files itself."""
    html = client.get(url_in("vi", checklist)).content.decode()

    assert "data-untranslated" not in html
