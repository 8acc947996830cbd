from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _grant_role_permissions(sender, **kwargs):
    from .roles import ensure_role_permissions

    ensure_role_permissions()


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"

    def ready(self):
        # Each app's permissions appear in its own post_migrate, so run after every
        # app's (cheap and idempotent) rather than only after ours.
        post_migrate.connect(_grant_role_permissions)
