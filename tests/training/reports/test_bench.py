"""The bench's own pieces, at a small scale: it runs from a clean database and
says FAIL with its exit status."""

import pytest

from bench import run, search_data


@pytest.mark.django_db
def test_the_search_bench_pages_are_made_on_a_first_run(home_page):
    """A first run used to get no page back (IndexError in index_everything)."""
    made = search_data.bench_pages(5)
    assert len(made) == 5
    assert search_data.bench_pages(5) == made  # kept, not made again
    assert len(search_data.bench_pages(7)) == 7


def test_the_bench_exits_non_zero_after_a_fail(capsys):
    assert run.verdict(0) == 0
    assert run.verdict(2) == 1
    assert "2 target(s) FAILED" in capsys.readouterr().err


def test_a_slow_report_is_a_fail(capsys):
    from bench import reports

    bench = reports.ReportBench(
        data={},
        probe={
            "queries_at_scale": 20,
            "queries_small": 20,
            "export": {"rows": 10, "seconds": 1, "peak_growth_bytes": 1},
        },
        reminders={
            "runs": [
                {
                    "batch_size": 500,
                    "batches": 4,
                    "reminders": 9,
                    "mails": 3,
                    "digests": 1,
                    "seconds": 0.5,
                    "sent_again": 0,
                }
            ],
            "queries_per_batch": [5.0],
        },
    )
    worked_out = {reports.WORKED_OUT: [(4.0, 0)]}
    fast = {reports.REPORT: [(50.0, 0)], reports.HOME: [(100.0, 0)], **worked_out}
    slow = {reports.REPORT: [(5.0, 0)], reports.HOME: [(100.0, 0)], **worked_out}
    assert reports.report(fast, bench) == 0
    assert reports.report(slow, bench) == 1
    out = capsys.readouterr().out
    assert "FAIL  report time as a ratio" in out
    assert "worked out (first view after a change): 500 ms each, 25.0×" in out
