from django.urls import path

from .views import TranslationStatusReportView, confirm_translation

app_name = "translation_status"

urlpatterns = [
    path("", TranslationStatusReportView.as_view(), name="report"),
    path(
        "results/",
        TranslationStatusReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("confirm/", confirm_translation, name="confirm"),
]
