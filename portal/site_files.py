"""Files every site answers at its root: /robots.txt and /favicon.ico."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from portal.i18n.languages import language_codes

# Pages for one reader, or none worth a search engine's visit; in every language.
PRIVATE_PATHS = ("accounts/", "search/", "supervision/", "certificates/", "offline/")
FAVICON = "icons/favicon.ico"


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", f"Disallow: {reverse('wagtailadmin_home')}"]
    for code in language_codes():
        with translation.override(code):
            prefix = reverse("wagtail_serve", args=[""])
        lines += [f"Disallow: {prefix}{path}" for path in PRIVATE_PATHS]
    # Absolute, as the protocol asks, on the host the robot asked.
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page names; the file is tiny."""
    with open(finders.find(FAVICON), "rb") as icon:
        return HttpResponse(icon.read(), content_type="image/x-icon")
