"""Fixes for what wagtail-modeltranslation 0.16.1 gets wrong for our languages."""

from django import forms
from django.core.validators import validate_unicode_slug
from django.utils import translation
from wagtail_modeltranslation import wagtail_hooks
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm

from .languages import language_codes


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


def slugs_taken_under(parent, page):
    """The page's slugs, in any language, that another child of `parent` uses.

    Wagtail's move view checks the slug in the admin's language only; a clash in
    another language (fallbacks included) fails later, when the moved page is saved.
    """
    siblings = list(parent.get_children().not_page(page))
    taken = set()
    for code in language_codes():
        with translation.override(code):
            if page.slug in {sibling.slug for sibling in siblings}:
                taken.add(page.slug)
    return sorted(taken)


def apply():
    # The package's before_copy_page hook builds the form by this module-level name.
    wagtail_hooks.PatchedCopyForm = UnicodeSlugCopyForm
