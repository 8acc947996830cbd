import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db.models.deletion import Collector
from django.db.models.signals import post_delete
from django.utils import timezone
from wagtail.models import PageViewRestriction, ReferenceIndex
from wagtail_factories import DocumentFactory

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.search import news_entries
from portal.search.models import IndexEntry, IndexFacet
from portal.search.query import Search
from portal.search.registry import searchable_models
from portal.search.selectors import search_outcome
from portal.translation_status.models import TranslationSource
from training.models import LessonProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def story(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Kinship carers meet in Medan",
        slug="kinship-carers",
        title_ind="Pengasuh kerabat bertemu di Medan",
        summary_ind="Pertemuan pertama para pengasuh kerabat.",
    )


def found(text, language="en"):
    return [hit.title for hit in search_outcome(Search(text, language)).results.hits]


def test_a_page_has_entries_only_in_the_languages_it_is_written_in(story):
    entries = {entry.language: entry for entry in news_entries(story)}
    assert set(entries) == {"en", "id"}
    assert entries["id"].title == "Pengasuh kerabat bertemu di Medan"
    assert entries["id"].summary == "Pertemuan pertama para pengasuh kerabat."
    # The English summary is not the Indonesian entry's text.
    assert "Social workers" not in entries["id"].summary
    assert entries["id"].url == "/id/news/kinship-carers/"
    assert entries["en"].url == "/en/news/kinship-carers/"


def test_publishing_indexes_the_page_in_the_background(
    story, django_capture_on_commit_callbacks
):
    assert found("kinship") == []
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert found("kinship") == ["Kinship carers meet in Medan"]
    assert found("pengasuh kerabat", "id") == ["Pengasuh kerabat bertemu di Medan"]


def test_an_edit_replaces_the_entries_once_published(
    story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
        story.title = story.title_en = "Grandparents as carers"
        story.save_revision().publish()
    assert found("kinship") == []
    assert found("grandparents") == ["Grandparents as carers"]
    assert IndexEntry.objects.filter(page=story, language="en").count() == 1


def test_unpublishing_and_deleting_remove_the_page(
    story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
        story.unpublish()
    assert found("kinship") == []
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert found("kinship")
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert not IndexEntry.objects.exists()
    assert not IndexFacet.objects.exists()


def test_pages_under_a_view_restriction_are_not_indexed(
    story, news_index, django_capture_on_commit_callbacks
):
    PageViewRestriction.objects.create(
        page=news_index, restriction_type=PageViewRestriction.LOGIN
    )
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert found("kinship") == []


def test_rebuild_command_indexes_everything_and_reports_its_rate(story, capsys):
    NewsPageFactory(parent=story.get_parent(), title="Second story about kinship")
    call_command("rebuild_search_index")
    out, err = capsys.readouterr()
    assert "3 documents" in out  # two English entries, one Indonesian
    assert "documents/second" in out
    assert "2/2 pages" in err
    assert len(found("kinship")) == 2


def test_a_replaced_document_reindexes_the_pages_that_use_it(
    story, django_capture_on_commit_callbacks
):
    document = DocumentFactory(title="Kinship care guide")
    story.body_en = [("link", {"document": document, "page": None, "label": "Guide"})]
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(story)
    before = IndexEntry.objects.get(page=story, language="en").pk
    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Kinship care guide, second edition"
        document.save()
    assert IndexEntry.objects.get(page=story, language="en").pk != before


def test_deleting_a_section_removes_the_pages_under_it(
    story, news_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert found("kinship")
    with django_capture_on_commit_callbacks(execute=True):
        news_index.delete()
    assert not IndexEntry.objects.exists()


def test_every_searchable_page_type_is_listened_to_on_delete():
    assert all(post_delete.has_listeners(model) for model in searchable_models())


@pytest.mark.parametrize("model", [Session, LessonProgress, TranslationSource])
def test_other_models_keep_djangos_fast_delete(model):
    assert Collector(using="default").can_fast_delete(model.objects.all())


def test_a_bulk_delete_of_an_unrelated_model_is_one_query(django_assert_num_queries):
    for number in range(3):
        Session.objects.create(
            session_key=f"key-{number}", session_data="", expire_date=timezone.now()
        )

    with django_assert_num_queries(1):
        Session.objects.all().delete()
