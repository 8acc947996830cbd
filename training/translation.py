from modeltranslation.translator import TranslationOptions, register

from .models import (
    CheckOption,
    CheckQuestion,
    LessonPage,
    TrainingIndexPage,
    TrainingModulePage,
)


@register(TrainingIndexPage)
class TrainingIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(TrainingModulePage)
class TrainingModulePageTranslation(TranslationOptions):
    fields = ("summary", "learning_objectives")


@register(LessonPage)
class LessonPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(CheckQuestion)
class CheckQuestionTranslation(TranslationOptions):
    fields = ("text",)


@register(CheckOption)
class CheckOptionTranslation(TranslationOptions):
    fields = ("text", "feedback")
