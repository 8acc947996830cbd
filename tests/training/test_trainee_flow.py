"""A trainee's way through a module: each step ends with a button to the next one,
the check's result says what comes next, and "My training" tells the truth."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from training import services
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import CheckAttempt, ModuleCompletion

from .helpers import check_form, owned, right_answers, url_in, wrong_answers

LANGUAGES = ["en", "id", "vi", "ar"]


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


def gettext_in(code, message, **values):
    with translation.override(code):
        return translation.gettext(message) % values


def title_in(code, page):
    with translation.override(code):
        return page.title


def mark_done(client, lesson, code="en"):
    return client.post(url_in(code, lesson, "done"), owned(client, lesson))


def submit(client, module, answers, code="en"):
    return client.post(
        url_in(code, module, "check"), owned(client, module, check_form(answers))
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_marking_a_lesson_done_returns_to_its_end_with_a_button_to_the_next_lesson(
    trainee_client, lessons, code
):
    response = mark_done(trainee_client, lessons[0], code)

    assert response["Location"] == url_in(code, lessons[0]) + "#lesson-end"
    page = soup_of(trainee_client.get(response["Location"]))
    footer = page.find(id="lesson-end")
    assert "lesson-footer" in footer["class"]
    assert gettext_in(code, "You have done this lesson.") in text_of(footer)
    assert footer.find("form") is None  # no second "done" button
    (button,) = footer.select(".lesson-done a.button")
    assert button["href"] == url_in(code, lessons[1])
    assert text_of(button) == gettext_in(
        code, "Next lesson: %(title)s", title=title_in(code, lessons[1])
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_last_lesson_leads_to_the_knowledge_check(
    trainee_client, gatekeeping, lessons, code
):
    before = soup_of(trainee_client.get(url_in(code, lessons[-1])))
    response = mark_done(trainee_client, lessons[-1], code)
    after = soup_of(trainee_client.get(response["Location"]))

    check = url_in(code, gatekeeping, "check")
    nav = before.select_one(".lesson-nav")
    assert [link["href"] for link in nav.select("a:not([rel=prev])")] == [check]
    (button,) = after.select(".lesson-done a.button")
    assert button["href"] == check
    assert text_of(button) == gettext_in(code, "Take the knowledge check")


def test_the_last_lesson_of_a_module_without_a_check_leads_back_to_the_module(
    trainee_client, trainee, training_index
):
    module = TrainingModulePageFactory(parent=training_index)
    lesson = LessonPageFactory(parent=module)

    response = mark_done(trainee_client, lesson)

    page = soup_of(trainee_client.get(response["Location"]))
    (button,) = page.select(".lesson-done a.button")
    assert button["href"] == url_in("en", module)
    assert ModuleCompletion.objects.filter(user=trainee, module=module).exists()


def test_the_done_button_is_a_real_button_of_the_lessons_form(trainee_client, lessons):
    page = soup_of(trainee_client.get(url_in("en", lessons[0])))

    (form,) = page.select(".lesson-footer form")
    assert form["method"] == "post"
    assert form["action"] == url_in("en", lessons[0], "done")
    (button,) = form.select("button[type=submit]")
    assert "button" in button["class"]
    assert text_of(button) == "Mark this lesson as done"


def resume_button(client, module, code="en"):
    page = soup_of(client.get(url_in(code, module)))
    (button,) = page.select(".module-progress a.button.resume")
    return button["href"], text_of(button)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_module_page_says_start_before_anything_is_done_then_continue(
    trainee_client, trainee, gatekeeping, lessons, code
):
    first, second = (title_in(code, lesson) for lesson in lessons)

    assert resume_button(trainee_client, gatekeeping, code) == (
        url_in(code, lessons[0]),
        gettext_in(code, "Start: %(title)s", title=first),
    )
    services.lesson_complete(user=trainee, lesson=lessons[0])
    assert resume_button(trainee_client, gatekeeping, code) == (
        url_in(code, lessons[1]),
        gettext_in(code, "Continue: %(title)s", title=second),
    )


def test_continue_leads_to_the_first_lesson_not_done(
    trainee_client, trainee, gatekeeping, lessons
):
    """Done out of order: the trainee goes back to the lesson they skipped."""
    services.lesson_complete(user=trainee, lesson=lessons[1])

    assert resume_button(trainee_client, gatekeeping) == (
        url_in("en", lessons[0]),
        f"Continue: {lessons[0].title}",
    )


def test_a_trainee_who_only_tried_the_check_is_told_to_continue(
    trainee_client, trainee, gatekeeping, lessons
):
    submit(trainee_client, gatekeeping, wrong_answers(gatekeeping))

    href, label = resume_button(trainee_client, gatekeeping)

    assert (href, label) == (url_in("en", lessons[0]), f"Continue: {lessons[0].title}")


def test_the_progress_bar_and_its_label_are_one_line_named_by_the_label(
    trainee_client, trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])

    page = soup_of(trainee_client.get(url_in("en", gatekeeping)))

    (line,) = page.select(".module-progress .progress-line")
    bar, label = line.find("progress"), line.select_one(".progress-label")
    assert (bar["max"], bar["value"]) == ("3", "1")
    assert bar["aria-labelledby"] == label["id"]
    assert text_of(label) == "1 of 2 lessons done"


@pytest.mark.parametrize("code", LANGUAGES)
def test_passing_the_check_completes_the_module_with_the_certificate_at_hand(
    trainee_client, trainee, gatekeeping, lessons, code
):
    for lesson in lessons:
        services.lesson_complete(user=trainee, lesson=lesson)

    response = submit(trainee_client, gatekeeping, right_answers(gatekeeping), code)

    completion = ModuleCompletion.objects.get(user=trainee, module=gatekeeping)
    result = soup_of(trainee_client.get(response["Location"]))
    (moment,) = result.select(".check-result .module-completed")
    assert text_of(moment.find("h2")) == gettext_in(code, "Module completed")
    assert gettext_in(
        code,
        "%(correct)s of %(total)s answers right: %(score)s%%.",
        correct=3,
        total=3,
        score=100,
    ) in text_of(moment)
    (certificate,) = moment.select("a.button.certificate")
    assert certificate["href"] == completion.get_absolute_url()
    assert not result.select(".check-failed")

    module_page = soup_of(trainee_client.get(url_in(code, gatekeeping)))
    (link,) = module_page.select(".module-progress a.certificate")
    assert link["href"] == completion.get_absolute_url()
    assert not module_page.select(".module-progress a.resume")


@pytest.mark.parametrize("code", LANGUAGES)
def test_failing_the_check_gives_the_score_and_what_to_review_first(
    trainee_client, trainee, gatekeeping, lessons, code
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    answers = right_answers(gatekeeping)
    first, *others = sorted(answers)
    wrong = wrong_answers(gatekeeping)
    for key in others:
        answers[key] = wrong[key]

    response = submit(trainee_client, gatekeeping, answers, code)

    attempt = CheckAttempt.objects.get(user=trainee)
    assert (attempt.score, attempt.passed) == (33, False)
    result = soup_of(trainee_client.get(response["Location"]))
    (failed,) = result.select(".check-failed")
    text = text_of(failed)
    assert (
        gettext_in(
            code,
            "%(correct)s of %(total)s answers right: %(score)s%%.",
            correct=1,
            total=3,
            score=33,
        )
        in text
    )
    assert gettext_in(code, "You need %(mark)s%% to pass.", mark=60) in text
    assert text_of(failed.find("h2")) == gettext_in(code, "Review first")
    links = [link["href"] for link in failed.select(".to-review a")]
    # The lesson not done yet, then the two questions answered wrong.
    assert links == [url_in(code, lessons[1]), "#answer-2", "#answer-3"]
    for anchor in links[1:]:
        assert result.find(id=anchor[1:]).select(".not-right")
    (again,) = failed.select("a.button:not(.secondary)")
    assert again["href"] == url_in(code, gatekeeping, "check")
    assert not result.select(".module-completed")
    assert not ModuleCompletion.objects.exists()


def test_passing_before_the_lessons_are_done_lists_the_lessons_left(
    trainee_client, trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[1])

    response = submit(trainee_client, gatekeeping, right_answers(gatekeeping))

    result = soup_of(trainee_client.get(response["Location"]))
    (passed,) = result.select(".check-passed")
    assert "To complete the module, mark these lessons as done:" in text_of(passed)
    assert [link["href"] for link in passed.select(".to-review a")] == [
        url_in("en", lessons[0])
    ]
    assert not result.select(".module-completed")


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_answer_is_a_card_labelling_its_input_in_a_fieldset_of_its_question(
    trainee_client, gatekeeping, code
):
    page = soup_of(trainee_client.get(url_in(code, gatekeeping, "check")))

    fieldsets = page.select(".knowledge-check form fieldset.choices")
    assert len(fieldsets) == 3
    with translation.override(code):
        questions = gatekeeping.questions()
        for fieldset, question in zip(fieldsets, questions, strict=True):
            assert question.text in text_of(fieldset.find("legend"))
            cards = fieldset.select("label.choice")
            assert [text_of(card) for card in cards] == [
                option.text for option in question.options.all()
            ]
            for card in cards:
                (field,) = card.find_all("input")
                assert field["type"] in ("radio", "checkbox")
    (send,) = page.select(".knowledge-check button[type=submit]")
    assert "button" in send["class"]


def completed_with_nothing_in_progress(trainee, module):
    for lesson in module.get_children().specific():
        services.lesson_complete(user=trainee, lesson=lesson)
    services.check_attempt_submit(
        user=trainee,
        module=module,
        answers=right_answers(module),
        client_token=uuid.uuid4(),
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_my_training_never_says_nothing_was_started_next_to_a_completed_module(
    trainee_client, trainee, training_index, gatekeeping, code
):
    completed_with_nothing_in_progress(trainee, gatekeeping)

    page = soup_of(trainee_client.get(url_in(code, training_index, "my_training")))

    in_progress = text_of(page.find(id="in-progress").parent)
    assert gettext_in(code, "You have not started a module yet.") not in in_progress
    assert gettext_in(code, "No module in progress right now.") in in_progress
    completed = text_of(page.find(id="completed").parent)
    assert title_in(code, gatekeeping) in completed


def test_my_training_says_nothing_was_started_to_a_new_trainee(
    trainee_client, training_index, gatekeeping
):
    page = soup_of(trainee_client.get(url_in("en", training_index, "my_training")))

    in_progress = text_of(page.find(id="in-progress").parent)
    assert "You have not started a module yet." in in_progress
    assert "No module in progress right now." not in in_progress
