"""Wagtail's admin API, whose publish and copy actions skip Page.publish()."""

from rest_framework.exceptions import PermissionDenied
from wagtail.admin.api.actions.copy import CopyPageAPIAction
from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet

from .pages import copies_safeguarded_pages, pages_unchecked
from .services import CHECK_MISSING, COPY_STAYS_DRAFT


class CheckedPublishPageAPIAction(PublishPageAPIAction):
    def execute(self, instance, data):
        if pages_unchecked([instance]):
            raise PermissionDenied(str(CHECK_MISSING))
        return super().execute(instance, data)


class DraftCopyPageAPIAction(CopyPageAPIAction):
    def execute(self, instance, data):
        if data["keep_live"] and copies_safeguarded_pages(
            instance, recursive=data["recursive"]
        ):
            raise PermissionDenied(str(COPY_STAYS_DRAFT))
        return super().execute(instance, data)


class SafeguardedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {
        **PagesAdminAPIViewSet.actions,
        "publish": CheckedPublishPageAPIAction,
        "copy": DraftCopyPageAPIAction,
    }
