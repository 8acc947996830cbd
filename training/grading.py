"""Marking a knowledge check, and refusing answers that no real form could send."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Django's own wording (already translated in its catalogues): answers naming a
# question or an option that this check does not have were not sent by its form.
NOT_AN_OPTION = _(
    "Select a valid choice. That choice is not one of the available choices."
)
ANSWER_EVERY_QUESTION = _("Answer every question before you send your answers.")
ONE_ANSWER_ONLY = _("Choose one answer only for: %(question)s")


@dataclass(frozen=True)
class GradedAnswer:
    question_key: int
    option_keys: list[int]
    is_correct: bool


@dataclass(frozen=True)
class Grade:
    answers: list[GradedAnswer]

    @property
    def question_count(self):
        return len(self.answers)

    @property
    def correct_count(self):
        return sum(answer.is_correct for answer in self.answers)

    @property
    def score(self):
        """The share of right answers, in whole percent, never rounded up to a pass."""
        if not self.answers:
            return 0
        return self.correct_count * 100 // self.question_count

    def passes(self, pass_mark):
        return self.score >= pass_mark


def grade(questions, answers):
    """Mark `answers` ({question key: [option keys]}) against `questions`.

    Raises ValidationError, with a message in the reader's language, for an answer
    to a question of another check, an option the question does not have, more
    than one answer to a single-choice question, or a question left unanswered.
    """
    by_key = {question.pk: question for question in questions}
    if not set(answers) <= set(by_key):
        raise ValidationError(NOT_AN_OPTION, code="unknown_question")
    graded = []
    for question in questions:
        chosen = sorted(set(answers.get(question.pk, [])))
        if not chosen:
            raise ValidationError(ANSWER_EVERY_QUESTION, code="unanswered")
        option_keys = {option.pk for option in question.options.all()}
        if not set(chosen) <= option_keys:
            raise ValidationError(NOT_AN_OPTION, code="unknown_option")
        if len(chosen) > 1 and not question.takes_several_answers:
            raise ValidationError(
                ONE_ANSWER_ONLY, code="several_answers", params={"question": question}
            )
        is_correct = set(chosen) == question.right_option_keys()
        graded.append(GradedAnswer(question.pk, chosen, is_correct))
    return Grade(graded)
