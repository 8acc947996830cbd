"""Production settings pass Django's deployment checks and send secure headers."""

import secrets

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from portal.security.checks import shared_cache
from tests.portal.test_settings import run_django, show_setting

PRODUCTION = {
    "settings_module": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
    "ALLOWED_HOSTS": "x",
}
# Never reached: a system check reads the setting and connects to nothing.
REDIS_URL = "redis://127.0.0.1:6379/15"


def test_check_deploy_finds_nothing_to_warn_about():
    result = run_django(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE=PRODUCTION["settings_module"],
        SECRET_KEY=PRODUCTION["SECRET_KEY"],
        ALLOWED_HOSTS="x",
        REDIS_URL=REDIS_URL,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)" in result.stdout


def production_command(*args, **env):
    return run_django(
        "manage.py",
        *args,
        DJANGO_SETTINGS_MODULE=PRODUCTION["settings_module"],
        SECRET_KEY=PRODUCTION["SECRET_KEY"],
        ALLOWED_HOSTS="x",
        **env,
    )


def test_production_refuses_to_migrate_or_serve_with_a_per_process_cache(tmp_path):
    """Without REDIS_URL each gunicorn worker would count sign-in failures and
    cache pages for itself; `migrate` (every release runs it) stops first."""
    database = tmp_path / "portal.sqlite3"
    for command in (["migrate", "--noinput"], ["check", "--deploy"]):
        result = production_command(*command, DATABASE_URL=f"sqlite:///{database}")

        assert result.returncode != 0, command
        assert "security.E002" in result.stderr, command
        assert "Set REDIS_URL" in result.stderr, command
    assert not database.exists() or database.stat().st_size == 0


def app_server_import(**env):
    return run_django(
        "-c",
        "import portal.wsgi",
        DJANGO_SETTINGS_MODULE=PRODUCTION["settings_module"],
        SECRET_KEY=PRODUCTION["SECRET_KEY"],
        ALLOWED_HOSTS="x",
        **env,
    )


def test_the_app_server_refuses_to_load_with_a_per_process_cache():
    """gunicorn imports portal.wsgi and runs no system check of its own."""
    result = app_server_import()

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "security.E002" in result.stderr


def test_the_app_server_loads_with_a_shared_cache():
    result = app_server_import(REDIS_URL=REDIS_URL)

    assert result.returncode == 0, result.stderr


def test_one_process_may_opt_out_of_the_shared_cache_explicitly():
    result = production_command(
        "check", "--deploy", "--fail-level", "WARNING", PORTAL_ALLOW_LOCAL_CACHE="true"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "security.E002" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_the_check_names_every_per_process_cache(backend):
    with override_settings(
        CACHES={"default": {"BACKEND": backend}}, PORTAL_ALLOW_LOCAL_CACHE=False
    ):
        errors = shared_cache(None)

    assert [error.id for error in errors] == ["security.E002"]
    assert backend in errors[0].msg


def test_a_shared_cache_passes_the_check():
    caches = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}
    }
    with override_settings(CACHES=caches, PORTAL_ALLOW_LOCAL_CACHE=False):
        assert shared_cache(None) == []


def test_development_and_tests_run_one_process_and_pass_the_check():
    assert "security.E002" not in {message.id for message in run_checks()}


SECURE_PRODUCTION = {
    "SECURE_HSTS_SECONDS": 31536000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_SSL_REDIRECT": True,
    "SESSION_COOKIE_SECURE": True,
    "SESSION_COOKIE_HTTPONLY": True,
    "CSRF_COOKIE_SECURE": True,
    "LANGUAGE_COOKIE_SECURE": True,
    "SECURE_REFERRER_POLICY": "same-origin",
    "X_FRAME_OPTIONS": "DENY",
    "DEBUG": False,
}


def test_production_uses_https_only_cookies_and_hsts():
    result = show_setting(
        f"{{name: getattr(settings, name) for name in {list(SECURE_PRODUCTION)!r}}}",
        **PRODUCTION,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr((SECURE_PRODUCTION,))
