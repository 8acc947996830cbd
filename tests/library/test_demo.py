"""The demo library: twelve resources from the field, each with real files in at
least two languages, loaded again without changing anything."""

import pytest
from wagtail.documents import get_document_model

from demo.content.library import GATEKEEPING_CHECKLIST, RESOURCES
from library.extraction import document_text
from library.models import LibraryIndexPage, ResourcePage
from portal.i18n.languages import language_codes, localized_field
from tests.demo.conftest import (  # noqa: F401 - fixtures
    demo_loaded,
    demo_site,
    run_load_demo_content,
)
from tests.news.helpers import url_in


@pytest.fixture
def demo_library(demo_site):  # noqa: F811 - the fixture
    """The library of the demo content, loaded once for this module."""
    return LibraryIndexPage.objects.get()


def flat(text):
    return " ".join(text.split())


def files_of(resource):
    """The resource's documents by language."""
    return {
        code: getattr(resource, localized_field("document", code))
        for code in language_codes()
        if getattr(resource, f"{localized_field('document', code)}_id")
    }


def test_it_loads_twelve_resources_with_files_in_two_languages_or_more(demo_library):
    resources = ResourcePage.objects.child_of(demo_library).live()

    assert resources.count() == len(RESOURCES) >= 12
    for resource in resources:
        files = files_of(resource)
        assert len(files) >= 2, resource.slug_en
        assert resource.available_languages == list(files)
        for code, document in files.items():
            assert document.file_size == document.file.size
            assert document.file_extension in ("pdf", "docx")
            title = getattr(resource, localized_field("title", code))
            assert flat(title) in flat(document_text(document)), (
                resource.slug_en,
                code,
            )


def test_every_title_and_summary_is_written_in_every_language(demo_library):
    for resource in ResourcePage.objects.child_of(demo_library):
        for name in ("title", "slug", "summary"):
            for code in language_codes():
                assert getattr(resource, localized_field(name, code)), (
                    resource.slug_en,
                    name,
                    code,
                )


def test_every_type_of_resource_is_represented(demo_library):
    types = set(ResourcePage.objects.values_list("resource_type", flat=True))

    assert types == {
        "guide",
        "toolkit",
        "policy",
        "training_material",
        "research",
        "form",
    }


def test_loading_again_changes_nothing(demo_library):
    documents = {doc.pk: doc.file.name for doc in get_document_model().objects.all()}

    output = run_load_demo_content(no_accounts=True)

    assert "library" not in output.lower()
    assert "document" not in output.lower()
    assert {
        doc.pk: doc.file.name for doc in get_document_model().objects.all()
    } == documents


def test_ecomap_is_only_inside_the_english_checklist_pdf(demo_library):
    """The search tests look for a word found nowhere but inside a file."""
    found = [
        (resource.slug_en, code)
        for resource in ResourcePage.objects.all()
        for code, document in files_of(resource).items()
        if "ecomap" in document_text(document).lower()
    ]
    visible_texts = [
        str(getattr(page, localized_field(name, code)))
        for page in ResourcePage.objects.all()
        for name in ("title", "summary")
        for code in language_codes()
    ]

    assert found == [(GATEKEEPING_CHECKLIST.slug.en, "en")]
    assert not any("ecomap" in text.lower() for text in visible_texts)


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_the_demo_library_renders_in_every_language(client, demo_library, code):
    listing = client.get(url_in(code, demo_library))
    resource = ResourcePage.objects.get(slug_en=GATEKEEPING_CHECKLIST.slug.en)
    page = client.get(url_in(code, resource))

    assert listing.status_code == page.status_code == 200
    title = GATEKEEPING_CHECKLIST.title.in_language(code)
    assert title in listing.content.decode()
    assert f"<h1>{title}</h1>" in page.content.decode()
    assert page.content.decode().count(" download>") == 4
