import os

from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# gunicorn runs no system checks: a per-process cache must stop it here too.
refusals = [
    message
    for message in checks.run_checks(tags=[checks.Tags.caches])
    if message.is_serious()
]
if refusals:
    raise ImproperlyConfigured("\n".join(str(message) for message in refusals))
