from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from . import two_factor

# What Wagtail's admin needs on top of the portal's policy: its inline scripts and
# styles, and its preview panel framing the page being edited.
ADMIN_POLICY = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "frame-src": ["'self'"],
}
ADMIN_POLICY_REPLACE = {"frame-ancestors": ["'self'"]}


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, relaxed for the Wagtail admin's paths only."""

    def process_response(self, request, response):
        if is_admin_path(request.path_info):
            # A preview is the page rendered through the whole middleware stack as
            # a request of its own, public policy included: the admin's replaces it.
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_path(request.path_info):
            parts.update = {**ADMIN_POLICY, **(parts.update or {})}
            parts.replace = {**ADMIN_POLICY_REPLACE, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Browser features the portal never uses (PERMISSIONS_POLICY) are off for it
    and for anything it could be made to embed."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateResponseMiddleware:
    """What one reader sees is kept by no cache: not the browser's, where the
    next person on a shared phone would find it with the back button, nor a
    proxy's.

    Signed-in pages and downloads (private documents, certificates), and
    anything for a session (a password-protected page or collection unlocked).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or (
            settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            patch_cache_control(response, private=True, no_store=True)
        return response


class AdminTwoFactorMiddleware:
    """The admin is reached through the portal's sign-in and a second factor.

    Wagtail's sign-in page leads to allauth's (which asks enrolled people for a
    code); people who may use the admin but have no authenticator yet are sent to
    set one up before any admin page, and a session signed in without the code
    gives it first (two_factor.refusal).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if is_admin_path(path):
            if path == reverse("wagtailadmin_login"):
                destination = request.GET.get("next") or reverse("wagtailadmin_home")
                return redirect_to_login(destination, reverse("account_login"))
            refusal = two_factor.refusal(
                request,
                _(
                    "Set up two-factor authentication before using the "
                    "administration pages."
                ),
            )
            if refusal is not None:
                return refusal
        return self.get_response(request)
