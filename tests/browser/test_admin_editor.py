"""Editors in a real browser: the language switch, and Arabic typed right to left."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DIRECTION = "element => getComputedStyle(element).direction"
LANGUAGE = "element => element.closest('[lang]').lang"


SUFFIXES = {"en": "en", "id": "ind", "vi": "vi", "ar": "ar"}


def toggle(page, code):
    page.locator(f".i18n-language-switch [data-language={code}]").click()


def edit(page, wagtail_page):
    page.goto(reverse("wagtailadmin_pages:edit", args=[wagtail_page.id]))
    expect(page.locator(".i18n-language-switch")).to_be_visible()


def test_each_language_button_shows_its_fields_and_hides_the_others(
    admin_page, about_page
):
    edit(admin_page, about_page)
    for code in ["id", "vi", "ar", "en"]:
        toggle(admin_page, code)
        for other, suffix in SUFFIXES.items():
            title = admin_page.locator(f"#panel-child-content-title_{suffix}-section")
            if other == code:
                expect(title).to_be_visible()
            else:
                expect(title).to_be_hidden()


def test_arabic_slug_stays_editable_with_english_hidden(admin_page, about_page):
    """The slugs share one panel ("For search engines")."""
    edit(admin_page, about_page)
    toggle(admin_page, "ar")
    admin_page.get_by_role("tab", name="Promote").click()
    expect(admin_page.locator("#id_slug_ar")).to_be_visible()
    expect(admin_page.locator("#id_slug_ar")).to_have_value("عن-البوابة")
    expect(admin_page.locator("#id_slug_en")).to_be_hidden()


@pytest.mark.parametrize("admin_language", ["en", "ar"])
def test_each_field_is_edited_in_its_languages_direction(
    admin_page, editor, about_page, admin_language, screenshot
):
    """Arabic right to left, the others left to right, whatever the admin's own."""
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = admin_language
    profile.save()
    # Led by a Latin name, which Draft.js alone would lay out left to right.
    about_page.body_ar = [("paragraph", RichText("<p>UNICEF يدعم مراكز التأهيل</p>"))]
    about_page.save()
    edit(admin_page, about_page)
    expect(admin_page.locator("html")).to_have_attribute("lang", admin_language)
    toggle(admin_page, "ar")

    arabic_inputs = [
        admin_page.locator("#id_title_ar"),
        admin_page.locator("#id_intro_ar"),
        admin_page.locator("[data-contentpath=body_ar] .public-DraftEditor-content"),
        admin_page.locator(
            "[data-contentpath=body_ar] .public-DraftStyleDefault-block"
        ),
    ]
    for element in arabic_inputs:
        assert element.evaluate(DIRECTION) == "rtl"
        assert element.evaluate(LANGUAGE) == "ar"
    for code, suffix in [("en", "en"), ("id", "ind"), ("vi", "vi")]:
        title = admin_page.locator(f"#id_title_{suffix}")
        assert title.evaluate(DIRECTION) == "ltr"
        assert title.evaluate(LANGUAGE) == code
    screenshot(admin_page)


def test_a_block_added_to_an_arabic_body_is_right_to_left(admin_page, about_page):
    edit(admin_page, about_page)
    toggle(admin_page, "ar")
    admin_page.locator("[data-contentpath=body_ar] .c-sf-add-button").first.click()
    admin_page.get_by_role("option", name="Paragraph").click()

    rich_text = admin_page.locator(
        "[data-contentpath=body_ar] .public-DraftEditor-content"
    )
    expect(rich_text).to_have_count(1)
    assert rich_text.evaluate(DIRECTION) == "rtl"
    assert rich_text.evaluate(LANGUAGE) == "ar"


def test_glossary_term_arabic_fields_are_edited_right_to_left(admin_page):
    admin_page.goto(reverse("wagtailsnippets_glossary_glossaryterm:add"))
    toggle(admin_page, "ar")
    for field in ["term_ar", "definition_ar"]:
        element = admin_page.locator(f"#id_{field}")
        expect(element).to_be_visible()
        assert element.evaluate(DIRECTION) == "rtl"
        assert element.evaluate(LANGUAGE) == "ar"
    assert admin_page.locator("#id_term_en").evaluate(DIRECTION) == "ltr"
