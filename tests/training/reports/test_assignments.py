"""The report by assignment state: columns, filter, chart and files.

At the small centre, the whole staff has gatekeeping due in a month (Ana done
in time, the others assigned) and reintegration due on 1 April 2026 (Bao done
on 2 May: late; the others overdue). Budi supervises: he is not counted.
"""

import datetime
import io

import openpyxl
import pytest
from django.utils import timezone

from training.models import Assignment

from .helpers import report_url
from .test_exports import read_csv


@pytest.fixture
def assigned(small_centre, centre, gatekeeping, reintegration):
    soon = Assignment.objects.create(
        centre=centre, due_on=timezone.localdate() + datetime.timedelta(days=30)
    )
    soon.modules.set([gatekeeping])
    past = Assignment.objects.create(centre=centre, due_on=datetime.date(2026, 4, 1))
    past.modules.set([reintegration])
    return small_centre


def figures(row):
    return [count for _state, _label, count in row.assignment_figures]


@pytest.mark.django_db
def test_each_module_counts_its_staff_by_assignment_state(supervisor_client, assigned):
    response = supervisor_client.get(report_url())
    gatekeeping, reintegration = response.context["rows"]
    assert figures(gatekeeping) == [3, 0, 0, 1, 0]
    assert figures(reintegration) == [0, 0, 3, 0, 1]
    page = response.content.decode()
    assert '<th scope="col" class="assignment-state">Done late</th>' in page
    assert "Assigned training by state" in page


@pytest.mark.django_db
def test_the_state_filter_narrows_the_report_to_people_in_that_state(
    supervisor_client, assigned
):
    response = supervisor_client.get(report_url(assignment="done_late"))
    gatekeeping, reintegration = response.context["rows"]
    assert gatekeeping.staff == reintegration.staff == 1  # Bao
    assert figures(reintegration) == [0, 0, 0, 0, 1]
    assert figures(gatekeeping) == [1, 0, 0, 0, 0]


@pytest.mark.django_db
def test_an_unknown_state_is_refused(supervisor_client, assigned):
    response = supervisor_client.get(report_url(assignment="forgotten"))
    assert response.status_code == 400


@pytest.mark.django_db
def test_the_csv_lists_the_state_and_due_date_in_the_readers_language(
    supervisor_client, assigned
):
    response = supervisor_client.get(
        report_url("detail_csv", code="vi", assignment="done_late")
    )
    header, *rows = read_csv(response)
    assert header[-2:] == ["Đào tạo được giao", "Hạn hoàn thành"]
    assert [(row[0], row[-2], row[-1]) for row in rows] == [
        ("Bao Nguyen", "Hoàn thành trễ hạn", "2026-04-01")
    ]


@pytest.mark.django_db
def test_the_xlsx_has_the_state_of_every_assigned_module(supervisor_client, assigned):
    response = supervisor_client.get(report_url("detail_xlsx", assignment="overdue"))
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(response.streaming_content))
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Assigned training", "Due date")
    assert sorted(row[0] for row in rows[1:]) == [
        "Ana Wijaya",
        "Chi Haddad",
        "Dewi Lestari",
    ]
    assert {row[-2:] for row in rows[1:]} == {("Overdue", "2026-04-01")}


@pytest.mark.django_db
def test_the_drill_down_shows_each_persons_assignment_state(
    supervisor_client, assigned, reintegration
):
    response = supervisor_client.get(
        report_url("module", args=[reintegration.pk], state="not_started")
    )
    people = {person.full_name: person for person in response.context["people"]}
    assert people["Dewi Lestari"].assignment.state == "overdue"
    assert "Overdue · April 1, 2026" in response.content.decode()
