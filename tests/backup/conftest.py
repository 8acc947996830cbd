import pytest
from django.db import connection

from tests.tools import require_tool


@pytest.fixture(autouse=True)
def postgresql_clients():
    """On PostgreSQL a backup is pg_dump's and a restore pg_restore's."""
    if connection.vendor == "postgresql":
        for program in ("pg_dump", "pg_restore"):
            require_tool(program, "postgresql-client")
