"""A certificate is issued with the completion: one code per person and module,
fixed at completion, never revoked."""

import itertools
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor

from tests.races import in_parallel, needs_postgresql, reads
from training import services
from training.certificates import codes
from training.factories import LessonPageFactory
from training.models import CheckAttempt, LessonProgress, ModuleCompletion

from ..test_services import InsertedByAnotherRequest
from .conftest import complete


def test_a_completion_is_issued_a_code_and_keeps_the_module_s_cpd_hours(
    trainee, gatekeeping
):
    completion = complete(trainee, gatekeeping)

    assert codes.normalise(completion.verification_code) == (
        completion.verification_code
    )
    assert completion.printed_code == codes.grouped(completion.verification_code)
    assert completion.cpd_hours == Decimal("1.5")


def test_editing_the_module_later_does_not_change_an_issued_certificate(
    trainee, gatekeeping
):
    completion = complete(trainee, gatekeeping)
    gatekeeping.cpd_hours = Decimal("3")
    gatekeeping.save()

    completion.refresh_from_db()
    services.module_completion_update(user=trainee, module=gatekeeping)

    assert completion.cpd_hours == Decimal("1.5")
    assert ModuleCompletion.objects.get().verification_code == (
        completion.verification_code
    )


def test_every_repeated_or_retried_request_keeps_one_completion_and_one_code(
    trainee, gatekeeping, lessons
):
    first = complete(trainee, gatekeeping)

    complete(trainee, gatekeeping)  # every lesson and a passing check again
    for language in ("en", "id", "vi", "ar"):
        services.module_completion_update(
            user=trainee, module=gatekeeping, language=language
        )
    services.lesson_complete(user=trainee, lesson=lessons[0])

    assert list(ModuleCompletion.objects.values_list("pk", "verification_code")) == [
        (first.pk, first.verification_code)
    ]


def test_a_completion_recorded_by_a_concurrent_request_is_returned_with_its_code(
    trainee, gatekeeping, lessons
):
    for lesson in lessons:
        LessonProgress.objects.create(user=trainee, lesson=lesson)
    CheckAttempt.objects.create(
        user=trainee,
        module=gatekeeping,
        client_token="6f1b5bb2-6d8c-4a3e-9a55-0d1b0f0e7c11",
        language="en",
        question_count=3,
        correct_count=3,
        score=100,
        pass_mark=60,
        passed=True,
    )
    other = InsertedByAnotherRequest(
        ModuleCompletion._meta.db_table,
        lambda: ModuleCompletion.objects.create(
            user=trainee, module=gatekeeping, module_title="x", language="vi"
        ),
    )

    with connection.execute_wrapper(other):
        completion = services.module_completion_update(user=trainee, module=gatekeeping)

    assert other.done
    assert list(ModuleCompletion.objects.all()) == [completion]
    assert completion.language == "vi"


def test_a_code_already_issued_is_drawn_again(
    trainee, gatekeeping, holder_in, monkeypatch
):
    issued = complete(holder_in("en"), gatekeeping)
    drawn = iter([issued.verification_code, "7KQ4M2XD9PAF"])
    monkeypatch.setattr(codes, "new_code", lambda: next(drawn))

    completion = complete(trainee, gatekeeping)

    assert completion.verification_code == "7KQ4M2XD9PAF"
    assert ModuleCompletion.objects.count() == 2


def test_a_code_that_cannot_be_drawn_fails_loudly_and_records_nothing(
    trainee, gatekeeping, holder_in, monkeypatch
):
    issued = complete(holder_in("en"), gatekeeping)
    monkeypatch.setattr(
        codes, "new_code", itertools.repeat(issued.verification_code).__next__
    )

    with pytest.raises(IntegrityError):
        complete(trainee, gatekeeping)

    assert not ModuleCompletion.objects.filter(user=trainee).exists()


def test_a_lesson_added_after_completion_does_not_revoke_the_certificate(
    trainee, gatekeeping
):
    completion = complete(trainee, gatekeeping)
    added = LessonPageFactory(parent=gatekeeping, title="Monitoring after return")

    services.module_completion_update(user=trainee, module=gatekeeping)
    still = ModuleCompletion.objects.get(user=trainee)
    services.lesson_complete(user=trainee, lesson=added)

    assert (still.pk, still.verification_code, still.completed_at) == (
        completion.pk,
        completion.verification_code,
        completion.completed_at,
    )
    assert ModuleCompletion.objects.get().verification_code == (
        completion.verification_code
    )


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_four_connections_completing_at_once_issue_one_certificate(
    trainee, gatekeeping, lessons
):
    for lesson in lessons:
        LessonProgress.objects.create(user=trainee, lesson=lesson)
    CheckAttempt.objects.create(
        user=trainee,
        module=gatekeeping,
        client_token="0c6a8c1e-52c4-4a0b-9d1e-3b8b1b2f4a10",
        language="en",
        question_count=3,
        correct_count=3,
        score=100,
        pass_mark=60,
        passed=True,
    )
    issued = []

    def complete_now():
        issued.append(
            services.module_completion_update(user=trainee, module=gatekeeping)
        )

    # Each held after finding no completion yet: all four then try to insert one.
    found = reads(ModuleCompletion._meta.db_table)
    assert in_parallel(*[complete_now] * 4, pause_after=found) == []
    assert len({(c.pk, c.verification_code) for c in issued}) == 1
    assert ModuleCompletion.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_issues_a_code_to_every_earlier_completion(trainee, gatekeeping):
    """Completions recorded before certificates existed get a code each and the
    module's CPD hours."""
    before = [("training", "0001_initial")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model(
        "training", "ModuleCompletion"
    )
    for number in range(3):
        old.objects.create(
            user_id=trainee.pk,
            module_id=gatekeeping.pk if number == 2 else None,
            module_title=f"Module {number}",
            language="en",
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    # Back to the latest migrations, or later tests find tables missing.
    executor.migrate(executor.loader.graph.leaf_nodes())

    rows = list(
        ModuleCompletion.objects.order_by("pk").values_list(
            "verification_code", "cpd_hours"
        )
    )
    assert len({code for code, _hours in rows}) == 3
    assert all(codes.normalise(code) == code for code, _hours in rows)
    assert [hours for _code, hours in rows] == [0, 0, Decimal("1.5")]
