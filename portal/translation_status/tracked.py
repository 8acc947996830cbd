"""Which objects the translation status covers, and in which languages."""

from modeltranslation.translator import translator
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from portal.i18n.completeness import translated_fields
from portal.i18n.languages import language_codes, source_language


def tracked_models():
    """Page types and snippets with translated fields, pages first."""
    snippets = get_snippet_models()
    models = [
        model
        for model in translator.get_registered_models(abstract=False)
        if translated_fields(model)
        and ((issubclass(model, Page) and model is not Page) or model in snippets)
    ]
    return sorted(models, key=lambda model: not issubclass(model, Page))


def is_tracked(model):
    return model in tracked_models()


def target_languages():
    """Every language that is translated from the English source."""
    return [code for code in language_codes() if code != source_language()]
