"""Admins manage every centre's assignments in the Wagtail admin, through the
same checks and writes as the supervisors' pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from ..models.assignments import Assignment
from ..selectors import live_modules
from . import services

FIELDS = ["centre", "modules", "job_role", "people", "due_on", "refresh_months"]


class AssignmentAdminForm(WagtailAdminModelForm):
    class Meta:
        model = Assignment
        fields = FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["modules"].queryset = live_modules()

    def input(self):
        data = self.cleaned_data
        return services.AssignmentInput(
            centre=data.get("centre"),
            modules=list(data.get("modules") or []),
            due_on=data.get("due_on"),
            job_role=data.get("job_role") or "",
            people=list(data.get("people") or []),
            refresh_months=data.get("refresh_months"),
        )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        existing = (
            Assignment.objects.get(pk=self.instance.pk) if self.instance.pk else None
        )
        try:
            services.assignment_validate(
                by=self.for_user, data=self.input(), existing=existing
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class AssignmentCreateView(CreateView):
    def save_instance(self):
        return services.assignment_create(by=self.request.user, data=self.form.input())


class AssignmentEditView(EditView):
    def save_instance(self):
        return services.assignment_update(
            by=self.request.user, assignment=self.object, data=self.form.input()
        )


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "date"
    menu_label = _("Training assignments")
    menu_order = 660
    add_to_admin_menu = True
    add_view_class = AssignmentCreateView
    edit_view_class = AssignmentEditView
    list_display = ["centre", "job_role", "due_on", "refresh_months"]
    list_filter = ["centre", "job_role"]
    form_fields = FIELDS

    def get_form_class(self, for_update=False):
        return AssignmentAdminForm
