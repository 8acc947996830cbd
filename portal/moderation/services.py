"""The safeguarding check that a revision needs before it goes live."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CHECKLIST, SafeguardingCheck

CHECK_MISSING = _(
    "Publishing needs the safeguarding check: confirm that no child can be "
    "identified by name, face, school or home place."
)

COPY_STAYS_DRAFT = _(
    "A copy of a news story starts as a draft: publish it after the safeguarding check."
)


class SafeguardingCheckMissing(PermissionDenied):
    """A revision was to go live without a confirmed safeguarding check."""

    def __init__(self):
        super().__init__(CHECK_MISSING)


def safeguarding_check_confirm(*, revision, user, confirmations) -> SafeguardingCheck:
    """Record `user`'s checklist for `revision`; refused unless every box is ticked."""
    if not all(confirmations.get(name) for name in CHECKLIST):
        raise SafeguardingCheckMissing
    check, _created = SafeguardingCheck.objects.update_or_create(
        revision=revision,
        defaults={
            **dict.fromkeys(CHECKLIST, True),
            "confirmed_by": user,
            "confirmed_at": timezone.now(),
        },
    )
    return check


def revision_is_checked(revision) -> bool:
    return (
        revision is not None
        and SafeguardingCheck.objects.filter(revision_id=revision.pk).exists()
    )


def safeguarding_check_require(revision):
    """Refuse unless `revision` has a confirmed safeguarding check."""
    if not revision_is_checked(revision):
        raise SafeguardingCheckMissing
