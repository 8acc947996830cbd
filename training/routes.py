"""The routes of each kind of training page, below the page's own address.

Named by dotted path on the page class (`RoutedPageMixin.routes`), as Django's
ROOT_URLCONF names a module: the models never import the views.
"""

from django.urls import path

from . import views

TRAINING_INDEX = [
    path("", views.training_index, name="training_index"),
    path("my/", views.my_training, name="my_training"),
]
TRAINING_MODULE = [
    path("", views.module_page, name="module_page"),
    path("check/", views.knowledge_check, name="check"),
    path("check/attempts/<int:attempt_id>/", views.check_result, name="check_result"),
]
LESSON = [
    path("", views.lesson_page, name="lesson_page"),
    path("done/", views.lesson_done, name="done"),
]
