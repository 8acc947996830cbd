"""Elasticsearch's analysis per language, generated from the data the Python
normaliser is made of: the folding as a mapping char filter, the stop words and
stemmers as token filters."""

from django.utils.translation import get_language_info
from elasticsearch_dsl import analyzer, char_filter, token_filter

from portal.i18n.languages import language_text

from ..normalise import folding_table


def english_name(language):
    return get_language_info(language)["name"].lower()


def unicode_escaped(text):
    """Characters as a mapping rule's \\uXXXX escapes: marks and spaces survive
    Elasticsearch's trimming of each side."""
    return "".join(f"\\u{ord(char):04x}" for char in text)


def folding_filter(language):
    """The language's folding table as a mapping char filter (None: nothing to fold)."""
    table = folding_table(language)
    if not table:
        return None
    return char_filter(
        f"portal_{english_name(language)}_folding",
        "mapping",
        mappings=[
            f"{unicode_escaped(char)} => {unicode_escaped(to)}"
            for char, to in table.items()
        ],
    )


def _stop_filter(language):
    text = language_text(language)
    words = text.elasticsearch_stop_words or sorted(text.stop_words)
    if not words:
        return None
    return token_filter(f"{english_name(language)}_stop", "stop", stopwords=words)


def _char_filters(language):
    folding = folding_filter(language)
    return {"char_filter": [folding]} if folding else {}


def text_analyzer(language):
    """Folded, lower case, less stop words, stemmed."""
    stop = _stop_filter(language)
    stemmers = [
        token_filter(f"{stemmer}_stemmer", "stemmer", language=stemmer)
        for stemmer in language_text(language).elasticsearch_stemmers
    ]
    return analyzer(
        f"portal_{english_name(language)}",
        tokenizer="standard",
        filter=["lowercase", *([stop] if stop else []), *stemmers],
        **_char_filters(language),
    )


def typing_analyzer(language):
    """Titles as the reader types them: folded, not stemmed (normalise.words)."""
    return analyzer(
        "portal_typing",
        tokenizer="standard",
        filter=["lowercase"],
        **_char_filters(language),
    )
