"""The services that write a trainee's records: idempotent, race-safe, forward only."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from tests.races import in_parallel, needs_postgresql, reads
from training import selectors, services
from training.factories import (
    CheckQuestionFactory,
    LessonPageFactory,
    TrainingModulePageFactory,
)
from training.models import (
    AttemptAnswer,
    CheckAttempt,
    CheckQuestion,
    LessonProgress,
    ModuleCompletion,
)

from .helpers import right_answers, wrong_answers


def submit(user, module, answers, token=None, language="en"):
    return services.check_attempt_submit(
        user=user,
        module=module,
        answers=answers,
        client_token=token or uuid.uuid4(),
        language=language,
    )


def complete_every_lesson(user, lessons):
    for lesson in lessons:
        services.lesson_complete(user=user, lesson=lesson)


class InsertedByAnotherRequest:
    """Run `insert` right after the first query on `table` has read it: another
    request's row appears between this request's look-up and its own insert."""

    def __init__(self, table, insert):
        self.table, self.insert, self.done = table, insert, False

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not self.done and sql.startswith("SELECT") and self.table in sql:
            self.done = True
            self.insert()
        return result


def test_marking_a_lesson_done_twice_keeps_one_record(trainee, lessons):
    first = services.lesson_complete(user=trainee, lesson=lessons[0])
    again = services.lesson_complete(user=trainee, lesson=lessons[0])

    assert again.pk == first.pk
    assert again.completed_at == first.completed_at
    assert LessonProgress.objects.filter(user=trainee).count() == 1


def test_a_lesson_marked_done_by_a_concurrent_request_is_returned_not_doubled(
    trainee, lessons
):
    """The look-up misses, another request inserts, our insert hits the unique
    constraint: the service answers with the other request's row."""
    lesson = lessons[0]
    other = InsertedByAnotherRequest(
        LessonProgress._meta.db_table,
        lambda: LessonProgress.objects.create(user=trainee, lesson=lesson),
    )
    with connection.execute_wrapper(other):
        progress = services.lesson_complete(user=trainee, lesson=lesson)

    assert other.done
    assert list(LessonProgress.objects.filter(user=trainee)) == [progress]


def test_an_attempt_keeps_every_answer_and_its_score(trainee, gatekeeping):
    answers = right_answers(gatekeeping)
    first_question = min(answers)
    answers[first_question] = wrong_answers(gatekeeping)[first_question]

    submitted = submit(trainee, gatekeeping, answers, language="vi")

    attempt = submitted.attempt
    assert submitted.created
    assert (attempt.correct_count, attempt.question_count) == (2, 3)
    assert (attempt.score, attempt.pass_mark, attempt.passed) == (66, 60, True)
    assert attempt.language == "vi"
    stored = {
        a.question_key: (a.option_keys, a.is_correct) for a in attempt.answers.all()
    }
    assert stored == {
        key: (options, key != first_question) for key, options in answers.items()
    }


def test_the_score_is_never_rounded_up_to_a_pass(trainee, gatekeeping):
    gatekeeping.pass_mark = 67
    gatekeeping.save()
    answers = right_answers(gatekeeping)
    first_question = min(answers)
    answers[first_question] = wrong_answers(gatekeeping)[first_question]

    attempt = submit(trainee, gatekeeping, answers).attempt

    assert (attempt.score, attempt.passed) == (66, False)


def test_the_same_form_sent_again_returns_the_first_attempt(trainee, gatekeeping):
    token = uuid.uuid4()
    first = submit(trainee, gatekeeping, wrong_answers(gatekeeping), token)
    again = submit(trainee, gatekeeping, right_answers(gatekeeping), token)

    assert not again.created
    assert again.attempt.pk == first.attempt.pk
    assert not again.attempt.passed
    assert CheckAttempt.objects.count() == 1
    assert AttemptAnswer.objects.count() == 3


def test_an_attempt_recorded_by_a_concurrent_request_is_returned_not_doubled(
    trainee, gatekeeping
):
    token = uuid.uuid4()

    def insert():
        CheckAttempt.objects.create(
            user=trainee,
            module=gatekeeping,
            client_token=token,
            language="en",
            question_count=3,
            correct_count=0,
            score=0,
            pass_mark=60,
            passed=False,
        )

    other = InsertedByAnotherRequest(CheckAttempt._meta.db_table, insert)
    with connection.execute_wrapper(other):
        submitted = submit(trainee, gatekeeping, right_answers(gatekeeping), token)

    assert other.done
    assert not submitted.created
    assert list(CheckAttempt.objects.all()) == [submitted.attempt]
    assert not AttemptAnswer.objects.exists()


def test_a_token_used_for_another_module_is_refused(trainee, gatekeeping):
    other_module = TrainingModulePageFactory(parent=gatekeeping.get_parent())
    CheckQuestionFactory(module=other_module)
    token = uuid.uuid4()
    submit(trainee, other_module, right_answers(other_module), token)

    with pytest.raises(ValidationError):
        submit(trainee, gatekeeping, right_answers(gatekeeping), token)
    assert CheckAttempt.objects.count() == 1


