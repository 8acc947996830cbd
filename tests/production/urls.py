"""The portal's addresses, its error handlers, and two views that fail on purpose."""

from django.core.exceptions import PermissionDenied
from django.urls import path

from portal.urls import *  # noqa: F403 - the handlers too
from portal.urls import urlpatterns as portal_urlpatterns


def refuse(request, code):
    raise PermissionDenied


def fail(request, code):
    raise RuntimeError("a bug")


urlpatterns = [
    path("<str:code>/refused-on-purpose/", refuse),
    path("<str:code>/failing-on-purpose/", fail),
    *portal_urlpatterns,
]
