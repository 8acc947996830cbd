"""The supervisor's assignment form: choices limited to what they may assign."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import JobRole, StaffProfile

from ..selectors import live_modules
from .services import AssignmentInput

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        profile = user.staff_profile
        return f"{profile.full_name} ({profile.centre.name})"


class ModuleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, module):
        return module.title


class AssignmentForm(forms.Form):
    centre = forms.ModelChoiceField(label=_("Centre"), queryset=None)
    modules = ModuleChoiceField(
        label=_("Training modules"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )
    job_role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", _("Every member of staff")), *JobRole.choices],
    )
    people = PersonChoiceField(
        label=_("Named people"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only these people, instead of the centre's staff or a role."),
    )
    due_on = forms.DateField(
        label=_("Due date"), widget=DATE_INPUT, input_formats=["%Y-%m-%d"]
    )
    refresh_months = forms.IntegerField(
        label=_("Refresher every (months)"),
        required=False,
        min_value=1,
        max_value=120,
        help_text=_(
            "Leave empty for training taken once. Otherwise a new completion is "
            "needed this many months after the last one."
        ),
    )

    def __init__(self, *args, centres, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = centres
        self.fields["modules"].queryset = live_modules()
        self.fields["people"].queryset = (
            get_user_model()
            .objects.filter(
                staff_profile__centre__in=centres,
                staff_profile__status=StaffProfile.Status.APPROVED,
            )
            .select_related("staff_profile__centre")
            .order_by("staff_profile__full_name", "pk")
        )

    @classmethod
    def initial_of(cls, assignment):
        return {
            "centre": assignment.centre_id,
            "modules": list(assignment.modules.all()),
            "job_role": assignment.job_role,
            "people": list(assignment.people.all()),
            "due_on": assignment.due_on,
            "refresh_months": assignment.refresh_months,
        }

    def input(self):
        data = self.cleaned_data
        return AssignmentInput(
            centre=data["centre"],
            modules=list(data["modules"]),
            due_on=data["due_on"],
            job_role=data["job_role"],
            people=list(data["people"]),
            refresh_months=data["refresh_months"],
        )
