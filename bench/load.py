"""A small HTTP/1.1 load generator for a server on this machine.

Plain sockets, a few threads in each of a few processes: little work per request,
so that the server, not the client, is what gets measured. Requests go to
loopback only, for a fixed time.
"""

import itertools
import socket
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Expect:
    """Which responses count: a status, and a header line present or absent."""

    status: int = 200
    header: str = ""
    without_header: str = ""

    def __call__(self, status, headers):
        lines = headers + b"\r\n"
        present = f"\r\n{self.header}\r\n".encode()
        absent = f"\r\n{self.without_header}".encode()
        return (
            status == self.status
            and (not self.header or present in lines)
            and (not self.without_header or absent not in lines)
        )


@dataclass(frozen=True)
class Load:
    """What to request: every request the same, or each with a unique query."""

    path: str
    headers: tuple  # (name, value) pairs
    expect: Expect
    unique_query: bool = False  # "bench=<random>-<n>" on every request

    def paths(self):
        if not self.unique_query:
            return itertools.repeat(self.path)
        joint = "&" if "?" in self.path else "?"
        prefix = f"{self.path}{joint}bench={uuid.uuid4().hex}-"
        return (prefix + str(n) for n in itertools.count())


@dataclass
class Result:
    requests: int
    unexpected: int
    seconds: float

    @property
    def rate(self):
        return self.requests / self.seconds


class ResponseReader:
    """Reads one response at a time from a keep-alive connection."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self.buffer += chunk

    def _take_line(self):
        while b"\r\n" not in self.buffer:
            self._fill()
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line

    def _take(self, size):
        while len(self.buffer) < size:
            self._fill()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def read(self):
        """Status, lower-cased header block and whether the server will close."""
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status = int(head[9:12])
        headers = head.lower()
        length = _header(headers, b"content-length")
        if length is not None:
            self._take(int(length))
        elif _header(headers, b"transfer-encoding") == b"chunked":
            while size := int(self._take_line().split(b";")[0], 16):
                self._take(size + 2)
            self._take_line()
        closes = _header(headers, b"connection") == b"close"
        return status, headers, closes


def _header(headers, name):
    start = headers.find(b"\r\n" + name + b":")
    if start < 0:
        return None
    value_start = start + len(name) + 3
    end = headers.find(b"\r\n", value_start)
    return headers[value_start : end if end >= 0 else None].strip()


def request_bytes(port, path, headers):
    lines = [f"GET {path} HTTP/1.1", f"Host: {LOOPBACK}:{port}"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def fetch(port, path, headers=(), timeout=10):
    """One request: status, lower-cased headers and body (for checks, not load)."""
    with socket.create_connection((LOOPBACK, port), timeout=timeout) as sock:
        sock.sendall(request_bytes(port, path, [*headers, ("Connection", "close")]))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head[9:12]), head.lower(), body


def _connection_loop(port, load, deadline, paths, lock):
    good = bad = 0
    sock = reader = None
    while time.perf_counter() < deadline:
        with lock:
            path = next(paths)
        try:
            if sock is None:
                sock = socket.create_connection((LOOPBACK, port), timeout=30)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                reader = ResponseReader(sock)
            sock.sendall(request_bytes(port, path, load.headers))
            status, headers, closes = reader.read()
        except OSError:  # refused, reset, timed out: counted, then a new connection
            if sock is not None:
                sock.close()
            sock = None
            bad += 1
            continue
        if load.expect(status, headers):
            good += 1
        else:
            bad += 1
        if closes:
            sock.close()
            sock = None
    if sock is not None:
        sock.close()
    return good, bad


def _hammer_here(port, load, seconds, connections):
    """`connections` threads of this process, each one request at a time."""
    deadline = time.perf_counter() + seconds
    paths, lock, counts = load.paths(), threading.Lock(), []

    def run():
        counts.append(_connection_loop(port, load, deadline, paths, lock))

    threads = [threading.Thread(target=run) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [sum(column) for column in zip(*counts, strict=True)]


class Client:
    """Client processes kept for a whole run; each scenario reuses them."""

    def __init__(self, processes=2):
        self.processes = processes
        self.pool = ProcessPoolExecutor(processes)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.shutdown()

    def hammer(self, port, load, seconds, connections):
        """Keep `connections` requests in flight for `seconds`; count good ones."""
        per_process = max(1, connections // self.processes)
        started = time.perf_counter()
        futures = [
            self.pool.submit(_hammer_here, port, load, seconds, per_process)
            for _ in range(self.processes)
        ]
        counts = [future.result() for future in futures]
        return Result(
            requests=sum(good for good, _bad in counts),
            unexpected=sum(bad for _good, bad in counts),
            seconds=time.perf_counter() - started,
        )
