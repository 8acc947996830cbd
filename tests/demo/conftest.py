import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from portal.home.models import HomePage


def run_load_demo_content(**options):
    """Run the command (forced: tests run with DEBUG off); return its output."""
    out = io.StringIO()
    call_command("load_demo_content", force=True, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def media_root(settings, tmp_path):
    """The demo pictures are written to a folder of this test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def load_demo(db, media_root):
    """Load the demo content into this test's database; return the output."""
    return run_load_demo_content


@pytest.fixture
def demo_home(load_demo):
    """The demo site, loaded by the management command; its home page."""
    load_demo()
    return HomePage.objects.get()


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content without accounts, loaded once for a whole test module.

    It is loaded in a transaction that is rolled back after the module's last
    test; each test still runs in a savepoint of its own inside it.
    """
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        with django_db_blocker.unblock():
            loaded = transaction.atomic()
            loaded.__enter__()
            try:
                run_load_demo_content(no_accounts=True)
            except BaseException:
                transaction.set_rollback(True)
                loaded.__exit__(None, None, None)
                raise
        yield
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            loaded.__exit__(None, None, None)


@pytest.fixture
def demo_site(demo_loaded, db):
    """The home page of the demo content loaded for this module."""
    return HomePage.objects.get()
