"""The bench's reminder probe at a small scale: the same queries per batch at
every batch size, nothing sent twice, nothing kept."""

import pytest

from bench import reminders_probe
from training.models import Reminder

from .conftest import assign, make_staff


@pytest.mark.django_db
def test_the_reminder_probe_counts_queries_per_batch_and_keeps_nothing(
    supervisor_of, centre, gatekeeping, reintegration, monkeypatch
):
    for number in range(12):
        make_staff(centre, f"Staff {number:02}")
    assign(supervisor_of, centre, [gatekeeping, reintegration], due_in=0)
    monkeypatch.setattr(reminders_probe, "BATCH_SIZES", (8, 4, 2))
    measured = reminders_probe.main()
    runs = measured["runs"]
    assert [run["batches"] for run in runs] == [2, 4, 7]
    assert {run["reminders"] for run in runs} == {13 * 2}
    assert {run["sent_again"] for run in runs} == {0}
    assert len(measured["queries_per_batch"]) == 1
    assert not Reminder.objects.exists()
