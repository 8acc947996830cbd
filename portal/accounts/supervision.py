"""Who supervises which centres: one rule for approving sign-ups and for
following training records."""

from portal.centres.models import Centre

from .roles import SUPERVISORS


def supervised_centres(user):
    """The centres whose staff `user` approves and follows, by name (one query).

    Superusers supervise every centre; a member of the Supervisors group, the
    centres listed on their staff profile; anybody else, none.
    """
    if not user.is_authenticated or not user.is_active:
        return Centre.objects.none()
    if user.is_superuser:
        return Centre.objects.order_by("name", "pk")
    return (
        Centre.objects.filter(
            supervisors__user=user, supervisors__user__groups__name=SUPERVISORS
        )
        .distinct()
        .order_by("name", "pk")
    )
