"""Reads of training content and of one trainee's progress, at fixed query counts."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from wagtail.models import Page

from portal.i18n.languages import language_codes, localized_field

from .access import Audience
from .models import (
    CheckAttempt,
    CheckQuestion,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    TrainingModulePage,
)

DONE, NEW, TO_DO = "done", "new", "to_do"
SUGGESTION_LIMIT = 3


def live_modules(under=None):
    modules = TrainingModulePage.objects.live().select_related("topic")
    if under is not None:
        modules = modules.child_of(under)
    return modules.order_by("path")


def live_lessons(module=None):
    """Live lessons in the editor's order, without their bodies (lists only)."""
    body_columns = [localized_field("body", code) for code in language_codes()]
    lessons = LessonPage.objects.live().defer("body", *body_columns)
    if module is not None:
        lessons = lessons.child_of(module)
    return lessons.order_by("path")


def module_of(lesson):
    """The lesson's module, with `has_check`: its last lesson leads to the check."""
    questions = CheckQuestion.objects.filter(module=OuterRef("pk"))
    return (
        TrainingModulePage.objects.parent_of(lesson)
        .annotate(has_check=Exists(questions))
        .first()
    )


def modules_open_to(user, modules):
    audience = Audience(user)
    return [module for module in modules if audience.may_open(module)]


def lesson_is_done(user, lesson):
    return LessonProgress.objects.filter(user=user, lesson=lesson).exists()


def requirements_met(user, module):
    """Every live lesson of `module` done by `user`, and its check passed (if any)."""
    done = LessonProgress.objects.filter(user=user, lesson=OuterRef("pk"))
    if live_lessons(module).filter(~Exists(done)).exists():
        return False
    if not module.check_questions.exists():
        return True
    return CheckAttempt.objects.filter(user=user, module=module, passed=True).exists()


@dataclass
class ModuleProgress:
    """One trainee's way through one module."""

    module: object
    lessons: list
    done_ids: set
    has_check: bool
    check_passed: bool
    completion: ModuleCompletion | None = None
    attempted: bool = False

    def state_of(self, lesson):
        if lesson.pk in self.done_ids:
            return DONE
        # Every lesson was done when the module was completed: any lesson not
        # done now was added since.
        return NEW if self.completion else TO_DO

    @property
    def lesson_states(self):
        return [(lesson, self.state_of(lesson)) for lesson in self.lessons]

    @property
    def lessons_done(self):
        return sum(lesson.pk in self.done_ids for lesson in self.lessons)

    @property
    def new_lessons(self):
        return [lesson for lesson in self.lessons if self.state_of(lesson) == NEW]

    @property
    def steps(self):
        return len(self.lessons) + self.has_check

    @property
    def steps_done(self):
        return self.lessons_done + (self.has_check and self.check_passed)

    @property
    def percent(self):
        return self.steps_done * 100 // self.steps if self.steps else 0

    @property
    def is_started(self):
        return self.lessons_done > 0 or self.attempted

    @property
    def next_lesson(self):
        to_do = (lesson for lesson in self.lessons if lesson.pk not in self.done_ids)
        return next(to_do, None)

    @property
    def check_is_next(self):
        return self.next_lesson is None and self.has_check and not self.check_passed

    @property
    def lessons_not_done(self):
        return [lesson for lesson in self.lessons if lesson.pk not in self.done_ids]


def module_progress(user, module, lessons=None):
    """`user`'s progress through `module` (four queries, five without `lessons`)."""
    if lessons is None:
        lessons = list(live_lessons(module))
    attempts_passed = list(
        CheckAttempt.objects.filter(user=user, module=module).values_list(
            "passed", flat=True
        )
    )
    return ModuleProgress(
        module=module,
        lessons=lessons,
        done_ids=set(
            LessonProgress.objects.filter(user=user, lesson__in=lessons).values_list(
                "lesson_id", flat=True
            )
        ),
        has_check=module.check_questions.exists(),
        check_passed=any(attempts_passed),
        completion=ModuleCompletion.objects.filter(user=user, module=module).first(),
        attempted=bool(attempts_passed),
    )


@dataclass
class CheckSummary:
    attempts: int
    best_score: int | None
    passed: bool


def check_summary(user, module):
    scores = list(
        CheckAttempt.objects.filter(user=user, module=module).values_list(
            "score", "passed"
        )
    )
    return CheckSummary(
        attempts=len(scores),
        best_score=max((score for score, _passed in scores), default=None),
        passed=any(passed for _score, passed in scores),
    )


