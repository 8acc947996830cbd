from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    pages = root.get_children().live().public().in_menu() if root else []
    return {"root": root, "pages": pages, "current": context.get("page")}
