"""What the library listing lists for a request: the filters of the address,
the page of resources it asks for."""

from django.utils import translation

from portal.pages.listing import filtered_listing

from .filters import ResourceFilterSet


def listing_context(index, request):
    """The listing's filters, their options and the page of resources they keep."""
    filters = ResourceFilterSet(request.GET, queryset=index.resources())
    code = translation.get_language()  # "in my language" depends on it
    name = f"library-listing:{index.pk}:{code}"
    return filtered_listing(request, index, filters, name, "resources")
