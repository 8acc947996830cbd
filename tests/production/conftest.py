"""The portal under its production settings: the values portal.settings.production
itself computes, static files collected by `collectstatic` into the manifest
storage, and requests as the proxy forwards them (HTTPS, the portal's host name).

Only the database stays the test's own (pytest-django created it from the same
DATABASE_URL), and media go to a temporary folder. Mail stays in memory and
passwords hash fast because production does not set those two settings at all.
"""

import importlib
import os
import secrets
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

import portal.settings
from tests.demo.conftest import demo_loaded, demo_site  # noqa: F401 - fixtures

HOST = "portal.example.org"
# What a deployment puts in the environment. Without REDIS_URL the test process'
# local-memory cache is used, which production accepts only when told to.
ENVIRONMENT = {
    "SECRET_KEY": secrets.token_urlsafe(45),
    "ALLOWED_HOSTS": HOST,
    **({} if os.environ.get("REDIS_URL") else {"PORTAL_ALLOW_LOCAL_CACHE": "true"}),
}
# Settings of the test process that production's must not replace.
KEPT = {"DATABASES"}
SETTINGS_MODULES = ("portal.settings.base", "portal.settings.production")


def production_values(environment):
    """Every setting portal.settings.production defines, by running the module
    afresh (with its base) in `environment`; the test settings stay loaded."""
    saved_modules = {name: sys.modules.pop(name, None) for name in SETTINGS_MODULES}
    package = vars(portal.settings)
    saved_attributes = {name: package.get(name) for name in ("base", "production")}
    try:
        with mock.patch.dict(os.environ, environment):
            module = importlib.import_module("portal.settings.production")
    finally:
        for name, saved in saved_modules.items():
            sys.modules.pop(name, None)
            if saved is not None:
                sys.modules[name] = saved
        for name, saved in saved_attributes.items():
            package.pop(name, None)
            if saved is not None:
                package[name] = saved
    return {name: getattr(module, name) for name in dir(module) if name.isupper()}


def _changed(values):
    return {
        name: value
        for name, value in values.items()
        if name not in KEPT
        and (not hasattr(settings, name) or getattr(settings, name) != value)
    }


@pytest.fixture(scope="package")
def production(tmp_path_factory):
    """Production's settings for this package's tests, after a real collectstatic."""
    overrides = {
        **_changed(production_values(ENVIRONMENT)),
        "STATIC_ROOT": tmp_path_factory.mktemp("static"),
        "MEDIA_ROOT": tmp_path_factory.mktemp("media"),
    }
    with override_settings(**overrides):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield overrides


@pytest.fixture
def browser(production, db):
    """A client as nginx forwards requests: HTTPS, to the portal's host name.

    Made inside the production settings, so that WhiteNoise finds the collected
    files when it starts.
    """
    return Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
