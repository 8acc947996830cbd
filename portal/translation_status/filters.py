import django_filters
from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from portal.i18n.languages import local_name

from .models import TranslationSource
from .selectors import TranslationState
from .tracked import target_languages, tracked_models


def language_choices():
    return [(code, local_name(code)) for code in target_languages()]


def type_choices():
    return [
        (model._meta.label_lower, capfirst(model._meta.verbose_name_plural))
        for model in tracked_models()
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=language_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=TranslationState.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    content_type = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=type_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        # The rows are computed, not queried: django-filter only needs a model.
        model = TranslationSource
        fields = []

    def filter_queryset(self, rows):
        data = self.form.cleaned_data
        model_label = data.get("content_type")
        return [
            row
            for row in rows
            if (not model_label or row.model_label == model_label)
            and row.matches(
                language=data.get("language") or None, state=data.get("state") or None
            )
        ]
