from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    # Before allauth's own, at the same addresses (portal/urls.py).
    path("login/", views.SignInView.as_view(), name="login"),
    path("2fa/totp/activate/", views.TwoFactorEnrolView.as_view(), name="enrol"),
    path("profile/", views.profile, name="profile"),
    path("approvals/", views.approvals, name="approvals"),
    path("approvals/<int:profile_id>/approve/", views.approve, name="approve"),
    path("approvals/<int:profile_id>/refuse/", views.refuse, name="refuse"),
    path("waiting/", views.waiting, name="waiting"),
    path("refused/", views.refused, name="refused"),
]
