"""Marking a lesson done: signed in, with a CSRF token, on a page the trainee may
open; one record however often it is sent; a fixed number of queries."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from portal.accounts.roles import TRAINEES
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import LessonProgress, ModuleCompletion

from .helpers import owned, url_in

NOT_ALLOWED = (
    "This training is open to some groups of staff only, and your account is not "
    "in them. Nothing was recorded. Ask your training coordinator if you need it."
)
LESSON_DONE = "Lesson marked as done."


def restrict_to(page, *groups):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(groups)
    return restriction


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_marking_a_lesson_done_records_it_and_returns_to_the_lesson(
    trainee_client, trainee, lessons, code
):
    lesson = lessons[0]

    response = trainee_client.post(
        url_in(code, lesson, "done"), owned(trainee_client, lesson)
    )

    assert response.status_code == 302
    assert response["Location"] == url_in(code, lesson) + "#lesson-end"
    assert LessonProgress.objects.filter(user=trainee, lesson=lesson).exists()
    html = trainee_client.get(response["Location"]).content.decode()
    with translation.override(code):
        assert translation.gettext(LESSON_DONE) in html
        assert translation.gettext("You have done this lesson.") in html


def test_a_double_click_records_the_lesson_once(trainee_client, trainee, lessons):
    url = url_in("en", lessons[0], "done")

    trainee_client.post(url, owned(trainee_client, lessons[0]))
    trainee_client.post(url, owned(trainee_client, lessons[0]))

    assert LessonProgress.objects.filter(user=trainee).count() == 1


def test_marking_done_needs_a_post(trainee_client, lessons):
    response = trainee_client.get(url_in("en", lessons[0], "done"))

    assert response.status_code == 405
    assert not LessonProgress.objects.exists()


def test_an_anonymous_reader_is_sent_to_sign_in_and_nothing_is_recorded(
    client, lessons
):
    response = client.post(url_in("id", lessons[0], "done"))

    assert response.status_code == 302
    assert response["Location"].startswith("/id/accounts/login/?next=")
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize("code", ["en", "id", "ar"])
def test_a_post_without_csrf_token_is_refused_in_the_readers_language(
    trainee, lessons, code
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)

    response = client.post(url_in(code, lessons[0], "done"))

    assert response.status_code == 403
    with translation.override(code):
        assert translation.gettext("The form could not be sent") in response.text
    assert not LessonProgress.objects.exists()


def test_the_form_on_the_lesson_carries_the_csrf_token_that_makes_it_work(
    trainee, lessons
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    page = client.get(url_in("en", lessons[0])).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    owner = page.split('name="owner_token" value="')[1].split('"')[0]

    response = client.post(
        url_in("en", lessons[0], "done"),
        {"csrfmiddlewaretoken": token, "owner_token": owner},
    )

    assert response.status_code == 302
    assert LessonProgress.objects.filter(user=trainee).count() == 1


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_trainee_outside_a_private_modules_groups_is_told_and_nothing_is_recorded(
    trainee_client, lessons, gatekeeping, code
):
    restrict_to(gatekeeping, Group.objects.create(name="Jambi centre staff"))

    marked = trainee_client.post(
        url_in(code, lessons[0], "done"), owned(trainee_client, lessons[0])
    )
    opened = trainee_client.get(url_in(code, lessons[0]))

    for response in (marked, opened):
        assert response.status_code == 403
        with translation.override(code):
            assert translation.gettext(NOT_ALLOWED) in response.content.decode()
    assert not LessonProgress.objects.exists()


def test_a_trainee_in_a_private_modules_group_marks_lessons_done(
    trainee_client, trainee, lessons, gatekeeping
):
    restrict_to(gatekeeping, Group.objects.get(name=TRAINEES))

    response = trainee_client.post(
        url_in("en", lessons[0], "done"), owned(trainee_client, lessons[0])
    )

    assert response.status_code == 302
    assert LessonProgress.objects.filter(user=trainee).count() == 1


def test_an_anonymous_reader_of_a_private_module_is_sent_to_sign_in(client, lessons):
    PageViewRestriction.objects.create(
        page=lessons[0].get_parent(), restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(url_in("en", lessons[0]))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


# Routing (the site and the home page's children come from the shared cache):
# the specific training index, the module by its slug, the specific module, the
# lesson by its slug (4); the user (1; the session comes from the cache); view
# restrictions, for the portal's check and Wagtail's (2; which pages to look at
# is remembered from reading the lesson); transaction (savepoint, release: 2);
# lock the trainee, look for the record (2) ...
MARK_DONE_AGAIN_QUERIES = 11
# ... then insert it (savepoint, insert, release: 3); its module, the module's
# completion, a live lesson not done yet (3); the module's summary row: the
# live lessons done, the attempts, the completion, then the row written (4); the
# centres whose kept reports it changes (1).
MARK_DONE_QUERIES = MARK_DONE_AGAIN_QUERIES + 11


@pytest.fixture
def production_client(client, trainee, settings):
    """The trainee's browser, with sessions read from the cache as in production
    (whichever cache the tests run with)."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    client.force_login(trainee)
    return client


def module_with_lessons(training_index, count):
    module = TrainingModulePageFactory(parent=training_index)
    return [LessonPageFactory(parent=module) for _ in range(count)]


@pytest.mark.parametrize("count", [2, 12])
def test_marking_a_lesson_done_takes_a_fixed_number_of_queries(
    production_client, training_index, django_assert_num_queries, count
):
    """Counted after the trainee has read the lesson, as they do before marking
    it done: what that visit leaves in caches is left there."""
    lessons = module_with_lessons(training_index, count)
    url = url_in("en", lessons[-1], "done")
    production_client.get(url_in("en", lessons[-1]))

    form = owned(production_client, lessons[-1])

    with django_assert_num_queries(MARK_DONE_QUERIES):
        response = production_client.post(url, form)
    assert response.status_code == 302

    with django_assert_num_queries(MARK_DONE_AGAIN_QUERIES):
        production_client.post(url, form)


def test_the_last_lesson_completes_a_module_in_a_fixed_number_of_queries(
    production_client, trainee, training_index, django_assert_num_queries
):
    lessons = module_with_lessons(training_index, 3)
    for lesson in lessons[:-1]:
        production_client.post(
            url_in("en", lesson, "done"), owned(production_client, lesson)
        )
    production_client.get(url_in("en", lessons[-1]))
    form = owned(production_client, lessons[-1])

    # No live lesson left: does the module have questions (1); record the
    # completion (savepoint, insert, release: 3).
    with django_assert_num_queries(MARK_DONE_QUERIES + 4):
        production_client.post(url_in("en", lessons[-1], "done"), form)

    assert ModuleCompletion.objects.filter(user=trainee).count() == 1
