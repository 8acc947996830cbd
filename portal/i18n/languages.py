"""The portal's languages and where a page lives in each of them."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name_local: str
    bidi: bool
    url: str
    absolute_url: str
    is_current: bool


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def field_suffix(code):
    """modeltranslation's suffix for a language ("id" becomes "ind")."""
    return "ind" if code == "id" else code


def localized_field(field_name, code):
    return f"{field_name}_{field_suffix(code)}"


def language_versions(request, page=None):
    """The current page (or Django view) in every language: switcher, hreflang."""
    current = translation.get_language()
    versions = []
    for code in language_codes():
        with translation.override(code):
            if page is not None:
                url = page.get_url(request)
            else:
                url = translate_url(request.path, code)
        info = get_language_info(code)
        versions.append(
            LanguageVersion(
                code=code,
                name_local=info["name_local"],
                bidi=info["bidi"],
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=code == current,
            )
        )
    return versions
