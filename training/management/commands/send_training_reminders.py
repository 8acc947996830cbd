"""Send the day's training reminders and the weekly supervisor digests (cron).

Safe to run as often as you like: a reminder is recorded once and sent once.
"""

import time

from django.core.management.base import BaseCommand

from training.assignments.reminders import BATCH_SIZE, reminders_send


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, batch_size, **options):
        started = time.monotonic()
        run = reminders_send(batch_size=batch_size)
        self.stdout.write(
            f"{run.reminders} reminders to {run.people_reminded} people, "
            f"{run.digests} supervisor digests, in {run.batches} batches "
            f"({time.monotonic() - started:.1f} s)"
        )
