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


def page_scenarios(label, path):
    """The same page served from the page cache and rendered on a miss."""
    return [
        Scenario(
            f"{label}, cached (anonymous)", path, Expect(header="x-page-cache: hit")
        ),
        Scenario(
            f"{label}, uncached (cache miss)",
            path,
            Expect(header="x-page-cache: miss"),
            unique_query=True,
        ),
    ]


def page_targets(label):
    return [
        Target(f"{label}, cached (anonymous)", 0.50),
        Target(f"{label}, uncached (cache miss)", 0.04),
    ]


STATIC = Scenario("static file (CSS, WhiteNoise)", "{static}")
PAGES = [
    ("home page", "/en/"),
    ("news listing", "/en/news/"),
    ("news story", "/en/news/jambi-case-conference-online/"),
]
SCENARIOS = [
    STATIC,
    *(scenario for label, path in PAGES for scenario in page_scenarios(label, path)),
    Scenario(
        "home page, reader with a session",
        "/en/",
        Expect(without_header="x-page-cache:"),
        headers=(*BROWSER_HEADERS, NO_SUCH_SESSION),
    ),
]
TARGETS = [target for label, _path in PAGES for target in page_targets(label)]
