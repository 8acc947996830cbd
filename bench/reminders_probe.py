"""The reminder run on the bench data (bench.report_data): 2,000 people with
30 assignments each who did nothing yet, beside 2,000 who completed everything.

Each run is rolled back, so that every bench run sends the same reminders. A
first run warms the caches; the next are timed, their queries counted at three
batch sizes: with a fixed number of queries per batch, they grow by the same
step for each batch more.

Run as `python -m bench.reminders_probe`; prints JSON.
"""

import json
import time

import django

BATCH_SIZES = (1_000, 500, 250)


class Rollback(Exception):
    pass


def one_run(batch_size):
    """(queries, batches, reminders, mails, seconds) of one run, rolled back."""
    from django.core import mail
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from training.assignments.reminders import reminders_send

    mail.outbox = []
    try:
        with transaction.atomic():
            with CaptureQueriesContext(connection) as queries:
                started = time.monotonic()
                run = reminders_send(batch_size=batch_size)
                seconds = time.monotonic() - started
            again = reminders_send(batch_size=batch_size)
            raise Rollback
    except Rollback:
        pass
    return {
        "batch_size": batch_size,
        "batches": run.batches,
        "queries": len(queries),
        "reminders": run.reminders,
        "mails": len(mail.outbox),
        "digests": run.digests,
        "sent_again": again.reminders + again.digests,
        "seconds": round(seconds, 2),
    }


def main():
    from django.test.utils import override_settings

    django.setup()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    ):
        one_run(BATCH_SIZES[0])  # the caches warmed (site, page addresses)
        runs = [one_run(size) for size in BATCH_SIZES]
    steps = {
        (later["queries"] - earlier["queries"])
        / (later["batches"] - earlier["batches"])
        for earlier, later in zip(runs, runs[1:], strict=False)
        if later["batches"] != earlier["batches"]
    }
    return {"runs": runs, "queries_per_batch": sorted(steps)}


if __name__ == "__main__":
    print(json.dumps(main()))
