from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _

from portal.i18n.completeness import translated_fields

from .tracked import is_tracked, target_languages


class ConfirmTranslationForm(forms.Form):
    """Which translation an editor confirms as still right for the English."""

    content_type = forms.IntegerField()
    object_id = forms.CharField(max_length=255)
    field_name = forms.CharField(max_length=100)
    language = forms.ChoiceField(choices=lambda: [(c, c) for c in target_languages()])
    next = forms.CharField(required=False)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            model = ContentType.objects.get_for_id(data["content_type"]).model_class()
        except ContentType.DoesNotExist:
            model = None
        if model is None or not is_tracked(model):
            raise forms.ValidationError(_("This kind of content has no translations."))
        if data["field_name"] not in translated_fields(model):
            raise forms.ValidationError(_("This field is not translated."))
        try:
            data["object"] = model._default_manager.get(pk=data["object_id"])
        except (model.DoesNotExist, ValueError, DjangoValidationError):
            raise forms.ValidationError(_("This content no longer exists.")) from None
        return data
