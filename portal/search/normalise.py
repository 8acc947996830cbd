"""Text as the index compares it: the same rules for what is indexed and what is
asked, in every language.

The rules are data (portal/i18n/languages.py); `folding_table` turns them into
one table of characters, which Python applies here, PostgreSQL as the SQL of
backends/postgresql.py and Elasticsearch as the char filter of
backends/analysis.py.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from portal.i18n.languages import LANGUAGE_TEXT, language_text

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")
# Where accented Latin letters are: Latin-1, Latin Extended A and B, and Latin
# Extended Additional (most of Vietnamese's letters).
LATIN_LETTERS = (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00))


def _folded_by_rules(text, folding):
    """The rules applied one by one: what `folding_table` is made of."""
    text = text.lower()
    if folding.decomposed:
        text = unicodedata.normalize("NFD", text)
    text = "".join(char for char in text if char not in folding.remove)
    for letters, letter in folding.replace:
        text = text.translate(str.maketrans(letters, letter * len(letters)))
    return unicodedata.normalize("NFC", text) if folding.decomposed else text


def folding_table(language):
    """Every character the language's folding changes (beyond lower case), and
    what it becomes: the one table all the engines apply."""
    return _compiled(language).table


@dataclass(frozen=True)
class _Compiled:
    table: dict[str, str]
    translation: dict[int, int | None]
    endings: tuple[tuple[re.Pattern, str], ...]


_COMPILED = {}


def _compiled(language):
    """The language's rules made ready to apply, remade when they are replaced
    in LANGUAGE_TEXT (a test switching one off)."""
    folding = language_text(language).folding
    rules, compiled = _COMPILED.get(language, (None, None))
    if rules is not folding:
        table = _table(folding)
        compiled = _Compiled(
            table=table,
            translation={
                ord(char): ord(to) if to else None for char, to in table.items()
            },
            endings=tuple(
                (re.compile(rf"{re.escape(plain)}\b"), proper)
                for plain, proper in folding.stemmer_endings
            ),
        )
        _COMPILED[language] = (folding, compiled)
    return compiled


def _table(folding):
    candidates = set(folding.remove)
    for letters, _letter in folding.replace:
        candidates |= set(letters) | set(letters.upper())
    if folding.decomposed:
        candidates |= {chr(code) for code in LATIN_LETTERS}
    table = {}
    for char in sorted(candidates):
        folded = _folded_by_rules(char, folding)
        if folded != char.lower() and len(folded) <= 1:
            table[char] = folded
    return table


def fold(text, language):
    """Lower case, and the letters a reader may or may not type, written one way."""
    text = unicodedata.normalize("NFC", text).lower()
    return text.translate(_compiled(language).translation)


def for_stemmer(text, language):
    """Folded text with final letters as the Snowball stemmer expects them;
    PostgreSQL reads the same (search_for_stemmer)."""
    text = fold(text, language)
    for pattern, letter in _compiled(language).endings:
        text = pattern.sub(letter, text)
    return text


def stop_words(language):
    text = LANGUAGE_TEXT.get(language)
    return text.stop_words if text else frozenset()


def clean_query(raw):
    """The query a reader typed, safe for any engine, and whether it was cut.

    Control and formatting characters (NUL, right-to-left marks...) become
    spaces; operators stay, for the engine's own safe parser to read.
    """
    text = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn") else char
        for char in unicodedata.normalize("NFC", raw or "")
    )
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[:MAX_QUERY_LENGTH]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut), True


def words(text, language):
    return WORD.findall(fold(text, language))


@cache
def _stemmer(algorithm):
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word, language):
    return _stem(word, language_text(language).snowball)


@lru_cache(maxsize=200_000)  # words repeat; the stemmers are pure Python
def _stem(word, algorithm):
    stemmer = _stemmer(algorithm)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language, skip=frozenset()):
    """The stems of the words of `text`, in order (with repeats), folded."""
    if not language_text(language).folding.stemmer_endings:
        return [
            stem(word, language) for word in words(text, language) if word not in skip
        ]
    return [
        fold(stem(word, language), language)
        for word in WORD.findall(for_stemmer(text, language))
        if fold(word, language) not in skip
    ]


def query_stems(text, language):
    """The stems a match must contain: the query's words less stop words."""
    found = stems(text, language, skip=stop_words(language))
    return list(dict.fromkeys(found))


def terms(text, language):
    """Stems as stored for the SQLite scorer: space-separated, space at each end."""
    return f" {' '.join(stems(text, language))} " if text else " "
