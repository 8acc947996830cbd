from django import template
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction, Site

from portal.pagecache.cache import remember

register = template.Library()


def without_restricted(pages):
    """`pages` less those at or under a view restriction, in the same query.

    Wagtail's `public()` first loads every restriction with its page, one more
    query on every page view.
    """
    restricted = PageViewRestriction.objects.filter(
        StartsWith(OuterRef("path"), F("page__path"))
    )
    return pages.filter(~Exists(restricted))


def menu_pages(root):
    """The root's live children marked for menus that every reader may see."""
    return list(without_restricted(root.get_children().live().in_menu()))


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    pages = remember(f"main-menu:{site.pk}", lambda: menu_pages(root)) if root else []
    # The request lets {% pageurl %} reuse the site's root paths it already holds.
    return {
        "request": request,
        "root": root,
        "pages": pages,
        "current": context.get("page"),
    }
