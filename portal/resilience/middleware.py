import logging

from .unavailable import DATABASE_ERRORS, unavailable_response

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    """A view that loses the database answers 503 with Retry-After.

    Django closes a broken connection at the end of the request
    (CONN_HEALTH_CHECKS checks a kept one before reuse), so the next request
    reconnects by itself once the database is back. Errors raised in other
    middleware reach `handler500`, which does the same (views.server_error).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        logger.warning("Database unavailable: %s", exception)
        return unavailable_response(request)
