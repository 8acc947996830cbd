from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.report, name="report"),
    path("modules/<int:module_id>/", views.module_report, name="module"),
    path("export/report.csv", views.export_detail_csv, name="detail_csv"),
    path("export/report.xlsx", views.export_detail_xlsx, name="detail_xlsx"),
    path("export/activity.csv", views.export_activity_csv, name="activity_csv"),
]
