"""Which pages' view restrictions apply to a page is read from the shared cache;
the restrictions themselves are always read fresh, and a move shows at once."""

import pytest
from wagtail.models import PageViewRestriction

from portal.home.factories import ContentPageFactory


@pytest.fixture
def reader(client):
    """A reader whose pages are never cached whole, so shared data shows."""
    client.cookies["sessionid"] = "no-such-session"
    return client


@pytest.fixture
def staff_section(home_page):
    return ContentPageFactory(parent=home_page, title="Staff only", slug="staff")


def login_restriction(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


def test_a_new_restriction_applies_at_once_to_the_pages_below(reader, staff_section):
    rota = ContentPageFactory(parent=staff_section, title="Rota", slug="rota")
    assert reader.get("/en/staff/rota/").status_code == 200

    login_restriction(staff_section)

    assert reader.get("/en/staff/rota/").status_code == 302  # to the login page
    assert rota.get_view_restrictions().count() == 1


def test_a_page_moved_under_a_restricted_one_is_restricted_at_once(
    reader, about_page, staff_section
):
    login_restriction(staff_section)
    assert reader.get("/en/about/").status_code == 200

    about_page.move(staff_section, pos="last-child")

    assert reader.get("/en/staff/about/").status_code == 302  # to the login page


def test_a_page_moved_out_of_a_restricted_one_is_public_at_once(
    reader, home_page, staff_section
):
    login_restriction(staff_section)
    rota = ContentPageFactory(parent=staff_section, title="Rota", slug="rota")
    assert reader.get("/en/staff/rota/").status_code == 302

    rota.move(home_page, pos="last-child")

    assert reader.get("/en/rota/").status_code == 200
