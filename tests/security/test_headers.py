"""Every response carries the security headers; public pages run nothing inline.

The Content-Security-Policy allows scripts and styles from the portal only, so
an injected `<script>` or `style=` does nothing. JSON-LD (`<script
type="application/ld+json">`) is a data block, which browsers never execute and
CSP does not govern.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.cache import cc_delim_re
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from news.factories import NewsPageFactory
from tests.library.documents import pdf_document
from tests.training.certificates.conftest import complete

LANGUAGES = ["en", "id", "vi", "ar"]
DATA_BLOCKS = {"application/ld+json", "application/json"}
FEATURES_OFF = ("camera", "microphone", "geolocation", "payment", "usb")


def cache_control(response):
    """The Cache-Control directives, without their values."""
    header = response.get("Cache-Control", "")
    return {part.split("=")[0].strip() for part in cc_delim_re.split(header) if part}


def assert_features_off(response):
    features = dict(
        part.strip().split("=", 1) for part in response["Permissions-Policy"].split(",")
    )
    for feature in FEATURES_OFF:
        assert features[feature] == "()", feature


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
    assert_features_off(response)


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
    assert_features_off(response)


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


def test_responses_other_than_pages_carry_the_permissions_policy(client, db):
    """Static files too: tests/production/ checks them, where they are served."""
    for url in ("/sw.js", "/robots.txt", "/favicon.ico", "/en/manifest.webmanifest"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_features_off(response)


def test_signed_in_pages_are_kept_by_no_cache_public_ones_may_be(
    client, approved_trainee, about_page
):
    """On a shared phone the back button must not bring back the last person's
    pages; a public page may be kept."""
    public = client.get("/id/")
    assert public.status_code == 200
    assert not {"private", "no-store"} & cache_control(public)

    client.force_login(approved_trainee)
    for url in ("/id/", "/id/tentang-portal/", "/id/accounts/profile/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_control(response), url


def test_a_page_unlocked_with_its_password_is_kept_by_no_cache(client, about_page):
    restriction = PageViewRestriction.objects.create(
        page=about_page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="field-visit-2026",
    )
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, about_page.pk]
    )
    client.post(url, {"password": "field-visit-2026", "return_url": "/en/about/"})
    response = client.get("/en/about/")

    assert response.status_code == 200
    assert "The portal trains the child-protection workforce." in response.text
    assert {"private", "no-store"} <= cache_control(response)


@pytest.fixture
def documents(settings, tmp_path):
    """A public document, and one in a collection for signed-in readers only."""
    settings.MEDIA_ROOT = tmp_path
    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    public = pdf_document("en", "Gatekeeping checklist", "Ask who referred the child.")
    private = pdf_document("en", "Case conference minutes", "Who attended.")
    private.collection = staff_only
    private.save()
    return public, private


def test_documents_of_a_login_only_collection_are_kept_by_no_cache(
    client, approved_trainee, documents
):
    public, private = documents
    response = client.get(public.url)
    assert response.status_code == 200
    assert "no-store" not in cache_control(response)
    assert client.get(private.url).status_code == 302  # to the sign-in page

    client.force_login(approved_trainee)
    response = client.get(private.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert {"private", "no-store"} <= cache_control(response)


def test_a_certificate_download_is_kept_by_no_cache(
    client, approved_trainee, gatekeeping
):
    completion = complete(approved_trainee, gatekeeping)
    client.force_login(approved_trainee)
    response = client.get(completion.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert {"private", "no-store"} <= cache_control(response)
