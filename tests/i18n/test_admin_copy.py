"""Copying a page in the admin, with a title and slug in each language."""

import pytest
from django.urls import reverse
from wagtail.models import Page


def copy_data(parent, **changes):
    data = {
        "new_title_en": "About the portal (2)",
        "new_slug_en": "about-2",
        "new_title_ind": "Tentang portal (2)",
        "new_slug_ind": "tentang-portal-2",
        "new_title_vi": "Trẻ em",
        "new_slug_vi": "trẻ-em",
        "new_title_ar": "الأطفال",
        "new_slug_ar": "الأطفال",
        "new_parent_page": parent.id,
        "publish_copies": "on",
    }
    return {**data, **changes}


def copy_url(page):
    return reverse("wagtailadmin_pages:copy", args=[page.id])


def test_it_copies_a_page_with_arabic_and_vietnamese_slugs(
    admin_client, home_page, about_page
):
    response = admin_client.post(copy_url(about_page), copy_data(home_page))

    assert response.status_code == 302
    copy = Page.objects.get(slug_en="about-2").specific
    assert (copy.slug_ar, copy.slug_vi) == ("الأطفال", "trẻ-em")
    assert copy.url_path_ar == "/الرئيسية/الأطفال/"
    assert copy.url_path_vi == "/trang-chu/trẻ-em/"
    assert copy.live


def test_the_copy_is_served_at_its_new_arabic_and_vietnamese_addresses(
    admin_client, client, home_page, about_page
):
    admin_client.post(copy_url(about_page), copy_data(home_page))

    arabic = client.get("/ar/الأطفال/")
    vietnamese = client.get("/vi/trẻ-em/")
    assert arabic.status_code == vietnamese.status_code == 200
    assert "<h1>الأطفال</h1>" in arabic.content.decode()
    assert "<h1>Trẻ em</h1>" in vietnamese.content.decode()


@pytest.mark.parametrize(
    "field,slug", [("new_slug_ar", "عن-البوابة"), ("new_slug_vi", "gioi-thieu")]
)
def test_a_slug_a_sibling_uses_in_that_language_is_a_form_error(
    admin_client, home_page, about_page, field, slug
):
    response = admin_client.post(
        copy_url(about_page), copy_data(home_page, **{field: slug})
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert not Page.objects.filter(slug_en="about-2").exists()


def test_a_slug_that_is_not_a_slug_is_still_refused(
    admin_client, home_page, about_page
):
    response = admin_client.post(
        copy_url(about_page), copy_data(home_page, new_slug_ar="عن البوابة/")
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["new_slug_ar"]
