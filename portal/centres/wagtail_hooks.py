from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Centre


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "site"
    menu_label = _("Centres")
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]


register_snippet(CentreViewSet)
