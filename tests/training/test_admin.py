"""Editors write the knowledge check in Wagtail's page editor, in four languages;
editing it keeps each question's key, and a check that could not be marked is
refused."""

import uuid

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from tests.security.two_factor import enrol
from training import services
from training.models import CheckAttempt, CheckQuestion

from .helpers import right_answers

TWO_RIGHT_ANSWERS = "Mark exactly one answer as right."


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "training-lead", "training-lead@example.org", "not-a-secret-1"
    )
    enrol(user)
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editor_form(client, page):
    """The page editor's form as a browser sends it."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # A ticked checkbox without a value attribute is sent as "on" by a browser.
    for name, value in list(data.items()):
        if name.endswith("-is_correct") and value == "":
            data[name] = "on"
    return data


def publish(client, page, data):
    data["action-publish"] = "1"
    return client.post(edit_url(page), data)


def test_the_editor_offers_each_question_and_answer_in_four_languages(
    admin_client, gatekeeping
):
    data = editor_form(admin_client, gatekeeping)

    for suffix in ("en", "ind", "vi", "ar"):
        assert f"check_questions-0-text_{suffix}" in data
        assert f"check_questions-0-options-0-text_{suffix}" in data
        assert f"check_questions-0-options-0-feedback_{suffix}" in data
    assert data.getlist("audience_roles") == ["social_worker", "counsellor"]


def test_editing_a_question_keeps_its_key_and_the_answers_given_to_it(
    admin_client, trainee, gatekeeping
):
    attempt = services.check_attempt_submit(
        user=trainee,
        module=gatekeeping,
        answers=right_answers(gatekeeping),
        client_token=uuid.uuid4(),
    ).attempt
    keys = set(CheckQuestion.objects.values_list("pk", flat=True))
    data = editor_form(admin_client, gatekeeping)
    data["check_questions-0-text_vi"] = "Ưu tiên hình thức chăm sóc nào?"

    response = publish(admin_client, gatekeeping, data)

    assert response.status_code == 302
    assert set(CheckQuestion.objects.values_list("pk", flat=True)) == keys
    first = CheckQuestion.objects.get(pk=data["check_questions-0-id"])
    assert first.text_vi == "Ưu tiên hình thức chăm sóc nào?"
    answered = set(attempt.answers.values_list("question_key", flat=True))
    assert answered == keys
    assert CheckAttempt.objects.get().passed


def test_a_single_choice_question_with_two_right_answers_is_refused(
    admin_client, gatekeeping
):
    data = editor_form(admin_client, gatekeeping)
    assert data["check_questions-0-kind"] == "single"
    data["check_questions-0-options-0-is_correct"] = "on"
    data["check_questions-0-options-1-is_correct"] = "on"
    data["check_questions-0-text_en"] = "Changed, and must not be saved"

    response = publish(admin_client, gatekeeping, data)

    assert response.status_code == 200
    assert TWO_RIGHT_ANSWERS in response.content.decode()
    assert not CheckQuestion.objects.filter(text_en__startswith="Changed").exists()


def test_a_true_or_false_question_needs_exactly_two_answers(admin_client, gatekeeping):
    data = editor_form(admin_client, gatekeeping)
    assert data["check_questions-2-kind"] == "true_false"
    data["check_questions-1-kind"] = "true_false"

    response = publish(admin_client, gatekeeping, data)

    assert response.status_code == 200
    assert "A true or false question has exactly two answers." in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "code,direction", [("en", "ltr"), ("vi", "ltr"), ("ar", "rtl")]
)
def test_a_module_and_a_lesson_preview_in_the_chosen_language(
    admin_client, gatekeeping, lessons, code, direction
):
    for page in (gatekeeping, lessons[0]):
        revision = page.save_revision()
        url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])

        response = admin_client.get(url, {"mode": code})

        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}" dir="{direction}">' in html
        with translation.override(code):
            assert f"<h1>{page.title}</h1>" in html
