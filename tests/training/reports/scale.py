"""A centre of any size, written in bulk: for query counts and the bench."""

import datetime
import uuid

from django.utils import timezone

from portal.accounts.models import JobRole
from training import summaries
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import (
    Assignment,
    CheckAttempt,
    LessonProgress,
    ModuleCompletion,
)

from .conftest import make_staff


def build_centre(training_index, centre, *, staff, modules, lessons_per_module=2):
    """`staff` approved staff (social workers and counsellors in turn) and
    `modules` modules; person i in module j has completed it when
    (i + j) % 3 == 0, is in progress when it is 1, else has not started.
    Returns the modules."""
    made = []
    for _module in range(modules):
        module = TrainingModulePageFactory(parent=training_index, pass_mark=50)
        lessons = [
            LessonPageFactory(parent=module) for _lesson in range(lessons_per_module)
        ]
        made.append((module, lessons))
    roles = (JobRole.SOCIAL_WORKER, JobRole.COUNSELLOR)
    people = [
        make_staff(centre, f"Person {number:04}", role=roles[number % 2])
        for number in range(staff)
    ]
    now = timezone.now()
    progress, attempts, completions = [], [], []
    for i, user in enumerate(people):
        for j, (module, lessons) in enumerate(made):
            state = (i + j) % 3
            if state == 2:
                continue
            done = lessons if state == 0 else lessons[:1]
            progress += [
                LessonProgress(user=user, lesson=lesson, completed_at=now)
                for lesson in done
            ]
            attempts.append(
                CheckAttempt(
                    user=user,
                    module=module,
                    client_token=uuid.uuid4(),
                    language="en",
                    question_count=2,
                    correct_count=2 if state == 0 else 0,
                    score=100 if state == 0 else 0,
                    pass_mark=50,
                    passed=state == 0,
                )
            )
            if state == 0:
                completions.append(
                    ModuleCompletion(
                        user=user,
                        module=module,
                        module_title=module.title,
                        completed_at=now,
                        language="en",
                    )
                )
    LessonProgress.objects.bulk_create(progress)
    CheckAttempt.objects.bulk_create(attempts)
    ModuleCompletion.objects.bulk_create(completions)
    summaries.refresh(user_ids=[user.pk for user in people])
    return [module for module, _lessons in made]


def assign_at_scale(centre, modules, *, due_on=None):
    """Every module to the whole centre, due yesterday (some are overdue), and
    the first to the counsellors again, due in a month (written directly)."""
    today = timezone.localdate()
    everybody = Assignment.objects.create(
        centre=centre, due_on=due_on or today - datetime.timedelta(days=1)
    )
    everybody.modules.set(modules)
    counsellors = Assignment.objects.create(
        centre=centre,
        job_role=JobRole.COUNSELLOR,
        due_on=today + datetime.timedelta(days=30),
    )
    counsellors.modules.set(modules[:1])
    return [everybody, counsellors]
