import pytest
from wagtail.rich_text import RichText

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_explore(admin_page, about_page, screenshot):
    about_page.body_ar = [("paragraph", RichText("<p>UNICEF يدعم المراكز</p>"))]
    about_page.save()
    page = admin_page
    msgs = []
    page.on("console", lambda m: msgs.append(m.text))
    page.on("pageerror", lambda e: msgs.append("ERR " + str(e)))
    page.goto(f"/admin/pages/{about_page.id}/edit/")
    page.wait_for_selector(".locale-picker")
    print(msgs)
    print(page.evaluate("""() => [...document.querySelectorAll('[data-field-language]')].map(e => e.parentElement.dataset.contentpath + ' ' + e.lang + ' ' + e.dir)"""))
    print(page.evaluate("""() => [...document.querySelectorAll('.public-DraftEditor-content, .public-DraftStyleDefault-block')].map(e => e.className + ' ' + getComputedStyle(e).direction)"""))
    print(page.evaluate("""() => [...document.querySelectorAll('.l10n-hidden')].map(e => e.id || e.className)"""))
    screenshot(page, "initial")
    page.locator(".locale-picker").get_by_role("button", name="ar", exact=True).click()
    page.locator(".locale-picker").get_by_role("button", name="en", exact=True).click()
    screenshot(page, "ar")
    page.get_by_role("tab", name="Promote").click()
    screenshot(page, "promote-ar")
    print(page.is_visible("#id_slug_ar"), page.is_visible("#id_slug_en"))
