"""Search in the database: PostgreSQL full-text search with a configuration per
language, or, on SQLite (the quick start), a scorer over stored stems."""

import difflib

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Concat, Length

from portal.i18n.languages import language_text

from ..highlight import START, STOP, marked_html, snippet
from ..models import IndexedWord, IndexEntry, IndexFacet
from ..normalise import for_stemmer, query_stems, stop_words, terms, words
from ..privacy import restricted_collection, restricted_page
from ..query import Hit, Results, Suggestion
from .base import SearchBackend, facet_values

HIT_FIELDS = (
    "page_id",
    "kind",
    "language",
    "title",
    "url",
    "date",
    "resource_type",
    "year",
)
SIMILAR_ENOUGH = 0.7  # of two words' letters, for "did you mean"
TITLE_SCORE, TEXT_SCORE = 3, 1  # SQLite: a word in the title counts three times


def on_postgresql():
    return connection.vendor == "postgresql"


class DatabaseBackend(SearchBackend):
    supports_did_you_mean = True

    # Writing ---------------------------------------------------------------

    def index_pages(self, pages):
        with transaction.atomic():
            IndexEntry.objects.filter(
                page_id__in=[page_id for page_id, _, _ in pages]
            ).delete()
            rows, pairs, indexed_words = [], [], set()
            for page_id, kind, entries in pages:
                for entry in entries:
                    rows.append(entry_row(page_id, kind, entry))
                    pairs.append(facet_values(kind, entry))
                    indexed_words |= {
                        (entry.language, word) for word in vocabulary(entry)
                    }
            rows = IndexEntry.objects.bulk_create(rows)
            IndexFacet.objects.bulk_create(
                IndexFacet(entry_id=row.pk, facet=facet, value=value[:80])
                for row, values in zip(rows, pairs, strict=True)
                for facet, value in values
            )
            IndexedWord.objects.bulk_create(
                (IndexedWord(language=code, word=word) for code, word in indexed_words),
                ignore_conflicts=True,
                batch_size=2000,
            )
        return len(rows)

    def remove_pages(self, page_ids):
        IndexEntry.objects.filter(page_id__in=page_ids).delete()

    def clear(self):
        IndexFacet.objects.all().delete()
        IndexEntry.objects.all().delete()
        IndexedWord.objects.all().delete()

    # Reading ---------------------------------------------------------------

    def search(self, search):
        matches = self._matching(search.text, search.language)
        for facet, value in search.filters:
            matches = matches.filter(
                Exists(
                    IndexFacet.objects.filter(
                        entry=OuterRef("pk"), facet=facet, value=value
                    )
                )
            )
        # Every entry has one kind: the facet counts give the total, and no
        # count query is needed.
        facets = facet_counts(matches)
        total = sum(facets.get("kind", {}).values())
        if not total:
            return Results(hits=[], total=0, page=1, per_page=search.per_page)
        results = Results(hits=[], total=total, page=1, per_page=search.per_page)
        results.page = min(search.page, results.num_pages)
        start = (results.page - 1) * search.per_page
        rows = self._page(matches, search, start)
        results.hits = [self._hit(row, search) for row in rows]
        results.facets = facets
        return results

    def count_by_language(self, text, languages):
        condition = Q(pk__in=[])
        for code in languages:
            condition |= Q(pk__in=self._matching(text, code).values("pk"))
        found = (
            IndexEntry.objects.filter(condition)
            .values_list("language")
            .annotate(count=Count("pk"))
        )
        return {code: count for code, count in found if count}

    def did_you_mean(self, text, language):
        asked = [
            word
            for word in dict.fromkeys(words(text, language))
            if len(word) > 2 and not word.isdigit() and word not in stop_words(language)
        ]
        if not asked:
            return None
        known = set(
            IndexedWord.objects.filter(language=language)
            .annotate(word_length=Length("word"))
            .filter(self._similar_words(asked))
            .values_list("word", flat=True)[:500]
        )
        corrected = {}
        for word in asked:
            if word in known:
                continue
            close = difflib.get_close_matches(word, known, n=1, cutoff=SIMILAR_ENOUGH)
            if close:
                corrected[word] = close[0]
        if not corrected:
            return None
        return " ".join(corrected.get(word, word) for word in words(text, language))

    def suggest(self, prefix, language, limit):
        folded = " ".join(words(prefix, language))
        if not folded:
            return []
        rows = (
            public_entries()
            .filter(language=language)
            .filter(
                Q(title_folded__startswith=folded)
                | Q(title_folded__contains=f" {folded}")
            )
            .order_by(F("date").desc(nulls_last=True), "title")
            .values_list("title", "url")[:limit]
        )
        return [Suggestion(title, url) for title, url in rows]

    # Engines ----------------------------------------------------------------

    def _matching(self, text, language):
        entries = public_entries().filter(language=language)
        if on_postgresql():
            return entries.filter(search_vector=pg_query(text, language))
        stems = query_stems(text, language)
        if not stems:
            return entries.none()
        for stem in stems:
            entries = entries.filter(
                Q(title_terms__contains=f" {stem}") | Q(text_terms__contains=f" {stem}")
            )
        return entries

    def _page(self, matches, search, start):
        """One page of ranked matches with their snippets, in one query.

        The page is chosen in a subquery so that snippets, the costly part, are
        made for its rows only, however deep the page.
        """
        if on_postgresql():
            query = pg_query(search.text, search.language)
            rank = SearchRank(F("search_vector"), query, cover_density=True)
        else:
            rank = sqlite_score(query_stems(search.text, search.language))
        order = ("-rank", F("date").desc(nulls_last=True), "pk")
        chosen = matches.annotate(rank=rank).order_by(*order).values("pk")
        return (
            IndexEntry.objects.filter(pk__in=chosen[start : start + search.per_page])
            .annotate(rank=rank)
            .order_by(*order)
            .values(*HIT_FIELDS, **self._snippet_source(search))
        )

    def _snippet_source(self, search):
        text = Concat("summary", Value("\n"), "body", output_field=TextField())
        if not on_postgresql():
            return {"text": text}
        return {
            "headline": SearchHeadline(
                text,
                pg_query(search.text, search.language),
                config=language_text(search.language).postgresql_config,
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        }

    def _hit(self, row, search):
        if "headline" in row:
            shown = marked_html(row.pop("headline"))
        else:
            stems = query_stems(search.text, search.language)
            shown = snippet(row.pop("text"), search.language, stems)
        return Hit(snippet=shown, **row)

    def _similar_words(self, asked):
        condition = Q(pk__in=[])
        for word in asked:
            if on_postgresql():
                condition |= Q(word__trigram_similar=word)
            else:
                condition |= Q(
                    word__startswith=word[0],
                    word_length__range=(len(word) - 2, len(word) + 2),
                )
        return condition


def public_entries():
    """The entries of pages that are not private now and hold no text of a
    file that is: checked as the search runs, whatever the index was told."""
    return IndexEntry.objects.filter(
        ~restricted_page(OuterRef("page__path")),
        ~restricted_collection(OuterRef("file_collection__path")),
    )


def pg_query(text, language):
    """The reader's words as a PostgreSQL query: websearch syntax, which never
    fails on operators, quotes or anything else typed; read as the index's
    trigger reads entries (search_for_stemmer)."""
    return SearchQuery(
        for_stemmer(text, language),
        config=language_text(language).postgresql_config,
        search_type="websearch",
    )


def sqlite_score(stems):
    score = Value(0)
    for stem in stems:
        for column, points in (
            ("title_terms", TITLE_SCORE),
            ("text_terms", TEXT_SCORE),
        ):
            score += Case(
                When(**{f"{column}__contains": f" {stem}"}, then=Value(points)),
                default=Value(0),
                output_field=IntegerField(),
            )
    return score


def facet_counts(matches):
    """How many of the matches have each facet value: one query for all facets."""
    counts = {}
    found = (
        IndexFacet.objects.filter(entry__in=matches.values("pk"))
        .values_list("facet", "value")
        .annotate(count=Count("pk"))
        .order_by()
    )
    for facet, value, count in found:
        counts.setdefault(facet, {})[value] = count
    return counts


def entry_row(page_id, kind, entry):
    language = entry.language
    return IndexEntry(
        page_id=page_id,
        kind=kind,
        language=language,
        title=entry.title,
        summary=entry.summary,
        body=entry.body,
        url=entry.url,
        date=entry.date,
        resource_type=entry.resource_type,
        year=entry.year,
        file_collection_id=entry.file_collection_id,
        title_folded=" ".join(words(entry.title, language)),
        **({} if on_postgresql() else sqlite_terms(entry)),
    )


def sqlite_terms(entry):
    """The stems SQLite's scorer reads (PostgreSQL reads its vector instead)."""
    return {
        "title_terms": terms(entry.title, entry.language),
        "text_terms": terms(f"{entry.summary}\n{entry.body}", entry.language),
    }


def vocabulary(entry):
    """The words of an entry "did you mean" may propose: those of its title and
    summary (a body, a file's text above all, would swell the list with rare
    words and slow every write)."""
    return {
        word
        for word in words(f"{entry.title}\n{entry.summary}", entry.language)
        if 2 < len(word) <= 40 and not word.isdigit()
    }
