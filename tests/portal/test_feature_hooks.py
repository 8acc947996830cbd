"""The core shows what the features register with it: the home page's sections,
the account menu's links and the kinds of search results."""

import re

import pytest
from wagtail import hooks

from library.factories import LibraryIndexPageFactory
from library.models import ResourcePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from portal.accounts.menu import ACCOUNT_MENU_LINKS, AccountLink
from portal.search import registry
from training.factories import TrainingIndexPageFactory
from training.models import LessonPage, TrainingModulePage

pytestmark = pytest.mark.django_db


def section_ids(html):
    return re.findall(r'<section class="home-section" aria-labelledby="([^"]+)"', html)


def account_links(response):
    html = response.content.decode()
    menu = html[html.index('<nav class="account-menu"') :]
    menu = menu[: menu.index("</nav>")]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', menu)


@pytest.fixture
def training_index(home_page):
    return TrainingIndexPageFactory(parent=home_page, title="Training", slug="training")


def test_the_home_page_shows_the_latest_news_then_training_then_the_library(
    client, home_page
):
    news_index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news_index, title="Jambi opens a family room")
    LibraryIndexPageFactory(parent=home_page)

    html = client.get("/en/").content.decode()

    assert section_ids(html) == ["latest-news", "featured-training", "library-search"]
    news = html[html.index('aria-labelledby="latest-news"') :]
    news = news[: news.index("</section>")]
    assert "Jambi opens a family room" in news
    assert "No news has been published yet." not in news


def test_without_stories_the_news_section_says_so(client, home_page):
    html = client.get("/en/").content.decode()

    assert "No news has been published yet." in html
    assert "No training modules have been published yet." in html


def test_a_supervisors_menu_lists_training_links_before_their_own(
    client, training_index, supervisor
):
    client.force_login(supervisor)

    assert account_links(client.get("/en/")) == [
        ("/en/training/my/", "My training"),
        ("/en/supervision/", "Supervision"),
        ("/en/accounts/approvals/", "Sign-up requests"),
        ("/en/accounts/profile/", "Profile"),
    ]


def test_the_feature_links_are_in_the_readers_language(
    client, training_index, supervisor
):
    client.force_login(supervisor)

    links = account_links(client.get("/vi/"))

    assert links[:2] == [
        ("/vi/training/my/", "Đào tạo của tôi"),
        ("/vi/supervision/", "Giám sát"),
    ]


def test_a_feature_adds_a_menu_link_without_changing_the_core(
    client, training_index, approved_trainee
):
    def glossary_link(request, *, supervises):
        return [AccountLink("Glossary", "/en/glossary/")]

    client.force_login(approved_trainee)
    with hooks.register_temporarily(ACCOUNT_MENU_LINKS, glossary_link, order=15):
        links = account_links(client.get("/en/"))

    assert links == [
        ("/en/training/my/", "My training"),
        ("/en/glossary/", "Glossary"),
        ("/en/accounts/profile/", "Profile"),
    ]


def test_news_training_and_the_library_register_their_kinds_of_results():
    assert {
        model: registry.kind_of(model) for model in registry.searchable_models()
    } == {
        NewsPage: "news",
        TrainingModulePage: "module",
        LessonPage: "lesson",
        ResourcePage: "resource",
    }
