"""Links a feature adds to a signed-in person's account menu.

A feature registers a function with the Wagtail hook `account_menu_links`:
`@hooks.register(ACCOUNT_MENU_LINKS, order=10)`. The function takes the request
and whether the person supervises centres, and returns the `AccountLink`s to
show; they come in the hooks' order, before the account's own links.
"""

from dataclasses import dataclass

from wagtail import hooks

ACCOUNT_MENU_LINKS = "account_menu_links"


@dataclass(frozen=True)
class AccountLink:
    label: str
    url: str


def feature_links(request, *, supervises):
    return [
        link
        for links_for in hooks.get_hooks(ACCOUNT_MENU_LINKS)
        for link in links_for(request, supervises=supervises)
    ]
