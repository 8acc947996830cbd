"""Filters that make no sense: a clear message in the reader's language, a 400,
nothing shown or exported, never a 500."""

import pytest

from training.models import CheckAttempt, LessonProgress, ModuleCompletion

from .helpers import report_url

EVERY_VIEW = ["report", "detail_csv", "detail_xlsx", "activity_csv"]
BAD_FILTERS = [
    {"completed_from": "2026-05-01", "completed_to": "2026-04-01"},
    {"completed_from": "2026-02-30"},
    {"completed_to": "yesterday"},
    {"completed_from": "01/05/2026"},
    {"module": "987654"},
    {"module": "gatekeeping"},
    {"role": "director"},
    {"language": "fr"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "two"},
    {"state": "everyone"},
    {"completed_from": "9" * 400},
]


def records():
    return (
        LessonProgress.objects.count(),
        CheckAttempt.objects.count(),
        ModuleCompletion.objects.count(),
    )


@pytest.mark.parametrize("query", BAD_FILTERS, ids=lambda query: str(query)[:40])
def test_bad_filters_are_refused_with_a_message(supervisor_client, small_centre, query):
    before = records()
    for name in EVERY_VIEW:
        response = supervisor_client.get(report_url(name, **query))
        assert response.status_code == 400
        assert not response.streaming  # no file
        html = response.content.decode()
        assert 'role="alert"' in html
        assert "Ana Wijaya" not in html
        assert "rows" not in response.context
    assert records() == before


def test_an_impossible_range_says_so(supervisor_client, small_centre):
    response = supervisor_client.get(
        report_url(completed_from="2026-05-01", completed_to="2026-04-01")
    )
    assert "The end date is before the start date." in response.content.decode()
    # The reader gets the form back with what they typed, to correct it.
    assert 'value="2026-05-01"' in response.content.decode()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("id", "Masukkan tanggal yang valid."),
        ("vi", "Nhập một ngày hợp lệ."),
        ("ar", "أدخل تاريخاً صحيحاً."),
    ],
)
def test_a_malformed_date_is_explained_in_the_readers_language(
    supervisor_client, small_centre, code, message
):
    response = supervisor_client.get(report_url(code=code, completed_from="2026-13-01"))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_unknown_module_is_explained(supervisor_client, small_centre):
    response = supervisor_client.get(report_url(code="id", module="987654"))
    assert response.status_code == 400
    assert (
        "987654 bukan salah satu dari pilihan yang tersedia"
        in response.content.decode()
    )


def test_the_drill_down_of_an_unknown_module_is_not_found(
    supervisor_client, small_centre, gatekeeping, reintegration, home_page
):
    assert supervisor_client.get(report_url("module", args=[987654])).status_code == 404
    # A page that is not a training module.
    assert (
        supervisor_client.get(report_url("module", args=[home_page.pk])).status_code
        == 404
    )
    # A module other than the one the filters chose.
    response = supervisor_client.get(
        report_url("module", args=[gatekeeping.pk], module=reintegration.pk)
    )
    assert response.status_code == 404


def test_an_unpublished_module_is_not_found(
    supervisor_client, small_centre, reintegration
):
    reintegration.unpublish()
    response = supervisor_client.get(report_url("module", args=[reintegration.pk]))
    assert response.status_code == 404


def test_the_drill_down_refuses_bad_filters(
    supervisor_client, small_centre, gatekeeping
):
    for query in ({"page": "-1"}, {"state": "all"}, {"completed_to": "x"}):
        response = supervisor_client.get(
            report_url("module", args=[gatekeeping.pk], **query)
        )
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("name", EVERY_VIEW)
def test_only_get_is_answered(supervisor_client, small_centre, name):
    before = records()
    assert supervisor_client.post(report_url(name)).status_code == 405
    assert records() == before


def test_a_report_without_any_module(supervisor_client, centre):
    response = supervisor_client.get(report_url())
    assert response.status_code == 200
    assert "No live module to report on." in response.content.decode()
    assert "No module completed in this selection yet." in response.content.decode()
