"""A module's knowledge check: questions and their answer options.

Inline models rather than a StreamField: translated field by field, a StreamField
has one stream per language, each with its own block ids and its own idea of the
right answer. Here one question exists once, with its text in four languages,
and its primary key is the stable key a trainee's answers refer to (editing a
question keeps its key; Wagtail writes a question's row on publish only).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from portal.security.panels import CaseTextPanel


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


class CheckQuestion(ClusterableModel, Orderable):
    module = ParentalKey(
        "training.TrainingModulePage",
        on_delete=models.CASCADE,
        related_name="check_questions",
    )
    text = models.TextField(_("question"))
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=QuestionKind.choices,
        default=QuestionKind.SINGLE,
        help_text=_(
            "Single choice and true or false: exactly one right answer. Multiple "
            "choice: the trainee must tick every right answer and no other."
        ),
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("kind"),
        InlinePanel("options", label=_("Answers"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text

    @property
    def takes_several_answers(self):
        return self.kind == QuestionKind.MULTIPLE

    def right_option_keys(self):
        return {option.pk for option in self.options.all() if option.is_correct}


class CheckOption(Orderable):
    question = ParentalKey(
        CheckQuestion, on_delete=models.CASCADE, related_name="options"
    )
    text = models.CharField(_("answer"), max_length=255)
    is_correct = models.BooleanField(_("right answer"), default=False)
    feedback = models.TextField(
        _("feedback"),
        blank=True,
        help_text=_("Shown to those who chose this answer: why it is right or not."),
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct"), CaseTextPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.text


def question_problem(kind, options):
    """What is wrong with a question of `kind` whose answers are `options`
    (each with `is_correct`), or None."""
    right = sum(bool(option["is_correct"]) for option in options)
    if kind == QuestionKind.TRUE_FALSE and len(options) != 2:
        return _("A true or false question has exactly two answers.")
    if kind != QuestionKind.MULTIPLE and right != 1:
        return _("Mark exactly one answer as right.")
    if right < 1:
        return _("Mark at least one answer as right.")
    return None
