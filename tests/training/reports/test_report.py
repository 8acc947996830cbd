"""The report's figures for a centre built by hand (see conftest.small_centre).

The staff are Ana, Bao, Chi and Dewi; Eko is still waiting for approval and
Far Away works elsewhere. Budi, who reads the report, works at the centre too
but supervises it: he is not counted.
"""

import datetime
import re

from training.reports import selectors
from training.reports.chart import completions_chart
from training.reports.forms import ReportFilters

from .helpers import report_url


def figures(response):
    return {
        row.module.slug: (
            row.staff,
            row.completed,
            row.in_progress,
            row.not_started,
            row.completion_rate,
        )
        for row in response.context["rows"]
    }


def test_the_report_counts_each_state_per_module(supervisor_client, small_centre):
    response = supervisor_client.get(report_url())
    assert response.status_code == 200
    assert figures(response) == {
        "gatekeeping": (4, 1, 2, 1, 25),
        "reintegration": (4, 1, 1, 2, 25),
    }


def test_an_attempt_alone_counts_as_in_progress(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(role="social_worker"))
    # Ana completed gatekeeping; Chi only tried its check.
    assert figures(response)["gatekeeping"] == (2, 1, 1, 0, 50)


def test_filter_by_job_role(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(role="counsellor"))
    assert figures(response) == {
        "gatekeeping": (1, 0, 1, 0, 0),
        "reintegration": (1, 1, 0, 0, 100),
    }


def test_filter_by_preferred_language(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(language="ar"))
    assert figures(response) == {
        "gatekeeping": (1, 0, 1, 0, 0),
        "reintegration": (1, 0, 0, 1, 0),
    }


def test_filter_by_module(supervisor_client, small_centre, reintegration):
    response = supervisor_client.get(report_url(module=reintegration.pk))
    assert figures(response) == {"reintegration": (4, 1, 1, 2, 25)}


def test_filter_by_completion_dates(supervisor_client, small_centre):
    """Only completions in the dates count as completed; one outside them is in
    its own column, never as in progress or not started."""
    response = supervisor_client.get(
        report_url(completed_from="2026-05-01", completed_to="2026-05-31")
    )
    rows = {row.module.slug: row for row in response.context["rows"]}
    gatekeeping = rows["gatekeeping"]
    assert (gatekeeping.completed, gatekeeping.completed_elsewhere) == (0, 1)
    assert (gatekeeping.in_progress, gatekeeping.not_started) == (2, 1)
    assert (rows["reintegration"].completed, rows["reintegration"].not_started) == (
        1,
        2,
    )
    assert "Completed outside these dates" in response.content.decode()


def test_the_end_date_counts_the_whole_day(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(completed_to="2026-03-10"))
    assert figures(response)["gatekeeping"][1] == 1  # completed at 10:30 that day
    response = supervisor_client.get(report_url(completed_to="2026-03-09"))
    assert figures(response)["gatekeeping"][1] == 0


def test_an_unpublished_lesson_no_longer_counts(
    supervisor_client, small_centre, lessons
):
    """Bao's only gatekeeping lesson is unpublished: he has not started it."""
    lessons[0].unpublish()
    response = supervisor_client.get(report_url())
    assert figures(response)["gatekeeping"] == (4, 1, 1, 2, 25)


def test_another_centre_counts_its_own_staff(client, other_centre, small_centre):
    from .conftest import make_supervisor

    client.force_login(make_supervisor("Hoa Tran", other_centre))
    response = client.get(report_url())
    # Far Away alone, who completed gatekeeping: Hoa supervises, not counted.
    assert figures(response) == {
        "gatekeeping": (1, 1, 0, 0, 100),
        "reintegration": (1, 0, 0, 1, 0),
    }


def test_the_supervisor_is_not_counted_but_a_supervisor_by_job_title_is(
    supervisor_client, centre, small_centre, gatekeeping
):
    """Budi is in the Supervisors group and follows the centre: left out. Gita
    only chose "Supervisor" as her job at sign-up: she trains like the others."""
    from portal.accounts.models import JobRole

    from .conftest import make_staff

    make_staff(centre, "Gita Purnama", role=JobRole.SUPERVISOR)
    response = supervisor_client.get(report_url())
    # Ana, Bao, Chi, Dewi and Gita, who has not started anything.
    assert figures(response) == {
        "gatekeeping": (5, 1, 2, 2, 20),
        "reintegration": (5, 1, 1, 3, 20),
    }
    # Both have the Supervisor job role; only Gita is counted.
    by_role = supervisor_client.get(report_url(role=JobRole.SUPERVISOR))
    assert figures(by_role)["gatekeeping"] == (1, 0, 0, 1, 0)
    not_started = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="not_started")
    )
    names = [person.full_name for person in not_started.context["people"]]
    assert names == ["Dewi Lestari", "Gita Purnama"]
    assert "Budi Santoso" not in not_started.content.decode()


def test_completions_by_month_count_the_centre_only(small_centre, centre):
    scope = selectors.ReportScope.build(centre, ReportFilters())
    assert selectors.completions_by_month(scope) == [
        (datetime.date(2026, 3, 1), 1),
        (datetime.date(2026, 5, 1), 1),
    ]


