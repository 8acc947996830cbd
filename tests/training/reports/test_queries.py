"""The report, its drill-down and its exports read a fixed number of queries,
whatever the number of staff, modules and records."""

import pytest

from .conftest import make_supervisor
from .helpers import report_url
from .scale import assign_at_scale, build_centre

SCALES = [(3, 2), (40, 6)]  # (staff, modules)


@pytest.fixture(params=SCALES, ids=lambda scale: f"{scale[0]}x{scale[1]}")
def scaled(request, settings, client, training_index, centre):
    # Sessions from the database, with or without a Redis cache: one query.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    # The report worked out each time; `test_a_kept_report...` reads it kept.
    settings.REPORT_CACHE_SECONDS = 0
    staff, modules = request.param
    made = build_centre(training_index, centre, staff=staff, modules=modules)
    assign_at_scale(centre, made)
    client.force_login(make_supervisor("Budi Santoso", centre))
    client.get(report_url())  # the shared cache warmed: site, menu
    return client, made


def consume(response):
    return (
        b"".join(response.streaming_content) if response.streaming else response.content
    )


@pytest.mark.parametrize(
    "name",
    ["report", "detail_csv", "detail_xlsx", "activity_csv"],
)
@pytest.mark.parametrize("assignment", ["", "overdue"])
def test_pages_and_files_read_a_fixed_number_of_queries(
    scaled, name, assignment, django_assert_num_queries
):
    client, _modules = scaled
    expected = QUERIES[name] - (0 if assignment else WITHOUT_FILTER.get(name, 0))
    with django_assert_num_queries(expected):
        response = client.get(
            report_url(name, role="social_worker", assignment=assignment)
        )
        body = consume(response)
    assert response.status_code == 200
    assert body


def test_the_drill_down_reads_a_fixed_number_of_queries(
    scaled, django_assert_num_queries
):
    client, modules = scaled
    for state in ("completed", "in_progress", "not_started"):
        with django_assert_num_queries(QUERIES["module"]):
            response = client.get(
                report_url("module", args=[modules[0].pk], state=state)
            )
        assert response.status_code == 200
        assert response.context["people"].paginator.count > 0


def test_a_kept_report_reads_a_fixed_number_of_queries(
    scaled, settings, django_assert_num_queries
):
    client, _modules = scaled
    settings.REPORT_CACHE_SECONDS = 600
    client.get(report_url(role="social_worker"))
    with django_assert_num_queries(KEPT):
        response = client.get(report_url(role="social_worker"))
    assert response.status_code == 200
    assert b"Gatekeeping" in response.content


def test_the_figures_at_scale_follow_the_pattern(scaled):
    client, modules = scaled
    response = client.get(report_url())
    staff = response.context["rows"][0].staff
    # The people built, not Budi: he supervises the centre.
    assert staff == {count: people for people, count in SCALES}[len(modules)]
    for j, row in enumerate(response.context["rows"]):
        states = [(i + j) % 3 for i in range(staff)]
        assert (row.staff, row.completed, row.in_progress, row.not_started) == (
            staff,
            states.count(0),
            states.count(1),
            states.count(2),
        )


# Every request: the session, the user, the centres they supervise, the live
# modules and the live lessons (5); with the assignment filter, the centre's
# assignments, their modules and named people, the staff and their completions
# (5; renewals are read only for refreshers). The report: the staff count and
# one pass over the summary rows, per module and per month (2; five before the
# summary rows). The drill-down: the count in each list, and the page of people
# (2). Each file: the one query it streams from. Pages also show the account
# menu, which asks whether the user supervises a centre (1), and the Wagtail
# user bar, which reads their permissions (2).
ASSIGNMENTS = 5
SETUP, MENU = 5 + ASSIGNMENTS, 3
QUERIES = {
    "report": SETUP + 2 + MENU,
    "module": SETUP + 2 + MENU,
    "detail_csv": SETUP + 1,
    "detail_xlsx": SETUP + 1,
    "activity_csv": SETUP + 1,
}
# Without the assignment filter: the lesson activity reads no assignments; the
# report counts assignment states in its pass over the summary rows, so it
# reads the staff by role instead of the staff and their completions (1 fewer).
WITHOUT_FILTER = {"activity_csv": ASSIGNMENTS, "report": 1}
# A report kept since it was last worked out: the session, the user and the
# centres they supervise, then the menu.
KEPT = 3 + MENU
