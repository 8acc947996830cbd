from django.urls import reverse
from django.utils import translation


def report_url(name="report", code="en", args=(), **query):
    from django.utils.http import urlencode

    with translation.override(code):
        url = reverse(f"reports:{name}", args=args)
    return f"{url}?{urlencode(query)}" if query else url
