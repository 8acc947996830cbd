"""The home page's sections, each filled by the feature it shows.

A feature registers a function with the Wagtail hook `home_page_sections`:
`@hooks.register(HOME_PAGE_SECTIONS, order=10)`. The function takes the request
and returns a `HomeSection` (or None to leave its section out); sections appear
in the hooks' order. The core names no feature.
"""

from dataclasses import dataclass

from wagtail import hooks

HOME_PAGE_SECTIONS = "home_page_sections"


@dataclass(frozen=True)
class HomeSection:
    template: str  # rendered with the page's context, `items` and `more`
    items: tuple = ()
    more: object = None  # the page that lists all of them, if there is one


def home_sections(request):
    section_functions = hooks.get_hooks(HOME_PAGE_SECTIONS)
    sections = (section_for(request) for section_for in section_functions)
    return [section for section in sections if section is not None]
