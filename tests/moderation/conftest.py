import pytest
from django.contrib.auth.models import Group
from django.test import Client

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.accounts.roles import EDITORS, MODERATORS
from portal.centres.factories import CentreFactory

from .admin_forms import post_edit
from .stories import CASE_CONFERENCE


def _user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="not-a-secret-1"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return _user_in(django_user_model, "editor", EDITORS)


@pytest.fixture
def moderator(django_user_model):
    return _user_in(django_user_model, "moderator", MODERATORS)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


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
