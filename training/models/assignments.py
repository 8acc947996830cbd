"""Training that a supervisor assigns: modules, for whom, by when.

Who an assignment covers is resolved when it is read (see
`training.assignments.selectors`), so that a person who joins the centre later
gets its open assignments. Assignments never touch a completion: a person's
state is read from the records of what they did.

Only `training.assignments.services` writes these models.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import JobRole
from portal.centres.models import Centre


class Assignment(models.Model):
    """Modules due by a date for a centre's staff, one role there, or named people."""

    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        on_delete=models.PROTECT,
        related_name="training_assignments",
    )
    modules = models.ManyToManyField(
        "training.TrainingModulePage",
        verbose_name=_("training modules"),
        related_name="assignments",
    )
    job_role = models.CharField(
        _("role"),
        max_length=32,
        choices=JobRole.choices,
        blank=True,
        help_text=_("Leave empty for every member of staff of the centre."),
    )
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named people"),
        blank=True,
        related_name="training_assignments",
        help_text=_("Only these people, instead of the centre's staff or a role."),
    )
    due_on = models.DateField(_("due date"))
    refresh_months = models.PositiveSmallIntegerField(
        _("refresher every (months)"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty for training taken once. Otherwise a new completion is "
            "needed this many months after the last one."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("training assignment")
        verbose_name_plural = _("training assignments")
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(refresh_months__isnull=True) | Q(refresh_months__gte=1),
                name="training_assignment_refresh_positive",
            )
        ]
        indexes = [models.Index(fields=["centre", "due_on"])]

    def __str__(self):
        return f"{self.centre} · {self.due_on.isoformat()}"


class Reminder(models.Model):
    """One reminder sent: a person, an assignment, a module, a due date, a stage.

    Unique, so that running the reminders twice sends nothing twice.
    """

    class Stage(models.TextChoices):
        BEFORE = "before", _("Before the due date")
        DUE = "due", _("On the due date")
        OVERDUE_1 = "overdue_1", _("Overdue (first reminder)")
        OVERDUE_2 = "overdue_2", _("Overdue (second reminder)")
        OVERDUE_3 = "overdue_3", _("Overdue (last reminder)")

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="reminders"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    module = models.ForeignKey(
        "training.TrainingModulePage", on_delete=models.CASCADE, related_name="+"
    )
    due_on = models.DateField()
    stage = models.CharField(max_length=16, choices=Stage.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("training reminder")
        verbose_name_plural = _("training reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "module", "due_on", "stage"],
                name="training_reminder_once",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.module_id} · {self.stage}"


class SupervisorDigest(models.Model):
    """The weekly list of overdue people sent to one supervisor: once a week."""

    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    week_of = models.DateField()  # the Monday
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["supervisor", "week_of"], name="training_digest_once_a_week"
            )
        ]

    def __str__(self):
        return f"{self.supervisor} · {self.week_of.isoformat()}"
