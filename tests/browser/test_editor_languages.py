"""Editors in a real browser: one language's fields at a time, remembered; and the
two-factor set-up, from the first page to the admin, in the editor's language."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from news.factories import NewsIndexPageFactory
from portal.centres.factories import CentreFactory
from tests.security.two_factor import totp_code

from .conftest import ARTIFACTS, _local_only

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = (360, 1366)
TITLES = {"en": "en", "id": "ind", "vi": "vi", "ar": "ar"}
HEADINGS = {
    "ar": ("إعداد المصادقة الثنائية", "رموز الاسترداد"),
    "vi": ("Thiết lập xác thực hai yếu tố", "Mã khôi phục"),
}


def save(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def switch(page):
    return page.locator(".i18n-language-switch")


def assert_only_arabic_shown(page):
    for code, suffix in TITLES.items():
        title = page.locator(f"#id_title_{suffix}")
        if code == "ar":
            expect(title).to_be_visible()
        else:
            expect(title).to_be_hidden()
    for button in switch(page).get_by_role("button").all():
        pressed = "true" if button.get_attribute("data-language") == "ar" else "false"
        expect(button).to_have_attribute("aria-pressed", pressed)


def test_the_editor_shows_one_language_and_remembers_it(admin_page, about_page):
    admin_page.goto(reverse("wagtailadmin_pages:edit", args=[about_page.id]))
    expect(switch(admin_page)).to_have_attribute("role", "group")
    # English first, until the editor chooses.
    expect(admin_page.locator("#id_title_en")).to_be_visible()
    expect(admin_page.locator("#id_title_ar")).to_be_hidden()

    switch(admin_page).get_by_role("button", name="العربيّة").click()
    assert_only_arabic_shown(admin_page)
    admin_page.get_by_role("tab", name="Promote").click()
    expect(admin_page.locator("#id_slug_ar")).to_have_value("عن-البوابة")
    expect(admin_page.locator("#id_slug_en")).to_be_hidden()
    # Fields in no particular language stay.
    expect(admin_page.locator("#id_show_in_menus")).to_be_visible()

    admin_page.reload()
    admin_page.get_by_role("tab", name="Content").click()
    assert_only_arabic_shown(admin_page)
    for width in WIDTHS:
        admin_page.set_viewport_size({"width": width, "height": 900})
        save(admin_page, f"editor-arabic-{width}")

    switch(admin_page).get_by_role("button", name="All languages").click()
    for suffix in TITLES.values():
        expect(admin_page.locator(f"#id_title_{suffix}")).to_be_visible()


def test_a_snippet_editor_has_the_same_switch(admin_page):
    admin_page.goto(reverse("wagtailsnippets_glossary_glossaryterm:add"))
    switch(admin_page).get_by_role("button", name="Tiếng Việt").click()
    expect(admin_page.locator("#id_term_vi")).to_be_visible()
    expect(admin_page.locator("#id_term_en")).to_be_hidden()
    expect(admin_page.locator("#id_key")).to_be_visible()


def test_a_long_checklist_is_narrowed_by_typing(admin_page, home_page):
    news = NewsIndexPageFactory(parent=home_page, title="News", slug="news")
    for number in range(8):
        CentreFactory(slug=f"centre-{number}", name=f"Jambi district office {number}")
    nghe_an = CentreFactory(slug="nghe-an", name="Sở Lao động Nghệ An")
    admin_page.goto(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", news.pk])
    )
    centres = admin_page.locator("#id_centres")
    expect(centres.locator("input[type=checkbox]")).to_have_count(9)

    admin_page.get_by_role("searchbox", name="Find in the list").first.fill("nghe an")
    expect(centres.locator("input[type=checkbox]:visible")).to_have_count(1)
    option = centres.get_by_role("checkbox", name=nghe_an.name)
    option.check()
    admin_page.get_by_role("searchbox", name="Find in the list").first.fill("")
    expect(centres.locator("input[type=checkbox]:visible")).to_have_count(9)
    expect(option).to_be_checked()


@pytest.mark.parametrize("language", ["ar", "vi"])
def test_two_factor_set_up_runs_in_the_editor_s_language_to_the_admin(
    browser, live_server, django_user_model, language
):
    newcomer = django_user_model.objects.create_superuser(
        "newcomer", "newcomer@example.org", "not-a-real-password"
    )
    client = Client()
    client.force_login(newcomer)
    context = browser.new_context(base_url=live_server.url, locale=language)
    context.set_default_timeout(10_000)
    context.route("**/*", _local_only(live_server.url))
    context.add_cookies(
        [
            {"name": name, "value": value, "url": live_server.url}
            for name, value in (
                (
                    settings.SESSION_COOKIE_NAME,
                    client.cookies[settings.SESSION_COOKIE_NAME].value,
                ),
                (settings.LANGUAGE_COOKIE_NAME, language),
            )
        ]
    )
    page = context.new_page()
    try:
        page.goto("/admin/")
        # The password again first (tests/security/test_two_factor.py).
        expect(page).to_have_url(re.compile(f"/{language}/accounts/reauthenticate/"))
        expect(page.locator("html")).to_have_attribute("lang", language)
        page.set_viewport_size({"width": 360, "height": 900})
        save(page, f"two-factor-password-{language}-360")
        page.locator("input[name=password]").fill("not-a-real-password")
        page.locator("form.account-form button[type=submit]").click()
        expect(page).to_have_url(
            f"{live_server.url}/{language}/accounts/2fa/totp/activate/"
        )
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert page.locator("link[href$='css/portal.css']").count() == 1
        expect(page.locator("h1")).to_have_text(HEADINGS[language][0])
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            save(page, f"two-factor-activate-{language}-{width}")

        secret = page.locator("main code").first.inner_text().strip()
        page.locator("input[name=code]").fill(totp_code(secret))
        page.locator("form.account-form button[type=submit]").click()
        expect(page).to_have_url(
            f"{live_server.url}/{language}/accounts/2fa/recovery-codes/"
        )
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("h1")).to_have_text(HEADINGS[language][1])
        expect(page.locator(".recovery-codes li")).to_have_count(10)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            save(page, f"two-factor-recovery-codes-{language}-{width}")

        page.locator(f"a[href='{reverse('wagtailadmin_home')}']").last.click()
        expect(page).to_have_url(f"{live_server.url}{reverse('wagtailadmin_home')}")
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
