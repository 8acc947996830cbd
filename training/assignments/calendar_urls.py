from django.urls import path

from . import views

app_name = "assignment_calendar"

urlpatterns = [
    path("<int:pk>.ics", views.assignment_calendar, name="ics"),
]
