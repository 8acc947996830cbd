"""A file uploaded or replaced has its text read in the background, once the
upload is committed."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model

from .extraction import extractable
from .models import DocumentText
from .tasks import extract_document_text


def document_saved(sender, instance, **kwargs):
    if not instance.file or not extractable(instance.file_extension):
        return
    if DocumentText.objects.filter(
        document=instance, file_name=instance.file.name
    ).exists():
        return  # the same file: a new title or collection
    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))


def connect():
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="library_document"
    )
