"""Every kind of page, in every language, answers under production settings.

The rest of the suite serves static files from the finders with plain storage;
here they come from a real `collectstatic` into the manifest storage, where a
name missing from the manifest is an error, and every page must name its static
files by their hashed names (which browsers may cache for a year).
"""

import io
import json
import os
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.models import Page, get_page_models

from demo.content.centres import JAMBI
from news.models import NewsIndexPage
from portal.accounts.factories import PASSWORD, StaffProfileFactory
from portal.centres.models import Centre
from tests.training.certificates.conftest import complete
from training.models import TrainingIndexPage, TrainingModulePage

from .conftest import ENVIRONMENT, HOST

LANGUAGES = ["en", "id", "vi", "ar"]
HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.[0-9a-z]+$")
ORIGIN = f"https://{HOST}"


def static_references(html):
    """Every address under STATIC_URL that a page links or loads."""
    pattern = rf'(?:href|src|data-[a-z-]+)="({re.escape(settings.STATIC_URL)}[^"]*)"'
    return set(re.findall(pattern, html))


def assert_served_hashed(browser, urls):
    """Each address names a file by its hashed name, and WhiteNoise serves it."""
    assert urls
    for url in urls:
        assert HASHED_NAME.search(url), f"not a hashed name: {url}"
        response = browser.get(url)
        assert response.status_code == 200, url
        assert "immutable" in response["Cache-Control"], url
        assert "camera=()" in response["Permissions-Policy"], url


def get_ok(browser, url):
    response = browser.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return response


def render_ok(browser, url, code):
    """The page, after checking that it answered 200 in language `code` and
    names its static files by their hashed names; and those names."""
    response = get_ok(browser, url)
    assert f'<html lang="{code}"' in response.text, url
    references = static_references(response.text)
    assert references, url
    for reference in references:
        assert HASHED_NAME.search(reference), f"{url} names {reference}"
    return response, references


def kept_by_no_cache(response):
    control = response.get("Cache-Control", "")
    return "private" in control and "no-store" in control


def in_language(code, url_of):
    with translation.override(code):
        return url_of()


@pytest.fixture
def learner(demo_site):
    """An approved trainee at the demo's centre."""
    return StaffProfileFactory(
        approved=True,
        centre=Centre.objects.get(slug=JAMBI.slug),
        full_name="Siti Rahma",
        preferred_language="id",
        user__username="siti",
    ).user


@pytest.fixture
def module_with_check(demo_site):
    return next(
        module
        for module in TrainingModulePage.objects.live().specific()
        if module.check_questions.exists()
    )


