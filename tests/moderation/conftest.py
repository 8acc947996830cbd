import pytest
from django.test import Client

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.centres.factories import CentreFactory

from .admin_forms import post_edit
from .stories import CASE_CONFERENCE


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def story(news_index, editor):
    """An editor's unpublished draft about a centre's online case conference."""
    jambi = CentreFactory(
        slug="jambi-childrens-centre", name="Children's centre, Jambi"
    )
    page = NewsPageFactory(
        parent=news_index,
        live=False,
        owner=editor,
        centres=[jambi],
        **CASE_CONFERENCE,
    )
    page.save_revision(user=editor)
    return page


@pytest.fixture
def submitted_story(editor, story):
    """The draft, submitted for moderation by its editor."""
    editor_browser = Client()
    editor_browser.force_login(editor)
    response = post_edit(editor_browser, story, "submit")
    assert response.status_code == 302
    story.refresh_from_db()
    return story
