"""A staff member's profile: who they are, where they work, whether they may train.

Django's user keeps the login (username, e-mail, password); the profile holds what
the portal needs about the person. Supervisors follow the centres in
`supervised_centres`.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from portal.centres.models import Centre

from .roles import SUPERVISORS


class JobRole(models.TextChoices):
    SOCIAL_WORKER = "social_worker", _("Social worker")
    COUNSELLOR = "counsellor", _("Social counsellor")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    NURSE = "nurse", _("Nurse")
    MENTOR = "mentor", _("Mentor")
    ADMINISTRATOR = "administrator", _("Administrator")
    SUPERVISOR = "supervisor", _("Supervisor")


class StaffProfileQuerySet(models.QuerySet):
    def trainees(self):
        """Profiles of people who train, not supervisors: a member of the
        Supervisors group who follows a centre, or a superuser (the rule of
        `supervision.supervised_centres`), is left out of completion rates."""
        follows_a_centre = StaffProfile.supervised_centres.through.objects.filter(
            staffprofile_id=OuterRef("pk")
        )
        in_group = Group.objects.filter(user=OuterRef("user_id"), name=SUPERVISORS)
        return self.exclude(user__is_superuser=True).exclude(
            Exists(follows_a_centre) & Exists(in_group)
        )


class StaffProfile(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
    )
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        help_text=_("As it should appear on your certificates."),
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        on_delete=models.PROTECT,
        related_name="staff",
    )
    job_role = models.CharField(_("role"), max_length=32, choices=JobRole.choices)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved or refused by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(
        _("approved or refused at"), null=True, blank=True
    )
    refusal_reason = models.TextField(
        _("reason for refusal"),
        blank=True,
        help_text=_("Given by the supervisor; sent to the person."),
    )
    supervised_centres = models.ManyToManyField(
        Centre,
        verbose_name=_("supervised centres"),
        blank=True,
        related_name="supervisors",
        help_text=_("Centres whose staff and training records this person follows."),
    )
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)

    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        indexes = [models.Index(fields=["centre", "status"])]

    def __str__(self):
        return self.full_name

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED
