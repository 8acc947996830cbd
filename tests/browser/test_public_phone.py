"""The public pages on a 360 px phone in every language: nothing scrolls
sideways, every control is big enough to tap, the menu folds and opens, and a
search suggestion opens its page."""

from urllib.parse import unquote

import pytest
from django.utils import translation
from playwright.sync_api import expect

from library.models import LibraryIndexPage, ResourcePage
from news.models import NewsIndexPage, NewsPage
from portal.search import indexing

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser]

PHONE = {"width": 360, "height": 800}
CODES = ["en", "id", "vi", "ar"]
SEARCH_WORDS = {"en": "family", "id": "keluarga", "vi": "gia đình", "ar": "الأسرة"}

# Visible controls smaller than 24 x 24 CSS pixels (WCAG 2.2, 2.5.8), described.
SMALL_CONTROLS = """() => [...document.querySelectorAll(
    "button, input:not([type=hidden]), select, a.button, summary")]
  .filter((element) => element.getClientRects().length
          && getComputedStyle(element).visibility !== "hidden")
  .map((element) => [element, element.getBoundingClientRect()])
  .filter(([, box]) => box.width < 24 || box.height < 24)
  .map(([el, box]) => `${el.outerHTML.slice(0, 60)} ${box.width}x${box.height}`)
"""


@pytest.fixture(scope="module")
def searchable(demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        indexing.rebuild()
    return demo_server


def public_pages(code):
    """The home page, news listing, a story, the library, a resource and search
    results, by name: their addresses in language `code`."""
    with translation.override(code):
        story = NewsPage.objects.live().order_by("-date").first()
        resource = ResourcePage.objects.live().order_by("-year").first()
        return {
            "home": f"/{code}/",
            "news": unquote(NewsIndexPage.objects.live().first().url),
            "story": unquote(story.url),
            "library": unquote(LibraryIndexPage.objects.live().first().url),
            "resource": unquote(resource.url),
            "search": f"/{code}/search/?q={SEARCH_WORDS[code]}",
        }


def fits_the_phone(tab):
    return tab.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"
    ), tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


# A promise, not wait_for_function: the site's CSP allows no eval().
LOADED = """() => Promise.all([...document.images].map((image) =>
  (image.loading = "eager") && image.complete
  || new Promise((done) => { image.onload = image.onerror = done; })))"""


def pictures_loaded(tab):
    """Scroll through the page so that lazy pictures load, and wait for them."""
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    tab.evaluate(LOADED)
    broken = tab.evaluate(
        "[...document.images].filter((image) => !image.naturalWidth).map((i) => i.src)"
    )
    assert broken == []
    tab.evaluate("window.scrollTo(0, 0)")


@pytest.mark.parametrize("code", CODES)
def test_public_pages_fit_a_phone_and_their_controls_are_big_enough(
    new_page, searchable, code
):
    ARTIFACTS.mkdir(exist_ok=True)
    tab = new_page(code)
    tab.set_viewport_size(PHONE)
    for name, address in public_pages(code).items():
        response = tab.goto(address)
        assert response.status == 200, address
        fits, widths = fits_the_phone(tab)
        assert fits, (address, widths)
        assert tab.evaluate(SMALL_CONTROLS) == [], address
        pictures_loaded(tab)
        tab.screenshot(
            path=ARTIFACTS / f"public_phone_{code}_{name}.png", full_page=True
        )


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_phone_menu_opens_and_the_news_filter_fits(new_page, searchable, code):
    tab = new_page(code)
    tab.set_viewport_size(PHONE)
    tab.goto(public_pages(code)["news"])
    menu = tab.locator(".site-menu")
    expect(menu.locator(".main-menu")).to_be_hidden()

    menu.locator("summary").click()

    expect(menu.locator(".main-menu")).to_be_visible()
    expect(menu.locator(".account-menu")).to_be_visible()
    assert fits_the_phone(tab)[0]


def test_the_menus_stay_open_on_a_wide_screen(new_page, searchable):
    tab = new_page("vi")
    tab.set_viewport_size({"width": 1280, "height": 800})
    tab.goto("/vi/")
    expect(tab.locator(".site-menu summary")).to_be_hidden()
    expect(tab.locator(".site-menu .main-menu")).to_be_visible()


def test_the_library_checkbox_sits_beside_its_label_in_arabic(new_page, searchable):
    tab = new_page("ar")
    tab.set_viewport_size(PHONE)
    tab.goto(public_pages("ar")["library"])
    box = tab.locator("label.checkbox input").bounding_box()
    label = tab.locator("label.checkbox").bounding_box()

    assert label["height"] <= box["height"] + 8  # one line, not stacked
    # Right to left: the box comes first, at the label's right-hand edge.
    assert abs((box["x"] + box["width"]) - (label["x"] + label["width"])) < 2


def test_a_header_suggestion_opens_its_page(new_page, searchable):
    tab = new_page("vi")
    tab.set_viewport_size(PHONE)
    tab.goto("/vi/")
    tab.locator(".site-search input").press_sequentially("gia", delay=30)
    suggestion = tab.locator("#header-suggestions a").first
    expect(suggestion).to_be_visible()
    title = suggestion.inner_text()

    suggestion.click()

    expect(tab.locator("h1")).to_have_text(title)
