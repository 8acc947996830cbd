"""Simulated people on the portal: readers, searchers and trainees.

Each person is a thread with its own keep-alive connection and cookies, who
waits a moment between requests as people do. Trainees (signed in, approved)
open lessons and mark them done, and take knowledge checks; each "done" the
server acknowledges (302 back to the lesson) and each check it acknowledges
(302 to the attempt) is remembered, to be looked for in the database later.
A request that fails is sent again as a browser would resend the form: the same
check with the same client token.
"""

import functools
import http.client
import random
import re
import statistics
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .load import LOOPBACK

READER_PATHS = ["/en/", "/en/news/", "/en/library/", "/id/", "/ar/", "/en/training/"]
SEARCHES = [
    "child",
    "reintegration",
    "autism",
    "case management",
    "gatekeeping",
    "anak",
    "trẻ em",
    "الطفل",
]
THINK_SECONDS = (0.5, 2.0)
# Load, not secrets: a plain generator is right here.
chance = random.Random()  # noqa: S311
TIMEOUT_SECONDS = 30
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
OWNER_FIELD = re.compile(rb'name="owner_token" value="([^"]+)"')
ATTEMPT_PATH = re.compile(r"/check/attempts/(\d+)/$")


@dataclass
class Tally:
    """What the people saw, shared by their threads."""

    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    latencies: list = field(default_factory=list)
    outcomes: Counter = field(default_factory=Counter)
    # (seconds since start, method, status or exception name), for the faults
    timeline: list = field(default_factory=list)
    lessons_acknowledged: set = field(default_factory=set)  # (user, lesson)
    attempts_acknowledged: dict = field(default_factory=dict)  # token -> (id, user)
    tokens_sent: set = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, method, seconds, outcome):
        with self.lock:
            self.latencies.append(seconds)
            self.outcomes[outcome] += 1
            self.timeline.append((time.monotonic() - self.started, method, outcome))

    def percentile(self, share):
        if len(self.latencies) < 2:
            return 0.0
        return statistics.quantiles(self.latencies, n=100)[int(share * 100) - 1]


class Browser:
    """One person's connection and cookies."""

    def __init__(self, port, tally, cookies=None):
        self.port, self.tally = port, tally
        self.cookies = dict(cookies or {})
        self.connection = None

    def request(self, method, path, form=None):
        """(status, location, body), or (exception name, "", b"") on failure."""
        headers = {"Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.monotonic()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    LOOPBACK, self.port, timeout=TIMEOUT_SECONDS
                )
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.close()
            self.tally.record(method, time.monotonic() - started, type(error).__name__)
            return type(error).__name__, "", b""
        self.tally.record(method, time.monotonic() - started, response.status)
        self._keep_cookies(response.msg.get_all("Set-Cookie") or [])
        if response.will_close:
            self.close()
        return response.status, response.getheader("Location", ""), content

    def _keep_cookies(self, lines):
        for line in lines:
            name, _, rest = line.partition("=")
            value = rest.split(";", 1)[0]
            if not value or "max-age=0" in rest.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _think(deadline):
    time.sleep(min(chance.uniform(*THINK_SECONDS), max(0, deadline - time.monotonic())))


def reader(browser, deadline):
    while time.monotonic() < deadline:
        browser.request("GET", chance.choice(READER_PATHS))
        _think(deadline)


def searcher(browser, deadline):
    while time.monotonic() < deadline:
        query = urlencode({"q": chance.choice(SEARCHES)})
        browser.request("GET", f"/en/search/?{query}")
        _think(deadline)


class Trainee:
    """Works through the demo modules: lessons, then the check, again and again."""

    def __init__(self, browser, user, modules):
        self.browser, self.user, self.modules = browser, user, modules

    def __call__(self, deadline):
        while time.monotonic() < deadline:
            module = chance.choice(self.modules)
            for path, lesson in module["lessons"].items():
                if time.monotonic() >= deadline:
                    return
                self.mark_done(path, lesson, deadline)
                _think(deadline)
            self.take_check(module, deadline)
            _think(deadline)

    def _form_fields(self, path):
        """The CSRF and owner tokens of the page's form, or None."""
        status, _location, body = self.browser.request("GET", path)
        if status != 200:
            return None
        csrf, owner = CSRF_FIELD.search(body), OWNER_FIELD.search(body)
        if not (csrf and owner):
            return None
        return {
            "csrfmiddlewaretoken": csrf.group(1).decode(),
            "owner_token": owner.group(1).decode(),
        }

    def _post_until_answered(self, path, form, deadline):
        """Sent again (the same form) while the server fails to answer it."""
        while True:
            status, location, _body = self.browser.request("POST", path, form)
            if status == 302 or time.monotonic() >= deadline:
                return status, location
            if isinstance(status, int) and status < 500:
                return status, location
            time.sleep(1)

    def mark_done(self, path, lesson, deadline):
        form = self._form_fields(path)
        if form is None:
            return
        status, location = self._post_until_answered(f"{path}done/", form, deadline)
        if status == 302 and location.endswith(path):
            with self.browser.tally.lock:
                self.browser.tally.lessons_acknowledged.add((self.user, lesson))
            self.browser.request("GET", location)

    def take_check(self, module, deadline):
        form = self._form_fields(module["check"])
        if form is None:
            return
        client_token = str(uuid.uuid4())
        form["client_token"] = client_token
        right = chance.random() < 0.7
        for key, question in module["questions"].items():
            chosen = (
                question["right"] if right else [chance.choice(question["options"])]
            )
            form[f"question-{key}"] = chosen
        with self.browser.tally.lock:
            self.browser.tally.tokens_sent.add(client_token)
        status, location = self._post_until_answered(module["check"], form, deadline)
        found = ATTEMPT_PATH.search(location) if status == 302 else None
        if found:
            with self.browser.tally.lock:
                self.browser.tally.attempts_acknowledged[client_token] = (
                    int(found.group(1)),
                    self.user,
                )
            self.browser.request("GET", location)


def run(port, seconds, people, prepared, during=None):
    """`people` = {"readers": n, "searchers": n, "trainees": n} for `seconds`;
    `during(tally)` runs beside them (a fault). Returns the tally."""
    tally = Tally()
    deadline = time.monotonic() + seconds
    browsers, jobs = [], []
    for kind, behaviour in (("readers", reader), ("searchers", searcher)):
        for _ in range(people[kind]):
            browsers.append(Browser(port, tally))
            jobs.append(functools.partial(behaviour, browsers[-1]))
    for person in prepared["trainees"][: people["trainees"]]:
        browsers.append(Browser(port, tally, {"sessionid": person["session"]}))
        jobs.append(Trainee(browsers[-1], person["user"], prepared["modules"]))
    threads = [threading.Thread(target=job, args=(deadline,)) for job in jobs]
    for thread in threads:
        thread.start()
    if during is not None:
        during(tally)
    for thread in threads:
        thread.join()
    for browser in browsers:
        browser.close()
    tally.seconds = time.monotonic() - tally.started
    return tally