def test_the_layer_runs_production_s_own_settings(production, browser):
    assert settings.DEBUG is False
    assert ENVIRONMENT["SECRET_KEY"] == settings.SECRET_KEY
    assert settings.ALLOWED_HOSTS == [HOST]
    assert settings.SECURE_SSL_REDIRECT is True
    assert settings.STORAGES["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert (settings.STATIC_ROOT / "staticfiles.json").exists()
    expected_cache = (
        "django_redis.cache.RedisCache"
        if os.environ.get("REDIS_URL")
        else "django.core.cache.backends.locmem.LocMemCache"
    )
    assert settings.CACHES["default"]["BACKEND"] == expected_cache
    assert settings.PORTAL_ALLOW_LOCAL_CACHE is not bool(os.environ.get("REDIS_URL"))
    # Django's deployment checks and the portal's own, on these very settings.
    call_command("check", "--deploy", fail_level="WARNING", stdout=io.StringIO())
    # Plain HTTP, as the proxy would pass it on without X-Forwarded-Proto.
    response = Client(HTTP_HOST=HOST).get("/en/")
    assert response.status_code == 301
    assert response["Location"] == f"{ORIGIN}/en/"


def test_every_page_of_the_site_answers_in_every_language(browser, demo_site):
    pages = list(Page.objects.live().public().descendant_of(demo_site, inclusive=True))
    page_types = set()
    references = set()
    for code in LANGUAGES:
        for page in pages:
            url = in_language(code, page.get_url)
            response, named = render_ok(browser, url, code)
            assert not kept_by_no_cache(response), url
            page_types.add(page.specific_class)
            references |= named

    assert page_types == set(get_page_models()) - {Page}
    assert_served_hashed(browser, references)


def test_the_cached_copy_of_a_page_names_hashed_files_too(browser, demo_site):
    first, _ = render_ok(browser, "/ar/", "ar")
    response = browser.get("/ar/")

    assert response["X-Page-Cache"] == "hit"
    assert response.content == first.content


@pytest.mark.parametrize("code", LANGUAGES)
def test_routes_and_pages_outside_the_page_tree_answer(browser, demo_site, code):
    news = NewsIndexPage.objects.get()
    training = TrainingIndexPage.objects.get()
    centre = Centre.objects.get(slug=JAMBI.slug)
    with translation.override(code):
        urls = [
            news.get_url() + news.reverse_subpage("centre", args=[centre.slug]),
            news.get_url() + "?page=2",
            training.get_url(),
            f"/{code}/accounts/login/",
            f"/{code}/accounts/signup/",
            f"/{code}/accounts/password/reset/",
            f"/{code}/search/?q=care",
            f"/{code}/search/?q=",
            f"/{code}/certificates/verify/",
            f"/{code}/offline/",
        ]
    for url in urls:
        render_ok(browser, url, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_signed_in_pages_answer(browser, learner, module_with_check, code):
    completion = complete(learner, module_with_check)
    training = TrainingIndexPage.objects.get()
    lesson = module_with_check.get_children().live().first()
    browser.force_login(learner)
    with translation.override(code):
        urls = [
            training.get_url() + training.reverse_subpage("my_training"),
            module_with_check.get_url(),
            lesson.get_url(),
            module_with_check.get_url() + module_with_check.reverse_subpage("check"),
            f"/{code}/accounts/profile/",
            f"/{code}/certificates/verify/?code={completion.verification_code}",
        ]
        pdf = completion.get_absolute_url()
    for url in urls:
        response, _ = render_ok(browser, url, code)
        assert kept_by_no_cache(response), url
    assert "Siti Rahma" in response.text  # the verified certificate's holder

    response = get_ok(browser, pdf)
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert kept_by_no_cache(response)


def test_signing_in_over_https_passes_the_csrf_checks(browser, learner):
    strict = Client(
        enforce_csrf_checks=True, HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https"
    )
    get_ok(strict, "/vi/accounts/login/")
    response = strict.post(
        "/vi/accounts/login/",
        {"login": "siti", "password": PASSWORD},
        HTTP_ORIGIN=ORIGIN,
        HTTP_X_CSRFTOKEN=strict.cookies[settings.CSRF_COOKIE_NAME].value,
    )

    assert response.status_code == 302
    assert strict.session["_auth_user_id"] == str(learner.pk)


def test_the_service_worker_loads_hashed_files(browser):
    response = get_ok(browser, "/sw.js")
    body = response.content.decode()

    config = json.loads(re.search(r"self\.PORTAL_OFFLINE = (.*);\n", body)[1])
    scripts = re.search(r"importScripts\((.*)\);", body)[1]
    assert config["staticUrl"] == settings.STATIC_URL
    assert set(config["offlinePages"]) == set(LANGUAGES)
    assert_served_hashed(browser, {*config["assets"], *json.loads(f"[{scripts}]")})


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_web_app_manifest_answers_in_every_language(browser, code):
    response = get_ok(browser, f"/{code}/manifest.webmanifest")
    manifest = json.loads(response.content)

    assert manifest["lang"] == code
    assert manifest["dir"] == ("rtl" if code == "ar" else "ltr")
    assert_served_hashed(browser, {icon["src"] for icon in manifest["icons"]})


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize(
    ("feed", "content_type", "entry"),
    [
        ("feed_rss", "application/rss+xml", "channel/item"),
        ("feed_atom", "application/atom+xml", "{http://www.w3.org/2005/Atom}entry"),
    ],
)
def test_news_feeds_answer_in_every_language(
    browser, demo_site, code, feed, content_type, entry
):
    news = NewsIndexPage.objects.get()
    url = in_language(code, lambda: news.get_url() + news.reverse_subpage(feed))
    response = get_ok(browser, url)

    assert response["Content-Type"].startswith(content_type)
    assert ET.fromstring(response.content).findall(entry)  # noqa: S314 - ours


def test_the_sitemap_lists_every_page_in_every_language(browser, demo_site):
    response = get_ok(browser, "/sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemap = ET.fromstring(response.content)  # noqa: S314 - ours
    locations = [element.text for element in sitemap.findall("s:url/s:loc", namespace)]

    pages = Page.objects.live().public().descendant_of(demo_site, inclusive=True)
    assert len(locations) == pages.count() * len(LANGUAGES)
    assert all(location.startswith(f"{ORIGIN}/") for location in locations)


def test_robots_txt_names_the_sitemap_and_keeps_robots_out_of_private_pages(browser):
    robots = get_ok(browser, "/robots.txt")
    lines = robots.content.decode().splitlines()

    assert robots["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in lines
    disallowed = {line.split(": ")[1] for line in lines if line.startswith("Disallow")}
    assert "/admin/" in disallowed
    for code in LANGUAGES:
        assert {f"/{code}/accounts/", f"/{code}/search/"} <= disallowed
        assert f"/{code}/" not in disallowed
    assert "/" not in disallowed


def test_the_favicon_is_served_and_named_by_every_page(browser, demo_site):
    icon = get_ok(browser, "/favicon.ico")
    assert icon["Content-Type"] == "image/x-icon"
    assert icon.content.startswith(b"\x00\x00\x01\x00")  # an ICO file

    page, references = render_ok(browser, "/vi/", "vi")
    assert '<link rel="icon" href="/favicon.ico"' in page.text
    svg = next(url for url in references if "/icons/favicon." in url)
    assert_served_hashed(browser, {svg})
