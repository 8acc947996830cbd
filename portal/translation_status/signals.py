"""Keep translation sources current whenever a tracked object or draft is saved."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from wagtail.models import Page, Revision

from portal.i18n.completeness import translated_fields

from .drafts import revision_content
from .services import translation_sources_forget, translation_sources_record
from .tracked import is_tracked


@receiver(post_save, dispatch_uid="translation_status_object_saved")
def object_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if isinstance(instance, Revision):
        _revision_saved(instance, update_fields)
    elif is_tracked(sender):
        translation_sources_record(obj=instance, update_fields=update_fields)


def object_deleted(sender, instance, **kwargs):
    if is_tracked(sender):
        translation_sources_forget(obj=instance)


def connect():
    """A delete receiver for each model that may be tracked, none for all: a
    model with one loses Django's fast (single query) delete. Snippets are
    registered after this app is ready, so every translated model that may be
    one is listened to (not Page, not the rows inside a page such as a check's
    questions), and object_deleted asks whether it is tracked."""
    for model in translator.get_registered_models(abstract=False):
        if _may_be_tracked(model):
            post_delete.connect(
                object_deleted,
                sender=model,
                dispatch_uid=f"translation_status_deleted_{model._meta.label}",
            )


def _may_be_tracked(model):
    inline = any(isinstance(field, ParentalKey) for field in model._meta.fields)
    return model is not Page and not inline and bool(translated_fields(model))


def _revision_saved(revision, update_fields):
    # A page's draft lives only in its revision until it is published.
    if update_fields is not None and "content" not in update_fields:
        return
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    if is_tracked(model):
        translation_sources_record(obj=revision_content(model, revision))
