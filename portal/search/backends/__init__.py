"""The search engines behind one interface: the database by default,
Elasticsearch when `ELASTICSEARCH_URL` is set."""

from functools import cache

from django.conf import settings


def get_backend():
    return _backend(settings.ELASTICSEARCH_URL)


@cache
def _backend(elasticsearch_url):
    if elasticsearch_url:
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend(elasticsearch_url)
    from .database import DatabaseBackend

    return DatabaseBackend()
