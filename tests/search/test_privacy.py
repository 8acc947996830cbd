"""Search answers everyone: it never shows a private page, nor the text of a file
in a private collection. Restrictions set in the admin take the index with them
at once, and every search checks them again in case the index lags behind."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from portal.search import indexing
from portal.search.backends import get_backend
from portal.search.models import IndexEntry
from tests.library.documents import pdf_document

pytestmark = pytest.mark.django_db

FILE_WORD = "genogram"  # in the file only, never in the page's own fields
TITLE = "Supervision notes template"
RESULT_TITLE = re.compile(r'<h2><a href="[^"]*">([^<]*)</a></h2>')


@pytest.fixture
def staff_only(db):
    return Collection.get_first_root_node().add_child(name="Staff only")


@pytest.fixture
def library(home_page):
    return LibraryIndexPageFactory(parent=home_page)


@pytest.fixture
def resource(
    library, staff_only, settings, tmp_path, django_capture_on_commit_callbacks
):
    """A published resource whose PDF, in a collection still public, says
    FILE_WORD."""
    settings.MEDIA_ROOT = tmp_path / "media"
    document = pdf_document("en", TITLE, opening=f"Draw the {FILE_WORD} first.")
    with django_capture_on_commit_callbacks(execute=True):
        document.collection = staff_only
        document.save()
        page = ResourcePageFactory(
            parent=library, title=TITLE, link_en="", document_en=document
        )
        page.save_revision().publish()
    return page


@pytest.fixture
def admin_client(admin_user):
    """An administrator's browser, apart from the anonymous reader's `client`."""
    browser = Client()
    browser.force_login(admin_user)
    return browser


def found(client, words, language="en"):
    """The titles of the results as the reader's page shows them (from the page
    cache, if it holds the page)."""
    with translation.override(language):
        response = client.get(reverse("search:search"), {"q": words})
    return RESULT_TITLE.findall(response.content.decode())


def suggested(client, prefix):
    with translation.override("en"):
        response = client.get(reverse("search:suggest"), {"q": prefix})
    return [one["title"] for one in response.json()["suggestions"]]


def set_collection_privacy(client, collection, restriction_type):
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    response = client.post(url, {"restriction_type": restriction_type})
    assert response.status_code == 200


def set_page_privacy(client, page, restriction_type):
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    response = client.post(url, {"restriction_type": restriction_type})
    assert response.status_code == 200


def test_a_resource_is_found_by_a_word_only_in_its_file(client, resource):
    assert found(client, FILE_WORD) == [TITLE]


def test_a_collection_made_private_in_the_admin_takes_its_text_out_of_search(
    client, admin_client, resource, staff_only, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        set_collection_privacy(admin_client, staff_only, "login")

    assert found(client, FILE_WORD) == []
    assert FILE_WORD not in IndexEntry.objects.get(page=resource).body
    # The page itself is public: found by its own words, and suggested.
    assert found(client, "supervision") == [TITLE]
    assert suggested(client, "supervis") == [TITLE]

    with django_capture_on_commit_callbacks(execute=True):
        set_collection_privacy(admin_client, staff_only, "none")

    assert found(client, FILE_WORD) == [TITLE]


def test_a_collection_under_a_private_one_is_private_too(
    client, resource, staff_only, django_capture_on_commit_callbacks
):
    """The restriction is on the parent; the file is in a collection below it."""
    below = staff_only.add_child(name="Supervision")
    document = resource.document_en
    with django_capture_on_commit_callbacks(execute=True):
        document.collection = below
        document.save()
        CollectionViewRestriction.objects.create(
            collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
        )

    assert found(client, FILE_WORD) == []
    assert FILE_WORD not in IndexEntry.objects.get(page=resource).body


def test_a_file_moved_into_a_private_collection_is_no_longer_searched(
    client, resource, staff_only, django_capture_on_commit_callbacks
):
    private = Collection.get_first_root_node().add_child(name="Safeguarding leads")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = resource.document_en
    with django_capture_on_commit_callbacks(execute=True):
        document.collection = private
        document.save()

    assert found(client, FILE_WORD) == []
    assert FILE_WORD not in IndexEntry.objects.get(page=resource).body


def test_the_text_of_a_private_file_is_never_written_to_the_index(
    client, resource, staff_only
):
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )

    indexing.rebuild()

    entry = IndexEntry.objects.get(page=resource, language="en")
    assert FILE_WORD not in entry.body
    assert entry.file_collection is None
    assert found(client, "supervision") == [TITLE]


def test_a_search_leaves_out_text_of_a_collection_private_since_indexing(
    client, resource, staff_only
):
    """No reindex has run (the restriction's callbacks are never committed): the
    search itself checks the collection."""
    restriction = CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert FILE_WORD in IndexEntry.objects.get(page=resource).body  # stale

    assert found(client, FILE_WORD) == []
    assert get_backend().count_by_language(FILE_WORD, ["en"]) == {}

    restriction.delete()

    assert found(client, FILE_WORD) == [TITLE]


def test_a_page_made_private_in_the_admin_leaves_results_and_suggestions(
    client, admin_client, resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        set_page_privacy(admin_client, resource, "login")

    assert found(client, FILE_WORD) == []
    assert found(client, "supervision") == []
    assert suggested(client, "supervis") == []
    assert not IndexEntry.objects.filter(page=resource).exists()

    with django_capture_on_commit_callbacks(execute=True):
        set_page_privacy(admin_client, resource, "none")

    assert found(client, "supervision") == [TITLE]
    assert suggested(client, "supervis") == [TITLE]


def test_a_section_made_private_takes_the_pages_under_it(
    client, resource, library, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=library, restriction_type=PageViewRestriction.LOGIN
        )
    assert not IndexEntry.objects.filter(page=resource).exists()

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found(client, "supervision") == [TITLE]


def test_a_search_leaves_out_pages_private_since_indexing(client, resource, library):
    """No reindex has run: results, suggestions and the count in other languages
    check the restriction themselves."""
    PageViewRestriction.objects.create(
        page=library, restriction_type=PageViewRestriction.LOGIN
    )
    assert IndexEntry.objects.filter(page=resource).exists()  # stale

    assert found(client, "supervision") == []
    assert suggested(client, "supervis") == []
    assert get_backend().count_by_language("supervision", ["en"]) == {}
