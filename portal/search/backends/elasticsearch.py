"""Search in Elasticsearch, for deployments larger than the database serves well.

One index per language, each with that language's analyzer; facets are
aggregations, snippets highlights, "did you mean" the term suggester and titles
as the reader types the completion suggester. Built with elasticsearch-dsl; the
request bodies are built apart from sending them, so they can be checked
without a server.
"""

import datetime

from elasticsearch import Elasticsearch
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Completion, Date, Document, Integer, Keyword, Q, Text
from elasticsearch_dsl import Search as DslSearch
from wagtail.models import Page

from portal.i18n.languages import LANGUAGE_TEXT

from ..highlight import START, STOP, marked_html
from ..normalise import fold
from ..privacy import Hidden, hidden_now
from ..query import FACETS, Hit, Results, Suggestion
from .analysis import text_analyzer, typing_analyzer
from .base import SearchBackend

INDEX_PREFIX = "portal-search"
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's default; deeper pages show the last

FACET_FIELDS = {
    "kind": "kind",
    "topic": "topics",
    "resource_type": "resource_type",
    "country": "countries",
    "year": "year",
}
SEARCHED_FIELDS = ["title^4", "summary^2", "body"]
NOTHING_HIDDEN = Hidden()
SUGGESTIONS_ASKED = 3  # times those shown: room for the private ones left out


def index_name(language):
    return f"{INDEX_PREFIX}-{language}"


def document_class(language):
    """The document of one language's index, with that language's analyzer."""
    text, typing = text_analyzer(language), typing_analyzer(language)
    return type(
        f"SearchDocument_{language}",
        (Document,),
        {
            "page_id": Integer(),
            "kind": Keyword(),
            "language": Keyword(),
            # .plain: the words as written, for "did you mean".
            "title": Text(analyzer=text, fields={"plain": Text(analyzer=typing)}),
            "title_suggest": Completion(analyzer=typing),
            "summary": Text(analyzer=text),
            "body": Text(analyzer=text, fields={"plain": Text(analyzer=typing)}),
            "url": Keyword(index=False),
            "date": Date(),
            "topics": Keyword(multi=True),
            "countries": Keyword(multi=True),
            "resource_type": Keyword(),
            "year": Integer(),
            # What privacy is checked against as every search runs (see privacy).
            "path": Keyword(),
            "file_collection": Integer(),
            "Index": type(
                "Index",
                (),
                {
                    "name": index_name(language),
                    "settings": {"number_of_shards": 1, "number_of_replicas": 0},
                },
            ),
            "__module__": __name__,
        },
    )


DOCUMENTS = {code: document_class(code) for code in LANGUAGE_TEXT}


def to_document(page_id, kind, entry, path=""):
    document = DOCUMENTS[entry.language](
        meta={"id": f"{page_id}-{entry.language}"},
        page_id=page_id,
        kind=kind,
        language=entry.language,
        title=entry.title,
        title_suggest={"input": [entry.title]},
        summary=entry.summary,
        body=entry.body,
        url=entry.url,
        date=entry.date,
        topics=list(entry.topics),
        countries=list(entry.countries),
        resource_type=entry.resource_type or None,
        year=entry.year,
        path=path,
        file_collection=entry.file_collection_id,
    )
    return document


def matching(text):
    """The reader's words, with a parser that never fails on what is typed:
    operators it does not know are read as words."""
    return Q(
        "simple_query_string",
        query=text,
        fields=SEARCHED_FIELDS,
        default_operator="and",
        flags="AND|OR|NOT|PHRASE|WHITESPACE|ESCAPE",
    )


def without_hidden(body, hidden):
    """`body` less the entries of private pages and of private files' text."""
    clauses = [Q("prefix", path=path) for path in hidden.page_paths]
    if hidden.collection_ids:
        clauses.append(Q("terms", file_collection=list(hidden.collection_ids)))
    return body.query(Q("bool", must_not=clauses)) if clauses else body


def build_search(search, hidden=NOTHING_HIDDEN):
    """The request body of one page of results, with facets and highlights."""
    start = min(
        (search.page - 1) * search.per_page, MAX_RESULT_WINDOW - search.per_page
    )
    # The document class reads the hits: dates as dates, not strings.
    body = (
        DslSearch(index=index_name(search.language))
        .doc_type(DOCUMENTS[search.language])
        .query(matching(search.text))
    )
    body = without_hidden(body, hidden)
    for facet, value in search.filters:
        body = body.filter("term", **{FACET_FIELDS[facet]: value})
    for facet in FACETS:
        body.aggs.bucket(facet, "terms", field=FACET_FIELDS[facet], size=50)
    body = body.highlight(
        "summary",
        "body",
        fragment_size=160,
        number_of_fragments=2,
        pre_tags=[START],
        post_tags=[STOP],
        encoder="default",
    )
    body = body.source(exclude=["body", "summary", "title_suggest"])
    return body.extra(track_total_hits=True)[start : start + search.per_page]


def build_did_you_mean(text, language):
    return (
        DslSearch(index=index_name(language))
        .suggest(
            "did_you_mean",
            text,
            term={
                "field": "title.plain",
                "suggest_mode": "missing",
                "min_word_length": 3,
            },
        )
        .suggest(
            "did_you_mean_body",
            text,
            term={
                "field": "body.plain",
                "suggest_mode": "missing",
                "min_word_length": 3,
            },
        )
        .extra(size=0)
    )


