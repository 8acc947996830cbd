"""The summary row of each person and module says what their records say: after
lessons, attempts and completions through the site, after duplicates and
concurrent requests, after the module's lessons change, and once filled in by
migration 0006 from records written before it."""

import importlib
import uuid

import pytest
from django.apps import apps as installed_apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from tests.races import in_parallel, needs_postgresql, reads
from training import services, summaries
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import (
    CheckAttempt,
    LessonProgress,
    ModuleCompletion,
    ModuleProgressSummary,
)

from .helpers import check_form, owned, right_answers, url_in, wrong_answers
from .test_services import submit

BACKFILL = "0006_module_progress_summaries"


def from_records(user, module):
    """What the raw records say, worked out record by record: None when the
    person has done nothing in the module."""
    live = {lesson.pk for lesson in module.get_children().live()}
    done = [
        progress
        for progress in LessonProgress.objects.filter(user=user)
        if progress.lesson_id in live
    ]
    attempts = list(CheckAttempt.objects.filter(user=user, module=module))
    completion = ModuleCompletion.objects.filter(user=user, module=module).first()
    if not (done or attempts or completion):
        return None
    times = [p.completed_at for p in done] + [a.submitted_at for a in attempts]
    if completion:
        times.append(completion.completed_at)
    return {
        "lessons_done": len(done),
        "attempts": len(attempts),
        "best_score": max((a.score for a in attempts), default=None),
        "passed": any(a.passed for a in attempts),
        "last_activity_at": max(times),
        "completed_at": completion and completion.completed_at,
        "completed_language": completion.language if completion else "",
    }


def summary_of(user, module):
    row = ModuleProgressSummary.objects.filter(user=user, module=module).first()
    return row and {name: getattr(row, name) for name in summaries.FIELDS}


def assert_summed_up(user, *modules):
    for module in modules:
        assert summary_of(user, module) == from_records(user, module)


def test_lessons_attempts_and_the_completion_through_the_site(
    trainee_client, trainee, gatekeeping, lessons
):
    assert summary_of(trainee, gatekeeping) is None

    trainee_client.post(
        url_in("en", lessons[0], "done"), owned(trainee_client, lessons[0])
    )
    assert summary_of(trainee, gatekeeping)["lessons_done"] == 1
    assert_summed_up(trainee, gatekeeping)

    check = url_in("vi", gatekeeping, "check")
    wrong = check_form(wrong_answers(gatekeeping))
    trainee_client.post(check, owned(trainee_client, gatekeeping, wrong))
    assert summary_of(trainee, gatekeeping)["attempts"] == 1
    assert summary_of(trainee, gatekeeping)["passed"] is False
    assert_summed_up(trainee, gatekeeping)

    right = check_form(right_answers(gatekeeping))
    trainee_client.post(check, owned(trainee_client, gatekeeping, right))
    trainee_client.post(check, owned(trainee_client, gatekeeping, right))  # again
    trainee_client.post(
        url_in("en", lessons[1], "done"), owned(trainee_client, lessons[1])
    )

    summary = summary_of(trainee, gatekeeping)
    assert (summary["lessons_done"], summary["attempts"], summary["best_score"]) == (
        2,
        2,
        100,
    )
    assert summary["passed"] and summary["completed_at"] is not None
    assert summary["completed_language"] == "en"  # completed by the last lesson
    assert_summed_up(trainee, gatekeeping)


def test_a_module_without_a_check_is_summed_up_by_its_lessons(trainee, training_index):
    module = TrainingModulePageFactory(parent=training_index)
    lesson = LessonPageFactory(parent=module)

    services.lesson_complete(user=trainee, lesson=lesson)
    services.lesson_complete(user=trainee, lesson=lesson)

    summary = summary_of(trainee, module)
    assert summary["lessons_done"] == 1 and summary["completed_at"] is not None
    assert_summed_up(trainee, module)


def test_the_same_answers_sent_twice_count_one_attempt(trainee, gatekeeping):
    token = uuid.uuid4()
    submit(trainee, gatekeeping, wrong_answers(gatekeeping), token)
    submit(trainee, gatekeeping, wrong_answers(gatekeeping), token)

    assert summary_of(trainee, gatekeeping)["attempts"] == 1
    assert_summed_up(trainee, gatekeeping)


def test_a_completion_recorded_later_is_summed_up(trainee, gatekeeping, lessons):
    """The check passed first, the lessons were done before a lesson was taken
    away: completing the module on request updates the row too."""
    services.lesson_complete(user=trainee, lesson=lessons[0])
    submit(trainee, gatekeeping, right_answers(gatekeeping))
    lessons[1].unpublish()
    assert summary_of(trainee, gatekeeping)["completed_at"] is None

    services.module_completion_update(user=trainee, module=gatekeeping)

    assert summary_of(trainee, gatekeeping)["completed_at"] is not None
    assert_summed_up(trainee, gatekeeping)


