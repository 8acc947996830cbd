"""The first view of each kind of page, in each language, on a regular 2G line.

Chromium on a phone-sized screen with an empty cache, the network slowed by the
DevTools protocol as Chrome's "Regular 2G" preset does; first contentful paint
and the load event, against the targets of a reader in the field.
"""

import shutil
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

LANGUAGES = ("en", "id", "vi", "ar")
REGULAR_2G = {
    "offline": False,
    "latency": 300,  # ms
    "downloadThroughput": 250 * 1000 / 8,  # bytes per second
    "uploadThroughput": 50 * 1000 / 8,
    "connectionType": "cellular2g",
}
PHONE = {"width": 360, "height": 740}
FCP_TARGET = 1.2  # seconds
LOAD_TARGET = 2.0
# Found through the pages themselves, so that the demo's slugs may change.
FIRST_LINK = {
    "module": ("/en/training/", ".module-card :is(h2, h3) a"),
    "lesson": ("module", "ol.lessons a"),
    "resource": ("/en/library/", ".resource-card :is(h2, h3) a"),
    "story": ("/en/news/", ".story-card :is(h2, h3) a"),
}
SEARCHES = {
    "en": "reintegration",
    "id": "reintegrasi",
    "vi": "tái hòa nhập",
    "ar": "إعادة الإدماج",
}
TIMINGS = """async () => {
    // Headless Chromium may paint a light page after its load event.
    const paint = await new Promise((resolve) => {
        const named = (list) => list.getEntriesByName("first-contentful-paint")[0];
        const seen = named(performance);
        if (seen) return resolve(seen);
        new PerformanceObserver((list) => named(list) && resolve(named(list)))
            .observe({type: "paint", buffered: true});
        setTimeout(() => resolve(null), 10000);
    });
    const navigation = performance.getEntriesByType("navigation")[0];
    return {
        fcp: paint ? paint.startTime / 1000 : null,
        load: navigation.loadEventEnd / 1000,
        bytes: performance.getEntriesByType("resource").reduce(
            (total, entry) => total + entry.transferSize, navigation.transferSize),
    };
}"""


@dataclass(frozen=True)
class FirstView:
    page_type: str
    language: str
    path: str
    fcp: float | None
    load: float
    bytes: int

    @property
    def passed(self):
        return (
            self.fcp is not None and self.fcp <= FCP_TARGET and self.load <= LOAD_TARGET
        )


def _path(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def english_paths(page):
    """One page of each kind, in English, found by following the site's links."""
    paths = {
        "home": "/en/",
        "news listing": "/en/news/",
        "training index": "/en/training/",
        "library index": "/en/library/",
    }
    for kind in ("module", "lesson", "resource", "story"):
        start, selector = FIRST_LINK[kind]
        page.goto(paths.get(start, start))
        paths[kind] = _path(page.locator(selector).first.get_attribute("href"))
    return paths


def paths_in_every_language(page):
    """{(page type, language): path}, through each page's hreflang alternates."""
    found = {}
    for kind, english in english_paths(page).items():
        page.goto(english)
        for code in LANGUAGES:
            alternate = page.locator(f'link[rel=alternate][hreflang="{code}"]')
            found[kind, code] = _path(alternate.get_attribute("href"))
    for code, words in SEARCHES.items():
        found["search results", code] = f"/{code}/search/?q={quote(words)}"
    return found


def first_view(browser, base_url, path):
    """One cold visit on regular 2G: a new context has an empty cache."""
    context = browser.new_context(base_url=base_url, viewport=PHONE)
    try:
        page = context.new_page()
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", REGULAR_2G)
        page.goto(path, wait_until="load", timeout=120_000)
        return page.evaluate(TIMINGS)
    finally:
        context.close()


def measure(port):
    """Every page type in every language; None when Chromium is missing."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    from playwright.sync_api import sync_playwright

    base_url = f"http://127.0.0.1:{port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox"]
        )
        try:
            context = browser.new_context(base_url=base_url)
            paths = paths_in_every_language(context.new_page())
            context.close()
            return [
                FirstView(kind, code, path, **first_view(browser, base_url, path))
                for (kind, code), path in paths.items()
            ]
        finally:
            browser.close()


def report(views):
    print(
        "\nFirst view on regular 2G (300 ms, 250/50 kbit/s), 360x740, cold cache; "
        f"targets: first contentful paint <= {FCP_TARGET:g} s, load <= "
        f"{LOAD_TARGET:g} s"
    )
    if views is None:
        print("SKIPPED  Chromium is missing: apt-get install chromium")
        return 0
    print(f"{'':6}{'page':<16}{'lang':<6}{'FCP s':>7}{'load s':>8}{'KB':>7}")
    for view in views:
        fcp = f"{view.fcp:.2f}" if view.fcp is not None else "-"
        print(
            f"{'PASS' if view.passed else 'FAIL':<6}{view.page_type:<16}"
            f"{view.language:<6}{fcp:>7}{view.load:>8.2f}{view.bytes / 1000:>7.1f}"
        )
    failed = [view for view in views if not view.passed]
    print(f"{len(views) - len(failed)} of {len(views)} first views within the targets")
    return len(failed)
