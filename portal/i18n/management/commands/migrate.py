from django.db.models import F
from wagtail.models import Page
from wagtail_modeltranslation.migrate.management.commands.migrate import (
    Command as PageTranslationMigrateCommand,
)

from portal.i18n.languages import field_suffix, language_codes, source_language


class Command(PageTranslationMigrateCommand):
    """migrate, then fill the page table's new language columns where still empty.

    wagtail-modeltranslation adds those columns after the migrations have run, so
    pages that already existed (at least the tree root) have no per-language title,
    slug or URL path until they are filled from the untranslated columns.
    """

    def handle(self, *args, **options):
        super().handle(*args, **options)
        source = field_suffix(source_language())
        # rewrite(False): modeltranslation would turn F("title") into F("title_en").
        pages = Page.objects.rewrite(False)
        for column in ("title", "slug"):
            pages.filter(**{f"{column}_{source}__isnull": True}).update(
                **{f"{column}_{source}": F(column)}
            )
        for code in language_codes():
            Page.objects.filter(depth=1).update(
                **{f"url_path_{field_suffix(code)}": "/"}
            )
