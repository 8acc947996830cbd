"""A backup holds password hashes and learner records: only its owner may read
it, and it holds no live session that would let a reader sign in as someone."""

import io
import json
import os
import stat
import subprocess

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection
from django.test import Client

from portal.backup import archive

# The SQLite copy is read through the open connection: no transaction held open.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def careless_umask():
    """The umask many servers run with: new files readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "plan.txt").write_text("a child's plan")
    return settings.MEDIA_ROOT


@pytest.fixture
def signed_in(approved_trainee):
    """Someone signed in: a session row that would let its holder act as them."""
    Client().force_login(approved_trainee)
    [session] = Session.objects.all()
    return session


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_and_the_directory_are_the_owners_alone(
    careless_umask, media, signed_in, tmp_path
):
    backup = tmp_path / "backups" / "today"
    call_command("backup", str(backup), stdout=io.StringIO())

    written = sorted(path.name for path in backup.iterdir())
    assert written == sorted(
        [archive.MANIFEST, archive.MEDIA, archive.DUMPS[connection.vendor]]
    )
    assert mode(backup) == 0o700
    assert mode(backup.parent) == 0o700  # made by the backup, so private too
    assert {name: mode(backup / name) for name in written} == dict.fromkeys(
        written, 0o600
    )
    assert os.umask(0o022) == 0o022  # the process's own umask was given back


def test_an_empty_directory_made_beforehand_is_made_private(
    careless_umask, media, tmp_path
):
    backup = tmp_path / "prepared"
    backup.mkdir(mode=0o755)
    call_command("backup", str(backup), stdout=io.StringIO())
    assert mode(backup) == 0o700


def database_text(backup):
    """Every row the backup's database file holds, as text."""
    if connection.vendor == "sqlite":
        return (backup / archive.DUMPS["sqlite"]).read_bytes().decode("latin-1")
    done = subprocess.run(
        ["pg_restore", "--data-only", "--file=-", backup / archive.DUMPS["postgresql"]],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_no_session_is_backed_up(media, signed_in, approved_trainee, tmp_path):
    backup = tmp_path / "backup"
    manifest = archive.back_up(backup)

    held = database_text(backup)
    assert approved_trainee.username in held  # the rows are there, and readable
    assert signed_in.session_key not in held
    assert signed_in.session_data not in held
    assert manifest["database_inventory"]["rows"][Session._meta.db_table] == 0
    saved = json.loads((backup / archive.MANIFEST).read_text())
    assert saved["database_inventory"]["rows"][Session._meta.db_table] == 0
    assert Session.objects.filter(pk=signed_in.pk).exists()  # the live one stays
