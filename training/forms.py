import uuid
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from .grading import NOT_AN_OPTION
from .models.checks import question_problem

ANSWER_PREFIX = "question-"


class CheckSubmissionForm(forms.Form):
    """A knowledge check as sent: a token for the form, then "question-<key>"
    fields whose values are option keys."""

    client_token = forms.UUIDField(widget=forms.HiddenInput)

    @classmethod
    def fresh(cls):
        return cls(initial={"client_token": uuid.uuid4()})

    def clean(self):
        cleaned = super().clean()
        cleaned["answers"] = self._answers()
        return cleaned

    def answers_given(self):
        """The options chosen, to show them again with an error; {} if unreadable."""
        if not self.is_bound:
            return {}
        try:
            return self._answers()
        except ValidationError:
            return {}

    @property
    def retry_token(self):
        """The token the form is sent again with: the same, if it was valid."""
        if not self.is_bound:
            return self.initial["client_token"]
        return self.cleaned_data.get("client_token") or uuid.uuid4()

    def _answers(self):
        answers = {}
        for name, values in self.data.lists():
            if not name.startswith(ANSWER_PREFIX):
                continue
            try:
                key = int(name.removeprefix(ANSWER_PREFIX))
                answers[key] = [int(value) for value in values]
            except ValueError:
                raise ValidationError(NOT_AN_OPTION, code="malformed") from None
        return answers


@dataclass(frozen=True)
class QuestionField:
    question: object
    name: str
    input_type: str
    options: list


def question_fields(questions, given):
    """The inputs of each question, with the options the trainee had chosen."""
    return [
        QuestionField(
            question=question,
            name=f"{ANSWER_PREFIX}{question.pk}",
            input_type="checkbox" if question.takes_several_answers else "radio",
            options=[
                (option, option.pk in given.get(question.pk, []))
                for option in question.options.all()
            ],
        )
        for question in questions
    ]


def _kept_forms(formset):
    return [
        form
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class TrainingModuleForm(WagtailAdminPageForm):
    """The module editor: refuses questions that could not be marked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        prerequisites = self.fields.get("prerequisites")
        if prerequisites is not None and self.instance.pk:
            prerequisites.queryset = prerequisites.queryset.exclude(pk=self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        questions = self.formsets.get("check_questions")
        if questions is not None and questions.is_valid():
            for form in _kept_forms(questions):
                options = _kept_forms(form.formsets["options"])
                problem = question_problem(
                    form.cleaned_data.get("kind"),
                    [option.cleaned_data for option in options],
                )
                if problem:
                    form.add_error("kind", problem)
        return cleaned
