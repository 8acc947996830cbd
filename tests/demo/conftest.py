import io

import pytest
from django.core.management import call_command

from portal.home.models import HomePage


@pytest.fixture
def load_demo(db):
    """Run load_demo_content (forced: tests run with DEBUG off); return its output."""

    def load(**options):
        out = io.StringIO()
        call_command("load_demo_content", force=True, stdout=out, **options)
        return out.getvalue()

    return load


@pytest.fixture
def demo_home(load_demo):
    """The demo site, loaded by the management command; its home page."""
    load_demo()
    return HomePage.objects.get()
