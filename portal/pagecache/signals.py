from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import invalidate_all


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    invalidate_all()


@receiver(post_delete)
def content_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        invalidate_all()
