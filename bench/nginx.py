"""nginx in front of several gunicorns, from deploy/nginx/portal.conf.template:
a child process with its own configuration in a temporary directory."""

import contextlib
import os
import shutil
import string
import subprocess
import tempfile
import time
from pathlib import Path

from . import load
from .server import ROOT, free_port

TEMPLATE = ROOT / "deploy" / "nginx" / "portal.conf.template"
MAIN = """daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
{user}
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    include {dir}/portal.conf;
}}
"""


def site_config(app_ports, listen, media_root):
    return string.Template(TEMPLATE.read_text()).substitute(
        upstream_servers="\n".join(
            f"    server {load.LOOPBACK}:{port} max_fails=1 fail_timeout=10s;"
            for port in app_ports
        ),
        listen=f"{load.LOOPBACK}:{listen}",
        server_name=load.LOOPBACK,
        media_root=media_root,
    )


@contextlib.contextmanager
def proxy(app_ports, media_root, timeout=10):
    """nginx on a free port, round robin over `app_ports`; stopped at the end."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError(
            "nginx is missing: apt-get install nginx (bin/portal bench installs it)"
        )
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="portal-nginx-") as directory:
        Path(directory, "portal.conf").write_text(
            site_config(app_ports, port, media_root)
        )
        # As root, nginx's workers would switch to a user who cannot write here.
        user = "user root;" if os.geteuid() == 0 else ""
        Path(directory, "nginx.conf").write_text(MAIN.format(dir=directory, user=user))
        process = subprocess.Popen(  # noqa: S603 - Debian's nginx
            [binary, "-c", f"{directory}/nginx.conf", "-p", directory],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _wait_until_ready(process, port, timeout)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_ready(process, port, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited: {process.stderr.read()}")
        with contextlib.suppress(OSError):
            status, _headers, _body = load.fetch(port, "/en/")
            if status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nginx did not answer within {timeout} s")
