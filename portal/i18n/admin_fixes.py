"""Fixes for what wagtail-modeltranslation 0.16.1 gets wrong for our languages."""

from django import forms
from django.core.validators import validate_unicode_slug
from wagtail_modeltranslation import wagtail_hooks
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm


class UnicodeSlugCopyForm(PatchedCopyForm):
    """The package's copy form, accepting Arabic and Vietnamese slugs.

    Its per-language slug fields are plain SlugFields, which reject any non-ASCII
    slug, although Wagtail itself allows them (WAGTAIL_ALLOW_UNICODE_SLUGS).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.SlugField):
                field.allow_unicode = True
                field.validators = [validate_unicode_slug]


def apply():
    # The package's before_copy_page hook builds the form by this module-level name.
    wagtail_hooks.PatchedCopyForm = UnicodeSlugCopyForm
