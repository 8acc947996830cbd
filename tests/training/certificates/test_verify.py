"""The public verification page: name, module and date for a valid code, a plain
answer for an unknown one, a clear message for anything else; never cached,
never writing."""

import pytest
from django.db import connection
from django.template.defaultfilters import date as date_filter
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from training.certificates.forms import NOT_A_CODE
from training.models import ModuleCompletion

from .conftest import HOLDERS, complete

LANGUAGES = ["en", "id", "vi", "ar"]
ODD_INPUT = [
    "🙂🙂🙂🙂-🙂🙂🙂🙂-🙂🙂🙂🙂",
    "7KQ4\x07M2XD\x1b9PAF",
    "7KQ4-M2XD-9PAF\x00",
    "7" * 10_000,
    "'; DROP TABLE training_modulecompletion; --",
    "<script>alert(1)</script>",
    "7KQ4-M2XD-9PA",
]


def verify_url(language):
    with translation.override(language):
        return reverse("certificates:verify")


def check(client, language, code):
    """Ask the page about `code`, in `language`; the response and its HTML."""
    response = client.get(verify_url(language), {"code": code})
    return response, response.content.decode()


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_code_shows_the_name_the_module_and_the_date_only(
    client, holder_in, gatekeeping, language
):
    holder = holder_in("en")
    completion = complete(holder, gatekeeping)

    response, html = check(client, language, completion.printed_code)

    assert response.status_code == 200
    with translation.override(language):
        assert gatekeeping.title in html
        assert date_filter(completion.completed_at, "DATE_FORMAT") in html
        assert gettext("This certificate is valid.") in html
    assert HOLDERS["en"] in html
    assert holder.email not in html and holder.username not in html
    assert f'<html lang="{language}"' in html


@pytest.mark.parametrize(
    "typed", ["7kq4 m2xd 9p1o", "7KQ4M2XD9PIO", "7KQ4-M2XD-9PL0", " 7kq4-m2xd-9p10 "]
)
def test_a_code_is_found_whatever_its_case_spacing_or_look_alike_letters(
    client, certificate, typed
):
    ModuleCompletion.objects.update(verification_code="7KQ4M2XD9P10")

    response, html = check(client, "en", typed)

    assert response.status_code == 200
    assert "This certificate is valid." in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_code_is_plainly_unknown(client, certificate, language):
    response, html = check(client, language, "0000-0000-0000")

    assert response.status_code == 404
    with translation.override(language):
        expected = gettext(
            "No certificate has the code %(code)s. Check that you typed it "
            "exactly as it is printed."
        ) % {"code": "0000-0000-0000"}
    assert expected in html
    assert HOLDERS["en"] not in html and certificate.title not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_input_gets_a_clear_message_and_changes_nothing(
    client, certificate, language
):
    message = in_language(language, NOT_A_CODE)
    for typed in ODD_INPUT:
        with CaptureQueriesContext(connection) as queries:
            response, html = check(client, language, typed)

        assert response.status_code == 400, typed
        assert message in html, typed
        assert "<script>alert" not in html
        assert all(query["sql"].startswith("SELECT") for query in queries), typed
    assert list(ModuleCompletion.objects.all()) == [certificate]


def test_an_empty_code_asks_for_one(client, db):
    response, html = check(client, "vi", "")

    assert response.status_code == 400
    assert (
        in_language("vi", "Enter the verification code printed on the certificate.")
        in html
    )


def test_only_the_empty_form_may_be_indexed(client, certificate):
    form = client.get(verify_url("en")).content.decode()
    _response, answer = check(client, "en", certificate.printed_code)

    assert 'name="robots"' not in form
    assert '<meta name="robots" content="noindex">' in answer


def test_a_certificate_issued_a_moment_ago_verifies_at_once(
    client, trainee, gatekeeping, monkeypatch
):
    """The anonymous page cache must never answer for the page."""
    first, _html = check(client, "en", "7KQ4-M2XD-9PAF")
    again, _html = check(client, "en", "7KQ4-M2XD-9PAF")
    monkeypatch.setattr("training.certificates.codes.new_code", lambda: "7KQ4M2XD9PAF")
    complete(trainee, gatekeeping)

    now, html = check(client, "en", "7KQ4-M2XD-9PAF")

    assert (first.status_code, again.status_code, now.status_code) == (404, 404, 200)
    assert "X-Page-Cache" not in again and "X-Page-Cache" not in now
    assert "no-store" in now["Cache-Control"]
    assert "This certificate is valid." in html


def test_the_page_answers_only_reads(client, db):
    response = client.post(verify_url("en"), {"code": "7KQ4-M2XD-9PAF"})

    assert response.status_code == 405
