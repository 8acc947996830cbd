"""django-axes' view of a sign-in: who is trying, and what they see when locked out."""

from allauth.account.adapter import get_adapter
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

# allauth's form posts "login" (an e-mail address or a username); Wagtail's and
# Django's post "username". allauth passes `email` or `username` to authenticate().
USERNAME_FIELDS = ("login", "username", "email")


def attempted_username(request, credentials):
    """The name typed in, whatever the form calls it, in one spelling."""
    for source in (credentials or {}, getattr(request, "POST", {})):
        for field in USERNAME_FIELDS:
            value = source.get(field)
            if value:
                return value.strip().lower()
    return None


def locked_out(request, response, credentials):
    return render(request, "security/locked_out.html", status=429)


def client_address(request):
    """The same address allauth's rate limits count (ALLAUTH_TRUSTED_PROXY_COUNT);
    None for a request without one (a sign-out made in code)."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return None
