from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.content.accounts import ACCOUNTS
from demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the demo content in four languages (glossary, pages, centre news with "
        "drawn pictures, demo accounts). Safe to run again: only what differs is "
        "written."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off (never on a live site).",
        )
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Skip the demo accounts and their well-known passwords.",
        )

    def handle(self, *args, force, no_accounts, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Demo content is for development and DEBUG is off. "
                "Pass --force to load it anyway."
            )
        changes = demo_load(accounts=not no_accounts)
        for line in changes.lines:
            self.stdout.write(line)
        if not changes:
            self.stdout.write("The demo content is up to date.")
        if not no_accounts:
            self._accounts_table()

    def _accounts_table(self):
        rows = [("Username", "Password", "Role")] + [
            (
                a.username,
                a.password,
                "superuser" if a.is_superuser else ", ".join(a.groups),
            )
            for a in ACCOUNTS
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        self.stdout.write("")
        self.stdout.write(
            self.style.MIGRATE_HEADING("Demo accounts (development only):")
        )
        for row in rows:
            self.stdout.write(
                "  ".join(
                    cell.ljust(w) for cell, w in zip(row, widths, strict=True)
                ).rstrip()
            )
