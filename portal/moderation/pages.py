"""Page types that go live only once a person has confirmed the safeguarding check."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import get_page_models

from .services import revision_is_checked, safeguarding_check_require


class SafeguardedPageMixin:
    """Publishing or scheduling a revision on a person's behalf (any call with a
    `user`: the editor, bulk actions, the admin API, the workflow) needs that
    revision's confirmed safeguarding check. Code acting for no one — the scheduler
    publishing what was checked when it was scheduled, the demo loader — passes no
    user."""

    def publish(self, revision, user=None, **kwargs):
        if user is not None:
            safeguarding_check_require(revision)
        return super().publish(revision, user=user, **kwargs)


def is_safeguarded(page_or_class):
    """Whether a page (of any class, specific or not) or page class is safeguarded."""
    if isinstance(page_or_class, type):
        return issubclass(page_or_class, SafeguardedPageMixin)
    return issubclass(page_or_class.specific_class or type(None), SafeguardedPageMixin)


def safeguarded_models():
    return [model for model in get_page_models() if is_safeguarded(model)]


def copies_safeguarded_pages(page, *, recursive):
    """Whether copying `page` (with its subpages if `recursive`) copies any
    safeguarded page."""
    if is_safeguarded(page):
        return True
    if not recursive:
        return False
    types = ContentType.objects.get_for_models(*safeguarded_models()).values()
    return page.get_descendants().filter(content_type__in=types).exists()


def pages_unchecked(pages):
    """The safeguarded pages among `pages` whose latest revision has no check."""
    return [
        page
        for page in pages
        if is_safeguarded(page) and not revision_is_checked(page.get_latest_revision())
    ]
