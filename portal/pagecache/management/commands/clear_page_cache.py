from django.core.management.base import BaseCommand

from portal.pagecache.cache import invalidate_all


class Command(BaseCommand):
    help = "Forget every cached page: run after deploying new templates or code."

    def handle(self, *args, **options):
        invalidate_all()
