"""Small helpers shared by the news tests."""

import re

from django.utils import translation


def url_in(code, page):
    """The page's address in language `code`."""
    with translation.override(code):
        return page.get_url()


def image_block(image, alt_text="Social workers around a table with case files"):
    """A picture in a story's body, as the editor stores it."""
    return {"type": "image", "value": {"image": image.pk, "alt_text": alt_text}}


def card_titles(html):
    """The titles of the story cards on a page, in order."""
    return re.findall(
        r'<article class="story-card">\s*<h[23][^>]*><a [^>]*>([^<]+)</a>', html
    )
