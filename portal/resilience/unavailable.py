from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

# Seconds a browser or proxy is asked to wait: a database restart or failover.
RETRY_AFTER_SECONDS = 10
DATABASE_ERRORS = (OperationalError, InterfaceError)


def unavailable_response(request):
    """A page that needs no database, in the reader's language."""
    body = loader.render_to_string("503.html", {}, request)
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
