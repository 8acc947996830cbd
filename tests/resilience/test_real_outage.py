"""A real outage, not a patched one: the database drops every connection of the
running portal and refuses new ones, then takes them again. Meanwhile the
portal answers 503 with Retry-After; afterwards it serves pages again, with no
restart."""

import contextlib
import urllib.error
import urllib.request

import pytest
from django.db import connection
from psycopg import sql

from portal.resilience.unavailable import RETRY_AFTER_SECONDS
from tests.database import server_admin
from tests.races import ON_POSTGRESQL

pytestmark = [
    pytest.mark.skipif(
        not ON_POSTGRESQL,
        reason="needs a database server to take away: run under PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@contextlib.contextmanager
def database_down():
    name = sql.Identifier(connection.settings_dict["NAME"])
    with server_admin() as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(name))
        try:
            terminated = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [connection.settings_dict["NAME"]],
            ).fetchone()[0]
            assert terminated  # the portal's connections, this test's among them
            yield
        finally:
            admin.execute(
                sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(name)
            )
            connection.close()  # the test's own connection was dropped too


def get(url):
    """(status, headers, body) of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_portal_answers_503_while_the_database_is_down_then_recovers(
    live_server, home_page
):
    # Pages are cached once served: the page asked for during the outage has
    # not been, so only the database could answer it.
    status, _, _ = get(f"{live_server.url}/id/")
    assert status == 200

    with database_down():
        for _ in range(2):  # each time at once, never a hung request
            status, headers, body = get(f"{live_server.url}/en/")
            assert status == 503
            assert headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
            assert b"Briefly unavailable" in body

    status, _, body = get(f"{live_server.url}/en/")
    assert status == 200
    assert b"Briefly unavailable" not in body
