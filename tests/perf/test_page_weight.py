"""A first visit to the home page stays light for readers on slow phone connections:
HTML, CSS, JS and fonts, compressed as they are sent, images aside."""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from .content import add_menu_pages, add_news

FIRST_VISIT_LIMIT = 60_000  # bytes
PRELOADED_TYPES = {"style", "script", "font"}
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)""")
FONT_FACE = re.compile(r"@font-face\s*{[^}]*}", re.DOTALL)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""")


class AssetLinks(HTMLParser):
    """Stylesheets, scripts and preloaded fonts that a browser fetches at once."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = set((attrs.get("rel") or "").lower().split())
        preloaded = "preload" in rel and attrs.get("as") in PRELOADED_TYPES
        fetched_at_once = rel & {"stylesheet", "modulepreload"} or preloaded
        if tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "link" and attrs.get("href") and fetched_at_once:
            self.urls.append(attrs["href"])


def static_file(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not a local static file"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is referenced but does not exist"
    with open(found, "rb") as source:
        return source.read()


def css_dependencies(css_url, css):
    """Imported stylesheets and the fonts of @font-face rules (not images)."""
    fonts = [url for rule in FONT_FACE.findall(css) for url in CSS_URL.findall(rule)]
    urls = CSS_IMPORT.findall(css) + fonts
    return [urljoin(css_url, url) for url in urls if not url.startswith("data:")]


def sent_size(data):
    # What a server that compresses when it helps sends (fonts are compressed already).
    return min(len(data), len(gzip.compress(data, compresslevel=9)))


def first_visit_bytes(client, url):
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    total = len(response.content)
    parser = AssetLinks()
    parser.feed(gzip.decompress(response.content).decode())
    pending, fetched = list(parser.urls), set()
    while pending:
        url = pending.pop()
        if url in fetched:
            continue
        fetched.add(url)
        data = static_file(url)
        total += sent_size(data)
        if urlsplit(url).path.endswith(".css"):
            pending += css_dependencies(url, data.decode())
    assert fetched, "the page references no stylesheet: the parser is broken"
    return total


@pytest.fixture
def content(home_page, about_page):
    add_menu_pages(home_page, 8)
    add_news(home_page, 5)
    return home_page


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_first_visit_to_the_home_page_stays_under_60_kb(client, content, code):
    assert first_visit_bytes(client, f"/{code}/") < FIRST_VISIT_LIMIT


def test_font_face_urls_are_found_but_background_images_are_not():
    css = (
        "@import url('base.css');\n"
        "@font-face { font-family: Noto; src: url(../fonts/noto.woff2); }\n"
        ".hero { background: url('../img/hero.jpg'); }"
    )
    assert css_dependencies("/static/css/portal.css", css) == [
        "/static/css/base.css",
        "/static/fonts/noto.woff2",
    ]
