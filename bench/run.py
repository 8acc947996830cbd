"""Prepare, serve, measure each scenario in turns, print the rates."""

import argparse
import re
import time

from . import load, server
from .scenarios import SCENARIOS, STATIC, TARGETS

STYLESHEET = re.compile(rb'<link rel="stylesheet" href="([^"]+)"')
WARM_UP_SECONDS = 1


def stylesheet_of(port, path):
    status, _headers, body = load.fetch(port, path)
    found = STYLESHEET.search(body)
    if status != 200 or not found:
        raise RuntimeError(f"{path} answered {status} without a stylesheet link")
    return found.group(1).decode()


def loads(static):
    return {
        scenario.name: load.Load(
            path=scenario.path.format(static=static),
            headers=scenario.headers,
            expect=scenario.expect,
            unique_query=scenario.unique_query,
        )
        for scenario in SCENARIOS
    }


def measure(client, port, static, args):
    """Best rate of each scenario over rounds taken in turns.

    Other work on the machine slows some rounds; taking turns spreads it over
    every scenario, and the best round is the least disturbed.
    """
    specs = loads(static)
    for spec in specs.values():
        client.hammer(port, spec, WARM_UP_SECONDS, args.connections)
    best = {}
    for _round in range(args.rounds):
        for name, spec in specs.items():
            result = client.hammer(port, spec, args.seconds, args.connections)
            if name not in best or result.rate > best[name].rate:
                best[name] = result
    return best


def report(results):
    static_rate = results[STATIC.name].rate
    print(f"{'scenario':<40}{'req/s':>8}{'of static':>11}{'unexpected':>12}")
    for name, result in results.items():
        share = result.rate / static_rate
        print(f"{name:<40}{result.rate:>8.0f}{share:>11.1%}{result.unexpected:>12}")
    print()
    for target in TARGETS:
        share = results[target.scenario].rate / static_rate
        verdict = "PASS" if share >= target.share_of_static else "FAIL"
        print(
            f"{verdict}  {target.scenario}: {share:.1%} of the static file's rate "
            f"(target {target.share_of_static:.0%})"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3, help="per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)

    started = time.monotonic()
    env = server.environment()
    print("Preparing the bench database, content and static files...", flush=True)
    content = server.prepare(env)
    with load.Client() as client, server.gunicorn(env, ready_path="/en/") as port:
        print(
            f"{server.describe()}; {content}.\n"
            f"{args.connections} connections; best of {args.rounds} rounds of "
            f"{args.seconds:g} s per scenario.\n",
            flush=True,
        )
        results = measure(client, port, stylesheet_of(port, "/en/"), args)
    report(results)
    print(f"\n({time.monotonic() - started:.0f} s in all)")
    return 0
