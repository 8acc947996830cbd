from .assignments import Assignment, Reminder, SupervisorDigest
from .checks import CheckOption, CheckQuestion, QuestionKind
from .pages import AudienceRole, LessonPage, TrainingIndexPage, TrainingModulePage
from .records import (
    AttemptAnswer,
    CheckAttempt,
    LessonProgress,
    ModuleCompletion,
    ModuleProgressSummary,
)

__all__ = [
    "Assignment",
    "AttemptAnswer",
    "AudienceRole",
    "CheckAttempt",
    "CheckOption",
    "CheckQuestion",
    "LessonPage",
    "LessonProgress",
    "ModuleCompletion",
    "ModuleProgressSummary",
    "QuestionKind",
    "Reminder",
    "SupervisorDigest",
    "TrainingIndexPage",
    "TrainingModulePage",
]
