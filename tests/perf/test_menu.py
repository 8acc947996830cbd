"""The main menu, built in one query, still hides pages readers may not see."""

import pytest
from wagtail.models import PageViewRestriction

from portal.home.factories import ContentPageFactory
from portal.i18n.pages import without_restricted


@pytest.fixture
def menu(home_page):
    pages = {
        name: ContentPageFactory(
            parent=home_page, title=name.title(), slug=name, show_in_menus=True
        )
        for name in ("training", "staff-only", "draft")
    }
    ContentPageFactory(parent=home_page, title="Hidden", slug="hidden")
    pages["draft"].unpublish()
    return pages


def menu_links(client):
    html = client.get("/en/").content.decode()
    nav = html[html.index('<nav class="main-menu"') : html.index("</nav>")]
    return [line.split('">')[-1] for line in nav.split("</a>")[:-1]]


def test_menu_lists_live_public_pages_marked_for_menus(client, menu):
    assert menu_links(client) == ["Training", "Staff-Only"]


def test_menu_hides_pages_under_a_view_restriction(client, menu):
    PageViewRestriction.objects.create(
        page=menu["staff-only"], restriction_type=PageViewRestriction.LOGIN
    )
    client.cookies["sessionid"] = "no-such-session"  # not from the page cache
    assert menu_links(client) == ["Training"]


def test_it_excludes_exactly_what_wagtails_public_excludes(home_page, menu):
    child = ContentPageFactory(parent=menu["training"], slug="child")
    ContentPageFactory(parent=child, slug="grandchild")
    ContentPageFactory(parent=menu["staff-only"], slug="staff-child")
    for page in (child, menu["staff-only"]):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    pages = home_page.get_descendants(inclusive=True)
    assert set(without_restricted(pages)) == set(pages.public())
    assert len(pages.public()) == 4
