"""Snippets of text with the reader's words marked, safe to show as HTML."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .normalise import stems

# Markers the engine puts around matches: characters no indexed text contains
# (control characters are removed from queries and never typed in pages).
START, STOP = "\x02", "\x03"
SNIPPET_WORDS = 30
# Words with their combining marks (Arabic short vowels, decomposed accents).
_LETTER = r"\w\u0300-\u036f\u064b-\u065f\u0670"
TOKEN = re.compile(f"[{_LETTER}]+|[^{_LETTER}]+")
TOKEN_IS_WORD = re.compile(f"[{_LETTER}]")


def marked_html(text):
    """Text with START…STOP markers as escaped HTML with <mark> elements."""
    text = escape(text.replace(START, "\x00").replace(STOP, "\x01"))
    return mark_safe(text.replace("\x00", "<mark>").replace("\x01", "</mark>"))  # noqa: S308 - escaped above


def snippet(text, language, query_stems, words=SNIPPET_WORDS):
    """The part of `text` around the first word matching the query, marked."""
    tokens = TOKEN.findall(" ".join(text.split()))
    wanted = set(query_stems)
    matches = [
        TOKEN_IS_WORD.match(token) is not None and _matches(token, language, wanted)
        for token in tokens
    ]
    first = matches.index(True) if True in matches else 0
    start = max(0, first - words)  # tokens alternate words and gaps
    end = min(len(tokens), start + 2 * words)
    parts = [
        f"{START}{token}{STOP}" if matches[index] else token
        for index, token in enumerate(tokens[start:end], start)
    ]
    text = "".join(parts).strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return marked_html(f"{prefix}{text}{suffix}")


def _matches(word, language, wanted):
    found = stems(word, language)
    return bool(found) and any(
        stem.startswith(query) for stem in found for query in wanted
    )
