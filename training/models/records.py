"""What each trainee has done: lessons, knowledge-check attempts, modules.

Records outlive the content they point to. Deleting a page empties the link
(SET_NULL) and keeps the record: Wagtail's page deletion, single or bulk, cannot
report a PROTECT error to the editor, and a person's training history must not
vanish because a lesson was rewritten as a new page. Deleting a person's account
deletes their records (CASCADE): that is the one way to erase them.

Only `training.services` writes these models.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..certificates import codes


def language_choices():
    return settings.LANGUAGES


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "training.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="progress_records",
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson done")
        verbose_name_plural = _("lessons done")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="training_lesson_done_once"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_id}"


class CheckAttempt(models.Model):
    """One submission of a knowledge check, with the pass mark it was held to."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="check_attempts",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="check_attempts",
    )
    # Sent with the form: the same form submitted twice is one attempt.
    client_token = models.UUIDField()
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=7, choices=language_choices)
    question_count = models.PositiveSmallIntegerField()
    correct_count = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))

    class Meta:
        verbose_name = _("knowledge check attempt")
        verbose_name_plural = _("knowledge check attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_token"], name="training_attempt_once"
            ),
            models.CheckConstraint(
                condition=Q(correct_count__lte=F("question_count"))
                & Q(score__lte=100)
                & Q(pass_mark__lte=100),
                name="training_attempt_counts",
            ),
            models.CheckConstraint(
                condition=Q(passed=True, score__gte=F("pass_mark"))
                | Q(passed=False, score__lt=F("pass_mark")),
                name="training_attempt_passed_by_mark",
            ),
        ]
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} · {self.module_id} · {self.score}%"


class AttemptAnswer(models.Model):
    """The options a trainee chose for one question, by their stable keys."""

    attempt = models.ForeignKey(
        CheckAttempt, on_delete=models.CASCADE, related_name="answers"
    )
    # Keys, not foreign keys: an editor may later delete a question or an option,
    # and the answer given must stay as it was.
    question_key = models.PositiveBigIntegerField()
    option_keys = models.JSONField(default=list)
    is_correct = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_key"], name="training_answer_once"
            )
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_key}"


class ModuleCompletion(models.Model):
    """A module completed: once per person, whatever language it was taken in."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="completions",
    )
    # Kept so that the record still says what was completed if the page goes,
    # and so that a later edit of the module does not change an issued certificate.
    module_title = models.CharField(_("module title"), max_length=255)
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=4, decimal_places=1, default=0
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=7, choices=language_choices)
    # Printed on the certificate; anyone may check it on the verification page.
    verification_code = models.CharField(
        _("verification code"),
        max_length=codes.LENGTH,
        unique=True,
        editable=False,
        default=codes.new_code,
    )

    class Meta:
        verbose_name = _("module completed")
        verbose_name_plural = _("modules completed")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="training_module_completed_once"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.module_title}"

    def get_absolute_url(self):
        """The certificate (PDF), for its owner."""
        return reverse("certificates:pdf", args=[self.verification_code])

    @property
    def printed_code(self):
        return codes.grouped(self.verification_code)

    @property
    def holder_name(self):
        """The trainee's name as their certificate shows it."""
        profile = getattr(self.user, "staff_profile", None)
        return (
            (profile and profile.full_name)
            or self.user.get_full_name()
            or self.user.get_username()
        )

    @property
    def title(self):
        """The module's title in the current language (English if not translated);
        the title recorded at completion once the module is deleted."""
        return self.module.title if self.module is not None else self.module_title


class ModuleProgressSummary(models.Model):
    """Where one person stands in one module, summed up from the records above
    so that a report over thousands of people counts rows, not records.

    Derived only: `training.summaries` writes it, in the transaction of each
    record it sums up, and again when the module's live lessons change. A row
    exists while the person has done something in the module.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_summaries",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        on_delete=models.CASCADE,
        related_name="summaries",
    )
    lessons_done = models.PositiveIntegerField(_("lessons done"), default=0)
    attempts = models.PositiveIntegerField(_("knowledge check attempts"), default=0)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True)
    passed = models.BooleanField(_("passed"), default=False)
    last_activity_at = models.DateTimeField(_("last activity"))
    completed_at = models.DateTimeField(_("completed at"), null=True)
    completed_language = models.CharField(
        _("language"), max_length=7, choices=language_choices, blank=True
    )

    class Meta:
        verbose_name = _("module progress summary")
        verbose_name_plural = _("module progress summaries")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="training_module_summary_once"
            )
        ]
        indexes = [models.Index(fields=["module", "completed_at"])]

    def __str__(self):
        return f"{self.user} · {self.module_id}"
