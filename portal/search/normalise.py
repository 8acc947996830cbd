"""Text as the index compares it: the same rules for what is indexed and what is
asked, in every language."""

import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

MAX_QUERY_LENGTH = 200

# Short vowels and other harakat, the superscript alef, and the tatweel.
ARABIC_MARKS = "".join(chr(code) for code in (*range(0x064B, 0x0660), 0x0670, 0x0640))
# Hamza forms of alef to bare alef, ta marbuta to ha, alef maqsura to ya.
ARABIC_LETTERS_FROM = "أإآٱةى"
ARABIC_LETTERS_TO = "ااااهي"
ARABIC_HAMZA_ALEFS = "أإآٱ"
_ARABIC_MARKS = re.compile(f"[{ARABIC_MARKS}]")
_ARABIC_LETTERS = str.maketrans(ARABIC_LETTERS_FROM, ARABIC_LETTERS_TO)
_ARABIC_ALEFS = str.maketrans(ARABIC_HAMZA_ALEFS, "ا" * len(ARABIC_HAMZA_ALEFS))
# A final ha or ya may be a ta marbuta or alef maqsura written plainly: the
# stemmer knows the proper letters, so give it those.
_FINAL_HA = re.compile(r"ه\b")
_FINAL_YA = re.compile(r"ي\b")

SNOWBALL = {"en": "english", "id": "indonesian", "ar": "arabic"}
# Words too common to require in a match (PostgreSQL's configurations drop
# theirs; the SQLite scorer must not demand them either).
STOP_WORDS = {
    "en": set(
        [
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "for",
            "from",
            "how",
            "in",
            "is",
            "it",
            "of",
            "on",
            "or",
            "the",
            "to",
            "what",
            "when",
            "with",
        ]
    ),
    "id": set(
        [
            "dan",
            "di",
            "ke",
            "dari",
            "yang",
            "untuk",
            "dengan",
            "atau",
            "pada",
            "ini",
            "itu",
        ]
    ),
    "vi": set(["va", "cua", "cho", "cac", "nhung", "la", "mot"]),
    "ar": set(["في", "من", "على", "الى", "و", "عن", "ان"]),
}
WORD = re.compile(r"\w+")


def arabic(text):
    """Arabic with or without short vowels, any hamza form, ta marbuta or alef
    maqsura, written one way."""
    return _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)


def arabic_for_stemming(text):
    """Arabic without short vowels, with one alef, and final letters as the
    stemmer expects them; PostgreSQL's `arabic` configuration reads the same."""
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_ALEFS)
    return _FINAL_YA.sub("ى", _FINAL_HA.sub("ة", text))


def without_diacritics(text):
    """ "trẻ em" as "tre em": Vietnamese read without its marks."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text, language):
    """Lower case, and the letters a reader may or may not type, written one way."""
    text = unicodedata.normalize("NFC", text).lower()
    if language == "ar":
        return arabic(text)
    if language == "vi":
        return without_diacritics(text)
    return text


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
def _stemmer(language):
    algorithm = SNOWBALL.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=200_000)  # words repeat; the stemmers are pure Python
def stem(word, language):
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language, skip=frozenset()):
    """The stems of the words of `text`, in order (with repeats)."""
    if language != "ar":
        return [
            stem(word, language) for word in words(text, language) if word not in skip
        ]
    text = arabic_for_stemming(unicodedata.normalize("NFC", text))
    return [
        arabic(stem(word, language))
        for word in WORD.findall(text)
        if arabic(word) not in skip
    ]


def query_stems(text, language):
    """The stems a match must contain: the query's words less stop words."""
    found = stems(text, language, skip=STOP_WORDS.get(language, set()))
    return list(dict.fromkeys(found))


def terms(text, language):
    """Stems as stored for the SQLite scorer: space-separated, space at each end."""
    return f" {' '.join(stems(text, language))} " if text else " "