def attempt_of(user, module, attempt_id):
    return CheckAttempt.objects.filter(pk=attempt_id, user=user, module=module).first()


@dataclass
class ReviewedOption:
    option: object
    chosen: bool


@dataclass
class ReviewedQuestion:
    question: object
    is_correct: bool
    options: list = field(default_factory=list)
    number: int = 0  # as numbered on the check


@dataclass
class CheckResult:
    """An attempt, reviewed, and where it leaves the trainee in the module."""

    attempt: CheckAttempt
    review: list
    progress: ModuleProgress

    @property
    def completion(self):
        return self.progress.completion

    @property
    def questions_to_review(self):
        return [item for item in self.review if not item.is_correct]

    @property
    def lessons_to_do(self):
        return self.progress.lessons_not_done


def check_result(user, module, attempt):
    """`attempt` reviewed, with `user`'s progress through `module`."""
    return CheckResult(
        attempt=attempt,
        review=attempt_review(attempt, module.questions()),
        progress=module_progress(user, module),
    )


def attempt_review(attempt, questions):
    """The check as the trainee answered it, with the feedback of each option.

    Questions added since the attempt are left out; the score stays as marked.
    """
    answers = {answer.question_key: answer for answer in attempt.answers.all()}
    review = []
    for number, question in enumerate(questions, start=1):
        answer = answers.get(question.pk)
        if answer is None:
            continue
        chosen = set(answer.option_keys)
        review.append(
            ReviewedQuestion(
                question=question,
                is_correct=answer.is_correct,
                options=[
                    ReviewedOption(option, option.pk in chosen)
                    for option in question.options.all()
                ],
                number=number,
            )
        )
    return review


@dataclass
class MyTraining:
    in_progress: list
    completed: list
    suggested: list

    @property
    def is_new(self):
        """Nothing begun at all: a module completed was begun too."""
        return not self.in_progress and not self.completed


@dataclass
class CompletedModule:
    completion: ModuleCompletion
    progress: ModuleProgress | None


def my_training(user):
    """A trainee's started and completed modules, and what to take next."""
    modules = list(live_modules())
    lessons_by_module = _lessons_by_parent(list(live_lessons()))
    done_ids = set(
        LessonProgress.objects.filter(user=user).values_list("lesson_id", flat=True)
    )
    attempts = list(
        CheckAttempt.objects.filter(user=user).values_list("module_id", "passed")
    )
    with_check = set(CheckQuestion.objects.values_list("module_id", flat=True))
    completions = list(
        ModuleCompletion.objects.filter(user=user).order_by("-completed_at")
    )
    completed_ids = {completion.module_id for completion in completions}
    completion_of = {completion.module_id: completion for completion in completions}
    progress = {
        module.pk: ModuleProgress(
            module=module,
            lessons=lessons_by_module.get(module.path, []),
            done_ids=done_ids,
            has_check=module.pk in with_check,
            check_passed=(module.pk, True) in attempts,
            completion=completion_of.get(module.pk),
            attempted=any(module_id == module.pk for module_id, _ in attempts),
        )
        for module in modules
    }
    return MyTraining(
        in_progress=[
            item
            for item in progress.values()
            if item.is_started and item.completion is None
        ],
        completed=[
            CompletedModule(completion, progress.get(completion.module_id))
            for completion in completions
        ],
        suggested=_suggestions(user, modules, progress, completed_ids),
    )


def _lessons_by_parent(lessons):
    grouped = {}
    for lesson in lessons:
        grouped.setdefault(lesson.path[: -Page.steplen], []).append(lesson)
    return grouped


def _suggestions(user, modules, progress, completed_ids):
    """Modules not started whose prerequisites are all completed; first those that
    follow on from a module the trainee completed."""
    links = TrainingModulePage.prerequisites.through.objects.values_list(
        "from_trainingmodulepage_id", "to_trainingmodulepage_id"
    )
    required = {}
    for module_id, prerequisite_id in links:
        required.setdefault(module_id, set()).add(prerequisite_id)
    audience = Audience(user)
    candidates = [
        module
        for module in modules
        if not progress[module.pk].is_started
        and module.pk not in completed_ids
        and required.get(module.pk, set()) <= completed_ids
        and audience.may_open(module)
    ]

    def follows_on(module):
        return bool(required.get(module.pk, set()) & completed_ids)

    candidates.sort(key=follows_on, reverse=True)  # stable: tree order within
    return candidates[:SUGGESTION_LIMIT]
