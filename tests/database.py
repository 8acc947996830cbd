"""The test database's server, reached beside Django's own connection."""

import contextlib

import psycopg
from django.db import connection


@contextlib.contextmanager
def server_admin():
    """An autocommit connection to the server's `postgres` database: it can
    create, drop or close other databases, and outlives their connections."""
    config = connection.settings_dict
    admin = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    try:
        yield admin
    finally:
        admin.close()
