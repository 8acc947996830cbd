"""How translated model fields are named and labelled."""

from django.utils.translation import get_language_info

from .languages import field_suffix, language_codes, local_name


def language_of_suffix(suffix):
    """The language code a field suffix stands for ("ind" is Indonesian, "id")."""
    return {field_suffix(code): code for code in language_codes()}.get(suffix, suffix)


def localized_verbose_name(verbose_name, lang):
    """Label a field copy with the language's own name and its code.

    modeltranslation passes "ind" for Indonesian (its field suffix); the admin's
    language toggle matches labels on the real language code, so map it back.
    """
    code = language_of_suffix(lang)
    return f"{verbose_name} · {local_name(code)} [{code}]"


def field_languages():
    """Each field suffix with the language, text direction and own name of its
    content."""
    return {
        field_suffix(code): {
            "lang": code,
            "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
            "name": local_name(code),
        }
        for code in language_codes()
    }
