"""The relevance suite: every query's expected result in the top three."""

from django.db import connection

from portal.search.backends import get_backend
from portal.search.query import Search
from portal.search.selectors import search_outcome

from .relevance import CASES, PDF_CASE

TOP = 3
# SQLite scores stems without PostgreSQL's ranking: a floor, not perfection.
SQLITE_FLOOR = 0.8


def top_keys(outcome, pages):
    by_id = {page.pk: key for key, page in pages.items()}
    return [by_id.get(hit.page_id) for hit in outcome.results.hits[:TOP]]


def run_cases(pages, cases):
    failures = []
    for language, query, expected, what in cases:
        found = top_keys(search_outcome(Search(query, language)), pages)
        if expected not in found:
            failures.append(
                f"[{language}] {query!r} ({what}): want {expected}, got {found}"
            )
    return failures


def test_relevance_cases_find_their_document_in_the_top_three(corpus, capsys):
    """On PostgreSQL every case passes; on SQLite the score stays above a floor."""
    cases = [*CASES, PDF_CASE]
    failures = run_cases(corpus, cases)
    score = 1 - len(failures) / len(cases)
    engine = f"{type(get_backend()).__name__} on {connection.vendor}"
    with capsys.disabled():
        print(
            f"\nRelevance ({engine}): {len(cases) - len(failures)}/{len(cases)} "
            f"= {score:.0%} in the top {TOP}"
        )
        for failure in failures:
            print(f"  missed {failure}")
    if connection.vendor == "postgresql":
        assert not failures
    else:
        assert score >= SQLITE_FLOOR
    assert len(cases) >= 40
