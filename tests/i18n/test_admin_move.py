"""Moving a page in the admin keeps its address right in every language."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from portal.home.factories import ContentPageFactory


@pytest.fixture
def training_page(home_page):
    return ContentPageFactory(
        parent=home_page,
        title="Training",
        slug="training",
        slug_vi="đào-tạo",
        slug_ar="التدريب",
    )


def move_url(page, destination):
    return reverse("wagtailadmin_pages:move_confirm", args=[page.id, destination.id])


def test_it_moves_a_page_with_arabic_and_vietnamese_slugs(
    admin_client, about_page, training_page
):
    team = ContentPageFactory(
        parent=about_page, title="Team", slug="team", slug_vi="nhóm", slug_ar="الفريق"
    )

    response = admin_client.post(move_url(about_page, training_page))

    assert response.status_code == 302
    about_page.refresh_from_db()
    team.refresh_from_db()
    assert about_page.get_parent().id == training_page.id
    assert about_page.url_path_ar == "/الرئيسية/التدريب/عن-البوابة/"
    assert about_page.url_path_vi == "/trang-chu/đào-tạo/gioi-thieu/"
    assert team.url_path_ar == "/الرئيسية/التدريب/عن-البوابة/الفريق/"
    assert team.url_path_vi == "/trang-chu/đào-tạo/gioi-thieu/nhóm/"


def test_the_moved_page_is_served_at_its_new_addresses(
    admin_client, client, about_page, training_page
):
    admin_client.post(move_url(about_page, training_page))

    assert client.get("/ar/التدريب/عن-البوابة/").status_code == 200
    assert client.get("/vi/đào-tạo/gioi-thieu/").status_code == 200
    assert client.get("/ar/عن-البوابة/").status_code == 404


@pytest.mark.parametrize(
    "sibling_slugs,taken",
    [
        ({"slug_ar": "عن-البوابة", "slug_vi": "nhom"}, "عن-البوابة"),
        # Without a Vietnamese slug the sibling falls back to its English one.
        ({"slug": "gioi-thieu", "slug_ar": "حول", "slug_vi": None}, "gioi-thieu"),
    ],
)
def test_it_refuses_a_destination_where_a_slug_is_taken_in_another_language(
    admin_client, home_page, about_page, training_page, sibling_slugs, taken
):
    ContentPageFactory(parent=training_page, **{"slug": "about-us", **sibling_slugs})
    url = move_url(about_page, training_page)

    for response in [admin_client.get(url), admin_client.post(url)]:
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "wagtailadmin_pages:move", args=[about_page.id]
        )
        assert taken in str(list(get_messages(response.wsgi_request))[-1])
    about_page.refresh_from_db()
    assert about_page.get_parent().id == home_page.id
