"""Start a new cache generation whenever anything that pages show changes."""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modeltranslation.translator import translator
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import invalidate_all

SHOWN_ON_PAGES = (
    Page,
    PageViewRestriction,
    CollectionViewRestriction,  # search results show the text of files
    Site,
    BaseSiteSetting,
    BaseGenericSetting,
)


def content_models():
    """Models whose rows appear in pages or decide who may see them.

    Snippets are covered by their translation registration: every text shown on
    the portal is translated (a test checks that every snippet is covered).
    """
    models = {model for model in apps.get_models() if issubclass(model, SHOWN_ON_PAGES)}
    models.update(translator.get_registered_models(abstract=False))
    models.update({get_image_model(), get_document_model()})
    return models


def content_changed(using=None, **kwargs):
    invalidate_all()
    # Until the change commits, other readers still render the old rows and
    # store them in the new generation: start another one once it is visible.
    transaction.on_commit(invalidate_all, using=using)


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid="pagecache")
    # Connected per model, not for every sender, so that Django keeps its fast
    # path for deleting rows of other models (sessions, logs, progress).
    for model in content_models():
        post_save.connect(content_changed, sender=model, dispatch_uid="pagecache")
        post_delete.connect(content_changed, sender=model, dispatch_uid="pagecache")
