"""Addresses in a given language, for the form and filter tests."""

from django.urls import reverse
from django.utils import translation

from ..training.helpers import url_in


def reverse_in(code, name, args=()):
    with translation.override(code):
        return reverse(name, args=args)


def news_address(news_index, code, route=None, *args):
    url = url_in(code, news_index)
    return url + news_index.reverse_subpage(route, args=args) if route else url