def test_the_chart_fills_the_empty_months():
    chart = completions_chart(
        [(datetime.date(2025, 11, 1), 2), (datetime.date(2026, 2, 1), 4)]
    )
    assert [(bar.month, bar.count) for bar in chart.bars] == [
        (datetime.date(2025, 11, 1), 2),
        (datetime.date(2025, 12, 1), 0),
        (datetime.date(2026, 1, 1), 0),
        (datetime.date(2026, 2, 1), 4),
    ]
    tallest = chart.bars[-1]
    assert tallest.y == chart.top
    assert tallest.y + tallest.height == chart.baseline
    assert chart.bars[0].height == tallest.height / 2
    assert chart.bars[1].height == 0
    assert chart.total == 6


def test_no_chart_without_completions():
    assert completions_chart([]) is None


def test_the_chart_is_inline_svg_with_a_title_and_a_table(
    supervisor_client, small_centre
):
    response = supervisor_client.get(report_url(code="id"))
    html = response.content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg
    assert "<title" in svg
    assert svg.count('class="bar"') == 3  # March, April (none) and May
    # Drawn without JavaScript: the only scripts are the site's own (offline
    # support, search suggestions).
    assert re.findall(r"<script[^>]*>", html) == re.findall(
        r'<script src="[^"]*/(?:sync-queue|offline|suggest)\.js"[^>]*>', html
    )
    assert len(re.findall(r"<script[^>]*>", html)) == 3
    # The table gives the same figures; coordinates stay numbers in any language.
    assert 'id="chart-table"' in html
    assert "," not in svg.split('viewBox="')[1].split('"')[0]
    assert 'height="0.0"' in svg or 'height="0"' in svg


def test_the_drill_down_lists_who_completed(
    supervisor_client, small_centre, gatekeeping
):
    response = supervisor_client.get(report_url("module", args=[gatekeeping.pk]))
    assert response.context["counts"] == {
        "completed": 1,
        "in_progress": 2,
        "not_started": 1,
    }
    (ana,) = response.context["people"]
    assert (ana.full_name, ana.best_score, ana.completed_language) == (
        "Ana Wijaya",
        100,
        "id",
    )
    assert ana.completed_at.date() == datetime.date(2026, 3, 10)
    assert "Bahasa Indonesia" in response.content.decode()


def test_the_drill_down_lists_who_is_in_progress(
    supervisor_client, small_centre, gatekeeping
):
    response = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="in_progress")
    )
    people = [(p.full_name, p.done, p.attempts) for p in response.context["people"]]
    assert people == [("Bao Nguyen", 1, 0), ("Chi Haddad", 0, 1)]
    assert "1 of 2" in response.content.decode()


def test_the_drill_down_lists_who_has_not_started(
    supervisor_client, small_centre, reintegration
):
    response = supervisor_client.get(
        report_url("module", args=[reintegration.pk], state="not_started")
    )
    names = [person.full_name for person in response.context["people"]]
    assert names == ["Chi Haddad", "Dewi Lestari"]


def test_the_drill_down_keeps_the_filters(supervisor_client, small_centre, gatekeeping):
    response = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="not_started", role="nurse")
    )
    assert [p.full_name for p in response.context["people"]] == ["Dewi Lestari"]
    assert "role=nurse" in response.context["list_query"]


def test_the_drill_down_is_paginated(
    supervisor_client, centre, small_centre, gatekeeping
):
    from .conftest import make_staff

    for number in range(30):
        make_staff(centre, f"Zed Number {number:02}")
    first = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="not_started")
    )
    assert len(first.context["people"]) == 25
    assert first.context["people"].paginator.num_pages == 2
    second = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="not_started", page=2)
    )
    # Dewi and Zed 00 to 23 on the first page.
    assert [p.full_name for p in second.context["people"]] == [
        f"Zed Number {number:02}" for number in range(24, 30)
    ]
    assert 'rel="prev"' in second.content.decode()
    # Past the end: the last page.
    past = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], state="not_started", page=9)
    )
    assert past.context["people"].number == 2


def test_the_report_speaks_the_readers_language(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(code="vi"))
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Chuẩn bị cho trẻ tái hòa nhập" in html  # the module's Vietnamese title
    arabic = supervisor_client.get(report_url(code="ar")).content.decode()
    assert 'dir="rtl"' in arabic
    assert "تهيئة الأطفال لإعادة الإدماج" in arabic


def test_a_module_without_lessons_counts_its_attempts(
    supervisor_client, small_centre, training_index
):
    from training.factories import TrainingModulePageFactory

    from .conftest import attempt, on

    quiz = TrainingModulePageFactory(parent=training_index, slug="quiz", pass_mark=50)
    attempt(small_centre["dewi"], quiz, 40, on(2026, 6, 1))
    assert figures(supervisor_client.get(report_url()))["quiz"] == (4, 0, 1, 3, 0)
    drill_down = supervisor_client.get(
        report_url("module", args=[quiz.pk], state="in_progress")
    )
    assert [(p.full_name, p.done) for p in drill_down.context["people"]] == [
        ("Dewi Lestari", 0)
    ]
    body = b"".join(
        supervisor_client.get(
            report_url("detail_csv", module=quiz.pk)
        ).streaming_content
    ).decode()
    assert "Dewi Lestari,dewi.lestari@example.org,Nurse,English," in body
