from django import template

from .. import approval
from ..menu import feature_links

register = template.Library()


@register.inclusion_tag("accounts/components/account_menu.html", takes_context=True)
def account_menu(context):
    """Sign in and up for anonymous readers (the same for all: pages stay cacheable);
    a signed-in person's own links otherwise."""
    request = context["request"]
    user = request.user
    links = {"request": request, "user": user, "return_to": return_to(request)}
    if user.is_authenticated:
        may_approve = approval.may_approve(user)
        links.update(
            feature_links=feature_links(request, supervises=may_approve),
            may_approve=may_approve,
        )
    return links


def return_to(request):
    """Where signing in or out leads back to: the page being read (in its
    language), unless it is an account page, after which the home page is."""
    if request.path.split("/")[2:3] == ["accounts"]:  # /<language>/accounts/...
        return ""
    return request.get_full_path()
