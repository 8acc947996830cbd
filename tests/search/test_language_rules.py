"""One definition per language, three engines: Python (SQLite's scorer and every
query), PostgreSQL's SQL functions and Elasticsearch's char filters fold the
same text the same way."""

import dataclasses
import re
import unicodedata

import pytest
from django.db import connection

from portal.i18n.languages import LANGUAGE_TEXT, Folding
from portal.search.backends import elasticsearch as es
from portal.search.backends.analysis import english_name
from portal.search.backends.postgresql import functions_sql, install_functions
from portal.search.normalise import fold, for_stemmer

SAMPLES = {
    "ar": [
        "أَطْفَالٌ فِي المَدْرَسَةِ",
        "إحالة الأطفال إلى آمنة ٱلرعاية",
        "رعايـــة الطفولة المبكرة في المستشفى",
        "مستشفي هدى عام ٢٠٢٤ و۱۹۹۸",
        "هٰذا دليل UNICEF للأسرة",
        unicodedata.normalize("NFD", "أسرة آمنة"),  # hamza as a combining mark
    ],
    "vi": [
        "Trẻ em được bảo vệ",
        "ĐÀ NẴNG: Hội nghị trường hợp",
        unicodedata.normalize("NFD", "Người chăm sóc thay thế"),
        "Đoàn tụ gia đình – bước 1",
    ],
    "id": ["Perlindungan ANAK-anak", "Pengasuhan keluarga di Jambi (2024)"],
    "en": ["Protecting CHILDREN's rights", "Gatekeeping: a guide"],
}
CASES = [(code, text) for code, texts in SAMPLES.items() for text in texts]
ON_POSTGRESQL = connection.vendor == "postgresql"
RULE = re.compile(r"^(.*?)\s*=>\s*(.*?)\s*$")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def mapping_rules(language):
    """The char filters of the language's analyzer, read from the index
    settings as Elasticsearch reads them: "key => value", \\uXXXX escapes."""
    analysis = es.DOCUMENTS[language]._index.to_dict()["settings"]["analysis"]
    names = analysis["analyzer"][f"portal_{english_name(language)}"].get(
        "char_filter", []
    )
    rules = {}
    for name in names:
        char_filter = analysis["char_filter"][name]
        assert char_filter["type"] == "mapping"
        for rule in char_filter["mappings"]:
            key, value = RULE.match(rule).groups()
            rules[unescape(key)] = unescape(value)
    return rules


def unescape(text):
    return ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def elasticsearch_folded(text, language):
    """The mapping char filter (longest key first), then the lowercase filter."""
    rules = mapping_rules(language)
    longest = max(map(len, rules), default=0)
    out, index = [], 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            if text[index : index + size] in rules:
                out.append(rules[text[index : index + size]])
                index += size
                break
        else:
            out.append(text[index])
            index += 1
    return "".join(out).lower()


@pytest.mark.parametrize(("language", "text"), CASES)
def test_elasticsearch_folds_as_python_does(language, text):
    assert elasticsearch_folded(text, language) == fold(text, language)


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="the SQL functions are PostgreSQL's (DATABASE_URL)"
)
@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), CASES)
def test_postgresql_folds_and_reads_for_its_stemmer_as_python_does(language, text):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_fold(%s, %s), search_for_stemmer(%s, %s)",
            [language, text, language, text],
        )
        folded, for_its_stemmer = cursor.fetchone()
    assert folded == fold(text, language)
    assert for_its_stemmer == for_stemmer(text, language)


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="the SQL functions are PostgreSQL's (DATABASE_URL)"
)
@pytest.mark.django_db
def test_the_database_reads_each_language_with_its_configuration():
    with connection.cursor() as cursor:
        for code, text in LANGUAGE_TEXT.items():
            cursor.execute("SELECT search_config(%s)::text", [code])
            assert cursor.fetchone()[0] == text.postgresql_config
        cursor.execute("SELECT search_config('xx')::text")
        assert cursor.fetchone()[0] == "simple"


def test_the_sql_is_written_from_the_same_table_python_uses():
    sql = functions_sql()
    for code in LANGUAGE_TEXT:
        assert f"WHEN '{code}' THEN" in sql
    # Every Arabic letter the folding changes is in the function's translate().
    assert all(char in sql for char in "أإآٱةى٢")


def test_both_analyzers_of_a_language_fold_before_they_read():
    for language in ("ar", "vi"):
        analyzers = es.DOCUMENTS[language]._index.to_dict()["settings"]["analysis"][
            "analyzer"
        ]
        folding = [f"portal_{english_name(language)}_folding"]
        assert analyzers[f"portal_{english_name(language)}"]["char_filter"] == folding
        assert analyzers["portal_typing"]["char_filter"] == folding
    assert mapping_rules("en") == {}


@pytest.fixture
def arabic_unfolded(monkeypatch):
    """Arabic's folding rules switched off, as a relevance ablation does."""
    arabic = dataclasses.replace(LANGUAGE_TEXT["ar"], folding=Folding())
    monkeypatch.setitem(LANGUAGE_TEXT, "ar", arabic)


def test_rules_replaced_in_the_definition_take_effect_at_once(arabic_unfolded):
    assert fold("أطفال المدرسة", "ar") == "أطفال المدرسة"
    assert for_stemmer("مدرسه", "ar") == "مدرسه"


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="the SQL functions are PostgreSQL's (DATABASE_URL)"
)
@pytest.mark.django_db
def test_the_sql_functions_are_rewritten_from_the_definition(arabic_unfolded):
    install_functions()
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_fold('ar', 'أطفال المدرسة')")
        assert cursor.fetchone()[0] == "أطفال المدرسة"
