from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401

_INSECURE_KEYS = {"", "change-me", "dev-only-insecure-key-never-use-in-production"}
if SECRET_KEY in _INSECURE_KEYS or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a long random value (50+ characters) in production."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the portal's host names.")

# Tasks run out of the request, in `manage.py db_worker` (deploy/systemd/).
TASKS = tasks_setting("database")

# One gunicorn process only (a sync worker count of 1) may do without Redis.
PORTAL_ALLOW_LOCAL_CACHE = os.environ.get("PORTAL_ALLOW_LOCAL_CACHE", "false") == "true"

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Sign-up confirmations, approvals and password resets go out by SMTP.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false") == "true"
