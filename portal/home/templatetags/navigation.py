from django import template
from wagtail.models import Site

from portal.i18n.pages import without_restricted
from portal.pagecache.cache import remember

register = template.Library()


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
