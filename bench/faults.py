"""Faults injected during a load run: a worker killed, the database restarted."""

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import dj_database_url

LOCAL_HOSTS = {"", "127.0.0.1", "localhost", "::1"}


@dataclass
class Fault:
    name: str
    at_seconds: float
    happened_at: float | None = None  # seconds into the run
    took_seconds: float = 0.0
    detail: str = ""


def workers_of(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()]


def kill_a_worker(server, fault):
    """SIGKILL one gunicorn worker `fault.at_seconds` into the run; the master
    starts another."""

    def inject(tally):
        time.sleep(max(0, fault.at_seconds - (time.monotonic() - tally.started)))
        workers = workers_of(server.pid)
        victim = workers[0]
        fault.happened_at = time.monotonic() - tally.started
        os.kill(victim, signal.SIGKILL)
        while victim in (now := workers_of(server.pid)) or len(now) < len(workers):
            time.sleep(0.05)
        fault.took_seconds = time.monotonic() - tally.started - fault.happened_at
        fault.detail = f"worker {victim} killed; replaced in {fault.took_seconds:.1f} s"

    return inject


def postgres_restart_command(database_url):
    """The command that restarts the local PostgreSQL cluster serving
    `database_url`, or None with the reason."""
    config = dj_database_url.parse(database_url)
    if config["HOST"] not in LOCAL_HOSTS:
        return None, f"the database is on {config['HOST']}, not this machine"
    port = str(config["PORT"] or 5432)
    lsclusters, ctlcluster = (
        shutil.which("pg_lsclusters"),
        shutil.which("pg_ctlcluster"),
    )
    if lsclusters and ctlcluster:  # Debian's postgresql-common
        listed = subprocess.run(  # noqa: S603
            [lsclusters, "--no-header"], capture_output=True, text=True
        ).stdout
        for line in listed.splitlines():
            version, cluster, cluster_port, *_rest = line.split()
            if cluster_port == port:
                return [ctlcluster, version, cluster, "restart"], ""
    if service := shutil.which("service"):
        return [service, "postgresql", "restart"], ""
    return None, "neither pg_ctlcluster nor service is available"


def restart_postgres(command, fault):
    def inject(tally):
        time.sleep(max(0, fault.at_seconds - (time.monotonic() - tally.started)))
        fault.happened_at = time.monotonic() - tally.started
        done = subprocess.run(command, capture_output=True, text=True)  # noqa: S603
        fault.took_seconds = time.monotonic() - tally.started - fault.happened_at
        fault.detail = f"`{' '.join(command)}` took {fault.took_seconds:.1f} s" + (
            f" and failed: {done.stderr.strip()}" if done.returncode else ""
        )

    return inject
