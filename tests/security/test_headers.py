"""Every response carries the security headers; public pages run nothing inline.

The Content-Security-Policy allows scripts and styles from the portal only, so
an injected `<script>` or `style=` does nothing. JSON-LD (`<script
type="application/ld+json">`) is a data block, which browsers never execute and
CSP does not govern.
"""

from html.parser import HTMLParser

import pytest
from django.utils import translation

from news.factories import NewsPageFactory

LANGUAGES = ["en", "id", "vi", "ar"]
DATA_BLOCKS = {"application/ld+json", "application/json"}


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = (
        part.split() for part in response["Content-Security-Policy"].split(";")
    )
    return {name: sources for name, *sources in directives}


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts, styles, handlers."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if (
            tag == "script"
            and "src" not in attributes
            and attributes.get("type") not in DATA_BLOCKS
        ):
            self.found.append(self.get_starttag_text())
        if tag == "style":
            self.found.append(self.get_starttag_text())
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(self.get_starttag_text())
            if name in ("href", "src", "action") and (value or "").startswith(
                "javascript:"
            ):
                self.found.append(self.get_starttag_text())


def inline_code(html):
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def assert_public_headers(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.fixture
def story(news_index):
    return NewsPageFactory(parent=news_index, title="Jambi staff visit families")


def public_urls(home_page, about_page, story, training_index):
    for code in LANGUAGES:
        with translation.override(code):
            yield from (
                home_page.get_url(),
                about_page.get_url(),
                story.get_url(),
                training_index.get_url(),
                f"/{code}/accounts/login/",
                f"/{code}/accounts/signup/",
                f"/{code}/accounts/password/reset/",
                f"/{code}/search/?q=care",
                f"/{code}/certificates/verify/",
            )


def test_public_pages_in_every_language_run_nothing_inline(
    client, home_page, about_page, story, training_index, staff_centre
):
    urls = list(public_urls(home_page, about_page, story, training_index))
    assert len(urls) == 36

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_public_headers(response)
        assert inline_code(response.content.decode()) == [], url


def test_a_story_s_json_ld_is_a_data_block_the_policy_leaves_alone(client, story):
    html = client.get(story.get_url()).content.decode()

    assert '<script type="application/ld+json">' in html
    assert inline_code(html) == []


def test_pages_from_the_page_cache_carry_the_headers_too(client, home_page):
    client.get("/ar/")
    response = client.get("/ar/")

    assert response["X-Page-Cache"] == "hit"
    assert_public_headers(response)


def test_a_missing_page_carries_the_headers(client, home_page):
    response = client.get("/vi/no-such-page/")

    assert response.status_code == 404
    assert_public_headers(response)


def test_signed_in_pages_carry_the_headers(client, approved_trainee, home_page):
    client.force_login(approved_trainee)
    response = client.get("/id/accounts/profile/")

    assert response.status_code == 200
    assert_public_headers(response)
    assert inline_code(response.content.decode()) == []


def test_the_admin_alone_may_run_inline_scripts_and_styles(editor_client, home_page):
    """Wagtail's admin needs them; its preview panel frames pages of the portal."""
    response = editor_client.get("/admin/")

    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("view", ["view_draft", "edit/preview"])
def test_the_admin_s_previews_may_be_framed_by_the_admin_only(
    editor_client, about_page, view
):
    """Wagtail renders a preview as a request of its own, through the public
    policy; the admin's must replace it or the preview panel stays blank."""
    response = editor_client.get(f"/admin/pages/{about_page.pk}/{view}/")

    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert response["Content-Security-Policy"].count("frame-ancestors") == 1
