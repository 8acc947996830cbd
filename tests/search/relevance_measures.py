"""How well a search answers the relevance cases: per language, the share of
cases passed, the mean reciprocal rank and the precision of the top three; and
the naive word match the engine must beat."""

import re
from dataclasses import dataclass, field

from portal.search.query import Search
from portal.search.selectors import search_outcome

from .relevance_corpus import documents

TOP = 3
RANKED_GROUPS = ("topic", "aspect", "precision", "variant", "general")
LANGUAGES = ("en", "id", "vi", "ar")


@dataclass(frozen=True)
class Answer:
    ranked: tuple  # document keys of the first page of results, best first
    offered: tuple = ()  # languages offered instead
    corrected: bool = False  # the results are those of "did you mean" words


@dataclass
class Score:
    cases: int = 0
    passed: int = 0
    reciprocal_ranks: list = field(default_factory=list)
    precisions: list = field(default_factory=list)
    failures: list = field(default_factory=list)

    @property
    def success(self):
        return self.passed / self.cases if self.cases else 0.0

    @property
    def mrr(self):
        return mean(self.reciprocal_ranks)

    @property
    def precision(self):
        return mean(self.precisions)

    def __str__(self):
        return (
            f"{self.passed}/{self.cases} = {self.success:.1%} passed, "
            f"MRR {self.mrr:.3f}, P@{TOP} {self.precision:.3f}"
        )


def mean(values):
    return sum(values) / len(values) if values else 0.0


def engine_answers(keys_by_page_id):
    """The portal's search, as a reader's search page asks it."""

    def answer(case):
        outcome = search_outcome(Search(case.query, case.language))
        return Answer(
            tuple(keys_by_page_id.get(hit.page_id) for hit in outcome.results.hits),
            tuple(other["code"] for other in outcome.other_languages),
            bool(outcome.corrected),
        )

    return answer


WORD = re.compile(r"\w+")


def naive_answers():
    """Documents holding any of the query's words as typed (lower case), most
    words first: no stemming, no folding, no stop words."""
    texts = {
        code: [
            (doc.key, set(WORD.findall(" ".join(doc.texts[code]).lower())))
            for doc in documents()
        ]
        for code in LANGUAGES
    }

    def answer(case):
        asked = set(WORD.findall(case.query.lower()))
        scored = [
            (len(asked & words), order, key)
            for order, (key, words) in enumerate(texts[case.language])
        ]
        ranked = sorted((-found, order, key) for found, order, key in scored if found)
        return Answer(tuple(key for _, _, key in ranked[:10]))

    return answer


def passes(case, answer):
    if case.group == "negative":
        return not answer.ranked or answer.corrected
    if case.group == "cross-language":
        return case.offered in answer.offered
    if case.group == "precision":
        return bool(answer.ranked) and answer.ranked[0] in case.relevant
    return any(key in case.relevant for key in answer.ranked[:TOP])


def reciprocal_rank(case, answer):
    for rank, key in enumerate(answer.ranked, start=1):
        if key in case.relevant:
            return 1 / rank
    return 0.0


def precision_at_top(case, answer):
    found = sum(key in case.relevant for key in answer.ranked[:TOP])
    return found / min(TOP, len(case.relevant))


def scores(cases, answer_for):
    """{language or "all": Score} of the answers to `cases`."""
    results = {code: Score() for code in (*LANGUAGES, "all")}
    for case in cases:
        answer = answer_for(case)
        ok = passes(case, answer)
        for score in (results[case.language], results["all"]):
            score.cases += 1
            score.passed += ok
            if not ok:
                score.failures.append(f"{case}: got {list(answer.ranked[:TOP])}")
            if case.group in RANKED_GROUPS:
                score.reciprocal_ranks.append(reciprocal_rank(case, answer))
                score.precisions.append(precision_at_top(case, answer))
    return results


def report(title, results):
    lines = [title]
    lines += [f"  {code:>3}: {score}" for code, score in results.items()]
    return "\n".join(lines)