def test_a_module_is_completed_once_all_lessons_are_done_and_the_check_passed(
    trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    submit(trainee, gatekeeping, right_answers(gatekeeping))
    assert not ModuleCompletion.objects.exists()

    services.lesson_complete(user=trainee, lesson=lessons[1])

    completion = ModuleCompletion.objects.get()
    assert (completion.user, completion.module) == (trainee, gatekeeping)
    assert completion.module_title == gatekeeping.title


def test_passing_the_check_last_completes_the_module_in_the_language_used(
    trainee, gatekeeping, lessons
):
    complete_every_lesson(trainee, lessons)
    submit(trainee, gatekeeping, wrong_answers(gatekeeping))
    assert not ModuleCompletion.objects.exists()

    submit(trainee, gatekeeping, right_answers(gatekeeping), language="ar")

    assert ModuleCompletion.objects.get().language == "ar"


def test_one_completion_whatever_language_the_module_is_taken_in_again(
    trainee, gatekeeping, lessons
):
    complete_every_lesson(trainee, lessons)
    submit(trainee, gatekeeping, right_answers(gatekeeping), language="id")
    submit(trainee, gatekeeping, right_answers(gatekeeping), language="vi")
    services.module_completion_update(user=trainee, module=gatekeeping, language="ar")

    assert ModuleCompletion.objects.get().language == "id"


def test_a_module_without_questions_is_completed_by_its_lessons(
    trainee, training_index
):
    module = TrainingModulePageFactory(parent=training_index)
    lesson = LessonPageFactory(parent=module)

    services.lesson_complete(user=trainee, lesson=lesson)

    assert ModuleCompletion.objects.filter(user=trainee, module=module).exists()


def test_progress_only_moves_forward(trainee, gatekeeping, lessons):
    complete_every_lesson(trainee, lessons)
    submit(trainee, gatekeeping, right_answers(gatekeeping))
    completion = ModuleCompletion.objects.get()
    first_done = list(LessonProgress.objects.values_list("pk", "completed_at"))

    submit(trainee, gatekeeping, wrong_answers(gatekeeping))
    complete_every_lesson(trainee, lessons)
    services.module_completion_update(user=trainee, module=gatekeeping)

    assert list(ModuleCompletion.objects.all()) == [completion]
    assert ModuleCompletion.objects.get().completed_at == completion.completed_at
    assert list(LessonProgress.objects.values_list("pk", "completed_at")) == first_done
    assert CheckAttempt.objects.filter(passed=True).count() == 1


def test_completion_is_not_recorded_for_someone_who_has_not_finished(
    trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    submit(trainee, gatekeeping, right_answers(gatekeeping))

    assert services.module_completion_update(user=trainee, module=gatekeeping) is None
    assert not ModuleCompletion.objects.exists()


def test_a_lesson_added_later_shows_as_new_and_keeps_the_completion(
    trainee, gatekeeping, lessons
):
    complete_every_lesson(trainee, lessons)
    submit(trainee, gatekeeping, right_answers(gatekeeping))
    added = LessonPageFactory(parent=gatekeeping, title="Monitoring after return")

    progress = selectors.module_progress(trainee, gatekeeping)

    assert progress.completion == ModuleCompletion.objects.get()
    assert [state for _lesson, state in progress.lesson_states] == [
        selectors.DONE,
        selectors.DONE,
        selectors.NEW,
    ]
    assert progress.new_lessons == [added]
    services.lesson_complete(user=trainee, lesson=added)
    assert ModuleCompletion.objects.count() == 1


def test_a_lesson_added_before_completion_is_simply_to_do(
    trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    LessonPageFactory(parent=gatekeeping)

    progress = selectors.module_progress(trainee, gatekeeping)

    assert [state for _lesson, state in progress.lesson_states] == [
        selectors.DONE,
        selectors.TO_DO,
        selectors.TO_DO,
    ]


def test_an_unpublished_lesson_no_longer_holds_a_trainee_back(
    trainee, gatekeeping, lessons
):
    services.lesson_complete(user=trainee, lesson=lessons[0])
    submit(trainee, gatekeeping, right_answers(gatekeeping))
    lessons[1].unpublish()

    services.module_completion_update(user=trainee, module=gatekeeping)

    assert ModuleCompletion.objects.filter(user=trainee).exists()
    assert LessonProgress.objects.filter(user=trainee).count() == 1


def test_deleting_content_keeps_every_learner_record(trainee, gatekeeping, lessons):
    complete_every_lesson(trainee, lessons)
    attempt = submit(trainee, gatekeeping, right_answers(gatekeeping)).attempt
    title = gatekeeping.title

    CheckQuestion.objects.filter(module=gatekeeping).delete()
    lessons[0].delete()
    gatekeeping.delete()

    assert LessonProgress.objects.filter(user=trainee).count() == 2
    assert LessonProgress.objects.filter(lesson__isnull=True).count() == 2
    attempt.refresh_from_db()
    assert attempt.module is None and attempt.passed
    assert attempt.answers.count() == 3
    completion = ModuleCompletion.objects.get(user=trainee)
    assert completion.module is None and completion.module_title == title


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_last_lesson_and_the_check_sent_from_two_tabs_at_once_complete_the_module(
    trainee, gatekeeping, lessons
):
    """Without the lock on the trainee, each request would miss the other's
    uncommitted write and neither would record the completion."""
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
    assert ModuleCompletion.objects.filter(user=trainee).count() == 1


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_double_click_from_two_connections_records_one_lesson(trainee, lessons):
    """Four requests held after reading that the lesson is not done yet (when
    nothing serialises them, all four then insert)."""
    results = []

    def click():
        results.append(services.lesson_complete(user=trainee, lesson=lessons[0]))

    done = reads(LessonProgress._meta.db_table)
    assert in_parallel(*[click] * 4, pause_after=done) == []
    assert len({progress.pk for progress in results}) == 1
    assert LessonProgress.objects.filter(user=trainee).count() == 1
