import uuid
from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .grading import NOT_AN_OPTION
from .models.checks import question_problem

ANSWER_PREFIX = "question-"

OWNER_SALT = "training.forms.owner"
# Work kept on a phone for weeks without a connection still counts when sent.
OWNER_MAX_AGE = timedelta(weeks=8)
NOT_YOURS = _(
    "This was sent from a page opened by someone else signed in on this device, "
    "so nothing was recorded. Open the page again while signed in as yourself."
)
TOO_OLD = _(
    "This page was opened too long ago, so nothing was recorded. Open the page "
    "again and send it once more."
)
UNREADABLE = _(
    "This form could not be checked, so nothing was recorded. Open the page again "
    "and send it once more."
)


def owner_token(user, page):
    """A signed "<user>:<page>": a form kept on a shared phone and sent later
    records for the person who opened it, or for nobody."""
    return signing.TimestampSigner(salt=OWNER_SALT).sign(f"{user.pk}:{page.pk}")


class OwnedForm(forms.Form):
    """A form that records something for the signed-in person on one page; it
    is refused unless it was opened by that person, on that page."""

    owner_token = forms.CharField(
        widget=forms.HiddenInput, error_messages={"required": UNREADABLE}
    )

    def __init__(self, data=None, *, user, page, **kwargs):
        self.user, self.page = user, page
        super().__init__(data, **kwargs)

    @property
    def signed_owner(self):
        """The token to render: always the current person's, never the one sent."""
        return owner_token(self.user, self.page)

    def clean_owner_token(self):
        token = self.cleaned_data["owner_token"]
        try:
            owner = signing.TimestampSigner(salt=OWNER_SALT).unsign(
                token, max_age=OWNER_MAX_AGE
            )
        except signing.SignatureExpired:
            raise ValidationError(TOO_OLD, code="expired") from None
        except signing.BadSignature:
            raise ValidationError(UNREADABLE, code="unreadable") from None
        user_key, _separator, page_key = owner.partition(":")
        if page_key != str(self.page.pk):
            raise ValidationError(UNREADABLE, code="other_page")
        if user_key != str(self.user.pk):
            raise ValidationError(NOT_YOURS, code="other_user")
        return token


class LessonDoneForm(OwnedForm):
    """A lesson's "done" button: nothing but whose it is."""


class CheckSubmissionForm(OwnedForm):
    """A knowledge check as sent: whose it is, a token for the form, then
    "question-<key>" fields whose values are option keys."""

    client_token = forms.UUIDField(widget=forms.HiddenInput)

    @classmethod
    def fresh(cls, *, user, page):
        return cls(user=user, page=page, initial={"client_token": uuid.uuid4()})

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
