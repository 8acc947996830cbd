"""The search engine with one of its text rules switched off, to prove that the
relevance thresholds depend on it.

The rules are data (portal.i18n.languages.LANGUAGE_TEXT) that the Python
normaliser and PostgreSQL's generated functions both read, so an ablation is
that data changed for the length of a `with` block; the PostgreSQL functions
rewritten inside it are undone by the test's rollback. Rebuild the index inside
the block: entries are stored as the rules read them.
"""

import dataclasses
from contextlib import contextmanager

import pytest
from django.db import connection

from portal.i18n.languages import LANGUAGE_TEXT, Folding
from portal.search import normalise
from portal.search.backends.postgresql import install_functions

STEMMED = ("en", "id", "ar")


def forget_cached_rules():
    """The normaliser caches what it derives from the rules (tables, stemmers,
    stems): drop all of it."""
    for value in vars(normalise).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


@contextmanager
def changed_rules(changes):
    """`changes`: {language: {LanguageText field: value}} while in the block."""
    with pytest.MonkeyPatch.context() as patch:
        for code, fields in changes.items():
            patch.setitem(
                LANGUAGE_TEXT, code, dataclasses.replace(LANGUAGE_TEXT[code], **fields)
            )
        forget_cached_rules()
        install_functions()
        yield
    forget_cached_rules()


def unstemmed_postgresql_config(code):
    """A copy of the language's configuration that keeps its parser and stop
    words but reads words as they are (PostgreSQL has stop words for English
    only, in its stemmer's dictionary)."""
    config = LANGUAGE_TEXT[code].postgresql_config
    name = f"relevance_{config}_unstemmed"
    words = "simple"
    with connection.cursor() as cursor:
        if code == "en":
            words = "relevance_english_words"
            cursor.execute(
                f"CREATE TEXT SEARCH DICTIONARY {words} "
                "(TEMPLATE = simple, STOPWORDS = english)"
            )
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {config})")
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR asciiword, "
            f"word, hword, hword_part, asciihword, hword_asciipart WITH {words}"
        )
    return name


def without_stemming():
    """English, Indonesian and Arabic words compared as written (after
    folding), not by their stems."""
    changes = {code: {"snowball": None} for code in STEMMED}
    if connection.vendor == "postgresql":
        for code in STEMMED:
            changes[code]["postgresql_config"] = unstemmed_postgresql_config(code)
    return changed_rules(changes)


def without_arabic_normalisation():
    """Arabic as typed: harakat, hamza forms of alef, ta marbuta and alef
    maqsura kept (the Snowball stemmer's own normalisation still applies)."""
    return changed_rules({"ar": {"folding": Folding()}})


def without_vietnamese_folding():
    """Vietnamese compared with its diacritics: "tre em" no longer finds "trẻ em"."""
    return changed_rules({"vi": {"folding": Folding(), "postgresql_config": "simple"}})


ABLATIONS = {
    # what is switched off: (how, the languages it must hurt)
    "stemming": (without_stemming, STEMMED),
    "Arabic normalisation": (without_arabic_normalisation, ("ar",)),
    "Vietnamese folding": (without_vietnamese_folding, ("vi",)),
}
