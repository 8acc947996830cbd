"""How translated model fields are named and labelled."""

from django.utils.translation import get_language_info


def localized_verbose_name(verbose_name, lang):
    """Label a field copy with its language code and the language's own name.

    modeltranslation passes "ind" for Indonesian (its field suffix); the admin's
    language toggle matches labels on the real language code, so map it back.
    """
    code = "id" if lang == "ind" else lang
    return f"{verbose_name} · {get_language_info(code)['name_local']} [{code}]"
