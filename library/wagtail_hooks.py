from wagtail import hooks

from portal.home.sections import HOME_PAGE_SECTIONS, HomeSection
from portal.pagecache.cache import remember

from .models import LibraryIndexPage

NEWEST_LIMIT = 3


def library_and_newest():
    """The live library and its newest resources (none without a library)."""
    library = LibraryIndexPage.objects.live().first()
    return library, list(library.resources()[:NEWEST_LIMIT]) if library else []


@hooks.register(HOME_PAGE_SECTIONS, order=30)
def library_search_section(request):
    library, newest = remember("library-newest", library_and_newest)
    if library is None:
        return None
    return HomeSection("library/components/home_section.html", tuple(newest), library)
