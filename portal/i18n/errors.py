"""Error pages in the reader's language, with the site's layout."""

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.translation import get_language_from_path


def page_not_found(request, exception=None):
    # Outside i18n_patterns the language comes from the path prefix, if any.
    code = get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(code):
        body = loader.render_to_string("404.html", {}, request)
    return HttpResponseNotFound(body)


def server_error(request):
    body = loader.render_to_string("500.html")
    return HttpResponseServerError(body)
