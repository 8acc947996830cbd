from django.http import JsonResponse
from django.shortcuts import render
from django.urls import translate_url
from django.utils import translation

from portal.topics.models import Topic

from . import registry
from .backends import get_backend
from .normalise import clean_query
from .params import parse
from .query import FACETS
from .selectors import facet_groups, search_outcome

SUGGESTIONS = 8


def search_page(request):
    language = translation.get_language()
    wants_results = bool(clean_query(request.GET.get("q", ""))[0])
    # Topic names label the facets; one query, and none for an empty search.
    topics = (
        {topic.slug: topic.name for topic in Topic.objects.all()}
        if wants_results
        else {}
    )
    parsed = parse(request.GET, language, topics)
    context = {"parsed": parsed, "query": parsed.search.text}
    if parsed.search.text:
        outcome = search_outcome(parsed.search)
        for other in outcome.other_languages:
            other["url"] = translate_url(request.path, other["code"]) + address(
                request.GET, **dict.fromkeys(FACETS)
            )
        context.update(
            outcome=outcome,
            hits=[
                {"hit": hit, "kind_label": registry.kind_label(hit.kind)}
                for hit in outcome.results.hits
            ],
            unfiltered=address(request.GET, **dict.fromkeys(FACETS))[1:],
            facets=[
                with_links(group, request.GET)
                for group in facet_groups(outcome.results, outcome.search, topics)
            ],
            pages=page_links(outcome.results, request.GET),
        )
    return render(request, "search/search_page.html", context)


def suggest(request):
    """Titles in the reader's language for what they are typing."""
    prefix, _shortened = clean_query(request.GET.get("q", "")[:100])
    found = get_backend().suggest(prefix, translation.get_language(), SUGGESTIONS)
    return JsonResponse(
        {"suggestions": [{"title": one.title, "url": one.url} for one in found]}
    )


def address(params, **changes):
    """The search's query string with some parameters changed (None removes),
    back on the first page of results."""
    params = params.copy()
    params.pop("page", None)
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    return f"?{params.urlencode()}"


def with_links(group, params):
    values = [
        {
            "label": value.label,
            "count": value.count,
            "selected": value.selected,
            "url": address(
                params, **{group.name: None if value.selected else value.value}
            ),
        }
        for value in group.values
    ]
    return {"name": group.name, "label": group.label, "values": values}


def page_links(results, params):
    def page_address(number):
        return f"{address(params)}&page={number}"

    return {
        "number": results.page,
        "count": results.num_pages,
        "previous": page_address(results.page - 1) if results.page > 1 else "",
        "next": page_address(results.page + 1)
        if results.page < results.num_pages
        else "",
    }