def test_changes_to_the_live_lessons_are_summed_up(
    trainee, training_index, gatekeeping, lessons
):
    other = TrainingModulePageFactory(parent=training_index)
    for lesson in lessons:
        services.lesson_complete(user=trainee, lesson=lesson)
    assert summary_of(trainee, gatekeeping)["lessons_done"] == 2

    lessons[0].unpublish()
    assert summary_of(trainee, gatekeeping)["lessons_done"] == 1
    assert_summed_up(trainee, gatekeeping)

    lessons[0].save_revision().publish()
    assert summary_of(trainee, gatekeeping)["lessons_done"] == 2

    lessons[1].move(other, pos="last-child")
    assert_summed_up(trainee, gatekeeping, other)
    assert summary_of(trainee, other)["lessons_done"] == 1

    lessons[0].delete()
    assert_summed_up(trainee, gatekeeping)
    assert LessonProgress.objects.filter(user=trainee).count() == 2  # records kept


def test_a_person_with_nothing_left_to_show_has_no_row(trainee, gatekeeping, lessons):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    lessons[0].unpublish()
    assert summary_of(trainee, gatekeeping) is None


def test_deleting_a_module_deletes_its_rows_and_keeps_the_records(
    trainee, gatekeeping, lessons
):
    for lesson in lessons:
        services.lesson_complete(user=trainee, lesson=lesson)
    submit(trainee, gatekeeping, right_answers(gatekeeping))

    gatekeeping.delete()

    assert not ModuleProgressSummary.objects.exists()
    assert ModuleCompletion.objects.filter(user=trainee).count() == 1
    assert LessonProgress.objects.filter(user=trainee).count() == 2


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_double_click_from_four_connections_counts_one_lesson(trainee, lessons):
    def click():
        services.lesson_complete(user=trainee, lesson=lessons[0])

    done = reads(LessonProgress._meta.db_table)
    assert in_parallel(*[click] * 4, pause_after=done) == []
    module = lessons[0].get_parent().specific
    assert summary_of(trainee, module)["lessons_done"] == 1
    assert_summed_up(trainee, module)


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_last_lesson_and_the_check_from_two_tabs_are_both_summed_up(
    trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])

    def last_lesson():
        services.lesson_complete(user=trainee, lesson=lessons[1])

    def passing_check():
        submit(trainee, gatekeeping, right_answers(gatekeeping))

    # Each held once it has read whether the other step is done.
    read_the_other = [
        reads(CheckAttempt._meta.db_table),
        reads(LessonProgress._meta.db_table),
    ]
    assert in_parallel(last_lesson, passing_check, pause_after=read_the_other) == []
    summary = summary_of(trainee, gatekeeping)
    assert (summary["lessons_done"], summary["attempts"]) == (2, 1)
    assert summary["completed_at"] is not None
    assert_summed_up(trainee, gatekeeping)


def records_written_directly(trainee, gatekeeping, lessons, django_user_model):
    """Records as they were before migration 0006: no summary rows."""
    other = django_user_model.objects.create_user("other", "other@example.org")
    for user in (trainee, other):
        services.lesson_complete(user=user, lesson=lessons[0])
    submit(trainee, gatekeeping, wrong_answers(gatekeeping))
    services.lesson_complete(user=trainee, lesson=lessons[1])
    submit(trainee, gatekeeping, right_answers(gatekeeping), language="ar")
    expected = {user.pk: from_records(user, gatekeeping) for user in (trainee, other)}
    ModuleProgressSummary.objects.all().delete()
    return expected


@pytest.mark.parametrize("models", ["historical", "current"])
def test_migration_0006_fills_the_rows_in_from_the_records(
    trainee, gatekeeping, lessons, django_user_model, models
):
    expected = records_written_directly(
        trainee, gatekeeping, lessons, django_user_model
    )
    migration = importlib.import_module(f"training.migrations.{BACKFILL}")
    if models == "historical":
        state = MigrationLoader(connection).project_state(("training", BACKFILL))
        apps = state.apps
    else:
        apps = installed_apps

    migration.fill_in_summaries(apps, None)
    migration.fill_in_summaries(apps, None)  # run again: the same rows

    assert ModuleProgressSummary.objects.count() == 2
    for user_id, figures in expected.items():
        assert summary_of(user_id, gatekeeping) == figures
    assert expected[trainee.pk]["completed_language"] == "ar"
