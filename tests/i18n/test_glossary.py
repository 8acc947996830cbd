"""A term of the field reads the same everywhere: glossary, UI and demo content."""

import csv
import functools
import gettext
import io
import re
import unicodedata

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

from demo.glossary import glossary_entries, glossary_path
from portal.home.models import HomePage
from portal.i18n.languages import language_codes
from tests.demo.texts import demo_texts

from .test_catalogues import LOCALES, catalogue

COLUMNS = ["key", "en", "id", "vi", "ar", "note"] + [
    f"definition_{code}" for code in ("en", "id", "vi", "ar")
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}")
DASHES = re.compile("[-\u2010\u2011\u2013\u2014]")
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # short vowels, tatweel
ARABIC_ARTICLE = re.compile(r"(?<!\w)ال(?=\w\w)")
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ت"})


def normalised(text, code):
    """Text reduced to what a term match should ignore.

    Case, tags, placeholders and hyphens everywhere; in Arabic also short vowels,
    hamza seats, the definite article and the tā' marbūṭa, which turns into tā'
    before a suffix (شهادة, شهادتك).
    """
    text = PLACEHOLDER.sub(" ", strip_tags(text))
    text = unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'")
    text = DASHES.sub(" ", text)
    if code == "ar":
        text = ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)
        text = ARABIC_ARTICLE.sub("", text)
    return " ".join(text.split())


def english_uses(term, text):
    """The English term as whole words ("module" is not found in "modules")."""
    pattern = rf"(?<!\w){re.escape(normalised(term, 'en'))}(?!\w)"
    return re.search(pattern, normalised(text, "en")) is not None


def translation_uses(term, text, code):
    """The term at a word start (suffixes allowed); anywhere in Arabic (clitics)."""
    needle, haystack = normalised(term, code), normalised(text, code)
    if code == "ar":
        return needle in haystack
    return re.search(rf"(?<!\w){re.escape(needle)}", haystack) is not None


@functools.cache
def glossary():
    return glossary_entries()


def missing_terms(by_code, codes):
    """(code, term) pairs the translations leave out though the English uses them."""
    return [
        (code, entry.term.in_language(code))
        for entry in glossary()
        if english_uses(entry.term.en, by_code["en"])
        for code in codes
        if not translation_uses(entry.term.in_language(code), by_code[code], code)
    ]


def singular_form(po):
    """Index of the msgstr_plural form used for n = 1 in this catalogue."""
    expression = po.metadata["Plural-Forms"].split("plural=")[1].rstrip("; ")
    return gettext.c2py(expression)(1)


@pytest.fixture
def demo_home(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command(
        "load_demo_content", force=True, no_accounts=True, stdout=io.StringIO()
    )
    return HomePage.objects.get()


def test_the_glossary_has_every_column_and_unique_keys():
    with open(glossary_path(), encoding="utf-8", newline="") as csv_file:
        reader = csv.DictReader(csv_file)
        assert reader.fieldnames == COLUMNS
        keys = [row["key"] for row in reader]
    assert len(keys) >= 30
    assert len(set(keys)) == len(keys)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", key) for key in keys)


def test_every_term_and_definition_is_written_in_every_language():
    problems = []
    for entry in glossary_entries():
        for code in language_codes():
            term = entry.term.in_language(code).strip()
            definition = entry.definition.in_language(code).strip()
            if not term or not definition:
                problems.append(f"{entry.key} [{code}] is empty")
            elif code != "en" and (
                term == entry.term.en or definition == entry.definition.en
            ):
                problems.append(f"{entry.key} [{code}] is still English")
    assert problems == []


def test_definitions_use_the_other_terms_of_the_glossary():
    problems = [
        (entry.key, *missing)
        for entry in glossary_entries()
        for missing in missing_terms(
            {code: entry.definition.in_language(code) for code in language_codes()},
            LOCALES,
        )
    ]
    assert problems == []


@pytest.mark.parametrize("code", LOCALES)
def test_ui_translations_use_the_glossary_terms(code):
    po = catalogue(code)
    one = singular_form(po)
    problems = []
    for entry in po.translated_entries():
        text = entry.msgstr_plural[one] if entry.msgid_plural else entry.msgstr
        for _code, term in missing_terms({"en": entry.msgid, code: text}, [code]):
            problems.append(f"{entry.msgid!r} should use {term!r}: {text!r}")
    assert problems == [], "\n".join(problems)


def test_demo_content_uses_the_glossary_terms(demo_home):
    problems = [
        f"{label} [{code}] should use {term!r}"
        for label, by_code in demo_texts(demo_home)
        if not label.endswith(".slug")
        for code, term in missing_terms(by_code, LOCALES)
    ]
    assert problems == [], "\n".join(problems)
