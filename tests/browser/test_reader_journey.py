"""A reader in Arabic, then Vietnamese: the same story, and a mirrored layout."""

from urllib.parse import unquote, urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from news.models import NewsPage
from portal.i18n.languages import language_codes

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser]

VIEWPORT = {"width": 1280, "height": 800}


def story_in(code, story):
    with translation.override(code):
        return unquote(story.url), story.title


def path_of(tab):
    return unquote(urlsplit(tab.url).path)


def edges(locator):
    """The left and right edges of an element, in pixels from the viewport's left."""
    box = locator.bounding_box()
    return box["x"], box["x"] + box["width"]


def test_an_arabic_reader_reads_a_story_then_switches_to_vietnamese(new_page):
    tab = new_page("ar")
    tab.set_viewport_size(VIEWPORT)
    tab.goto("/")
    assert path_of(tab) == "/ar/"
    expect(tab.locator("html")).to_have_attribute("dir", "rtl")

    link = tab.locator(".story-card h3 a").first
    href = unquote(link.get_attribute("href"))
    (story,) = [s for s in NewsPage.objects.live() if story_in("ar", s)[0] == href]
    link.click()
    arabic_url, arabic_title = story_in("ar", story)
    assert path_of(tab) == arabic_url
    expect(tab.locator("h1")).to_have_text(arabic_title)

    tab.locator(".language-switcher").get_by_role("link", name="Tiếng Việt").click()

    vietnamese_url, vietnamese_title = story_in("vi", story)
    assert path_of(tab) == vietnamese_url
    assert vietnamese_url != arabic_url
    expect(tab.locator("html")).to_have_attribute("lang", "vi")
    expect(tab.locator("h1")).to_have_text(vietnamese_title)


def test_screenshots_in_every_language_and_the_arabic_layout_is_mirrored(new_page):
    """Home and a story in each language go to test-artifacts/; in Arabic the
    header's brand and menu start on the right."""
    story = NewsPage.objects.live().order_by("path").first()
    ARTIFACTS.mkdir(exist_ok=True)
    layout = {}
    for code in language_codes():
        tab = new_page()
        tab.set_viewport_size(VIEWPORT)
        for kind, url in [("home", f"/{code}/"), ("story", story_in(code, story)[0])]:
            tab.goto(url)
            tab.screenshot(path=ARTIFACTS / f"reader-{kind}-{code}.png", full_page=True)
            items = tab.locator(".main-menu li")
            layout[code, kind] = {
                "brand": edges(tab.locator(".brand")),
                "first item": edges(items.nth(0)),
                "second item": edges(items.nth(1)),
            }

    width = VIEWPORT["width"]
    for kind in ["home", "story"]:
        english, arabic = layout["en", kind], layout["ar", kind]
        # The brand hugs the left edge, in Arabic the right edge, as far in.
        brand_left, _ = english["brand"]
        assert brand_left < width / 4
        assert arabic["brand"][1] == pytest.approx(width - brand_left, abs=2)
        # The menu reads from left to right, in Arabic from right to left.
        assert english["first item"][0] < width / 4
        assert english["first item"][1] <= english["second item"][0]
        assert arabic["first item"][1] > width / 2
        assert arabic["second item"][1] <= arabic["first item"][0]
        for code in ["id", "vi"]:
            assert layout[code, kind]["brand"][0] == pytest.approx(brand_left, abs=2)
