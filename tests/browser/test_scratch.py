import pytest
from wagtail.rich_text import RichText

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_explore(admin_page, about_page, screenshot, live_server):
    about_page.body_ar = [("paragraph", RichText("<p>UNICEF يدعم المراكز</p><ul><li>أولاً</li><li>Second</li><li>ثالث<ul><li>nested</li><li>متداخل</li></ul></li></ul><ol><li>أولاً</li><li>Second</li></ol>"))]
    about_page.body_en = [("paragraph", RichText("<p>English text</p><ul><li>first</li><li>ثاني</li></ul><ol><li>one</li><li>اثنان</li></ol>"))]
    about_page.save()
    page = admin_page
    page.goto(f"/admin/pages/{about_page.id}/edit/")
    page.locator(".locale-picker").get_by_role("button", name="ar", exact=True).click()
    page.locator(".locale-picker").get_by_role("button", name="en", exact=True).click()
    body = page.locator("[data-contentpath=body_ar]")
    body.scroll_into_view_if_needed()
    screenshot(page, "body")
    page.locator(".locale-picker").get_by_role("button", name="en", exact=True).click()
    page.locator("[data-contentpath=body_en]").scroll_into_view_if_needed()
    screenshot(page, "body_en")
