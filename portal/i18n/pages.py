"""Behaviour shared by every page of the portal: one page, four languages."""

from django.utils import translation
from django.utils.functional import cached_property

from .completeness import missing_fields
from .languages import language_codes, local_name, source_language


class TranslatedPageMixin:
    """Preview in each language and know which fields still fall back to English."""

    @property
    def preview_modes(self):
        return [(code, local_name(code)) for code in language_codes()]

    @property
    def default_preview_mode(self):
        return source_language()

    def serve_preview(self, request, mode_name):
        code = mode_name if mode_name in language_codes() else source_language()
        with translation.override(code):
            request.LANGUAGE_CODE = code
            response = super().serve_preview(request, mode_name)
            # Render inside the override so the template sees the preview language.
            if hasattr(response, "render"):
                response.render()
        # LocaleMiddleware would label it with the language of the dummy request.
        response.headers["Content-Language"] = code
        return response

    @cached_property
    def untranslated_fields(self):
        """Fields shown in English because the current language has no text yet."""
        return missing_fields(self, translation.get_language())
