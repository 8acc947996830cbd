"""Every kind of content that pages show refreshes the cache when it changes."""

from wagtail.snippets.models import get_snippet_models

from portal.pagecache.signals import content_models


def test_every_snippet_model_refreshes_cached_pages():
    uncovered = set(get_snippet_models()) - content_models()
    assert not uncovered, (
        "Register these snippets with modeltranslation (or in "
        f"portal.pagecache.signals.content_models): {uncovered}"
    )
