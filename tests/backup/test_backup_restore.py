"""A backup of the demo content, with learner records, restored into a new empty
database and a new media directory: every row and every file comes back."""

import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from psycopg import sql

from demo.loader import demo_load
from portal.backup import archive, inventory
from tests.database import server_admin
from training import services
from training.models import ModuleCompletion, TrainingModulePage

ROOT = Path(__file__).resolve().parents[2]
RESTORED_INVENTORY = """
import json, django
django.setup()
from django.conf import settings
from portal.backup import inventory
from training.models import ModuleCompletion
print(json.dumps({
    "database": inventory.database_inventory(),
    "media": inventory.media_inventory(settings.MEDIA_ROOT),
    "codes": sorted(
        ModuleCompletion.objects.values_list("verification_code", flat=True)
    ),
}))
"""


def learner_records(user):
    """One module completed (lessons, a passed check), another begun."""
    first, second = TrainingModulePage.objects.live().order_by("path")[:2]
    for lesson in first.get_children().live():
        services.lesson_complete(user=user, lesson=lesson.specific)
    right = {q.pk: sorted(q.right_option_keys()) for q in first.questions()}
    services.check_attempt_submit(
        user=user, module=first, answers=right, client_token=uuid.uuid4()
    )
    services.lesson_complete(user=user, lesson=second.get_children().live()[0].specific)


@pytest.fixture
def install(tmp_path):
    """A new, empty install's database URL and media directory."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}", tmp_path / "media"
        return
    config = connection.settings_dict
    name = f"{config['NAME']}_restored"
    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
        sql.Identifier(name)
    )
    url = dj_database_url.parse(os.environ["DATABASE_URL"])
    with server_admin() as admin:
        admin.execute(drop)
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        yield (
            f"postgres://{url['USER']}@{url['HOST']}:{url['PORT'] or 5432}/{name}",
            tmp_path / "media",
        )
        admin.execute(drop)


def in_install(database_url, media_root, *args):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    environment.pop("REDIS_URL", None)  # the new install's own cache
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restores_every_record_and_file(
    settings, tmp_path, approved_trainee, install
):
    settings.MEDIA_ROOT = tmp_path / "original-media"
    demo_load(accounts=False)
    learner_records(approved_trainee)
    Client().force_login(approved_trainee)  # a live session: left behind
    original = {
        "database": inventory.database_inventory(),
        "media": inventory.media_inventory(settings.MEDIA_ROOT),
        "codes": sorted(
            ModuleCompletion.objects.values_list("verification_code", flat=True)
        ),
    }
    assert len(original["codes"]) == 1
    assert original["database"]["rows"]["django_session"] == 1
    original["database"]["rows"]["django_session"] = 0  # everyone signs in again
    assert any(name.startswith("documents/") for name in original["media"])
    assert any(name.startswith("original_images/") for name in original["media"])

    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    assert "Backed up" in out.getvalue()

    database_url, media_root = install
    restored = in_install(
        database_url, media_root, "manage.py", "restore", str(tmp_path / "backup")
    )
    assert restored.returncode == 0, restored.stderr
    assert "every row and file checked" in restored.stdout

    found = in_install(database_url, media_root, "-c", RESTORED_INVENTORY)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout.strip().splitlines()[-1]) == original

    again = in_install(
        database_url, media_root, "manage.py", "restore", str(tmp_path / "backup")
    )
    assert again.returncode != 0
    assert "not empty" in again.stderr


def test_restore_refuses_a_database_that_is_not_empty(db, tmp_path):
    (tmp_path / archive.MANIFEST).write_text(
        json.dumps({"engine": connection.vendor, "media": None})
    )
    with pytest.raises(CommandError, match="The database is not empty"):
        call_command("restore", str(tmp_path))


def test_backup_refuses_a_directory_that_is_not_empty(db, tmp_path):
    (tmp_path / "something").write_text("kept")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("backup", str(tmp_path))


def test_a_missing_manifest_is_reported(db, tmp_path):
    with pytest.raises(CommandError, match="holds no manifest.json"):
        call_command("restore", str(tmp_path))


def test_a_restore_that_differs_from_its_manifest_fails(db):
    expected = {"rows": {"auth_user": 3}, "checksums": {"auth.User": "a"}}
    found = {"rows": {"auth_user": 2}, "checksums": {"auth.User": "a"}}
    assert inventory.differences(expected, found) == ["rows auth_user: 3 != 2"]
