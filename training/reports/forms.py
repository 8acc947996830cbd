"""The supervisor's filters, read from the query string and checked."""

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import JobRole
from portal.i18n.languages import language_codes, local_name
from portal.validation import SensibleDateField

from ..assignments import states as assignment_states
from ..models.records import ModuleProgressSummary
from .selectors import STATES

FILTER_NAMES = (
    "centre",
    "module",
    "role",
    "language",
    "completed_from",
    "completed_to",
    "assignment",
)


@dataclass(frozen=True)
class ReportFilters:
    """What the report is narrowed to; None or "" for "all"."""

    module: object = None
    role: str = ""
    language: str = ""
    completed_from: datetime.date | None = None
    completed_to: datetime.date | None = None
    assignment: str = ""  # an assignment state (training.assignments.states)

    @property
    def completed_range(self):
        """Aware bounds [start, end) of the completion dates, either may be None."""

        def midnight(day):
            return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))

        start = midnight(self.completed_from) if self.completed_from else None
        end = (
            midnight(self.completed_to + datetime.timedelta(days=1))
            if self.completed_to
            else None
        )
        return start, end

    @property
    def has_dates(self):
        return bool(self.completed_from or self.completed_to)


class SensibleDateFilter(django_filters.DateFilter):
    field_class = SensibleDateField


class ReportForm(forms.Form):
    """The filters (added by ReportFilterSet), then which list and which page of
    it to show; every field optional."""

    field_order = [*FILTER_NAMES, "state", "page"]

    state = forms.ChoiceField(
        label=_("List"),
        required=False,
        widget=forms.HiddenInput,
        choices=[("", ""), *((state, state) for state in STATES)],
        error_messages={"invalid_choice": _("Choose a list from the report.")},
    )
    page = forms.IntegerField(
        label=_("Page"),
        required=False,
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": _("The page number must be a whole number from 1."),
            "min_value": _("The page number must be a whole number from 1."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("completed_from"), cleaned.get("completed_to")
        if start and end and start > end:
            self.add_error(
                "completed_to",
                forms.ValidationError(
                    _("The end date is before the start date."), code="range"
                ),
            )
        return cleaned

    @property
    def chosen_state(self):
        return self.cleaned_data.get("state") or STATES[0]

    @property
    def page_number(self):
        return self.cleaned_data.get("page") or 1

    def query(self, **changes):
        """The filters as a query string, for links that must keep them."""
        query = QueryDict(mutable=True)
        for name in FILTER_NAMES:
            value = changes.get(name, self.data.get(name, ""))
            if value:
                query[name] = value
        return query.urlencode()


def language_choices():
    return [(code, local_name(code)) for code in language_codes()]


class ReportFilterSet(django_filters.FilterSet):
    """The supervisor's filters, read from the query string: a value that is not
    among the choices, a malformed date or an impossible range is an error shown
    on the form, and nothing is counted."""

    centre = django_filters.CharFilter(label=_("Centre"), widget=forms.HiddenInput)
    module = django_filters.TypedChoiceFilter(
        label=_("Module"), coerce=int, empty_value=None
    )
    role = django_filters.ChoiceFilter(
        label=_("Role"), choices=JobRole.choices, empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Preferred language"), choices=language_choices, empty_label=_("All")
    )
    completed_from = SensibleDateFilter(label=_("Completed from"))
    completed_to = SensibleDateFilter(label=_("Completed to"))
    assignment = django_filters.ChoiceFilter(
        label=_("Assigned training"),
        choices=list(assignment_states.LABELS.items()),
        empty_label=_("All"),
    )

    class Meta:
        # The selectors count from these rows, narrowing several reads at once
        # by one ReportFilters (`report_filters`): `qs` is not read.
        model = ModuleProgressSummary
        fields = []
        form = ReportForm

    def __init__(self, data, *, modules):
        super().__init__(data)
        self.modules = {module.pk: module for module in modules}
        self.filters["module"].extra["choices"] = [
            ("", _("All")),
            *((module.pk, module.title) for module in modules),
        ]

    def report_filters(self):
        """The checked filters, as the selectors take them (after `is_valid()`)."""
        data = self.form.cleaned_data
        return ReportFilters(
            module=self.modules.get(data.get("module")),
            role=data.get("role") or "",
            language=data.get("language") or "",
            completed_from=data.get("completed_from"),
            completed_to=data.get("completed_to"),
            assignment=data.get("assignment") or "",
        )
