from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.backup.archive import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into an empty database and an empty "
        "MEDIA_ROOT, then check every table's rows and every file against it."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a directory written by `backup`")

    def handle(self, directory, **options):
        try:
            differences = restore(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if differences:
            raise CommandError(
                "The restore differs from the backup:\n" + "\n".join(differences)
            )
        # Pages cached by this install before the restore are not its pages.
        call_command("clear_page_cache", verbosity=0)
        self.stdout.write(f"Restored {directory}: every row and file checked.")
