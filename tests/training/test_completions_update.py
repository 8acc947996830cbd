"""A module's requirements fall when a lesson leaves it or its check goes: those
who now meet them are completed in the background, once, and counted once."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from training import services
from training.models import CheckQuestion, ModuleCompletion
from training.tasks import module_completions_update

from .helpers import right_answers
from .reports.helpers import report_url
from .test_services import submit
from .test_summaries import assert_summed_up


def completion_of(user, module):
    return ModuleCompletion.objects.filter(user=user, module=module).values_list(
        "pk", "verification_code", "completed_at", "language"
    )


@pytest.fixture
def all_but_the_last_lesson(approved_trainee, gatekeeping, lessons):
    """The trainee did the first lesson and passed the check, in Vietnamese."""
    services.lesson_complete(user=approved_trainee, lesson=lessons[0])
    submit(approved_trainee, gatekeeping, right_answers(gatekeeping), language="vi")
    assert not completion_of(approved_trainee, gatekeeping)
    return approved_trainee


@override_settings(REPORT_CACHE_SECONDS=0)  # the figures, from the page's context
def completed_in_report(supervisor, module):
    client = Client()
    client.force_login(supervisor)
    response = client.get(report_url())
    assert response.status_code == 200
    [row] = [row for row in response.context["rows"] if row.module.pk == module.pk]
    return row.completed


def test_unpublishing_the_missing_lesson_in_the_admin_completes_the_module(
    client,
    admin_user,
    supervisor,
    all_but_the_last_lesson,
    gatekeeping,
    lessons,
    django_capture_on_commit_callbacks,
):
    trainee = all_but_the_last_lesson
    assert completed_in_report(supervisor, gatekeeping) == 0

    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:unpublish", args=[lessons[1].pk])
        )
    assert response.status_code == 302
    assert not lessons[1].specific_class.objects.get(pk=lessons[1].pk).live

    [(pk, code, completed_at, language)] = completion_of(trainee, gatekeeping)
    assert language == "vi"  # the language of the check passed
    assert code
    assert completed_in_report(supervisor, gatekeeping) == 1
    assert_summed_up(trainee, gatekeeping)

    # Run again (a retry, a second change): nothing more, nothing different.
    module_completions_update.enqueue(gatekeeping.pk)
    assert services.module_completions_update(module=gatekeeping) == []
    assert list(completion_of(trainee, gatekeeping)) == [
        (pk, code, completed_at, language)
    ]
    assert completed_in_report(supervisor, gatekeeping) == 1
    assert_summed_up(trainee, gatekeeping)


def test_deleting_the_missing_lesson_completes_the_module(
    all_but_the_last_lesson, gatekeeping, lessons, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lessons[1].delete()

    assert completion_of(all_but_the_last_lesson, gatekeeping).count() == 1
    assert_summed_up(all_but_the_last_lesson, gatekeeping)


def test_moving_the_missing_lesson_to_another_module_completes_the_module(
    all_but_the_last_lesson,
    gatekeeping,
    lessons,
    training_index,
    django_capture_on_commit_callbacks,
):
    from training.factories import TrainingModulePageFactory

    other = TrainingModulePageFactory(parent=training_index, slug="other")
    with django_capture_on_commit_callbacks(execute=True):
        lessons[1].move(other, pos="last-child")

    assert completion_of(all_but_the_last_lesson, gatekeeping).count() == 1
    assert not completion_of(all_but_the_last_lesson, other)


def test_publishing_the_module_without_its_check_completes_it(
    trainee, gatekeeping, lessons, django_capture_on_commit_callbacks
):
    for lesson in lessons:
        services.lesson_complete(user=trainee, lesson=lesson)
    assert not completion_of(trainee, gatekeeping)

    CheckQuestion.objects.filter(module=gatekeeping).delete()
    with django_capture_on_commit_callbacks(execute=True):
        gatekeeping.save_revision().publish()

    assert completion_of(trainee, gatekeeping).count() == 1
    assert_summed_up(trainee, gatekeeping)


def test_nobody_is_completed_who_still_misses_something(
    trainee, django_user_model, gatekeeping, lessons, django_capture_on_commit_callbacks
):
    """The first lesson unpublished: one trainee did only it, another only the
    second lesson and no check; neither is complete."""
    other = django_user_model.objects.create_user("other", "other@example.org")
    services.lesson_complete(user=trainee, lesson=lessons[0])
    services.lesson_complete(user=other, lesson=lessons[1])

    with django_capture_on_commit_callbacks(execute=True):
        lessons[0].unpublish()

    assert not ModuleCompletion.objects.exists()


def test_an_unpublished_module_is_completed_by_nobody(
    all_but_the_last_lesson, gatekeeping, lessons
):
    gatekeeping.unpublish()
    lessons[1].unpublish()

    assert services.module_completions_update(module=gatekeeping) == []
    assert not ModuleCompletion.objects.exists()
