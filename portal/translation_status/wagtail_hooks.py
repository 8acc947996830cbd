from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .permissions import user_can_review_translations


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_review_translations(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [path("reports/translation-status/", include(urls))]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:report"),
        name="translation-status",
        icon_name="globe",
        order=750,
    )
