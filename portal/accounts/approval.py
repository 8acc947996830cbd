"""Approving or refusing new accounts: a supervisor of the person's centre, or an
admin, decides once; the person hears of it in their own language.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from .mail import base_url, mail_send, site_url
from .models import StaffProfile
from .roles import SUPERVISORS, TRAINEES
from .supervision import supervised_centres


def may_approve(user):
    return supervised_centres(user).exists()


def decidable_profiles(user):
    """Profiles `user` may decide on: their centres' staff with a confirmed e-mail."""
    profiles = StaffProfile.objects.filter(
        Exists(EmailAddress.objects.filter(user=OuterRef("user"), verified=True))
    )
    return profiles.filter(centre__in=supervised_centres(user))


def pending_profiles(user):
    """The sign-ups waiting for `user`'s decision, oldest first."""
    return (
        decidable_profiles(user)
        .filter(status=StaffProfile.Status.PENDING)
        .select_related("user", "centre")
        .order_by("created_at", "pk")
    )


def profile_approve(*, profile_id: int, by) -> tuple[StaffProfile, bool]:
    """Approve a pending sign-up; the person becomes a trainee. True if it changed."""
    return _decide(
        decidable_profiles(by),
        profile_id=profile_id,
        by=by,
        status=StaffProfile.Status.APPROVED,
    )


def profile_refuse(*, profile_id: int, by, reason: str) -> tuple[StaffProfile, bool]:
    """Refuse a pending sign-up, saying why (the person is told). True if it changed."""
    reason = reason.strip()
    if not reason:
        raise ValueError("A refusal needs a reason.")
    return _decide(
        decidable_profiles(by),
        profile_id=profile_id,
        by=by,
        status=StaffProfile.Status.REFUSED,
        reason=reason,
    )


def refusal_undo(*, profile_id: int, by, status: str) -> tuple[StaffProfile, bool]:
    """An admin takes back a refusal: the sign-up waits again (its supervisors
    are told) or is approved (the person is told). True if it changed."""
    if status not in (StaffProfile.Status.PENDING, StaffProfile.Status.APPROVED):
        raise ValueError(f"A refusal is undone to waiting or approved, not {status}.")
    return _decide(
        StaffProfile.objects.all(),
        profile_id=profile_id,
        by=by,
        status=status,
        decided=StaffProfile.Status.REFUSED,
    )


def _decide(
    profiles, *, profile_id, by, status, reason="", decided=StaffProfile.Status.PENDING
):
    """Move the profile from status `decided` to `status`, once.

    Raises StaffProfile.DoesNotExist for a profile not among `profiles`.
    """
    with transaction.atomic():
        # Two supervisors (or one double click) deciding at once: the first
        # decision wins and the second finds it made.
        profile = (
            profiles.select_for_update(of=("self",))
            .select_related("user", "centre")
            .get(pk=profile_id)
        )
        if profile.status != decided:
            return profile, False
        waiting = status == StaffProfile.Status.PENDING
        profile.status = status
        profile.refusal_reason = reason
        profile.decided_by = None if waiting else by
        profile.decided_at = None if waiting else timezone.now()
        profile.save(
            update_fields=["status", "refusal_reason", "decided_by", "decided_at"]
        )
        if status == StaffProfile.Status.APPROVED:
            profile.user.groups.add(Group.objects.get(name=TRAINEES))
        base = base_url()
        if waiting:
            transaction.on_commit(lambda: supervisors_notify(profile, base=base))
        else:
            transaction.on_commit(lambda: decision_mail_send(profile, base=base))
    return profile, True


def decision_mail_send(profile, *, base=None):
    """Tell the person whether they may now sign in, in their language."""
    language = profile.preferred_language
    approved = profile.status == StaffProfile.Status.APPROVED
    url = site_url("account_login", language=language, base=base)
    mail_send(
        "accounts/email/approved" if approved else "accounts/email/refused",
        to=profile.user.email,
        language=language,
        context={"profile": profile, "url": url},
    )


def supervisors_notify(profile, *, base=None):
    """Tell the supervisors of the person's centre that a sign-up awaits them."""
    supervisors = StaffProfile.objects.filter(
        supervised_centres=profile.centre,
        user__is_active=True,
        user__groups__name=SUPERVISORS,
    ).select_related("user")
    for supervisor in supervisors:
        language = supervisor.preferred_language
        mail_send(
            "accounts/email/signup_waiting",
            to=supervisor.user.email,
            language=language,
            context={
                "profile": profile,
                "url": site_url("accounts:approvals", language=language, base=base),
            },
        )
