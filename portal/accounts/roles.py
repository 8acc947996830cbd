"""The portal's roles, as Wagtail groups, and the model permissions each one holds.

Editors write content and submit it; Moderators also publish it (both come with
Wagtail's own initial data, with page, image and document permissions on the whole
tree). Supervisors follow their centre's training records and Trainees take
training: neither reaches the Wagtail admin unless also given an editing role.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
MODERATORS = "Moderators"
SUPERVISORS = "Supervisors"
TRAINEES = "Trainees"

ALL_ROLES = (EDITORS, MODERATORS, SUPERVISORS, TRAINEES)

# Snippets that editors maintain alongside pages: app label -> models.
EDITED_SNIPPETS = {
    "glossary": ("glossaryterm",),
    "topics": ("topic",),
    "centres": ("centre",),
}

ROLE_PERMISSIONS = {
    EDITORS: [
        f"{app}.{action}_{model}"
        for app, models in EDITED_SNIPPETS.items()
        for model in models
        for action in ("add", "change", "view")
    ],
    MODERATORS: [
        f"{app}.{action}_{model}"
        for app, models in EDITED_SNIPPETS.items()
        for model in models
        for action in ("add", "change", "delete", "view")
    ],
}


def ensure_role_permissions():
    """Give each role its model permissions (idempotent; run after every migrate)."""
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
