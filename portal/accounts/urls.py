from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("approvals/", views.approvals, name="approvals"),
    path(
        "approvals/<int:profile_id>/approve/",
        views.decide,
        {"decision": "approve"},
        name="approve",
    ),
    path(
        "approvals/<int:profile_id>/refuse/",
        views.decide,
        {"decision": "refuse"},
        name="refuse",
    ),
    path("waiting/", views.waiting, name="waiting"),
    path("refused/", views.refused, name="refused"),
]
