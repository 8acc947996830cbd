import factory

from portal.pages.factories import SourceLanguagePageFactory

from .models import (
    AudienceRole,
    CheckOption,
    CheckQuestion,
    LessonPage,
    QuestionKind,
    TrainingIndexPage,
    TrainingModulePage,
)


class TrainingIndexPageFactory(SourceLanguagePageFactory):
    title = "Training"
    slug = "training"
    title_en = "Training"
    slug_en = "training"

    class Meta:
        model = TrainingIndexPage


class TrainingModulePageFactory(SourceLanguagePageFactory):
    title = factory.Sequence(lambda n: f"Gatekeeping, part {n}")
    slug = factory.Sequence(lambda n: f"gatekeeping-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    summary = "Place a child in residential care only when it is truly necessary."
    summary_en = factory.SelfAttribute("summary")
    learning_objectives_en = (
        "Explain why family-based care comes first\n"
        "Name the steps from referral to follow-up"
    )
    audience_roles = factory.LazyFunction(
        lambda: [AudienceRole.SOCIAL_WORKER, AudienceRole.COUNSELLOR]
    )
    estimated_minutes = 45
    cpd_hours = "1.5"
    pass_mark = 80

    class Meta:
        model = TrainingModulePage
        skip_postgeneration_save = True

    @factory.post_generation
    def prerequisites(self, create, extracted, **kwargs):
        if create and extracted:
            self.prerequisites.set(extracted)
            self.save()  # parental relations are written when the page is saved


class LessonPageFactory(SourceLanguagePageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.SelfAttribute("slug")
    summary_en = "Who spots a child at risk, and how a referral reaches the team."

    class Meta:
        model = LessonPage


class CheckQuestionFactory(factory.django.DjangoModelFactory):
    """A question with its answers: `options` is a list of (text, is_correct)."""

    module = factory.SubFactory(TrainingModulePageFactory)
    text = factory.Sequence(lambda n: f"Question {n}")
    text_en = factory.SelfAttribute("text")
    kind = QuestionKind.SINGLE

    class Meta:
        model = CheckQuestion
        skip_postgeneration_save = True

    @factory.post_generation
    def options(self, create, extracted, **kwargs):
        if not create:
            return
        answers = extracted or [("Right", True), ("Wrong", False)]
        for text, is_correct in answers:
            CheckOptionFactory(question=self, text=text, is_correct=is_correct)


class CheckOptionFactory(factory.django.DjangoModelFactory):
    question = factory.SubFactory(CheckQuestionFactory)
    text = factory.Sequence(lambda n: f"Answer {n}")
    text_en = factory.SelfAttribute("text")
    is_correct = False
    feedback_en = factory.LazyAttribute(
        lambda option: "That is right." if option.is_correct else "Not quite."
    )

    class Meta:
        model = CheckOption
