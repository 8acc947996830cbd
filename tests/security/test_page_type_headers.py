"""Every kind of page, in every language, carries the security headers.

The kinds are tests/perf/pages.py's list, which covers every page model (and the
routes and files outside the page tree): a new page type is checked as soon as
it is added there, and the first test fails until it is.
"""

import pytest
from django.test import Client
from django.utils import translation

from tests.perf.pages import CASES, LANGUAGES, every_page_type, page_types
from tests.production.conftest import ENVIRONMENT, production_values

from .test_headers import assert_public_headers, cache_control, inline_code

HSTS = "max-age=31536000; includeSubDomains; preload"


def responses(client, site, trainee, code):
    """(case, address, response) for every case, read in language `code`."""
    for case in CASES:
        client.logout()
        if case.signed_in:
            client.force_login(trainee)
        with translation.override(code):
            url = case.address(site)
        yield case, url, client.get(url)


def header_problems(case, response):
    problems = []
    try:
        assert_public_headers(response)
    except AssertionError as error:
        problems.append(f"headers: {error}")
    if case.html and inline_code(response.content.decode()):
        problems.append(f"inline code: {inline_code(response.content.decode())}")
    kept_by_no_cache = {"private", "no-store"} <= cache_control(response)
    if kept_by_no_cache != (case.signed_in or case.never_cached):
        problems.append(f"Cache-Control: {response.get('Cache-Control')!r}")
    return problems


def test_every_page_type_is_checked():
    assert page_types(CASES) == every_page_type()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_carries_the_security_headers(
    client, full_site, approved_trainee, code
):
    """The strict policy (no 'unsafe-inline'), nosniff, the referrer, framing and
    permissions policies; signed-in pages kept by no cache, public ones may be
    (but for the sign-in, sign-up and certificate check forms, never cached)."""
    problems = {}
    for case, url, response in responses(client, full_site, approved_trainee, code):
        assert response.status_code == case.status, url
        if found := header_problems(case, response):
            problems[f"{case.name}: {url}"] = found

    assert problems == {}


@pytest.fixture(scope="module")
def production_security():
    """portal.settings.production's own SECURE_* values (HSTS, HTTPS redirect,
    the proxy's header), computed as tests/production does."""
    values = production_values(ENVIRONMENT)
    return {name: value for name, value in values.items() if name.startswith("SECURE_")}


@pytest.mark.parametrize("code", LANGUAGES)
def test_over_https_every_page_carries_hsts_under_production_settings(
    settings, production_security, full_site, approved_trainee, code
):
    for name, value in production_security.items():
        setattr(settings, name, value)
    assert settings.SECURE_HSTS_SECONDS == 31536000
    # As nginx forwards a request that came over HTTPS.
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    missing = {}
    for case, url, response in responses(client, full_site, approved_trainee, code):
        assert response.status_code == case.status, url
        if response.get("Strict-Transport-Security") != HSTS:
            missing[case.name] = response.get("Strict-Transport-Security")
        assert_public_headers(response)

    assert missing == {}
    plain = Client().get(full_site.home.get_url())
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
