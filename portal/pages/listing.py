"""A listing's pages of items, as the address asks for them (?page=)."""

from django.core.paginator import Page, Paginator

from portal.pagecache.cache import remember_for_page


def page_of(request, page, name, items, per_page):
    """The page of `items` the address asks for: the first for nonsense, the last
    when past the end. Built once and shared by every reader until content
    changes; `name` says which of `page`'s lists `items` are."""
    asked = request.GET.get("page", "")

    def build():
        shown = Paginator(items, per_page).get_page(asked)
        return list(shown), shown.number, shown.paginator.count

    found, number, count = remember_for_page(request, page, f"{name}:{asked}", build)
    # A range counts the pages without holding every item.
    return Page(found, number, Paginator(range(count), per_page))


def empty_page(per_page):
    """A first page with nothing on it, for filters that can match nothing."""
    return Paginator([], per_page).get_page(1)


def filtered_listing(request, index, filters, name, items_name):
    """A filtered listing's context: the filters chosen, their options and, as
    `items_name`, the page of what they keep (see `page_of`; `name` says which
    list of `index` this is). Unknown values match nothing: an empty page says
    so rather than guess."""
    known = filters.is_valid()
    query = filters.as_query()
    if known:
        name = f"{name}:{query}"
        items = page_of(request, index, name, filters.qs, index.per_page)
    else:
        items = empty_page(index.per_page)
    return {
        "filters": filters.chosen,
        "filters_unknown": not known,
        "options": filters.options,
        items_name: items,
        "filter_query": query,
    }
