"""Keep translation sources current whenever a tracked object or draft is saved."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Revision

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


@receiver(post_delete, dispatch_uid="translation_status_object_deleted")
def object_deleted(sender, instance, **kwargs):
    if is_tracked(sender):
        translation_sources_forget(obj=instance)


def _revision_saved(revision, update_fields):
    # A page's draft lives only in its revision until it is published.
    if update_fields is not None and "content" not in update_fields:
        return
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    if is_tracked(model):
        translation_sources_record(obj=revision_content(model, revision))
