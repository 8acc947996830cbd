from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Site

from portal.accounts.menu import ACCOUNT_MENU_LINKS, AccountLink
from portal.home.sections import HOME_PAGE_SECTIONS, HomeSection
from portal.pagecache.cache import remember

from .access import refusing_restriction
from .featured import featured_modules
from .models import LessonPage, TrainingIndexPage, TrainingModulePage


@hooks.register("before_serve_page")
def refuse_signed_in_reader_outside_the_audience(page, request, args, kwargs):
    """A signed-in trainee outside a module's groups is told so, in their
    language, where Wagtail would send them to the sign-in page they just used.

    Runs before any route of the page, so a refused request records nothing.
    """
    if not isinstance(page, TrainingModulePage | LessonPage):
        return None
    if not request.user.is_authenticated or not refusing_restriction(request, page):
        return None
    response = TemplateResponse(
        request, "training/not_allowed.html", {"page": page}, status=403
    )
    add_never_cache_headers(response)
    return response


@hooks.register("register_admin_viewset")
def register_training_assignments():
    from .assignments.admin import AssignmentViewSet

    return AssignmentViewSet("training_assignments")


@hooks.register(HOME_PAGE_SECTIONS, order=20)
def featured_training_section(request):
    modules = remember("featured-training", featured_modules)
    return HomeSection("training/components/home_section.html", tuple(modules))


def my_training_url(request):
    """The training index's "my/" route in the current language, if there is one."""
    site = Site.find_for_request(request)

    def build():
        index = TrainingIndexPage.objects.live().first()
        return index.subpage_url(request, "my_training") if index else None

    name = f"my-training-url:{site.pk if site else 0}:{translation.get_language()}"
    return remember(name, build)


@hooks.register(ACCOUNT_MENU_LINKS, order=10)
def my_training_link(request, *, supervises):
    url = my_training_url(request)
    return [AccountLink(_("My training"), url)] if url else []


@hooks.register(ACCOUNT_MENU_LINKS, order=20)
def supervision_link(request, *, supervises):
    """The supervision report, for those who supervise centres."""
    if not supervises:
        return []
    return [AccountLink(_("Supervision"), reverse("reports:report"))]
