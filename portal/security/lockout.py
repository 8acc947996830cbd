"""django-axes' view of a sign-in: who is trying, and what they see when locked out."""

from allauth.account.adapter import get_adapter
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import render

# allauth's form posts "login" (an e-mail address or a username); Wagtail's and
# Django's post "username". allauth passes `email` or `username` to authenticate().
USERNAME_FIELDS = ("login", "username", "email")
# django-axes keeps the name in a column of 255 characters.
KEY_LENGTH = 255


def account_key(login):
    """One name per account, however it is spelt: its username and each of its
    e-mail addresses, in any capitals, count as one. A name no account has is
    kept as typed (made-up names are counted too, but apart from real ones)."""
    # PostgreSQL refuses NUL in a query; forms refuse it before this anyway.
    login = login.replace("\x00", "").strip().lower()
    if not login:
        return None
    account = (
        get_user_model()
        .objects.filter(
            Q(username__iexact=login)
            | Q(email__iexact=login)
            | Q(emailaddress__email__iexact=login)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    if account is not None:
        return f"account:{account}"
    return f"unknown:{login}"[:KEY_LENGTH]


def attempted_username(request, credentials):
    """The account a sign-in is for, whatever the form calls the name typed."""
    for source in (credentials or {}, getattr(request, "POST", {})):
        for field in USERNAME_FIELDS:
            value = source.get(field)
            if value:
                return account_key(value)
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
