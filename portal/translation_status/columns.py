from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.admin.ui.tables import BaseColumn

from portal.i18n.languages import local_name


class LanguageStatusColumn(BaseColumn):
    """One language's state for each row: complete, missing or outdated fields."""

    cell_template_name = "translation_status/language_cell.html"

    def __init__(self, language):
        info = get_language_info(language)
        super().__init__(language, label=local_name(language))
        self.language = language
        self.bidi = info["bidi"]

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["status"] = instance.languages[self.language]
        # Cells render outside the request context: hand the confirm form its token.
        context["csrf_token"] = get_token(request)
        context["return_url"] = report_url(request)
        return context


def report_url(request):
    """The report with the filters and page the editor is looking at."""
    query = request.GET.copy()
    query.pop("_w_filter_fragment", None)
    url = reverse("translation_status:report")
    return f"{url}?{query.urlencode()}" if query else url
