from modeltranslation.translator import TranslationOptions, register

from .models import Centre


@register(Centre)
class CentreTranslation(TranslationOptions):
    fields = ("name", "description", "place")
