import io
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page, Revision, Site

from demo.content.accounts import ACCOUNTS
from demo.content.library import RESOURCES
from demo.content.news import STORIES
from demo.content.site import ABOUT, HOME, PAGES
from demo.content.training import MODULES
from portal.glossary.models import GlossaryTerm
from portal.home.models import ContentPage, HomePage
from portal.i18n.languages import localized_field

LANGS = ["en", "id", "vi", "ar"]


def state():
    """Everything a second load must leave alone."""
    User = get_user_model()
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "id",
                "path",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "latest_revision_created_at",
                "last_published_at",
                *(localized_field("url_path", code) for code in LANGS),
            )
        ),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values()),
        "users": list(
            User.objects.order_by("username").values_list(
                "username", "password", "date_joined", "last_login"
            )
        ),
        "memberships": list(
            User.groups.through.objects.order_by("id").values_list(
                "user_id", "group_id"
            )
        ),
        "glossary": list(GlossaryTerm.objects.order_by("key").values()),
    }


def test_it_builds_the_home_page_and_its_menu_as_the_default_site(demo_home):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == demo_home.pk
    assert (site.hostname, site.port) == ("localhost", 80)
    assert demo_home.get_parent().depth == 1
    children = ContentPage.objects.child_of(demo_home).live().in_menu()
    assert [page.slug_en for page in children] == [p.slug.en for p in PAGES]
    # The tree root, home, its pages, the news index and its stories, the training
    # index, its modules and their lessons.
    training_pages = 1 + sum(1 + len(module.lessons) for module in MODULES)
    library_pages = 1 + len(RESOURCES)
    assert Page.objects.count() == (
        2 + len(PAGES) + 1 + len(STORIES) + training_pages + library_pages
    )


def test_it_replaces_wagtails_welcome_page_and_keeps_the_site_record(load_demo):
    site_id = Site.objects.get(is_default_site=True).pk
    welcome = Page.objects.get(depth=2)
    load_demo()
    assert not Page.objects.filter(pk=welcome.pk).exists()
    assert Site.objects.get(is_default_site=True).pk == site_id


def test_it_takes_over_the_existing_home_page_and_pages_by_their_english_slug(
    load_demo, about_page
):
    load_demo(no_accounts=True)
    home = HomePage.objects.get()
    assert home.pk == about_page.get_parent().pk
    about_page.refresh_from_db()
    assert about_page.intro_vi == ABOUT.intro.vi
    assert ContentPage.objects.filter(slug_en="about").count() == 1


def test_every_page_answers_in_every_language_at_its_translated_address(
    client, demo_home
):
    for code in LANGS:
        for content in (HOME, *PAGES):
            slug = content.slug.in_language(code)
            path = f"/{code}/" if content is HOME else f"/{code}/{slug}/"
            response = client.get(path)
            assert response.status_code == 200, path
            html = response.content.decode()
            assert f'<html lang="{code}"' in html, path
            assert content.title.in_language(code) in html, path


def test_page_urls_are_built_from_the_slugs_of_their_language(demo_home):
    for code in LANGS:
        home_slug = HOME.slug.in_language(code)
        for content in PAGES:
            page = ContentPage.objects.get(slug_en=content.slug.en)
            slug = content.slug.in_language(code)
            url_path = getattr(page, localized_field("url_path", code))
            assert url_path == f"/{home_slug}/{slug}/"
            with translation.override(code):
                assert unquote(page.get_url()) == f"/{code}/{slug}/"


def test_the_site_answers_on_the_development_server_address(client, demo_home):
    response = client.get("/en/about/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200


def test_loading_twice_changes_nothing(load_demo):
    load_demo()
    before = state()
    output = load_demo()
    assert state() == before
    assert "The demo content is up to date." in output


def test_it_restores_a_page_an_editor_changed_and_publishes_it(load_demo, demo_home):
    page = ContentPage.objects.get(slug_en="about")
    page.title_vi = "Trang đã sửa"
    page.save_revision().publish()
    revisions = Revision.objects.count()

    load_demo(no_accounts=True)

    page.refresh_from_db()
    assert page.title_vi == ABOUT.title.vi
    assert not page.has_unpublished_changes
    assert Revision.objects.count() == revisions + 1


def test_it_refuses_to_run_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_content")
    assert not HomePage.objects.exists()
    assert not GlossaryTerm.objects.exists()


def test_it_runs_with_debug_on(db, settings, media_root):
    settings.DEBUG = True
    call_command("load_demo_content", no_accounts=True, stdout=io.StringIO())
    assert HomePage.objects.exists()


def test_demo_accounts_can_log_in_and_hold_their_roles(client, demo_home):
    User = get_user_model()
    for account in ACCOUNTS:
        user = User.objects.get(username=account.username)
        assert {g.name for g in user.groups.all()} == set(account.groups)
        assert user.is_superuser == account.is_superuser
        assert client.login(username=account.username, password=account.password)
    assert User.objects.get(username="editor").groups.get().name == "Editors"
    assert User.objects.get(username="supervisor").groups.get().name == "Supervisors"
    assert User.objects.get(username="trainee").groups.get().name == "Trainees"


def test_it_prints_the_demo_accounts_and_their_passwords(load_demo):
    output = load_demo()
    for account in ACCOUNTS:
        assert f"{account.username}  " in output
        assert account.password in output


def test_no_accounts_leaves_users_alone(load_demo):
    output = load_demo(no_accounts=True)
    assert not get_user_model().objects.exists()
    assert "Password" not in output
