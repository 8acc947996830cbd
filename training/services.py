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

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
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


def module_completions_update(*, module) -> list[ModuleCompletion]:
    """Record the completions of `module` that its content now allows (its last
    lesson someone had not done was unpublished, say, or its check removed): one
    for each trainee who meets its requirements and has none yet. Run again, it
    records nothing; it never removes one. Returns those recorded now."""
    if not module.live:
        return []  # an unpublished module is completed by nobody
    recorded = []
    for user in _trainees_without_completion(module):
        with transaction.atomic():
            _lock_trainee(user)
            if ModuleCompletion.objects.filter(user=user, module=module).exists():
                continue
            completion = _complete_module_if_done(
                user, module, _language_of(user, module)
            )
            if completion is not None:
                _summarise(user, module)
                recorded.append(completion)
    return recorded


def _trainees_without_completion(module):
    """Those with a live lesson of `module` done or its check passed, and no
    completion: the only ones its content changing can complete."""
    users = get_user_model().objects.exclude(module_completions__module=module)
    return (
        users.filter(
            Q(lesson_progress__lesson__in=selectors.live_lessons(module))
            | Q(check_attempts__module=module, check_attempts__passed=True)
        )
        .distinct()
        .order_by("pk")
    )


def _language_of(user, module):
    """A completion recorded in the background is in the language of the
    trainee's last passed check, else the one they read in."""
    attempt = (
        CheckAttempt.objects.filter(user=user, module=module, passed=True)
        .order_by("-submitted_at")
        .first()
    )
    if attempt is not None:
        return attempt.language
    profile = getattr(user, "staff_profile", None)
    if profile is not None and profile.preferred_language:
        return profile.preferred_language
    return settings.LANGUAGE_CODE


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
