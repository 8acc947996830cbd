"""A real Chromium (Debian's package) driving the live server, logged in as an editor."""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING_CHROMIUM = (
    "Chromium is missing: install Debian's chromium package: apt-get install chromium"
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def chromium_path():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session; CI must have it, a laptop may not."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING_CHROMIUM)
        pytest.skip(MISSING_CHROMIUM)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made
    # by tests and fixtures meanwhile are still plain synchronous code.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "not-a-real-password"
    )


@pytest.fixture
def admin_page(browser, live_server, client, editor):
    """A browser tab on the live server, with the editor's session cookie."""
    client.force_login(editor)
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(request):
    """Save what the browser shows to test-artifacts/, for a human to look at."""

    def save(page, name=""):
        ARTIFACTS.mkdir(exist_ok=True)
        stem = "-".join(filter(None, [request.node.name, name]))
        page.screenshot(path=ARTIFACTS / f"{stem}.png", full_page=True)

    return save
