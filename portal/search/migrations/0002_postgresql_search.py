"""PostgreSQL only: a text search configuration per language, a vector per entry
kept up to date by a trigger, and the indexes that make them fast. Nothing to
do on SQLite, which scores stems instead."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

# Short vowels and other harakat, the superscript alef and the tatweel (see
# portal/search/normalise.py, which applies the same rules to queries).
ARABIC_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640"

FORWARD = f"""
CREATE TEXT SEARCH CONFIGURATION vietnamese_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION vietnamese_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION search_config(language text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE language
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'id' THEN 'indonesian'::regconfig
        WHEN 'ar' THEN 'arabic'::regconfig
        WHEN 'vi' THEN 'vietnamese_unaccent'::regconfig
        ELSE 'simple'::regconfig
    END
$$;

-- Arabic as the stemmer expects it: no short vowels, one alef, a final ha or ya
-- read as ta marbuta or alef maqsura.
CREATE FUNCTION search_arabic_for_stemming(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(
        regexp_replace(translate(body, 'أإآٱ{ARABIC_MARKS}', 'اااا'), 'ه\\M', 'ة', 'g'),
        'ي\\M', 'ى', 'g'
    )
$$;

CREATE FUNCTION search_indexentry_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    config regconfig := search_config(NEW.language);
    title text := NEW.title;
    summary text := NEW.summary;
    body text := NEW.body;
BEGIN
    IF NEW.language = 'ar' THEN
        title := search_arabic_for_stemming(title);
        summary := search_arabic_for_stemming(summary);
        body := search_arabic_for_stemming(body);
    END IF;
    NEW.search_vector :=
        setweight(to_tsvector(config, coalesce(title, '')), 'A')
        || setweight(to_tsvector(config, coalesce(summary, '')), 'B')
        || setweight(to_tsvector(config, coalesce(body, '')), 'C');
    RETURN NEW;
END
$$;

CREATE TRIGGER search_indexentry_vector
    BEFORE INSERT OR UPDATE OF language, title, summary, body ON search_indexentry
    FOR EACH ROW EXECUTE FUNCTION search_indexentry_vector();

CREATE INDEX search_indexentry_vector_gin ON search_indexentry USING gin (search_vector);
CREATE INDEX search_indexentry_title_trgm ON search_indexentry
    USING gin (title_folded gin_trgm_ops);
CREATE INDEX search_indexedword_trgm ON search_indexedword USING gin (word gin_trgm_ops);
"""

BACKWARD = """
DROP INDEX IF EXISTS search_indexedword_trgm;
DROP INDEX IF EXISTS search_indexentry_title_trgm;
DROP INDEX IF EXISTS search_indexentry_vector_gin;
DROP TRIGGER IF EXISTS search_indexentry_vector ON search_indexentry;
DROP FUNCTION IF EXISTS search_indexentry_vector();
DROP FUNCTION IF EXISTS search_arabic_for_stemming(text);
DROP FUNCTION IF EXISTS search_config(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS vietnamese_unaccent;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
