"""Reminders of assigned training, and each supervisor's weekly digest.

Each reminder is recorded before it is sent, with a unique key (assignment,
person, module, due date, stage): a second run, or a run that overlaps another,
finds the record and sends nothing. A mail that fails after its record was
written is not retried: a reminder is sent at most once.

Work goes in batches of people, a fixed number of queries each.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Site

from portal.accounts.mail import subject_format
from portal.accounts.models import StaffProfile
from portal.accounts.roles import SUPERVISORS

from ..models.assignments import Assignment, Reminder, SupervisorDigest
from . import selectors

log = logging.getLogger(__name__)

Stage = Reminder.Stage
# Days from the due date on which each stage starts; the latest started stage
# is sent once, earlier ones missed are skipped, and after the last: silence.
SCHEDULE = (
    (-7, Stage.BEFORE),
    (0, Stage.DUE),
    (1, Stage.OVERDUE_1),
    (7, Stage.OVERDUE_2),
    (14, Stage.OVERDUE_3),
)
OVERDUE_STAGES = (Stage.OVERDUE_1, Stage.OVERDUE_2, Stage.OVERDUE_3)
BATCH_SIZE = 500


def stage_on(due_on, today):
    """The reminder stage `today` falls in for `due_on`, or None (too early)."""
    started = [
        stage
        for days, stage in SCHEDULE
        if today >= due_on + datetime.timedelta(days=days)
    ]
    return started[-1] if started else None


@dataclass
class Run:
    people_reminded: int = 0
    reminders: int = 0
    digests: int = 0
    batches: int = 0
    overdue_by_centre: dict = field(default_factory=lambda: defaultdict(list))


def reminders_send(*, today=None, batch_size=BATCH_SIZE) -> Run:
    """Send every reminder due `today` and the week's digests not yet sent."""
    today = today or timezone.localdate()
    run = Run()
    centre_ids = list(Assignment.objects.values_list("centre_id", flat=True).distinct())
    assignments = selectors.assignments_of(centre_ids)
    base_url = _base_url()
    with get_connection() as connection:
        last_pk = 0
        while True:
            profiles = list(
                selectors.approved_staff(centre_ids)
                .filter(pk__gt=last_pk)
                .order_by("pk")[:batch_size]
            )
            if not profiles:
                break
            last_pk = profiles[-1].pk
            run.batches += 1
            _remind_batch(run, assignments, profiles, today, base_url, connection)
        _send_digests(run, today, base_url, connection)
    return run


def _remind_batch(run, assignments, profiles, today, base_url, connection):
    items = selectors.standings(assignments, profiles, today)
    for item in items:
        if item.standing.is_overdue:
            run.overdue_by_centre[item.profile.centre_id].append(item)
    wanted = {}
    for item in items:
        stage = (
            stage_on(item.standing.due_on, today) if item.standing.is_pending else None
        )
        if stage is not None:
            key = (
                item.assignment.pk,
                item.profile.user_id,
                item.module.pk,
                item.standing.due_on,
                stage,
            )
            wanted[key] = item
    if not wanted:
        return
    sent = set(
        Reminder.objects.filter(
            user_id__in=[profile.user_id for profile in profiles],
            assignment_id__in=[assignment.pk for assignment in assignments],
        ).values_list("assignment_id", "user_id", "module_id", "due_on", "stage")
    )
    new = {key: item for key, item in wanted.items() if key not in sent}
    if not new:
        return
    try:
        with transaction.atomic():
            Reminder.objects.bulk_create(
                Reminder(
                    assignment_id=key[0],
                    user_id=key[1],
                    module_id=key[2],
                    due_on=key[3],
                    stage=key[4],
                )
                for key in new
            )
    except IntegrityError:
        # Another run recorded this batch's reminders first; it sends them.
        return
    by_person = defaultdict(list)
    for (*_key, stage), item in new.items():
        by_person[item.profile.pk].append((stage, item))
    messages = [
        _reminder_mail(lines[0][1].profile, lines, base_url)
        for lines in by_person.values()
    ]
    _send(connection, messages)
    run.people_reminded += len(messages)
    run.reminders += len(new)


def _reminder_mail(profile, lines, base_url):
    stages = {stage for stage, _item in lines}
    if stages & set(OVERDUE_STAGES):
        kind = "overdue"
    elif Stage.DUE in stages:
        kind = "due"
    else:
        kind = "before"
    with translation.override(profile.preferred_language):
        context = {
            "name": profile.full_name,
            "kind": kind,
            "lines": [
                {
                    "title": item.module.title,
                    "state": str(item.standing.label),
                    "due_on": item.standing.due_on,
                    "url": base_url + item.module.get_url(),
                }
                for _stage, item in sorted(
                    lines, key=lambda line: line[1].standing.urgency()
                )
            ],
        }
        return _message("training/assignments/email/reminder", profile.user, context)


def _send_digests(run, today, base_url, connection):
    """One digest a week for each supervisor with somebody overdue."""
    if not run.overdue_by_centre:
        return
    week_of = today - datetime.timedelta(days=today.weekday())
    supervisors = list(
        StaffProfile.objects.filter(
            user__groups__name=SUPERVISORS,
            user__is_active=True,
            supervised_centres__in=list(run.overdue_by_centre),
        )
        .exclude(
            user__in=SupervisorDigest.objects.filter(week_of=week_of).values(
                "supervisor_id"
            )
        )
        .select_related("user")
        .prefetch_related("supervised_centres")
        .distinct()
    )
    for supervisor in supervisors:
        overdue = [
            item
            for centre in supervisor.supervised_centres.all()
            for item in run.overdue_by_centre.get(centre.pk, [])
        ]
        try:
            with transaction.atomic():
                SupervisorDigest.objects.create(
                    supervisor=supervisor.user, week_of=week_of
                )
        except IntegrityError:
            continue  # another run sent it
        with translation.override(supervisor.preferred_language):
            context = {
                "name": supervisor.full_name,
                "lines": [
                    {
                        "person": item.profile.full_name,
                        "centre": item.profile.centre.name,
                        "title": item.module.title,
                        "due_on": item.standing.due_on,
                    }
                    for item in sorted(
                        overdue,
                        key=lambda item: (item.profile.full_name, item.standing.due_on),
                    )
                ],
                "url": base_url + _assignments_path(),
            }
            message = _message(
                "training/assignments/email/digest", supervisor.user, context
            )
        _send(connection, [message])
        run.digests += 1


def _assignments_path():
    from django.urls import reverse

    return reverse("assignments:list")


def _message(prefix, user, context):
    subject = render_to_string(f"{prefix}_subject.txt", context)
    body = render_to_string(f"{prefix}_message.txt", context)
    return EmailMultiAlternatives(
        subject_format(subject), body, settings.DEFAULT_FROM_EMAIL, [user.email]
    )


def _send(connection, messages):
    try:
        connection.send_messages(messages)
    except Exception:  # a reminder is sent at most once: logged, not retried
        log.exception("Training reminders could not be sent")


def _base_url():
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")
