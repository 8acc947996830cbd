"""A lesson's "done" and a knowledge check record for the person who opened the
page: sent later under someone else's session (a shared phone's offline queue),
they are refused in the reader's language and nothing is recorded."""

import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import translation

from training.forms import OWNER_MAX_AGE, owner_token
from training.models import CheckAttempt, LessonProgress, ModuleCompletion

from .helpers import check_form, owned, right_answers, url_in

NOT_YOURS = (
    "This was sent from a page opened by someone else signed in on this device, "
    "so nothing was recorded. Open the page again while signed in as yourself."
)
TOO_OLD = (
    "This page was opened too long ago, so nothing was recorded. Open the page "
    "again and send it once more."
)
UNREADABLE = (
    "This form could not be checked, so nothing was recorded. Open the page again "
    "and send it once more."
)
LANGUAGES = ["en", "id", "vi", "ar"]


@pytest.fixture
def other_trainee(django_user_model):
    return django_user_model.objects.create_user("ayu", password="not-a-secret-1")


@pytest.fixture
def other_client(other_trainee):
    client = Client()
    client.force_login(other_trainee)
    return client


def nothing_recorded():
    return not (
        LessonProgress.objects.exists()
        or CheckAttempt.objects.exists()
        or ModuleCompletion.objects.exists()
    )


def assert_refused(response, message, code):
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override(code):
        assert translation.gettext(message) in html
    assert "data-sync-reason" in html
    assert nothing_recorded()


def token_signed_ago(user, page, age, monkeypatch):
    signed_at = time.time() - age.total_seconds()
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: signed_at)
        return owner_token(user, page)


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_lesson_done_under_another_persons_session_is_refused(
    other_client, trainee, lessons, code
):
    lesson = lessons[0]

    response = other_client.post(
        url_in(code, lesson, "done"), {"owner_token": owner_token(trainee, lesson)}
    )

    assert_refused(response, NOT_YOURS, code)
    # The page refused shows a form the person signed in now can send.
    assert f'value="{owner_token(trainee, lesson)}"' not in response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_check_under_another_persons_session_is_refused(
    other_client, trainee, gatekeeping, code
):
    data = check_form(right_answers(gatekeeping))
    data["owner_token"] = owner_token(trainee, gatekeeping)

    response = other_client.post(url_in(code, gatekeeping, "check"), data)

    assert_refused(response, NOT_YOURS, code)


def test_a_valid_token_records_once_however_often_it_is_sent(
    trainee_client, trainee, lessons, gatekeeping
):
    lesson = lessons[0]
    done = owned(trainee_client, lesson)
    check = owned(trainee_client, gatekeeping, check_form(right_answers(gatekeeping)))

    for _ in range(3):
        marked = trainee_client.post(url_in("en", lesson, "done"), done)
        answered = trainee_client.post(url_in("en", gatekeeping, "check"), check)
        assert marked.status_code == answered.status_code == 302

    assert LessonProgress.objects.filter(user=trainee, lesson=lesson).count() == 1
    assert CheckAttempt.objects.filter(user=trainee).count() == 1


def test_a_token_kept_offline_for_weeks_still_counts(
    trainee_client, trainee, lessons, monkeypatch
):
    token = token_signed_ago(
        trainee, lessons[0], OWNER_MAX_AGE - timedelta(days=1), monkeypatch
    )

    response = trainee_client.post(
        url_in("en", lessons[0], "done"), {"owner_token": token}
    )

    assert response.status_code == 302
    assert LessonProgress.objects.filter(user=trainee).count() == 1


@pytest.mark.parametrize("code", ["en", "vi"])
def test_a_token_older_than_its_limit_is_refused(
    trainee_client, trainee, lessons, monkeypatch, code
):
    token = token_signed_ago(
        trainee, lessons[0], OWNER_MAX_AGE + timedelta(days=1), monkeypatch
    )

    response = trainee_client.post(
        url_in(code, lessons[0], "done"), {"owner_token": token}
    )

    assert_refused(response, TOO_OLD, code)


@pytest.mark.parametrize("code", ["id", "ar"])
def test_a_missing_forged_or_other_pages_token_is_refused(
    trainee_client, trainee, lessons, gatekeeping, code
):
    url = url_in(code, lessons[0], "done")
    forged = owner_token(trainee, lessons[0]).replace(f"{trainee.pk}:", "0:", 1)

    for form in (
        {},
        {"owner_token": "not-a-token"},
        {"owner_token": forged},
        {"owner_token": owner_token(trainee, lessons[1])},
        {"owner_token": owner_token(trainee, gatekeeping)},
    ):
        assert_refused(trainee_client.post(url, form), UNREADABLE, code)


def test_the_check_page_carries_a_token_for_the_person_who_opened_it(
    trainee_client, trainee, gatekeeping
):
    html = trainee_client.get(url_in("en", gatekeeping, "check")).content.decode()
    token = html.split('name="owner_token" value="')[1].split('"')[0]
    data = check_form(right_answers(gatekeeping))

    response = trainee_client.post(
        url_in("en", gatekeeping, "check"), {**data, "owner_token": token}
    )

    assert response.status_code == 302
    assert token.startswith(f"{trainee.pk}:{gatekeeping.pk}:")
    assert CheckAttempt.objects.filter(user=trainee).count() == 1


def test_a_queued_form_arriving_signed_out_is_answered_401_not_sent_to_sign_in(
    client, trainee, lessons, gatekeeping
):
    """fetch follows a redirect to sign-in and, after a sign-in, on to the lesson:
    the queue could not tell that nothing was stored."""
    done = {"owner_token": owner_token(trainee, lessons[0])}
    queued = {"headers": {"X-Portal-Queued": "1"}}

    replayed = client.post(url_in("en", lessons[0], "done"), done, **queued)
    answered = client.post(
        url_in("en", gatekeeping, "check"),
        check_form(right_answers(gatekeeping)),
        **queued,
    )
    by_hand = client.post(url_in("en", lessons[0], "done"), done)

    assert replayed.status_code == answered.status_code == 401
    assert by_hand.status_code == 302
    assert "login" in by_hand["Location"]
    assert nothing_recorded()
