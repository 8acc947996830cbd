"""The account links in every page's header, and flash messages shown once."""

import re

import pytest
from wagtail.models import PageViewRestriction

from training.factories import TrainingIndexPageFactory


def header_of(response):
    html = response.content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


@pytest.fixture
def training_index(home_page):
    return TrainingIndexPageFactory(
        parent=home_page, title="Training", slug="training", slug_ind="pelatihan"
    )


def test_anonymous_readers_are_offered_sign_in_and_sign_up(client, home_page):
    header = header_of(client.get("/id/"))

    assert 'href="/id/accounts/login/?next=/id/"' in header
    assert 'href="/id/accounts/signup/"' in header
    assert "/accounts/profile/" not in header


def test_the_anonymous_header_is_cached_and_holds_nothing_personal(
    client, home_page, approved_trainee
):
    client.force_login(approved_trainee)
    client.get("/en/")
    client.logout()

    first = client.get("/en/")
    second = client.get("/en/")

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "/accounts/profile/" not in header_of(second)
    assert "csrfmiddlewaretoken" not in second.content.decode()


def test_a_trainee_sees_their_links_and_a_sign_out_form(
    client, training_index, approved_trainee
):
    client.force_login(approved_trainee)

    response = client.get("/id/")
    header = header_of(response)

    assert "X-Page-Cache" not in response
    assert 'href="/id/pelatihan/my/"' in header
    assert 'href="/id/accounts/profile/"' in header
    assert 'action="/id/accounts/logout/"' in header
    assert 'method="post"' in header
    assert "csrfmiddlewaretoken" in header
    assert "/accounts/approvals/" not in header
    assert "/accounts/login/" not in header


def test_without_a_training_section_there_is_no_my_training_link(
    client, home_page, approved_trainee
):
    client.force_login(approved_trainee)

    header = header_of(client.get("/en/"))

    assert "/my/" not in header
    assert 'href="/en/accounts/profile/"' in header


def test_supervisors_see_their_approval_page_and_their_reports(
    client, home_page, supervisor
):
    client.force_login(supervisor)

    header = header_of(client.get("/en/"))

    assert 'href="/en/accounts/approvals/"' in header
    assert 'href="/en/supervision/"' in header


def test_a_flash_message_is_shown_once_on_a_training_page(
    client, training_index, approved_trainee
):
    client.force_login(approved_trainee)
    client.post(
        "/en/accounts/profile/",
        {"full_name": "Siti Rahma", "job_role": "nurse", "preferred_language": "en"},
    )

    html = client.get("/en/training/").content.decode()

    assert html.count('class="messages" role="status"') == 1
    assert 'class="messages"' not in client.get("/en/training/").content.decode()


def test_private_pages_send_readers_to_the_portals_sign_in(client, training_index):
    PageViewRestriction.objects.create(
        page=training_index, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get("/id/pelatihan/")

    assert response.status_code == 302
    assert response["Location"] == "/id/accounts/login/?next=/id/pelatihan/"


def test_wagtails_sign_in_leads_to_the_portals(client, editor):
    """Only the portal's sign-in asks for the second factor (tests/security)."""
    response = client.post(
        "/admin/login/?next=/admin/pages/",
        {"username": "editor", "password": "not-a-secret-1"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/admin/pages/"
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_menus_fold_under_one_button_that_needs_no_script(
    client, training_index, code
):
    header = header_of(client.get(f"/{code}/"))

    menu = header.split('<details class="site-menu">')[1].split("</details>")[0]
    assert re.match(r"\s*<summary>[^<]+</summary>", menu)
    assert 'class="main-menu"' in menu and 'class="account-menu"' in menu
    assert "<script" not in menu


def test_the_header_search_has_a_submit_button_and_suggestions(client, home_page):
    header = header_of(client.get("/vi/"))

    search = header.split('<form class="site-search"')[1].split("</form>")[0]
    assert 'action="/vi/search/"' in search
    assert '<button type="submit">Tìm kiếm</button>' in search
    assert 'data-suggest="/vi/search/suggest/"' in search
    assert 'id="header-suggestions"' in search
