from django.apps import AppConfig


class TopicsConfig(AppConfig):
    name = "portal.topics"
    label = "topics"
    verbose_name = "Topics"
