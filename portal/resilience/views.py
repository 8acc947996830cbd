import sys

from portal.i18n import errors

from .unavailable import DATABASE_ERRORS, unavailable_response


def server_error(request):
    """handler500: a lost database (seen outside any view) is a 503 too."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return unavailable_response(request)
    return errors.server_error(request)
