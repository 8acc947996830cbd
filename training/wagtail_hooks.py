from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail import hooks

from .access import refusing_restriction
from .models import LessonPage, TrainingModulePage


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
