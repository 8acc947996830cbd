"""What the news listing and a centre's page list for a request: the filters of
the address, the page of stories it asks for."""

from django.http import QueryDict

from portal.pages.listing import filtered_listing, page_of

from .filters import NewsFilterSet


def listing_context(index, request):
    """The listing's filters, their options and the page of stories they keep."""
    filters = NewsFilterSet(request.GET, queryset=index.stories())
    context = filtered_listing(request, index, filters, _name(index), "stories")
    # A feed of unknown filters would be a 404.
    context["feed_query"] = (
        "" if context["filters_unknown"] else context["filter_query"]
    )
    return context


def centre_context(index, request, centre):
    """A centre's page of stories."""
    query = QueryDict(mutable=True)
    query["centre"] = centre.slug
    stories = index.stories().tagged("centres", centre=centre)
    return {
        "centre": centre,
        "stories": _page(index, request, stories, query.urlencode()),
        "feed_query": query.urlencode(),
    }


def _name(index):
    # The same stories whichever language reads them.
    return f"news-listing:{index.pk}"


def _page(index, request, stories, query):
    return page_of(request, index, f"{_name(index)}:{query}", stories, index.per_page)
