"""Production runs tasks in the worker unless told otherwise; development and
tests run them in the request."""

import secrets

import pytest

from tests.portal.test_settings import show_setting

BACKEND = "settings.TASKS['default']['BACKEND']"
PRODUCTION = {
    "settings_module": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(45),
    "ALLOWED_HOSTS": "portal.example.org",
}
DATABASE = "django_tasks_db.DatabaseBackend"
IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"


@pytest.mark.parametrize(
    ("configuration", "env", "backend"),
    [
        (PRODUCTION, {}, DATABASE),
        (PRODUCTION, {"TASKS_BACKEND": "immediate"}, IMMEDIATE),
        ({"settings_module": "portal.settings.dev"}, {}, IMMEDIATE),
        ({"settings_module": "portal.settings.test"}, {}, IMMEDIATE),
        (
            {"settings_module": "portal.settings.dev"},
            {"TASKS_BACKEND": "database"},
            DATABASE,
        ),
    ],
)
def test_the_backend_follows_the_settings_and_tasks_backend(
    configuration, env, backend
):
    result = show_setting(BACKEND, **configuration, **env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr((backend,))


def test_an_unknown_backend_is_refused_by_name():
    result = show_setting(BACKEND, **PRODUCTION, TASKS_BACKEND="celery")

    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database, not 'celery'" in (
        result.stderr
    )
