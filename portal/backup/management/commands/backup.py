from django.core.management.base import BaseCommand, CommandError

from portal.backup.archive import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump, or SQLite's backup API) and the media "
        "files into a new directory, with a manifest to check a restore against."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a new or empty directory")

    def handle(self, directory, **options):
        try:
            manifest = back_up(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["database_inventory"]["rows"].values())
        files = len(manifest["media"] or {})
        self.stdout.write(
            f"Backed up {rows} rows in "
            f"{len(manifest['database_inventory']['rows'])} tables and {files} media "
            f"files to {directory}."
        )