def build_count_by_language(text, languages, hidden=NOTHING_HIDDEN):
    body = DslSearch(index=",".join(index_name(code) for code in languages)).query(
        matching(text)
    )
    body = without_hidden(body, hidden)
    body.aggs.bucket("languages", "terms", field="language", size=len(languages))
    return body.extra(size=0)


def build_suggest(prefix, language, limit):
    """Titles by prefix; the completion suggester cannot filter, so more are
    asked for than shown and the private ones left out as they come back."""
    return (
        DslSearch(index=index_name(language))
        .suggest(
            "titles",
            prefix,
            completion={
                "field": "title_suggest",
                "size": limit * SUGGESTIONS_ASKED,
                "skip_duplicates": True,
            },
        )
        .source(["title", "url", "path", "file_collection"])
    )


class ElasticsearchBackend(SearchBackend):
    supports_did_you_mean = True

    def __init__(self, url):
        self.url = url
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = Elasticsearch(self.url)
        return self._client

    def create_indexes(self):
        for document in DOCUMENTS.values():
            if not document._index.exists(using=self.client):
                document.init(using=self.client)

    def index_pages(self, pages):
        self.create_indexes()
        ids = [page_id for page_id, _, _ in pages]
        self.remove_pages(ids)
        paths = dict(Page.objects.filter(pk__in=ids).values_list("pk", "path"))
        documents = [
            to_document(page_id, kind, entry, paths.get(page_id, ""))
            for page_id, kind, entries in pages
            for entry in entries
            if entry.language in DOCUMENTS
        ]
        bulk(
            self.client,
            (document.to_dict(include_meta=True) for document in documents),
            refresh="wait_for",
        )
        return len(documents)

    def remove_pages(self, page_ids):
        self.client.delete_by_query(
            index=f"{INDEX_PREFIX}-*",
            query={"terms": {"page_id": list(page_ids)}},
            refresh=True,
            ignore_unavailable=True,
            allow_no_indices=True,
        )

    def clear(self):
        for document in DOCUMENTS.values():
            document._index.delete(using=self.client, ignore_unavailable=True)
        self.create_indexes()

    def search(self, search):
        response = build_search(search, hidden_now()).using(self.client).execute()
        return results_of(response, search)

    def count_by_language(self, text, languages):
        body = build_count_by_language(text, languages, hidden_now())
        response = body.using(self.client).execute()
        return {
            bucket.key: bucket.doc_count
            for bucket in response.aggregations.languages.buckets
        }

    def did_you_mean(self, text, language):
        response = build_did_you_mean(text, language).using(self.client).execute()
        return corrected_text(text, response.suggest.to_dict(), language)

    def suggest(self, prefix, language, limit):
        if not prefix:
            return []
        response = build_suggest(prefix, language, limit).using(self.client).execute()
        return visible_suggestions(response.suggest.titles[0].options, hidden_now())[
            :limit
        ]


def results_of(response, search):
    """One page of results from Elasticsearch's response to `build_search`."""
    total = total_of(response.hits.total)
    return Results(
        hits=[hit_of(hit) for hit in response.hits],
        total=total,
        page=min(search.page, max(1, -(-total // search.per_page))),
        per_page=search.per_page,
        facets={
            facet: {
                str(bucket.key): bucket.doc_count
                for bucket in response.aggregations[facet].buckets
            }
            for facet in FACETS
        },
    )


def total_of(total):
    """`hits.total`: {"value", "relation"} since Elasticsearch 7, a number before
    (or with rest_total_hits_as_int). The search asks for an exact count."""
    return total if isinstance(total, int) else total.value


def hit_of(hit):
    highlight = hit.meta.highlight.to_dict() if "highlight" in hit.meta else {}
    fragments = [*highlight.get("summary", []), *highlight.get("body", [])]
    return Hit(
        page_id=hit.page_id,
        kind=hit.kind,
        language=hit.language,
        title=hit.title,
        url=hit.url,
        snippet=marked_html(" … ".join(fragments[:2])),
        date=as_date(getattr(hit, "date", None)),
        resource_type=getattr(hit, "resource_type", None) or "",
        year=getattr(hit, "year", None),
    )


def as_date(value):
    """A hit's date as the database backend gives it: a date, or None.

    The document class reads the stored "2024-05-01" as a datetime; a hit not
    matched to it (no `_index`) keeps the string.
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value


def visible_suggestions(options, hidden):
    """The completion suggester's options less those of private pages or files."""
    return [
        Suggestion(option._source.title, option._source.url)
        for option in options
        if not hidden.covers(
            getattr(option._source, "path", ""),
            getattr(option._source, "file_collection", None),
        )
    ]


def corrected_text(text, suggestions, language):
    """The query with each misspelt word replaced by the suggesters' best.

    The suggesters answer with the words as analysed (folded), so the reader's
    words are folded the same way to find them.
    """
    replacements = {}
    for name in ("did_you_mean", "did_you_mean_body"):
        for token in suggestions.get(name, []):
            if token["options"] and token["text"] not in replacements:
                replacements[token["text"]] = token["options"][0]["text"]
    if not replacements:
        return None
    return " ".join(
        replacements.get(fold(word, language), word) for word in text.split()
    )
