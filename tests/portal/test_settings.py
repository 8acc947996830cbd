"""Settings come from the environment, and production refuses to run insecurely."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_django(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            # Set by the browser tests for their own process; never in a deployment.
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def show_setting(expression, settings_module="portal.settings.dev", **env):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        f"print(repr(({expression},)))"
    )
    return run_django("-c", code, DJANGO_SETTINGS_MODULE=settings_module, **env)


def test_production_passes_the_deployment_checks():
    result = run_django(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="portal.example.org",
        # Production refuses a per-process cache (tests/security/test_deployment.py).
        REDIS_URL="redis://127.0.0.1:6379/15",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "secret_key", ["", "change-me", "dev-only-insecure-key-never-use-in-production"]
)
def test_production_refuses_a_missing_or_default_secret_key(secret_key):
    result = run_django(
        "manage.py",
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_sqlite_is_the_default_database():
    result = show_setting("settings.DATABASES['default']['ENGINE']")
    assert result.stdout.strip() == "('django.db.backends.sqlite3',)"


def test_database_url_selects_postgresql():
    result = show_setting(
        "settings.DATABASES['default']['ENGINE'], "
        "settings.DATABASES['default']['NAME']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal_example",
    )
    assert result.stdout.strip() == (
        "('django.db.backends.postgresql', 'portal_example')"
    )


def test_redis_url_selects_the_redis_cache():
    result = show_setting(
        "settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION']",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert result.stdout.strip() == (
        "('django_redis.cache.RedisCache', 'redis://127.0.0.1:6379/3')"
    )


def test_the_local_memory_cache_is_the_default():
    result = show_setting("settings.CACHES['default']['BACKEND']")
    assert result.stdout.strip() == "('django.core.cache.backends.locmem.LocMemCache',)"


def test_elasticsearch_url_and_allowed_hosts_come_from_the_environment():
    result = show_setting(
        "settings.ELASTICSEARCH_URL, settings.ALLOWED_HOSTS",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        ALLOWED_HOSTS="a.example.org,b.example.org",
    )
    assert result.stdout.strip() == (
        "('http://127.0.0.1:9200', ['a.example.org', 'b.example.org'])"
    )
