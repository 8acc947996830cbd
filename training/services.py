"""Every write to a trainee's records: idempotent, race-safe, forward only.

Each function runs in one transaction that first locks the trainee's user row,
so that one person's concurrent requests (a double click, a retry, two tabs)
write one after the other. The unique constraints are the last line: a lost
race ends in an IntegrityError, answered with the row the other request wrote.
Nothing here deletes or downgrades a record.
"""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from . import grading, selectors, summaries
from .certificates import codes
from .models.records import (
    AttemptAnswer,
    CheckAttempt,
    LessonProgress,
    ModuleCompletion,
)

# Drawing a code already taken is unlikely (60 random bits); three times running,
# impossible in practice.
CODE_ATTEMPTS = 3


@dataclass(frozen=True)
class SubmittedAttempt:
    attempt: CheckAttempt
    created: bool


def lesson_complete(*, user, lesson) -> LessonProgress:
    """Record that `user` did `lesson` (once, however often it is asked)."""
    with transaction.atomic():
        _lock_trainee(user)
        progress, created = LessonProgress.objects.get_or_create(
            user=user, lesson=lesson
        )
        if created:
            module = selectors.module_of(lesson)
            if module is not None:
                _complete_module_if_done(user, module, translation.get_language())
                _summarise(user, module)
    return progress


def check_attempt_submit(
    *,
    user,
    module,
    answers: Mapping[int, Sequence[int]],
    client_token: uuid.UUID,
    language: str | None = None,
) -> SubmittedAttempt:
    """Mark and keep one attempt at `module`'s knowledge check.

    The same `client_token` sent again returns the first attempt. Answers that
    do not fit the check raise ValidationError, and nothing is recorded.
    """
    language = language or translation.get_language()
    questions = module.questions()
    with transaction.atomic():
        _lock_trainee(user)
        earlier = CheckAttempt.objects.filter(
            user=user, client_token=client_token
        ).first()
        if earlier is not None:
            return _repeated(earlier, module)
        grade = grading.grade(questions, answers)
        try:
            with transaction.atomic():
                attempt = CheckAttempt.objects.create(
                    user=user,
                    module=module,
                    client_token=client_token,
                    language=language,
                    question_count=grade.question_count,
                    correct_count=grade.correct_count,
                    score=grade.score,
                    pass_mark=module.pass_mark,
                    passed=grade.passes(module.pass_mark),
                )
        except IntegrityError:
            earlier = CheckAttempt.objects.get(user=user, client_token=client_token)
            return _repeated(earlier, module)
        AttemptAnswer.objects.bulk_create(
            AttemptAnswer(
                attempt=attempt,
                question_key=answer.question_key,
                option_keys=answer.option_keys,
                is_correct=answer.is_correct,
            )
            for answer in grade.answers
        )
        if attempt.passed:
            _complete_module_if_done(user, module, language)
        _summarise(user, module)
    return SubmittedAttempt(attempt, created=True)


def module_completion_update(
    *, user, module, language: str | None = None
) -> ModuleCompletion | None:
    """Record that `user` completed `module` if every live lesson is done and the
    check (if it has one) is passed; never removes a completion."""
    with transaction.atomic():
        _lock_trainee(user)
        completion = _complete_module_if_done(
            user, module, language or translation.get_language()
        )
        if completion is not None:
            _summarise(user, module)
        return completion


def _lock_trainee(user):
    # Without it, a lesson marked done in one tab and the check passed in another
    # would each miss the other's uncommitted write, and the module would stay
    # uncompleted although both requirements are met.
    list(
        get_user_model()
        .objects.select_for_update()
        .filter(pk=user.pk)
        .values_list("pk", flat=True)
    )


def _summarise(user, module):
    # In the same transaction as the record, under the trainee's lock: the
    # summary never says more or less than the records committed with it.
    summaries.refresh(user_ids=[user.pk], modules=[module], prune=False)


def _repeated(attempt, module):
    if attempt.module_id != module.pk:
        raise ValidationError(grading.NOT_AN_OPTION, code="foreign_token")
    return SubmittedAttempt(attempt, created=False)


def _complete_module_if_done(user, module, language):
    completion = ModuleCompletion.objects.filter(user=user, module=module).first()
    if completion is not None or not selectors.requirements_met(user, module):
        return completion
    for attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                return ModuleCompletion.objects.create(
                    user=user,
                    module=module,
                    module_title=module.title,
                    cpd_hours=module.cpd_hours,
                    language=language,
                    verification_code=codes.new_code(),
                )
        except IntegrityError:
            # Another request completed the module first; or, once in a great
            # many years, the new code was taken: draw another.
            completion = ModuleCompletion.objects.filter(
                user=user, module=module
            ).first()
            if completion is not None:
                return completion
            if attempt == CODE_ATTEMPTS - 1:
                raise
