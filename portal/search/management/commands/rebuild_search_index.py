import sys
import time

from django.core.management.base import BaseCommand

from portal.search import indexing
from portal.search.backends import get_backend

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Empty the search index and index every live public page again."

    def handle(self, *args, **options):
        started = time.monotonic()
        written = indexing.rebuild(progress=self.progress)
        seconds = max(time.monotonic() - started, 1e-6)
        sys.stderr.write("\n")
        self.stdout.write(
            f"{written} documents (page × language) indexed with "
            f"{type(get_backend()).__name__} in {seconds:.1f} s: "
            f"{written / seconds:.0f} documents/second."
        )

    def progress(self, done, total):
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} pages")
        sys.stderr.flush()
