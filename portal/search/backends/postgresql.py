"""PostgreSQL's side of the per-language rules: SQL functions generated from the
data the Python normaliser is made of, so the two cannot drift apart.

Installed after every `migrate` (a change of rules reaches the database with the
next deploy; rebuild the index then, as for any change of how text is read).
"""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.recorder import MigrationRecorder

from portal.i18n.languages import LANGUAGE_TEXT, language_text

from ..normalise import folding_table

# The configuration, the trigger and the indexes come from this migration.
SEARCH_MIGRATION = ("search", "0002_postgresql_search")


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def fold_sql(language, expression):
    """SQL that folds `expression` as normalise.fold does."""
    expression = f"lower({expression})"
    table = folding_table(language)
    if not table:
        return expression
    # translate() drops the characters of its second argument that have none
    # in its third: those replaced come first, those removed after.
    replaced = {char: to for char, to in table.items() if to}
    removed = [char for char, to in table.items() if not to]
    sources = literal("".join(replaced) + "".join(removed))
    return f"translate({expression}, {sources}, {literal(''.join(replaced.values()))})"


def for_stemmer_sql(language, expression):
    """SQL that reads `expression` as normalise.for_stemmer does."""
    expression = fold_sql(language, expression)
    for plain, proper in language_text(language).folding.stemmer_endings:
        end_of_word, letter = literal(plain + "\\M"), literal(proper)
        expression = f"regexp_replace({expression}, {end_of_word}, {letter}, 'g')"
    return expression


def _by_language(result_of, default):
    cases = "\n".join(
        f"        WHEN {literal(code)} THEN {result_of(code)}" for code in LANGUAGE_TEXT
    )
    return f"CASE language\n{cases}\n        ELSE {default}\n    END"


def functions_sql():
    """The functions the index's trigger and the tests call, for every language."""
    config = _by_language(
        lambda code: f"{literal(language_text(code).postgresql_config)}::regconfig",
        "'simple'::regconfig",
    )
    fold = _by_language(lambda code: fold_sql(code, "body"), "lower(body)")
    stemmer = _by_language(lambda code: for_stemmer_sql(code, "body"), "lower(body)")
    return f"""
CREATE OR REPLACE FUNCTION search_config(language text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE AS $body$
    SELECT {config}
$body$;

CREATE OR REPLACE FUNCTION search_fold(language text, body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
    SELECT {fold}
$body$;

CREATE OR REPLACE FUNCTION search_for_stemmer(language text, body text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
    SELECT {stemmer}
$body$;

CREATE OR REPLACE FUNCTION search_indexentry_vector() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    config regconfig := search_config(NEW.language);
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector(config,
            search_for_stemmer(NEW.language, coalesce(NEW.title, ''))), 'A')
        || setweight(to_tsvector(config,
            search_for_stemmer(NEW.language, coalesce(NEW.summary, ''))), 'B')
        || setweight(to_tsvector(config,
            search_for_stemmer(NEW.language, coalesce(NEW.body, ''))), 'C');
    RETURN NEW;
END
$body$;

DROP FUNCTION IF EXISTS search_arabic_for_stemming(text);
"""


def install_functions(using=DEFAULT_DB_ALIAS, **kwargs):
    """(Re)write the functions, on PostgreSQL once the search tables exist."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    if SEARCH_MIGRATION not in MigrationRecorder(connection).applied_migrations():
        return
    with connection.cursor() as cursor:
        cursor.execute(functions_sql())
