"""Prepare, serve, measure the scenarios in turns, print the rates."""

import argparse
import re
import statistics
import sys
import time
from dataclasses import dataclass

from . import first_view, load, reports, searches, server
from .scenarios import SCENARIOS, STATIC, TARGETS

STYLESHEET = re.compile(rb'<link rel="stylesheet" href="([^"]+)"')
WARM_UP_SECONDS = 1


@dataclass
class Round:
    rate: float
    share_of_static: float
    cpu_ms: float  # gunicorn workers' CPU per request
    unexpected: int


def stylesheet_of(port, path):
    status, _headers, body = load.fetch(port, path)
    found = STYLESHEET.search(body)
    if status != 200 or not found:
        raise RuntimeError(f"{path} answered {status} without a stylesheet link")
    return found.group(1).decode()


def loads(static, scenarios=SCENARIOS):
    return {
        scenario.name: load.Load(
            path=scenario.path.format(static=static),
            headers=scenario.headers,
            expect=scenario.expect,
            unique_query=scenario.unique_query,
        )
        for scenario in scenarios
    }


def measure(client, gunicorn, args, extra=()):
    """Every scenario, round after round; each round's rates set beside the
    static file's in the same round.

    Other work on the machine comes and goes: rounds taken in turns meet it
    alike, and the medians leave out the most disturbed.
    """
    specs = loads(stylesheet_of(gunicorn.port, "/en/"), [*SCENARIOS, *extra])
    for spec in specs.values():
        client.hammer(gunicorn.port, spec, WARM_UP_SECONDS, args.connections)
    rounds = {name: [] for name in specs}
    for _round in range(args.rounds):
        taken = {}
        for name, spec in specs.items():
            cpu_before = gunicorn.workers_cpu_seconds()
            result = client.hammer(gunicorn.port, spec, args.seconds, args.connections)
            taken[name] = (result, gunicorn.workers_cpu_seconds() - cpu_before)
        static_rate = taken[STATIC.name][0].rate
        for name, (result, cpu) in taken.items():
            rounds[name].append(
                Round(
                    rate=result.rate,
                    share_of_static=result.rate / static_rate,
                    cpu_ms=1000 * cpu / max(result.requests, 1),
                    unexpected=result.unexpected,
                )
            )
    return rounds


def median(rounds, field):
    return statistics.median(getattr(one, field) for one in rounds)


def report(rounds):
    """Print the rates and each target's verdict; the number of FAILs."""
    failures = 0
    print(
        f"{'scenario':<40}{'req/s':>8}{'of static':>11}{'CPU ms':>8}{'unexpected':>12}"
    )
    for name, taken in rounds.items():
        print(
            f"{name:<40}{median(taken, 'rate'):>8.0f}"
            f"{median(taken, 'share_of_static'):>11.1%}"
            f"{median(taken, 'cpu_ms'):>8.2f}"
            f"{sum(one.unexpected for one in taken):>12}"
        )
    print()
    for target in TARGETS:
        share = median(rounds[target.scenario], "share_of_static")
        verdict = "PASS" if share >= target.share_of_static else "FAIL"
        failures += verdict == "FAIL"
        print(
            f"{verdict}  {target.scenario}: {share:.1%} of the static file's rate "
            f"(target {target.share_of_static:.0%})"
        )
    return failures


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--seconds", type=float, default=2, help="per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)

    started = time.monotonic()
    env = server.environment()
    print("Preparing the bench database, content and static files...", flush=True)
    try:
        server.prepare(env)
        report_bench = reports.prepare(env)
        search_bench = searches.prepare(env)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    with load.Client() as client, server.gunicorn(env, ready_path="/en/") as gunicorn:
        print(
            f"{server.describe()}; the demo content.\n"
            f"{args.connections} connections; medians of {args.rounds} rounds of "
            f"{args.seconds:g} s per scenario, taken in turns. CPU ms: the "
            "workers' CPU time per request.\n",
            flush=True,
        )
        rounds = measure(client, gunicorn, args, search_bench.scenarios)
        report_rounds = reports.measure(client, gunicorn, args, report_bench)
        first_views = first_view.measure(gunicorn.port)
    failures = (
        report(rounds)
        + reports.report(report_rounds, report_bench)
        + searches.report(rounds, search_bench, median)
        + first_view.report(first_views)
    )
    print(f"\n({time.monotonic() - started:.0f} s in all)")
    return verdict(failures)


def verdict(failures):
    """The exit status: 1 when any target FAILed, so that CI and scripts see it."""
    if failures:
        print(f"{failures} target(s) FAILED", file=sys.stderr)
        return 1
    return 0
