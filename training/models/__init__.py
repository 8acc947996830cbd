from .checks import CheckOption, CheckQuestion, QuestionKind
from .pages import AudienceRole, LessonPage, TrainingIndexPage, TrainingModulePage
from .records import AttemptAnswer, CheckAttempt, LessonProgress, ModuleCompletion

__all__ = [
    "AttemptAnswer",
    "AudienceRole",
    "CheckAttempt",
    "CheckOption",
    "CheckQuestion",
    "LessonPage",
    "LessonProgress",
    "ModuleCompletion",
    "QuestionKind",
    "TrainingIndexPage",
    "TrainingModulePage",
]
