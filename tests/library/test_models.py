"""A resource: a file or a link is required, one of the two per language; its
lists hold only known values; it gives the search index one entry per language."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from library.factories import ResourcePageFactory
from library.models import ResourcePage
from portal.search.registry import entries_for, kind_of, searchable_models
from tests.news.helpers import url_in

from .documents import docx_document, pdf_document


def errors_of(resource):
    with pytest.raises(ValidationError) as raised:
        resource.full_clean()
    return raised.value.message_dict


def test_a_resource_without_any_file_or_link_is_refused(library):
    resource = ResourcePageFactory(parent=library)
    resource.link_en = ""

    assert errors_of(resource)["document_en"] == [
        "Add a file or a link, in at least one language."
    ]


def test_a_file_or_a_link_in_any_language_is_enough(library, media_root):
    only_arabic = ResourcePageFactory(
        parent=library, link_en="", document_ar=docx_document("ar", "نموذج", "نقطة.")
    )
    only_a_link = ResourcePageFactory(parent=library)

    only_arabic.full_clean()
    only_a_link.full_clean()
    assert only_arabic.available_languages == ["ar"]
    assert only_a_link.available_languages == ["en"]


def test_a_language_has_a_file_or_a_link_not_both(library, media_root):
    resource = ResourcePageFactory(
        parent=library, document_vi=pdf_document("vi", "Bảng kiểm", "Một điểm.")
    )
    resource.link_vi = "https://example.org/vi/checklist.pdf"

    assert errors_of(resource)["link_vi"] == [
        "Give a file or a link for this language, not both."
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("countries", ["XX"]),
        ("countries", "ID"),
        ("audience_roles", ["astronaut"]),
    ],
)
def test_lists_hold_only_known_values(library, field, value):
    resource = ResourcePageFactory(parent=library)
    setattr(resource, field, value)

    assert field in errors_of(resource)


@pytest.mark.parametrize("year", [1949, datetime.date.today().year + 2])
def test_the_year_must_be_plausible(library, year):
    resource = ResourcePageFactory(parent=library)
    resource.year = year

    assert "year" in errors_of(resource)


def test_it_is_registered_for_search():
    assert ResourcePage in searchable_models()
    assert kind_of(ResourcePage) == "resource"


def test_it_gives_one_search_entry_per_language_with_a_title(checklist):
    checklist.title_vi = ""
    checklist.save_revision().publish()
    checklist.refresh_from_db()

    entries = {entry.language: entry for entry in entries_for(checklist)}

    assert list(entries) == ["en", "id", "ar"]
    english, indonesian, arabic = entries["en"], entries["id"], entries["ar"]
    assert english.title == "Gatekeeping decision checklist"
    assert indonesian.title == "Daftar periksa keputusan penapisan pengasuhan"
    assert arabic.summary == "عشرة أسئلة قبل أي إيداع."
    assert english.url == url_in("en", checklist)
    assert arabic.url == url_in("ar", checklist)
    for entry in entries.values():
        assert entry.topics == ("gatekeeping",)
        assert entry.countries == ("ID", "VN")
        assert entry.resource_type == "toolkit"
        assert entry.year == 2023
        assert entry.date == checklist.last_published_at.date()


def test_each_entry_holds_the_text_of_its_own_languages_file(checklist):
    entries = {entry.language: entry for entry in checklist.search_entries()}

    assert "Draw an ecomap of the family." in entries["en"].body
    assert "من قام بالإحالة؟" in entries["ar"].body
    assert "ecomap" not in entries["ar"].body
    # No file in Indonesian: the English file's text does not stand in for it.
    assert "ecomap" not in entries["id"].body
    assert entries["id"].body == "Jaringan Pendukung Balai Anak"


def test_an_untranslated_summary_is_left_empty_not_filled_in_english(checklist):
    checklist.summary_ind = ""

    entries = {entry.language: entry for entry in checklist.search_entries()}

    assert entries["id"].summary == ""


def test_search_entries_do_not_change_the_active_language(checklist):
    with translation.override("vi"):
        checklist.search_entries()
        assert translation.get_language() == "vi"


def test_search_entries_read_all_the_files_in_one_query(
    checklist, django_assert_num_queries
):
    """For an indexer that prefetches topics, and knows the site's root paths."""
    resource = ResourcePage.objects.prefetch_related("topics").get(pk=checklist.pk)
    for code in ("en", "id", "vi", "ar"):
        url_in(code, resource)

    with django_assert_num_queries(1):
        entries = resource.search_entries()

    assert len(entries) == 4
