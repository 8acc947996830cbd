"""Data shared by every reader's pages (menu, addresses in each language) is
cached until content changes, and never holds what only an editor may see."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from portal.home.factories import ContentPageFactory
from portal.i18n.languages import language_versions


@pytest.fixture
def reader(client):
    """A reader whose pages are never cached whole, so shared data shows."""
    client.cookies["sessionid"] = "no-such-session"
    return client


def arabic_link(html):
    return html.split('hreflang="ar" href="')[1].split('"')[0]


def test_new_menu_page_shows_at_once(reader, about_page, home_page):
    assert "Gatekeeping" not in reader.get("/en/").content.decode()
    ContentPageFactory(
        parent=home_page, title="Gatekeeping", slug="gatekeeping", show_in_menus=True
    )
    assert "Gatekeeping" in reader.get("/en/").content.decode()


def test_published_slug_change_shows_at_once_in_other_languages_links(
    reader, about_page
):
    assert arabic_link(reader.get("/en/about/").content.decode()).endswith(
        "/ar/%D8%B9%D9%86-%D8%A7%D9%84%D8%A8%D9%88%D8%A7%D8%A8%D8%A9/"
    )
    about_page.slug_ar = "حول"
    about_page.save_revision().publish()
    assert arabic_link(reader.get("/en/about/").content.decode()).endswith(
        "/ar/%D8%AD%D9%88%D9%84/"
    )


def test_previewed_draft_address_never_reaches_readers(reader, about_page):
    draft = about_page.get_latest_revision_as_object()
    draft.slug_ar = "مسودة"
    draft.set_url_path(draft.get_parent())
    request = RequestFactory().get("/admin/pages/preview/")
    request.is_preview = True
    with translation.override("en"):
        previewed = {v.code: v.url for v in language_versions(request, draft)}
    assert "%D9%85%D8%B3%D9%88%D8%AF%D8%A9" in previewed["ar"]
    assert "%D9%85%D8%B3%D9%88%D8%AF%D8%A9" not in arabic_link(
        reader.get("/en/about/").content.decode()
    )
