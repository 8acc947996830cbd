"""Settings shared by every environment: secure by default, read from the env."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from portal.i18n.fields import localized_verbose_name

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # First, so that its migrate command (which fills new language columns) wins.
    "portal.i18n",
    # modeltranslation must come before django.contrib.admin and wagtail's apps.
    "modeltranslation",
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "portal.home",
    "portal.accounts",
    "portal.security",
    "portal.pagecache",
    "portal.glossary",
    "portal.topics",
    "portal.centres",
    "portal.pages",
    "news",
    "training",
    "library",
    "portal.moderation",
    "portal.translation_status",
    "portal.search",
    "demo",
    "portal.backup",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django_tasks",
    # Its table exists everywhere, whichever backend TASKS_BACKEND picks.
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.middleware.ContentSecurityPolicyMiddleware",
    "portal.security.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.resilience.middleware.DatabaseUnavailableMiddleware",
    "portal.pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.pagecache.middleware.SharedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.offline.middleware.QueuedFormMiddleware",
    "portal.security.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.security.middleware.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection the database dropped (a restart) is replaced, not used.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compiling costs more than it saves on the portal's short queries (the
    # supervisor's export ran 3.6x slower with it).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 600,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 600,
        }
    }

# allauth's rate limits and the page cache live in the cache: a local-memory one
# is per process, so each worker would count and cache for itself. Development
# and tests run one process; production refuses it (security.E002) unless told.
PORTAL_ALLOW_LOCAL_CACHE = True

# Anonymous readers get whole pages from the cache for this long (0 turns it off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A supervisor's report is kept until what it shows changes, at most this long.
REPORT_CACHE_SECONDS = int(os.environ.get("REPORT_CACHE_SECONDS", "600"))

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

# Background tasks: the search index, a document's text, Wagtail's reference
# index. "database" queues them for `manage.py db_worker`, beside gunicorn
# (production's default); "immediate" runs them in the request that asks for
# them (development and tests; a single small server may choose it).
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(default):
    """TASKS for the backend TASKS_BACKEND names, else `default`."""
    name = os.environ.get("TASKS_BACKEND", "") or default
    if name not in TASKS_BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}."
        )
    return {"default": {"BACKEND": TASKS_BACKENDS[name]}}


TASKS = tasks_setting("immediate")

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # First: refuses any sign-in while its username and address are locked out.
    "portal.security.backends.SignInLockoutBackend",
    # Wagtail's admin sign-in (by username) ...
    "django.contrib.auth.backends.ModelBackend",
    # ... and the portal's, by e-mail or username.
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# Page privacy ("signed-in readers only") sends readers to the portal's sign-in,
# in their language; editors keep Wagtail's own at /admin/login/.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Staff sign up with their e-mail address, confirm it, then wait for a supervisor
# (portal/accounts/approval.py).
ACCOUNT_ADAPTER = "portal.accounts.adapter.PortalAccountAdapter"
ACCOUNT_FORMS = {
    "login": "portal.accounts.forms.SignInForm",
    "signup": "portal.accounts.forms.StaffSignupForm",
    "reset_password": "portal.accounts.forms.PasswordResetForm",
    "reset_password_from_key": "portal.accounts.forms.PasswordResetKeyForm",
    "change_password": "portal.accounts.forms.PasswordChangeForm",
}
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# Whether an address has an account is nobody's business: sign-up and password
# reset answer alike, and the address's owner gets an e-mail saying so.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    # Wrong passwords, per account and address (the adapter's key; django-axes
    # locks the pair out after five), and wrong two-factor codes, per account
    # from any address. No limit per address alone: ten failures for made-up
    # names would lock a whole office out.
    "login_failed": "10/15m/key",
    # Any sign-in, a flood guard per address: a training room behind one
    # address signs in together (allauth's default, 30, is one room).
    "login": "100/m/ip",
    "reset_password": "20/m/ip,3/10m/key",
    "reset_password_from_key": "20/m/ip",
}
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGOUT_ON_GET = False
# Wagtail's own sign-in and password reset would skip the second factor and the
# rate limits: /admin/login/ leads to the portal's sign-in (portal/security).
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Two-factor authentication (allauth.mfa), required of everyone who can reach the
# admin (portal/security/two_factor.py).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Authenticator keys and recovery-code seeds are stored encrypted (Fernet). The
# key comes from MFA_ENCRYPTION_KEY (comma-separated, newest first, to rotate),
# else from SECRET_KEY: set it in production, so that a new SECRET_KEY does not
# lock everyone out of two-factor sign-in.
MFA_ADAPTER = "portal.security.mfa.PortalMFAAdapter"
MFA_ENCRYPTION_KEYS = [
    key for key in os.environ.get("MFA_ENCRYPTION_KEY", "").split(",") if key
]
MFA_TOTP_ISSUER = "Child Protection Workforce Portal"

# Five wrong passwords for one username from one address lock that pair out for
# fifteen minutes; colleagues behind the same office address still sign in.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "portal.security.lockout.attempted_username"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
# The client's address as allauth's rate limits see it: REMOTE_ADDR, or behind
# TRUSTED_PROXY_COUNT reverse proxies the address the outermost one received
# (X-Forwarded-For entries before it could be forged).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "portal.security.lockout.client_address"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
# The portal's public address (https://portal.example.org) for links in e-mails;
# without it, the address the request came to (portal/accounts/mail.py).
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "")

# Languages: English is the source language every translation falls back to.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("id", _("Indonesian")),
    ("vi", _("Vietnamese")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_CUSTOM_FIELDS = ("StreamField", "RichTextField")
# modeltranslation suffixes Indonesian fields "_ind" and labels them "[ind]", which
# wagtail-modeltranslation's language toggle cannot match; label them "[id]".
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# The editor shows one language at a time with its own switch (portal/i18n).
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
# Panels that wagtail-modeltranslation splits into one per language, like FieldPanel.
WAGTAILMODELTRANSLATION_CUSTOM_SIMPLE_PANELS = ["portal.security.panels.CaseTextPanel"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
# On several app servers: a directory they share, unless uploads go to a bucket.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Several app servers share their uploads through S3-compatible storage
# (`pip install .[s3]`); AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY are read by django-storages from the environment.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_DEFAULT_ACL = None  # private: documents go through Wagtail's serve view
    AWS_QUERYSTRING_AUTH = True

WAGTAIL_SITE_NAME = "Child Protection Workforce Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False  # one page tree; languages are fields (modeltranslation)
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no request may leave the site
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Documents: only passive types, downloaded (never shown in the browser) through
# Wagtail's serve view, which applies the collections' privacy rules.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "png", "jpg", "jpeg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.SafeDocumentForm"
# Pictures: raster formats only (an SVG can carry scripts).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Powerful browser features the portal never uses: off for it and for anything
# it could be made to embed (portal/security/middleware.py).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# A form sent from another site, or by a browser that blocks cookies: a page in
# the reader's language, not Django's English one.
CSRF_FAILURE_VIEW = "portal.i18n.errors.csrf_failure"

# Nothing runs or loads from another site, nothing inline runs (JSON-LD data
# blocks are not scripts) and no site may frame the portal. The Wagtail admin
# needs inline scripts and styles: portal/security/middleware.py relaxes the
# policy for its paths only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
