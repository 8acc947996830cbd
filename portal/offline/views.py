"""The installable web app: its manifest, its service worker, its offline page.

The service worker is served from the site root, not /static/, so that its scope
covers the pages of every language.
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.i18n.languages import language_codes

# Loaded by the worker; their hashed names change with their contents, and so
# the worker's own bytes, which is what makes browsers install a new version.
WORKER_SCRIPTS = ("js/sync-queue.js", "js/offline-worker.js")
# Kept from the install on: every page needs them, and a lesson or check opened
# for the first time without a connection needs the scripts of its form.
ASSETS = (
    "css/portal.css",
    "icons/icon-192.png",
    "js/offline.js",
    "js/sync-queue.js",
    "js/offline-forms.js",
)
ICON_SIZES = (192, 512)


def _offline_pages():
    pages = {}
    for code in language_codes():
        with translation.override(code):
            pages[code] = reverse("offline:page")
    return pages


@require_GET
@cache_control(no_cache=True)
def service_worker(request):
    config = {
        "assets": [static(asset) for asset in ASSETS],
        "offlinePages": _offline_pages(),
        # The prefix, not static(""): the manifest storage has no entry for "".
        "staticUrl": settings.STATIC_URL,
    }
    scripts = [static(script) for script in WORKER_SCRIPTS]
    config["version"] = hashlib.sha256(
        json.dumps([config, scripts], sort_keys=True).encode()
    ).hexdigest()[:12]
    body = (
        f"self.PORTAL_OFFLINE = {json.dumps(config, ensure_ascii=False)};\n"
        f"importScripts({', '.join(json.dumps(script) for script in scripts)});\n"
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def manifest(request):
    """The web app manifest in the reader's language."""
    return JsonResponse(
        {
            "name": _("Child Protection Workforce Portal"),
            "short_name": _("CP Portal"),
            "lang": translation.get_language(),
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "start_url": reverse("wagtail_serve", args=[""]),
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#0b6e4f",
            "icons": [
                {
                    "src": static(f"icons/icon-{size}.png"),
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                    "purpose": "any",
                }
                for size in ICON_SIZES
            ],
        },
        json_dumps_params={"ensure_ascii": False},
        content_type="application/manifest+json",
    )


@require_GET
def offline_page(request):
    """What the service worker shows for a page that was not kept on the device."""
    return render(request, "offline/offline_page.html")
