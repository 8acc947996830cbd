from django.urls import path

from . import views

app_name = "offline"
urlpatterns = [
    path("offline/", views.offline_page, name="page"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
