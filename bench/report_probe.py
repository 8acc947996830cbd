"""Measured inside one Django process, on the bench data (bench.report_data):

- the supervisor report's query count at bench scale and at a small scale;
- the memory the lesson-activity CSV takes while it streams 1,000,000 rows:
  the process's resident size sampled as the rows go out, less its size before.

Run as `python -m bench.report_probe '<report_data JSON>'`; prints JSON.
"""

import gc
import json
import os
import sys
import time

import django

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 10_000  # rows
HOST = "127.0.0.1"


def resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


def signed_in(user_id):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from .report_data import second_factor_given

    client = Client(HTTP_HOST=HOST)
    user = get_user_model().objects.get(pk=user_id)
    client.force_login(user)
    session = client.session
    second_factor_given(session, user)
    session.save()
    return client


def report_queries(client, centre_id):
    """Queries of the report page for one centre, the shared cache warmed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/en/supervision/?centre={centre_id}"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return len(queries)


def export_memory(client, centre_id):
    """Rows streamed, seconds, and the peak growth of the resident size."""
    url = f"/en/supervision/export/activity.csv?centre={centre_id}"
    gc.collect()
    before = peak = resident_bytes()
    started = time.monotonic()
    response = client.get(url)
    if response.status_code != 200 or not response.streaming:
        raise RuntimeError(f"{url} answered {response.status_code}")
    lines = 0
    for _line in response.streaming_content:
        lines += 1
        if lines % SAMPLE_EVERY == 0:
            peak = max(peak, resident_bytes())
    peak = max(peak, resident_bytes())
    return {
        "rows": lines - 1,  # the header
        "seconds": round(time.monotonic() - started, 1),
        "peak_growth_bytes": peak - before,
    }


def main(data):
    django.setup()
    client = signed_in(data["supervisor"])
    return {
        "queries_at_scale": report_queries(client, data["report_centre"]),
        "queries_small": report_queries(
            signed_in(data["small_supervisor"]), data["small_centre"]
        ),
        "export": export_memory(client, data["export_centre"]),
    }


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
