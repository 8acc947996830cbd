"""The knowledge check: answers marked and kept with feedback per option; tampered
submissions refused with a message in the reader's language, nothing recorded."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from training.factories import CheckQuestionFactory, TrainingModulePageFactory
from training.models import CheckAttempt, CheckQuestion, ModuleCompletion

from .helpers import check_form, owned, right_answers, url_in, wrong_answers

NOT_AN_OPTION = (
    "Select a valid choice. That choice is not one of the available choices."
)
ANSWER_EVERY_QUESTION = "Answer every question before you send your answers."
ALREADY_SUBMITTED = (
    "You had already sent these answers. This is their result; they were not "
    "counted twice."
)
NOT_ALLOWED = (
    "This training is open to some groups of staff only, and your account is not "
    "in them. Nothing was recorded. Ask your training coordinator if you need it."
)
LANGUAGES = ["en", "id", "vi", "ar"]


def questions_of(module):
    return list(CheckQuestion.objects.filter(module=module).order_by("sort_order"))


def send(client, module, data, code="en"):
    return client.post(url_in(code, module, "check"), owned(client, module, data))


def assert_refused(response, message, code):
    assert response.status_code == 400
    with translation.override(code):
        assert translation.gettext(message) in response.content.decode()
    assert not CheckAttempt.objects.exists()
    assert not ModuleCompletion.objects.exists()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_check_shows_each_question_in_the_readers_language(
    trainee_client, gatekeeping, code
):
    response = trainee_client.get(url_in(code, gatekeeping, "check"))

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    first, several, true_false = questions_of(gatekeeping)
    with translation.override(code):
        assert first.text in html
    assert html.count(f'type="radio" name="question-{first.pk}"') == 2
    assert html.count(f'type="checkbox" name="question-{several.pk}"') == 3
    assert html.count(f'type="radio" name="question-{true_false.pk}"') == 2
    assert 'name="client_token"' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_answers_are_marked_and_shown_with_the_feedback_of_each_chosen_option(
    trainee_client, trainee, gatekeeping, code
):
    first = questions_of(gatekeeping)[0]
    chosen = first.options.get(is_correct=False)
    chosen.feedback_ind = "Panti adalah pilihan terakhir."
    chosen.feedback_ar = "الرعاية المؤسسية هي الملاذ الأخير."
    chosen.save()
    answers = right_answers(gatekeeping)
    answers[first.pk] = [chosen.pk]

    response = send(trainee_client, gatekeeping, check_form(answers), code)

    attempt = CheckAttempt.objects.get(user=trainee)
    assert response.status_code == 302
    assert response["Location"] == url_in(code, gatekeeping, "check_result", attempt.pk)
    assert (attempt.score, attempt.passed, attempt.language) == (66, True, code)
    html = trainee_client.get(response["Location"]).content.decode()
    with translation.override(code):
        chosen.refresh_from_db()
        assert chosen.feedback in html
        assert first.text in html


def test_an_option_that_does_not_exist_is_refused(trainee_client, gatekeeping):
    answers = right_answers(gatekeeping)
    answers[min(answers)] = [999999]

    assert_refused(
        send(trainee_client, gatekeeping, check_form(answers)), NOT_AN_OPTION, "en"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_option_of_another_question_is_refused(trainee_client, gatekeeping, code):
    first, several, _true_false = questions_of(gatekeeping)
    answers = right_answers(gatekeeping)
    answers[first.pk] = [several.options.first().pk]

    response = send(trainee_client, gatekeeping, check_form(answers), code)

    assert_refused(response, NOT_AN_OPTION, code)


@pytest.mark.parametrize("code", ["id", "ar"])
def test_a_question_from_another_check_is_refused(
    trainee_client, gatekeeping, training_index, code
):
    other = CheckQuestionFactory(
        module=TrainingModulePageFactory(parent=training_index)
    )
    answers = right_answers(gatekeeping)
    answers[other.pk] = [other.options.first().pk]

    response = send(trainee_client, gatekeeping, check_form(answers), code)

    assert_refused(response, NOT_AN_OPTION, code)


def test_two_answers_to_a_single_choice_question_are_refused(
    trainee_client, gatekeeping
):
    first = questions_of(gatekeeping)[0]
    answers = right_answers(gatekeeping)
    answers[first.pk] = [option.pk for option in first.options.all()]

    response = send(trainee_client, gatekeeping, check_form(answers))

    assert response.status_code == 400
    assert f"Choose one answer only for: {first.text}" in response.content.decode()
    assert not CheckAttempt.objects.exists()


@pytest.mark.parametrize(
    "field,value", [("question-abc", "1"), ("question-1", "one"), ("question-", "")]
)
def test_fields_no_form_could_send_are_refused(
    trainee_client, gatekeeping, field, value
):
    data = check_form(right_answers(gatekeeping))
    data[field] = value

    assert_refused(send(trainee_client, gatekeeping, data), NOT_AN_OPTION, "en")


@pytest.mark.parametrize("code", ["en", "vi"])
def test_a_question_left_unanswered_is_pointed_out_and_the_answers_kept(
    trainee_client, gatekeeping, code
):
    answers = right_answers(gatekeeping)
    several = questions_of(gatekeeping)[1]
    first_choice = answers[min(answers)][0]
    del answers[several.pk]

    response = send(trainee_client, gatekeeping, check_form(answers), code)

    assert_refused(response, ANSWER_EVERY_QUESTION, code)
    assert f'value="{first_choice}" checked' in response.content.decode()


@pytest.mark.parametrize("token", ["", "not-a-token"])
def test_a_missing_or_forged_form_token_is_refused(trainee_client, gatekeeping, token):
    data = check_form(right_answers(gatekeeping))
    data["client_token"] = token

    response = send(trainee_client, gatekeeping, data, "id")

    assert response.status_code == 400
    assert not CheckAttempt.objects.exists()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_same_form_sent_twice_is_one_attempt_and_says_so(
    trainee_client, trainee, gatekeeping, code
):
    data = check_form(wrong_answers(gatekeeping))
    first = send(trainee_client, gatekeeping, data, code)

    again = send(trainee_client, gatekeeping, data, code)

    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert CheckAttempt.objects.filter(user=trainee).count() == 1
    html = trainee_client.get(again["Location"]).content.decode()
    with translation.override(code):
        assert translation.gettext(ALREADY_SUBMITTED) in html


@pytest.mark.parametrize("code", ["en", "id"])
def test_a_post_without_csrf_token_is_refused_and_nothing_recorded(
    trainee, gatekeeping, code
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)

    response = send(client, gatekeeping, check_form(right_answers(gatekeeping)), code)

    assert response.status_code == 403
    with translation.override(code):
        assert translation.gettext("The form could not be sent") in response.text
    assert not CheckAttempt.objects.exists()


@pytest.mark.parametrize("code", ["en", "vi"])
def test_a_module_the_trainee_may_not_take_refuses_the_check_and_records_nothing(
    trainee_client, gatekeeping, code
):
    restriction = PageViewRestriction.objects.create(
        page=gatekeeping, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Nghe An district officers")])

    response = send(
        trainee_client, gatekeeping, check_form(right_answers(gatekeeping)), code
    )

    assert response.status_code == 403
    with translation.override(code):
        assert translation.gettext(NOT_ALLOWED) in response.content.decode()
    assert not CheckAttempt.objects.exists()


def test_an_anonymous_reader_is_sent_to_sign_in_and_nothing_recorded(
    client, gatekeeping
):
    for response in (
        client.get(url_in("en", gatekeeping, "check")),
        send(client, gatekeeping, check_form(right_answers(gatekeeping))),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=")
    assert not CheckAttempt.objects.exists()


def test_another_trainees_result_is_not_found(
    trainee_client, gatekeeping, django_user_model
):
    someone = django_user_model.objects.create_user("ayu", password="not-a-secret-1")
    other = Client()
    other.force_login(someone)
    send(other, gatekeeping, check_form(right_answers(gatekeeping)))
    attempt = CheckAttempt.objects.get(user=someone)

    response = trainee_client.get(url_in("en", gatekeeping, "check_result", attempt.pk))

    assert response.status_code == 404


def test_a_module_without_questions_has_no_check(trainee_client, training_index):
    module = TrainingModulePageFactory(parent=training_index)

    assert trainee_client.get(url_in("en", module, "check")).status_code == 404


def test_an_attempt_stays_readable_after_the_editor_rewrites_the_check(
    trainee_client, trainee, gatekeeping
):
    send(trainee_client, gatekeeping, check_form(right_answers(gatekeeping)))
    attempt = CheckAttempt.objects.get(user=trainee)
    first, several, _true_false = questions_of(gatekeeping)
    several.delete()
    first.text = "Which care comes first for a child who cannot live at home?"
    first.save()

    response = trainee_client.get(url_in("en", gatekeeping, "check_result", attempt.pk))

    html = response.content.decode()
    assert response.status_code == 200
    assert first.text in html
    assert "Who can identify" not in html
    assert "3 of 3 answers right: 100%." in html
