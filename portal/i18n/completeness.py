"""Which translated fields of an object are still missing in a language."""

from modeltranslation.translator import NotRegistered, translator

from .languages import language_codes, localized_field, source_language

# Page fields that Wagtail derives or that are optional metadata: never "missing".
IGNORED_FIELDS = {"url_path", "seo_title", "search_description", "draft_title"}


def translated_fields(model):
    """Names of the fields registered for translation on a model, in model order."""
    try:
        registered = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    order = [field.name for field in model._meta.get_fields()]
    names = [name for name in registered if name not in IGNORED_FIELDS]
    return sorted(names, key=lambda name: order.index(name) if name in order else 0)


def has_content(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def field_value(obj, field_name, code):
    return getattr(obj, localized_field(field_name, code), None)


def missing_fields(obj, code):
    """Fields that have source-language content but none in `code`."""
    if code == source_language():
        return []
    return [
        name
        for name in translated_fields(type(obj))
        if has_content(field_value(obj, name, source_language()))
        and not has_content(field_value(obj, name, code))
    ]


def missing_languages(obj):
    """The languages in which `obj` lacks a field that English has, in order."""
    return [code for code in language_codes() if missing_fields(obj, code)]
