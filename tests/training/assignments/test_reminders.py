"""`send_training_reminders`: before, on and after the due date, in each
person's language, once; and a weekly digest for supervisors."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from training.assignments.reminders import reminders_send
from training.models import Reminder, SupervisorDigest

from ..reports.conftest import complete, on
from .conftest import assign, make_staff


def inbox_of(user):
    return [message for message in mail.outbox if message.to == [user.email]]


@pytest.fixture
def assigned(supervisor_of, centre, gatekeeping, staff):
    """Everybody at the centre has gatekeeping due in ten days."""
    return assign(supervisor_of, centre, [gatekeeping], due_in=10)


@pytest.mark.django_db
def test_running_twice_sends_nothing_twice(assigned, staff):
    today = assigned.due_on - datetime.timedelta(days=3)
    call_command("send_training_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    reminders_send(today=today)
    first = len(mail.outbox)
    assert len(inbox_of(staff["ana"])) == 1
    reminders_send(today=today)
    call_command("send_training_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == first
    assert Reminder.objects.filter(user=staff["ana"]).count() == 1


@pytest.mark.django_db
def test_reminders_are_written_in_each_persons_language(assigned, staff, gatekeeping):
    reminders_send(today=assigned.due_on - datetime.timedelta(days=2))
    (vietnamese,) = inbox_of(staff["bao"])
    assert "Sắp đến hạn hoàn thành khóa đào tạo được giao cho bạn" in (
        vietnamese.subject
    )
    assert gatekeeping.title_vi in vietnamese.body
    (indonesian,) = inbox_of(staff["ana"])
    assert "Halo Ana Wijaya," in indonesian.body
    assert gatekeeping.title_ind in indonesian.body


@pytest.mark.django_db
def test_reminders_come_before_on_and_after_the_due_date_then_stop(assigned, staff):
    due = assigned.due_on
    sent_on = {}
    for offset in range(-12, 40):
        day = due + datetime.timedelta(days=offset)
        before = len(inbox_of(staff["ana"]))
        reminders_send(today=day)
        if len(inbox_of(staff["ana"])) > before:
            sent_on[offset] = inbox_of(staff["ana"])[-1].subject
    assert sorted(sent_on) == [-7, 0, 1, 7, 14]
    assert "terlambat" in sent_on[1] and "hari ini" in sent_on[0]


@pytest.mark.django_db
def test_nobody_who_completed_the_module_is_reminded(assigned, staff, gatekeeping):
    complete(staff["ana"], gatekeeping, on(2026, 3, 10))
    reminders_send(today=assigned.due_on)
    assert inbox_of(staff["ana"]) == []
    assert len(inbox_of(staff["bao"])) == 1


@pytest.mark.django_db
def test_supervisors_get_a_weekly_digest_of_who_is_overdue(
    assigned, staff, supervisor_of, gatekeeping
):
    complete(staff["ana"], gatekeeping, on(2026, 3, 10))
    monday = assigned.due_on + datetime.timedelta(days=8)
    monday -= datetime.timedelta(days=monday.weekday())
    reminders_send(today=monday)
    reminders_send(today=monday + datetime.timedelta(days=2))
    digests = [m for m in inbox_of(supervisor_of) if "overdue training" in m.subject]
    assert len(digests) == 1
    assert "Bao Nguyen" in digests[0].body
    assert "Ana Wijaya" not in digests[0].body
    reminders_send(today=monday + datetime.timedelta(days=7))
    assert SupervisorDigest.objects.filter(supervisor=supervisor_of).count() == 2


@pytest.mark.django_db
def test_someone_who_joins_later_is_reminded_too(assigned, centre):
    newcomer = make_staff(centre, "Cita Baru")
    reminders_send(today=assigned.due_on)
    assert len(inbox_of(newcomer)) == 1


def count_queries(**kwargs):
    with CaptureQueriesContext(connection) as queries:
        reminders_send(**kwargs)
    return len(queries)


@pytest.mark.django_db
def test_a_batch_takes_the_same_queries_however_many_people_it_holds(assigned, centre):
    today = assigned.due_on - datetime.timedelta(days=1)
    reminders_send(today=today)  # warms the caches (site, page addresses)
    Reminder.objects.all().delete()
    small = count_queries(today=today)
    Reminder.objects.all().delete()
    for n in range(6):
        make_staff(centre, f"More Staff {n}")
    assert count_queries(today=today) == small
    assert len(mail.outbox) == 3 + 3 + 9
