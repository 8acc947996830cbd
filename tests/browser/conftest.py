"""A real Chromium (Debian's package) driving the live server, as an editor."""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import Client, override_settings
from django.utils import translation

from demo.loader import demo_load
from portal.security import two_factor
from tests.security.two_factor import enrol
from tests.tools import require_tool

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One headless Chromium for the session; CI must have it, a laptop may not."""
    path = require_tool("chromium", "chromium")
    from playwright.sync_api import sync_playwright

    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        # Playwright's sync API runs an event loop in this thread. The ORM calls of
        # tests and fixtures are still plain synchronous code, but Django now gives
        # them new connection objects: hand those the database's initial contents
        # (Wagtail's root page and locale), which serialized_rollback restores.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "not-a-real-password"
    )
    enrol(user)
    return user


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
    # Nothing leaves the machine (the admin asks Gravatar for avatars).
    context.route("**/*", _local_only(live_server.url))
    page = context.new_page()
    yield page
    # Let the editor's background requests finish while the database is still open.
    page.wait_for_load_state("networkidle")
    context.close()


def _local_only(server_url):
    """A route handler that lets only the live server's requests through."""
    return lambda route: (
        route.continue_() if route.request.url.startswith(server_url) else route.abort()
    )


@pytest.fixture
def screenshot(request):
    """Save what the browser shows to test-artifacts/, for a human to look at."""

    def save(page):
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"{request.node.name}.png")

    return save


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's helper, except for tests on the module's shared demo database.

    pytest-django empties the database after every test that uses the live server;
    tests that ask for `demo_server` share the demo content, loaded once per module
    and emptied after the module's last test instead.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    if "demo_server" not in request.fixturenames:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="session")
def initial_contents(browser, django_db_blocker):
    """The database's contents after its migrations (Wagtail's root page, the
    groups, the workflow): pytest-django's copy when a test asked it for one."""
    with django_db_blocker.unblock():
        return {
            connection.alias: getattr(connection, "_test_serialized_contents", None)
            or connection.creation.serialize_db_to_string()
            for connection in connections.all()
        }


def _database_reset(contents):
    """Empty the database and put back `contents`, as pytest-django does for a
    transactional test with serialized_rollback."""
    # Saving some restored objects (Wagtail's tasks) looks up their content type:
    # from the cache, it has the id being restored; from the database, a new one.
    ContentType.objects.get_for_models(*apps.get_models())
    for alias, serialized in contents.items():
        call_command(
            "flush",
            database=alias,
            interactive=False,
            verbosity=0,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        connections[alias].creation.deserialize_db_from_string(serialized)
    # Content types a test created after `contents` was taken are gone again.
    ContentType.objects.clear_cache()


@pytest.fixture(scope="module")
def demo_server(
    browser,
    live_server,
    django_db_blocker,
    initial_contents,
    tmp_path_factory,
):
    """The live server on the demo content (with its accounts), committed for the
    module's tests and removed after them; database access stays open meanwhile."""
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        django_db_blocker.unblock(),
    ):
        # A transactional test before this module may have left it empty.
        _database_reset(initial_contents)
        try:
            with translation.override("en"):
                demo_load()
            yield live_server
        finally:
            cache.clear()
            _database_reset(initial_contents)


@pytest.fixture
def new_page(browser, demo_server):
    """Open browser tabs on the demo server: `new_page(locale, user=None)`."""
    contexts = []

    def open_tab(locale="en-GB", user=None):
        context = browser.new_context(base_url=demo_server.url, locale=locale)
        context.set_default_timeout(10_000)
        context.route("**/*", _local_only(demo_server.url))
        if user is not None:
            if two_factor.required(user) and not two_factor.enrolled(user):
                enrol(user)  # the admin wants an authenticator app
            client = Client()
            client.force_login(user)
            context.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                        "url": demo_server.url,
                    }
                ]
            )
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()
