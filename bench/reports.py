"""The supervisor report in the bench: its data, its page beside the home page,
its query count and the memory of its largest export.

The report takes far longer than a page, so it is measured in rounds of its own,
in turns with the uncached home page, one request per worker at a time: among
the other scenarios it would hold the workers and skew their rates.
"""

import json
import statistics
import subprocess
import sys
from dataclasses import dataclass

from . import load
from .scenarios import BROWSER_HEADERS, SCENARIOS
from .server import ROOT, WORKERS

REPORT = "supervisor report (2,000 staff × 30 modules)"
WORKED_OUT = "the same report, worked out (first view after a change)"
HOME = "home page, uncached (cache miss)"
MIN_ROUND_SECONDS = 5
MEMORY_LIMIT = 50 * 1024 * 1024
RATIO_TARGET = 5  # the report takes at most this many times the home page's time


@dataclass
class ReportBench:
    data: dict
    probe: dict
    reminders: dict

    def loads(self):
        home = next(scenario for scenario in SCENARIOS if scenario.name == HOME)
        cookie = ("Cookie", f"sessionid={self.data['session']}")
        report = f"/en/supervision/?centre={self.data['report_centre']}"
        signed_in = (*BROWSER_HEADERS, cookie)
        return {
            HOME: load.Load(home.path, home.headers, home.expect, home.unique_query),
            REPORT: load.Load(report, signed_in, load.Expect(status=200)),
            # A query of its own on every request: nothing kept to read.
            WORKED_OUT: load.Load(
                report, signed_in, load.Expect(status=200), unique_query=True
            ),
        }


def _run(module, env, *args):
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"{module} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def prepare(env):
    """The bench data (built once, then kept), then the in-process measures, before
    the server starts so that they do not disturb its rates."""
    data = _run("bench.report_data", env)
    print(
        f"Report data {'built' if data['rebuilt'] else 'already there'} "
        f"({data['seconds']:g} s). Measuring the report's queries and the "
        "1,000,000-row export...",
        flush=True,
    )
    probe = _run("bench.report_probe", env, json.dumps(data))
    print("Timing the reminder run...", flush=True)
    return ReportBench(data, probe, _run("bench.reminders_probe", env))


def measure(client, gunicorn, args, bench):
    """{scenario: [(rate, unexpected)]}: the home page and the report in turns."""
    seconds = max(args.seconds, MIN_ROUND_SECONDS)
    specs = bench.loads()
    for spec in specs.values():
        client.hammer(gunicorn.port, spec, 1, WORKERS)
    rounds = {name: [] for name in specs}
    for _round in range(args.rounds):
        for name, spec in specs.items():
            result = client.hammer(gunicorn.port, spec, seconds, WORKERS)
            rounds[name].append((result.rate, result.unexpected))
    return rounds


def report(rounds, bench):
    """The report's time as a ratio to the home page's, then the probe's figures."""
    print()
    rate = {
        name: statistics.median(r for r, _ in taken) for name, taken in rounds.items()
    }
    unexpected = sum(bad for taken in rounds.values() for _rate, bad in taken)
    print(
        f"{REPORT}: {rate[REPORT]:.2f} req/s with {WORKERS} requests at a time, "
        f"about {1000 * WORKERS / rate[REPORT]:.0f} ms each; {HOME}: "
        f"{rate[HOME]:.0f} req/s ({unexpected} unexpected responses)"
    )
    ratio = rate[HOME] / rate[REPORT]
    failures = int(ratio > RATIO_TARGET) + int(unexpected > 0)
    print(
        f"{'PASS' if ratio <= RATIO_TARGET else 'FAIL'}  report time as a ratio to "
        f"the home page (uncached): {ratio:.1f}× (target ≤ {RATIO_TARGET:g}×)"
    )
    print(
        f"      {WORKED_OUT}: {1000 * WORKERS / rate[WORKED_OUT]:.0f} ms each, "
        f"{rate[HOME] / rate[WORKED_OUT]:.1f}× the home page (no target: "
        "the report is kept until what it shows changes)"
    )
    probe = bench.probe
    same = probe["queries_at_scale"] == probe["queries_small"]
    failures += not same
    print(
        f"{'PASS' if same else 'FAIL'}  report queries: {probe['queries_at_scale']} at "
        f"2,000 staff × 30 modules, {probe['queries_small']} at 3 staff (must be equal)"
    )
    export = probe["export"]
    growth = export["peak_growth_bytes"]
    print(
        f"{'PASS' if growth < MEMORY_LIMIT else 'FAIL'}  CSV export of "
        f"{export['rows']:,} lesson-progress rows in {export['seconds']:g} s: "
        f"peak memory growth {growth / 1024 / 1024:.1f} MB (target < 50 MB)"
    )
    failures += growth >= MEMORY_LIMIT
    return failures + report_reminders(bench.reminders)


def report_reminders(reminders):
    """The reminder run's time, and its queries per batch at three batch sizes."""
    first, *_others = reminders["runs"]
    print(
        f"reminder run (2,000 people × 30 assignments, beside 2,000 who are done): "
        f"{first['reminders']:,} reminders in {first['mails']:,} mails and "
        f"{first['digests']} digests in {first['seconds']:g} s, "
        f"{first['batches']} batches of {first['batch_size']}"
    )
    steps = reminders["queries_per_batch"]
    fixed = len(steps) == 1
    print(
        f"{'PASS' if fixed else 'FAIL'}  reminder queries per batch: "
        + ", ".join(f"{step:g}" for step in steps)
        + " (the same at batch sizes "
        + ", ".join(str(run["batch_size"]) for run in reminders["runs"])
        + ")"
    )
    again = sum(run["sent_again"] for run in reminders["runs"])
    print(
        f"{'PASS' if again == 0 else 'FAIL'}  reminders sent again by a second run: "
        f"{again} (must be 0)"
    )
    return int(not fixed) + int(again > 0)
