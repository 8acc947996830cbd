from wagtail import hooks

from portal.home.sections import HOME_PAGE_SECTIONS, HomeSection


@hooks.register(HOME_PAGE_SECTIONS, order=30)
def library_search_section(request):
    return HomeSection("library/components/home_section.html")
