"""Production settings pass Django's deployment checks and send secure headers."""

import secrets

from tests.portal.test_settings import run_django, show_setting

PRODUCTION = {
    "settings_module": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
    "ALLOWED_HOSTS": "x",
}


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
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)" in result.stdout


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
