from django import template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from portal.pagecache.cache import remember

from .. import approval

register = template.Library()


def my_training_url(request):
    """The training index's "my/" route in the current language, if there is one."""
    from training.models import TrainingIndexPage

    site = Site.find_for_request(request)

    def build():
        index = TrainingIndexPage.objects.live().first()
        return index.subpage_url(request, "my_training") if index else None

    name = f"my-training-url:{site.pk if site else 0}:{translation.get_language()}"
    return remember(name, build)


@register.inclusion_tag("accounts/components/account_menu.html", takes_context=True)
def account_menu(context):
    """Sign in and up for anonymous readers (the same for all: pages stay cacheable);
    a signed-in person's own links otherwise."""
    request = context["request"]
    user = request.user
    links = {"request": request, "user": user}
    if user.is_authenticated:
        may_approve = approval.may_approve(user)
        links.update(
            my_training_url=my_training_url(request),
            may_approve=may_approve,
            supervision_url=reverse("reports:report") if may_approve else None,
        )
    return links
