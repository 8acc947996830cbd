"""Backups of the database and the uploads, and their restore into an empty
install.

A backup is a directory:

- `database.dump`: `pg_dump --format=custom` on PostgreSQL, restored by
  `pg_restore` in one transaction; or `database.sqlite3`, a copy made with
  SQLite's online backup API (consistent while the portal runs);
- `media.tar.gz`: MEDIA_ROOT (pictures, their renditions, documents), unless the
  uploads live in a bucket (AWS_STORAGE_BUCKET_NAME), which is backed up there;
- `manifest.json`: the rows of every table, checksums of the key tables and the
  SHA-256 of every media file, which the restore checks.

A backup holds password hashes and every learner's records: the directory is
the owner's alone (0700, its files 0600). Live sessions are left out (see
`LEFT_OUT`): with one, whoever reads a backup could sign in as its owner.
"""

import contextlib
import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection, transaction

from . import inventory

MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"
DUMPS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
PRIVATE_DIRECTORY, PRIVATE_FILE = 0o700, 0o600


def left_out_tables():
    """Tables whose rows no backup keeps (their structure it keeps)."""
    return [Session._meta.db_table]


class BackupError(Exception):
    pass


def _database_file(backup_dir):
    vendor = connection.vendor
    if vendor not in DUMPS:
        raise BackupError(f"No backup for a {vendor} database.")
    return Path(backup_dir) / DUMPS[vendor]


def _postgres_command(program, *args):
    """`program` with the connection's server, user and password."""
    config = connection.settings_dict
    command = [shutil.which(program) or program, "--no-password"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if config.get(key):
            command.append(f"{option}={config[key]}")
    env = {**os.environ}
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = config["PASSWORD"]
    return [*command, *args, f"--dbname={config['NAME']}"], env


def _run(command, env):
    done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    if done.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {done.stderr.strip()}")


def _media_root():
    """MEDIA_ROOT when the uploads are on this file system, else None."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


@contextlib.contextmanager
def _private_files():
    """Whatever is written meanwhile (by pg_dump too) is readable by its owner
    only, from the moment it exists."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def _without_left_out(counted):
    """The inventory as the backup holds it: no row of the left-out tables."""
    for table in left_out_tables():
        if table in counted["rows"]:
            counted["rows"][table] = 0
    return counted


def _dump_postgres(target):
    """Dump and count in one snapshot, while the portal keeps writing."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counted = inventory.database_inventory()
        command, env = _postgres_command(
            "pg_dump",
            "--format=custom",
            "--no-owner",
            f"--snapshot={snapshot}",
            f"--file={target}",
            *(f"--exclude-table-data={table}" for table in left_out_tables()),
        )
        _run(command, env)
    return _without_left_out(counted)


def _copy_sqlite(target):
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        for table in left_out_tables():
            copy.execute(f'DELETE FROM "{table}"')  # noqa: S608 - our own table names
        copy.commit()
        copy.execute("VACUUM")  # the deleted rows are not left in free pages


def back_up(backup_dir):
    """Write a backup into `backup_dir` (new or empty); return its manifest."""
    backup_dir = Path(backup_dir)
    if backup_dir.exists() and any(backup_dir.iterdir()):
        raise BackupError(f"{backup_dir} is not empty.")
    with _private_files():
        backup_dir.mkdir(parents=True, exist_ok=True)
        backup_dir.chmod(PRIVATE_DIRECTORY)  # were it there already
        manifest = _write(backup_dir)
    for path in backup_dir.iterdir():
        path.chmod(PRIVATE_FILE)
    return manifest


def _write(backup_dir):
    target = _database_file(backup_dir)
    manifest = {
        "created": datetime.datetime.now(datetime.UTC).isoformat(),
        "engine": connection.vendor,
        "database": target.name,
    }
    if connection.vendor == "postgresql":
        manifest["database_inventory"] = _dump_postgres(target)
    else:
        manifest["database_inventory"] = _without_left_out(
            inventory.database_inventory()
        )
        _copy_sqlite(target)
    media_root = _media_root()
    manifest["media"] = inventory.media_inventory(media_root) if media_root else None
    if media_root is not None:
        with tarfile.open(backup_dir / MEDIA, "w:gz") as archive:
            for name in manifest["media"]:
                archive.add(media_root / name, arcname=name)
    (backup_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


def _is_empty_database():
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def restore(backup_dir):
    """Into an empty database and an empty MEDIA_ROOT; returns the differences
    between the backup's manifest and what was restored ([] when all came back)."""
    backup_dir = Path(backup_dir)
    try:
        manifest = json.loads((backup_dir / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{backup_dir} holds no {MANIFEST}.") from None
    if manifest["engine"] != connection.vendor:
        raise BackupError(
            f"The backup is of a {manifest['engine']} database; this install uses "
            f"{connection.vendor}."
        )
    if not _is_empty_database():
        raise BackupError("The database is not empty: restore only into a new one.")
    media_root = _media_root()
    if manifest["media"] is not None and media_root is None:
        raise BackupError("The backup holds media files but MEDIA_ROOT is not used.")
    if media_root is not None and media_root.exists() and any(media_root.iterdir()):
        raise BackupError(f"MEDIA_ROOT ({media_root}) is not empty.")

    source = backup_dir / manifest["database"]
    if connection.vendor == "postgresql":
        command, env = _postgres_command(
            "pg_restore",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(source),
        )
        _run(command, env)
    else:
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(source)) as original:
            original.backup(connection.connection)
    if manifest["media"] is not None:
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(backup_dir / MEDIA) as archive:
            archive.extractall(media_root, filter="data")
    connection.close()  # the restored schema, seen afresh
    found = {
        **{
            f"database {key}": value
            for key, value in inventory.database_inventory().items()
        },
        "media": inventory.media_inventory(media_root) if media_root else {},
    }
    expected = {
        **{
            f"database {key}": value
            for key, value in manifest["database_inventory"].items()
        },
        "media": manifest["media"] or {},
    }
    return inventory.differences(expected, found)
