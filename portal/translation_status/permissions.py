"""Who may see the translation status report and confirm translations."""

from django.contrib.auth import get_permission_codename
from wagtail.models import Page
from wagtail.permissions import page_permission_policy, policy_registry

from .tracked import tracked_models


def user_can_review_translations(user):
    """Anyone who may edit some page or some translated snippet."""
    if page_permission_policy.user_has_any_permission(
        user, ["add", "change", "publish"]
    ):
        return True
    return any(
        user.has_perm(f"{model._meta.app_label}.{_change_codename(model)}")
        for model in tracked_models()
        if not issubclass(model, Page)
    )


def user_can_edit(user, obj):
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_permission_for_instance(user, "change", obj)


def _change_codename(model):
    return get_permission_codename("change", model._meta)
