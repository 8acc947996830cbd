"""Concurrent requests met at the exact step where they would race.

Each request runs in its own thread and connection. A `Meeting` holds each one
just after the statement that reads what the others are about to write, until
every other request has reached the same point, has finished, or is waiting
for a lock the held one has. Without the lock, the requests always read before
any of them writes (the race happens on every run); with it, they go one after
the other and nobody waits for a timeout. PostgreSQL only: SQLite's in-memory
test database (shared cache) fails a second writer at once ("database table is
locked") instead of making it wait, so no two of its connections can race.
"""

import threading
import time

import pytest
from django.conf import settings
from django.db import connection

ON_POSTGRESQL = "postgresql" in settings.DATABASES["default"]["ENGINE"]
needs_postgresql = pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="SQLite's in-memory test database fails a second writer at once "
    "instead of making it wait: no two connections can race",
)
# Only ever reached if a request is stuck for another reason than the lock.
GIVE_UP_AFTER = 60


class Meeting:
    def __init__(self, parties):
        self.parties = parties
        self.pids = {}  # thread: its connection's backend
        self.arrived, self.finished = set(), set()
        self.changed = threading.Condition()

    def join(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            [pid] = cursor.fetchone()
        with self.changed:
            self.pids[threading.get_ident()] = pid
            self.changed.notify_all()

    def leave(self):
        with self.changed:
            self.finished.add(threading.get_ident())
            self.changed.notify_all()

    def wait_for_the_others(self):
        me = threading.get_ident()
        with self.changed:
            if me in self.arrived:
                return  # once per request
            self.arrived.add(me)
            self.changed.notify_all()
        deadline = time.monotonic() + GIVE_UP_AFTER
        while not self._may_go(me):
            if time.monotonic() > deadline:
                raise TimeoutError("a request neither came nor waited for a lock")
            with self.changed:
                self.changed.wait(0.02)

    def _may_go(self, me):
        with self.changed:
            if len(self.pids) < self.parties:
                return False
            others = {
                thread: pid
                for thread, pid in self.pids.items()
                if thread != me and thread not in self.arrived | self.finished
            }
        if not others:
            return True
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE pid = ANY(%s) AND wait_event_type = 'Lock'",
                [list(others.values())],
            )
            [waiting] = cursor.fetchone()
        return waiting == len(others)


class PauseAfter:
    """An execute wrapper: the request waits for the others after its first
    statement that `matches` (sql -> bool)."""

    def __init__(self, meeting, matches):
        self.meeting, self.matches = meeting, matches

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if self.matches(sql):
            self.meeting.wait_for_the_others()
        return result


def reads(table):
    return lambda sql: sql.startswith("SELECT") and f'FROM "{table}"' in sql


def inserts(*tables):
    return lambda sql: sql.startswith("INSERT") and any(t in sql for t in tables)


def in_parallel(*writes, pause_after):
    """Run each write in its own thread and connection, each held after its
    first statement that `pause_after` matches (one matcher for all, or a list
    of one per write); the errors they raised."""
    meeting = Meeting(len(writes))
    matchers = pause_after if isinstance(pause_after, list) else [pause_after]
    pauses = [PauseAfter(meeting, matches) for matches in matchers]
    errors = []

    def run(write, pause):
        try:
            meeting.join()
            with connection.execute_wrapper(pause):
                write()
        except Exception as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            meeting.leave()
            connection.close()

    threads = [
        threading.Thread(target=run, args=(write, pauses[number % len(pauses)]))
        for number, write in enumerate(writes)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
