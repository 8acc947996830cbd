"""Who may open a training page: Wagtail's page privacy, read for one person."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import resolve_url
from django.utils.http import urlencode
from wagtail.models import PageViewRestriction

SIGNED_IN_RESTRICTIONS = (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS)


def login_url():
    """The sign-in page Wagtail's page privacy sends readers to, in their language."""
    return resolve_url(
        getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or "wagtailcore_login"
    )


def sign_in_url(next_url):
    return f"{login_url()}?{urlencode({'next': next_url})}"


def login_redirect(request, next_url=None):
    return redirect_to_login(next_url or request.get_full_path(), login_url())


def refusing_restriction(request, page):
    """The login or group restriction over `page` that the reader does not meet.

    Password restrictions are left to Wagtail, which asks for the password.
    """
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type in SIGNED_IN_RESTRICTIONS and (
            not restriction.accept_request(request)
        ):
            return restriction
    return None


class Audience:
    """Which pages one person may open, judged for many pages at once (three
    queries) and without their session: a password-protected page counts as closed.
    """

    def __init__(self, user):
        self.user = user
        self.group_ids = (
            set(user.groups.values_list("pk", flat=True))
            if user.is_authenticated
            else set()
        )
        self.restrictions = list(
            PageViewRestriction.objects.select_related("page")
            .only("restriction_type", "page__path")
            .prefetch_related("groups")
        )

    def may_open(self, page):
        return all(
            self._accepts(restriction)
            for restriction in self.restrictions
            if page.path.startswith(restriction.page.path)
        )

    def _accepts(self, restriction):
        kind = restriction.restriction_type
        if kind == PageViewRestriction.LOGIN:
            return self.user.is_authenticated
        if kind == PageViewRestriction.GROUPS:
            return self.user.is_superuser or bool(
                self.group_ids & {group.pk for group in restriction.groups.all()}
            )
        return kind == PageViewRestriction.NONE
