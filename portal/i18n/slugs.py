"""Slugs for the languages a page is translated into, made from its titles.

One rule for every new page: a Latin-script language's slug is folded to ASCII
letters ("Đào tạo" is "dao-tao", as in the demo content), one that is written
right to left keeps its own script ("عن البوابة" is "عن-البوابة")."""

import unicodedata

from django.utils.text import slugify
from django.utils.translation import get_language_info

from .languages import ARABIC_MARKS, language_codes, localized_field, source_language

# Letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D"})
WITHOUT_ARABIC_MARKS = str.maketrans("", "", ARABIC_MARKS)


def translated_slug(title, code):
    """The slug of `title`, written in language `code`."""
    if get_language_info(code)["bidi"]:
        return slugify(title.translate(WITHOUT_ARABIC_MARKS), allow_unicode=True)
    folded = unicodedata.normalize("NFKD", title.translate(UNDECOMPOSED))
    return slugify(folded)


def available_slug(slug, code, parent):
    """`slug`, or `slug-2`, `slug-3`… if a child of `parent` has it in `code`."""
    siblings = parent.get_children() if parent is not None else None
    candidate, number = slug, 1
    while (
        siblings is not None
        and siblings.filter(**{localized_field("slug", code): candidate}).exists()
    ):
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def missing_slugs(data, parent):
    """{slug field: slug} for each translation titled in `data` (a page form's
    submission) whose slug was left empty."""
    slugs = {}
    for code in language_codes():
        if code == source_language():
            continue  # Wagtail's own: the editor sees it filled while typing
        slug_field = localized_field("slug", code)
        title = data.get(localized_field("title", code), "").strip()
        if title and not data.get(slug_field, "").strip():
            slug = translated_slug(title, code)
            if slug:
                slugs[slug_field] = available_slug(slug, code, parent)
    return slugs
