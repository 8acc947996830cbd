from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "portal.security"
    label = "security"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system check
