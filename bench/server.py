"""The portal as production runs it: gunicorn, PostgreSQL, Redis, WhiteNoise."""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg
import redis
from psycopg import sql

from . import load

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
REDIS_URL = "redis://127.0.0.1:6379/2"
WORKERS = 2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def environment():
    """Production settings against the bench's own database and Redis database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{load.LOOPBACK},localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", DATABASE_URL),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", REDIS_URL),
    }


def check_services(env):
    """PostgreSQL and Redis must be running already (.ci/run starts both)."""
    try:
        redis.Redis.from_url(env["REDIS_URL"], socket_timeout=5).ping()
    except redis.RedisError as error:
        raise RuntimeError(f"Redis is not answering: {error}") from error
    try:
        create_database(env["DATABASE_URL"])
    except psycopg.OperationalError as error:
        raise RuntimeError(f"PostgreSQL is not answering: {error}") from error


def create_database(url):
    config = dj_database_url.parse(url)
    with psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"]))
            )


def describe():
    return f"gunicorn, {WORKERS} sync workers, {os.cpu_count()} cores"


def manage(env, *args):
    done = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}")
    return done


def prepare(env):
    """The bench database with the demo content, and the static files."""
    check_services(env)
    manage(env, "migrate", "--noinput", "-v", "0")
    # The demo command refuses production settings; it only writes rows.
    dev = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    manage(dev, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "clear_page_cache")


def free_port():
    with socket.socket() as sock:
        sock.bind((load.LOOPBACK, 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Server:
    port: int
    pid: int

    def workers_cpu_seconds(self):
        """CPU time the workers have used so far (user and system)."""
        task = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        total = 0
        for worker in task.read_text().split():
            with contextlib.suppress(FileNotFoundError):  # a worker restarting
                fields = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1]
                utime, stime = fields.split()[11:13]
                total += int(utime) + int(stime)
        return total / CLOCK_TICKS


@contextlib.contextmanager
def gunicorn(env, ready_path, timeout=120):
    """A running gunicorn on a free loopback port, with the task worker that
    production runs beside it (deploy/systemd/); both stopped whatever happens."""
    port = free_port()
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in finally
    # Production settings queue tasks in the database (TASKS_BACKEND): without
    # a worker, what the pages enqueue would pile up and never run.
    worker = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "db_worker", "--verbosity=0"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        process = subprocess.Popen(  # noqa: S603 - the virtualenv's gunicorn
            [
                str(VENV_BIN / "gunicorn"),
                "portal.wsgi",
                f"--bind={load.LOOPBACK}:{port}",
                f"--workers={WORKERS}",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_ready(process, port, ready_path, timeout, log)
            yield Server(port, process.pid)
        finally:
            _stop(process)
    finally:
        _stop(worker)
        log.close()


def _stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_until_ready(process, port, path, timeout, log):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"gunicorn exited:\n{log.read()}")
        with contextlib.suppress(OSError):
            status, _headers, _body = load.fetch(port, path)
            if status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not serve {path} within {timeout} s")
