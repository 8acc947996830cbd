"""What the bench measures. A later page adds a Scenario, and a Target if its
issue sets one."""

from dataclasses import dataclass

from .load import Expect

BROWSER_HEADERS = (("Accept-Encoding", "gzip"), ("Accept", "text/html"))
NO_SUCH_SESSION = ("Cookie", "sessionid=bench-no-such-session")


@dataclass(frozen=True)
class Scenario:
    name: str
    path: str  # "{static}" stands for the home page's stylesheet
    expect: Expect = Expect()
    headers: tuple = BROWSER_HEADERS
    # A new query string on every request: a page-cache miss, rendered and stored
    # as for the first reader after a publish.
    unique_query: bool = False


@dataclass(frozen=True)
class Target:
    scenario: str
    share_of_static: float


STATIC = Scenario("static file (CSS, WhiteNoise)", "{static}")
SCENARIOS = [
    STATIC,
    Scenario(
        "home page, cached (anonymous)", "/en/", Expect(header="x-page-cache: hit")
    ),
    Scenario(
        "home page, uncached (cache miss)",
        "/en/",
        Expect(header="x-page-cache: miss"),
        unique_query=True,
    ),
    Scenario(
        "home page, reader with a session",
        "/en/",
        Expect(without_header="x-page-cache:"),
        headers=(*BROWSER_HEADERS, NO_SUCH_SESSION),
    ),
]
TARGETS = [
    Target("home page, cached (anonymous)", 0.50),
    Target("home page, uncached (cache miss)", 0.04),
]
