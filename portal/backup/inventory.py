"""What a backup holds, to check a restore against: the rows of every table
and a checksum of the tables whose loss would matter most, and every media file
with its SHA-256."""

import hashlib
import json
from pathlib import Path

from django.apps import apps
from django.db import connection

# People, their learning records and certificates, and the content.
KEY_MODELS = [
    "auth.User",
    "accounts.StaffProfile",
    "training.LessonProgress",
    "training.CheckAttempt",
    "training.AttemptAnswer",
    "training.ModuleCompletion",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtaildocs.Document",
    "wagtailimages.Image",
]


def row_counts(using=connection):
    with using.cursor() as cursor:
        counts = {}
        for table in sorted(using.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {using.ops.quote_name(table)}")  # noqa: S608 - a table name from introspection
            counts[table] = cursor.fetchone()[0]
    return counts


def table_checksum(model):
    """SHA-256 of every row, in primary-key order, every concrete field."""
    fields = [field.attname for field in model._meta.concrete_fields]
    digest = hashlib.sha256()
    rows = model._base_manager.order_by("pk").values_list(*fields)
    for row in rows.iterator(chunk_size=2000):
        digest.update(json.dumps(row, default=str, sort_keys=True).encode())
    return digest.hexdigest()


def checksums():
    return {label: table_checksum(apps.get_model(label)) for label in KEY_MODELS}


def database_inventory():
    return {"rows": row_counts(), "checksums": checksums()}


def file_digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_inventory(root):
    """{relative path: SHA-256} of every file under `root`."""
    root = Path(root)
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): file_digest(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def differences(expected, found):
    """Readable lines for every count, checksum or file that differs."""
    lines = []
    for section in expected:
        want, got = expected[section], found.get(section, {})
        for key in sorted(set(want) | set(got)):
            if want.get(key) != got.get(key):
                lines.append(f"{section} {key}: {want.get(key)} != {got.get(key)}")
    return lines
