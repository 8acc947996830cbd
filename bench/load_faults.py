"""Load and faults: 50 people on the portal while things go wrong.

Three runs against PostgreSQL and Redis, production settings:

1. one app server (gunicorn), a worker killed with SIGKILL halfway;
2. one app server, PostgreSQL restarted: 503s for a moment, then 200s again
   without touching gunicorn;
3. two app servers behind nginx (round robin), sharing the database and Redis.

Each run compares what the server acknowledged with what the database holds:
every lesson marked done (302 back to the lesson) and every knowledge check
(302 to the attempt) must be there once, and nothing else may fail but the
requests the fault itself cut off, which were never acknowledged.

`python -m bench load [--seconds 60] [--fault-seconds 30] [--no-restart]`
"""

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass

from . import faults, journeys, load, nginx, server

PEOPLE = {"readers": 15, "searchers": 10, "trainees": 25}
ANSWERED = {200, 302}
CUT_OFF = "cut off"  # a connection that died with its worker: no answer at all
# The app server's settings that decide whether a second server sees the same
# state: sessions, cache (and the page cache in it), uploads, search.
SHARED_STATE_CODE = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({
    "sessions": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"]["BACKEND"],
    "media": settings.STORAGES["default"]["BACKEND"],
    "search": "Elasticsearch" if settings.ELASTICSEARCH_URL else "the database",
}))
"""
LOCAL_ONLY = {
    "django.contrib.sessions.backends.file",
    "django.contrib.sessions.backends.signed_cookies",
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


def python(env, *args):
    done = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, *args],
        cwd=server.ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def trainees(env):
    """Signed-in trainees with no records yet, and the modules they take."""
    return python(env, "-m", "bench.trainees", "prepare", str(PEOPLE["trainees"]))


@dataclass
class Ledger:
    """What the server acknowledged beside what the database holds."""

    acknowledged: int
    stored: int
    lost: int
    duplicated: int

    @property
    def unacknowledged(self):
        return self.stored - (self.acknowledged - self.lost) - self.duplicated


def ledgers(tally, records):
    lessons = Counter(tuple(pair) for pair in records["lessons_done"])
    attempts = Counter(token for _pk, _user, token in records["attempts"])
    attempt_ids = {pk for pk, _user, _token in records["attempts"]}
    completions = Counter(tuple(pair) for pair in records["completions"])
    acknowledged_ids = [pk for pk, _user in tally.attempts_acknowledged.values()]
    return {
        "lessons done": Ledger(
            acknowledged=len(tally.lessons_acknowledged),
            stored=sum(lessons.values()),
            lost=len(tally.lessons_acknowledged - set(lessons)),
            duplicated=sum(n - 1 for n in lessons.values()),
        ),
        "knowledge checks": Ledger(
            acknowledged=len(acknowledged_ids),
            stored=sum(attempts.values()),
            lost=len(set(acknowledged_ids) - attempt_ids),
            # two rows for one form sent, or a row for a form never sent
            duplicated=sum(n - 1 for n in attempts.values())
            + len(set(attempts) - tally.tokens_sent)
            + len(acknowledged_ids)
            - len(set(acknowledged_ids)),
        ),
        "module completions": Ledger(
            acknowledged=0,
            stored=sum(completions.values()),
            lost=0,
            duplicated=sum(n - 1 for n in completions.values()),
        ),
    }


def outcome_kind(outcome):
    if outcome in ANSWERED:
        return "answered"
    if outcome == 503:
        return 503
    if isinstance(outcome, int):
        return outcome
    return CUT_OFF


def print_tally(tally):
    total = sum(tally.outcomes.values())
    print(
        f"  {total} requests, {total / tally.seconds:.1f}/s; "
        f"p50 {1000 * tally.percentile(0.50):.0f} ms, "
        f"p95 {1000 * tally.percentile(0.95):.0f} ms"
    )
    print(
        "  responses: "
        + ", ".join(
            f"{k}: {n}"
            for k, n in sorted(tally.outcomes.items(), key=lambda item: str(item[0]))
        )
    )


def print_ledgers(books):
    for name, ledger in books.items():
        if name == "module completions":  # written by the server, never asked for
            print(
                f"  {name}: in the database {ledger.stored}, "
                f"duplicated {ledger.duplicated}"
            )
            continue
        print(
            f"  {name}: acknowledged {ledger.acknowledged}, in the database "
            f"{ledger.stored} ({ledger.unacknowledged} stored without an answer "
            f"reaching the client); lost {ledger.lost}, duplicated {ledger.duplicated}"
        )
    return all(ledger.lost == 0 and ledger.duplicated == 0 for ledger in books.values())


def failures(tally, allowed=()):
    """Responses that are neither 200/302 nor allowed by the fault."""
    return sum(
        count
        for outcome, count in tally.outcomes.items()
        if outcome_kind(outcome) not in ("answered", *allowed)
    )


def verdict(ok, what):
    print(f"{'PASS' if ok else 'FAIL'}  {what}\n", flush=True)
    return ok


def run_and_check(env, port, seconds, during=None):
    prepared = trainees(env)
    tally = journeys.run(port, seconds, PEOPLE, prepared, during)
    books = ledgers(tally, python(env, "-m", "bench.trainees", "records"))
    print_tally(tally)
    return tally, print_ledgers(books)


def worker_killed(env, args):
    with server.gunicorn(env, ready_path="/en/") as gunicorn:
        fault = faults.Fault("worker killed", at_seconds=args.seconds / 2)
        print(
            f"1. One app server ({server.describe()}), {sum(PEOPLE.values())} people "
            f"for {args.seconds:g} s; a worker killed with SIGKILL at "
            f"{fault.at_seconds:g} s",
            flush=True,
        )
        tally, kept = run_and_check(
            env, gunicorn.port, args.seconds, faults.kill_a_worker(gunicorn, fault)
        )
    cut_off = sum(n for o, n in tally.outcomes.items() if outcome_kind(o) == CUT_OFF)
    errors = failures(tally, allowed=(CUT_OFF,))
    print(f"  {fault.detail}; requests cut off with it: {cut_off}; errors: {errors}")
    return verdict(
        kept and errors == 0 and cut_off <= 1,
        "0 errors, 0 lost, 0 duplicated; only the killed worker's requests failed",
    )


def database_restarted(env, args):
    command, reason = faults.postgres_restart_command(env["DATABASE_URL"])
    if command is None:
        print(f"2. PostgreSQL restart: skipped ({reason})\n")
        return True
    with server.gunicorn(env, ready_path="/en/") as gunicorn:
        fault = faults.Fault("PostgreSQL restarted", at_seconds=args.fault_seconds / 3)
        print(
            f"2. One app server, {sum(PEOPLE.values())} people for "
            f"{args.fault_seconds:g} s; PostgreSQL restarted at {fault.at_seconds:g} s",
            flush=True,
        )
        tally, kept = run_and_check(
            env,
            gunicorn.port,
            args.fault_seconds,
            faults.restart_postgres(command, fault),
        )
        # Served again by the same gunicorn: a page that needs the database.
        after = load.fetch(gunicorn.port, "/en/search/?q=child")[0]
    unavailable = [t for t, _method, outcome in tally.timeline if outcome == 503]
    errors = failures(tally, allowed=(503,))
    print(f"  {fault.detail}")
    if unavailable:
        last = max(unavailable)
        recovered = [
            t for t, method, outcome in tally.timeline if outcome == 302 and t > last
        ]
        print(
            f"  503 answered for {last - min(unavailable):.1f} s "
            f"({len(unavailable)} responses, {min(unavailable):.1f}–{last:.1f} s); "
            f"forms acknowledged again {recovered[0] - last:.1f} s after the last"
            if recovered
            else "  no form acknowledged after the last 503"
        )
    else:
        recovered = [True]
        print("  no 503 seen (the restart fell between requests)")
    print(f"  other errors: {errors}; the search page after the run: {after}")
    return verdict(
        kept and errors == 0 and bool(recovered) and after == 200,
        "503 (not 500) while the database was away, 200 again by itself; "
        "0 lost, 0 duplicated",
    )


def shared_state(env):
    state = python(env, "-c", SHARED_STATE_CODE)
    local = [
        f"{name} ({value})" for name, value in state.items() if value in LOCAL_ONLY
    ]
    print(
        "  state shared by the servers: "
        + ", ".join(
            f"{name}: {value.rsplit('.', 1)[-1]}" for name, value in state.items()
        )
    )
    if state["media"].endswith("FileSystemStorage"):
        print(
            "  uploads on the local disk: MEDIA_ROOT must be shared storage (NFS), "
            "or set AWS_STORAGE_BUCKET_NAME (here both servers share this machine's)"
        )
    return local


def two_servers(env, args):
    with (
        server.gunicorn(env, ready_path="/en/") as first,
        server.gunicorn(env, ready_path="/en/") as second,
        nginx.proxy([first.port, second.port], server.ROOT / "media") as port,
    ):
        print(
            f"3. Two app servers ({server.WORKERS} workers each) behind nginx, "
            f"{sum(PEOPLE.values())} people for {args.fault_seconds:g} s",
            flush=True,
        )
        local = shared_state(env)
        cpu = [first.workers_cpu_seconds(), second.workers_cpu_seconds()]
        tally, kept = run_and_check(env, port, args.fault_seconds)
        cpu = [
            first.workers_cpu_seconds() - cpu[0],
            second.workers_cpu_seconds() - cpu[1],
        ]
    errors = failures(tally)
    print(
        f"  workers' CPU seconds per server: {cpu[0]:.1f} and {cpu[1]:.1f}; "
        f"errors: {errors}; kept in one process only: {', '.join(local) or 'nothing'}"
    )
    return verdict(
        kept and errors == 0 and not local and min(cpu) > 0.1 * max(cpu),
        "both servers served; 0 errors, 0 lost, 0 duplicated",
    )


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench load", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60, help="the first run")
    parser.add_argument(
        "--fault-seconds", type=float, default=30, help="the second and third runs"
    )
    parser.add_argument(
        "--no-restart",
        action="store_true",
        help="leave PostgreSQL alone (others use it)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    env = server.environment()
    print("Preparing the bench database, content and static files...", flush=True)
    try:
        server.prepare(env)
        results = [worker_killed(env, args)]
        if not args.no_restart:
            results.append(database_restarted(env, args))
        results.append(two_servers(env, args))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"({time.monotonic() - started:.0f} s in all)")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
