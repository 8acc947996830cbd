"""Search in the bench: an index of 10,000 resources × 4 languages, 1,000 news
stories and 300 lessons; typical searches under load beside the home page, the
queries each takes and the index writer's throughput."""

import json
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import urlencode

from .load import Expect
from .scenarios import BROWSER_HEADERS, NO_SUCH_SESSION, Scenario
from .server import ROOT

HOME = "home page, reader with a session"
# Rendered on every request: a reader with a session is never served from the
# page cache, so each request runs the search.
SEARCHES = [
    ("en", "child protection"),
    ("en", "family reunification case management"),
    ("id", "perlindungan anak"),
    ("vi", "bao ve tre em"),
    ("ar", "حماية الاطفال"),
]


def scenario_name(language, words):
    return f"search [{language}] {words}"


@dataclass
class SearchBench:
    data: dict

    @property
    def scenarios(self):
        return [
            Scenario(
                scenario_name(language, words),
                f"/{language}/search/?{urlencode({'q': words})}",
                Expect(status=200, without_header="x-page-cache:"),
                headers=(*BROWSER_HEADERS, NO_SUCH_SESSION),
            )
            for language, words in SEARCHES
        ]


def prepare(env):
    print(
        "Writing the search index (10,000 resources × 4 languages, 1,000 stories, "
        "300 lessons)...",
        flush=True,
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.search_data"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"bench.search_data failed:\n{done.stdout}\n{done.stderr}")
    return SearchBench(json.loads(done.stdout.strip().splitlines()[-1]))


def report(rounds, bench, median):
    data = bench.data
    print(
        f"\nSearch index: {data['documents']:,} documents written in "
        f"{data['seconds']:g} s: {data['documents_per_second']:,} documents/second"
    )
    home_rate = median(rounds[HOME], "rate")
    for language, words in SEARCHES:
        rate = median(rounds[scenario_name(language, words)], "rate")
        print(
            f"{scenario_name(language, words)}: {rate:.1f} req/s, "
            f"{home_rate / rate:.1f}× the home page's time (reader with a session)"
        )
    with_results = {
        search: counted["queries"]
        for search, counted in data["queries"].items()
        if counted["results"] and "gatekeepign" not in search
    }
    same = len(set(with_results.values())) == 1
    print(
        f"{'PASS' if same else 'FAIL'}  queries per search: "
        + ", ".join(
            f"{search} {counted['queries']} ({counted['results']:,} results)"
            for search, counted in data["queries"].items()
        )
        + " (equal for every search with results)"
    )
    return int(not same)
