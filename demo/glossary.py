"""The glossary of the field, kept in locale/glossary.csv next to the UI catalogues."""

import csv
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from portal.i18n.languages import language_codes

from .translated import Translated


@dataclass(frozen=True)
class GlossaryEntry:
    key: str
    term: Translated
    definition: Translated
    note: str


def glossary_path():
    return Path(settings.LOCALE_PATHS[0]) / "glossary.csv"


def glossary_entries(path=None):
    """Every row of the glossary CSV, in file order."""
    with open(path or glossary_path(), encoding="utf-8", newline="") as csv_file:
        return [_entry(row) for row in csv.DictReader(csv_file)]


def _entry(row):
    codes = language_codes()
    return GlossaryEntry(
        key=row["key"],
        term=Translated(**{code: row[code] for code in codes}),
        definition=Translated(**{code: row[f"definition_{code}"] for code in codes}),
        note=row["note"],
    )
