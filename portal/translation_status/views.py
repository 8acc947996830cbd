from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .columns import LanguageStatusColumn
from .drafts import latest_contents
from .filters import TranslationStatusFilterSet
from .forms import ConfirmTranslationForm
from .permissions import user_can_edit, user_can_review_translations
from .selectors import translation_statuses
from .services import translation_source_confirm
from .tracked import target_languages


class TranslationStatusReportView(ReportView):
    """Each page and snippet, with what every language still lacks."""

    page_title = gettext_lazy("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status:report"
    index_results_url_name = "translation_status:report_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not user_can_review_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title", label=gettext_lazy("Title"), get_url=lambda row: row.edit_url
            ),
            Column("type_name", label=gettext_lazy("Type")),
            *[LanguageStatusColumn(code) for code in target_languages()],
        ]

    def get_queryset(self):
        return translation_statuses()

    def decorate_paginated_queryset(self, rows):
        finder = AdminURLFinder(self.request.user)
        for row in rows:
            row.edit_url = finder.get_edit_url(row.obj)
        return rows

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return gettext_lazy("Nothing matches these filters.")
        return gettext_lazy("There is no translated content yet.")


@require_POST
def confirm_translation(request):
    """The editor checked a translation against the changed English: keep it."""
    form = ConfirmTranslationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This translation could not be confirmed."))
        return redirect("translation_status:report")
    obj = form.cleaned_data["object"]
    if not user_can_edit(request.user, obj):
        raise PermissionDenied
    [content] = latest_contents([obj])
    try:
        translation_source_confirm(
            obj=content,
            field_name=form.cleaned_data["field_name"],
            language=form.cleaned_data["language"],
        )
    except ValueError:
        messages.error(request, _("An empty translation cannot be confirmed."))
    else:
        messages.success(request, _("Translation confirmed."))
    return redirect(_safe_next(request, form.cleaned_data["next"]))


def _safe_next(request, url):
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return "translation_status:report"
