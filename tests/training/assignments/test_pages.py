"""The supervisor's assignment pages, "My training" and the calendar file."""

import pytest
from django.urls import reverse
from django.utils import translation

from training.models import Assignment

from ..helpers import url_in
from ..reports.conftest import complete, on
from .conftest import assign, days, make_staff


def url(name, *args, code="en"):
    with translation.override(code):
        return reverse(name, args=args)


def form_data(centre, modules, due_on, **extra):
    return {
        "centre": centre.pk,
        "modules": [module.pk for module in modules],
        "due_on": due_on.isoformat(),
        **extra,
    }


@pytest.mark.django_db
def test_a_supervisor_assigns_a_module_from_the_page(
    supervisor_client, centre, gatekeeping, staff
):
    response = supervisor_client.post(
        url("assignments:new"), form_data(centre, [gatekeeping], days(20))
    )
    assignment = Assignment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("assignments:detail", assignment.pk)
    detail = supervisor_client.get(response["Location"])
    assert detail.status_code == 200
    assert "Ana Wijaya" in detail.content.decode()


@pytest.mark.django_db
def test_bad_input_is_answered_in_the_supervisors_language_and_saves_nothing(
    supervisor_client, centre, gatekeeping, staff
):
    response = supervisor_client.post(
        url("assignments:new", code="id"),
        form_data(centre, [gatekeeping], days(-2)),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Tenggat sudah lewat: pilih hari ini atau tanggal sesudahnya." in page
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_another_centres_person_is_not_offered_nor_accepted(
    supervisor_client, centre, gatekeeping, staff
):
    page = supervisor_client.get(url("assignments:new")).content.decode()
    assert "Ana Wijaya" in page
    assert "Far Away" not in page
    response = supervisor_client.post(
        url("assignments:new"),
        form_data(centre, [gatekeeping], days(2), people=[staff["far"].pk]),
    )
    assert response.status_code == 400
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_another_centres_assignment_is_not_found(
    supervisor_client, django_user_model, other_centre, gatekeeping
):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    elsewhere = assign(admin, other_centre, [gatekeeping])
    for name in ("assignments:detail", "assignments:edit"):
        assert supervisor_client.get(url(name, elsewhere.pk)).status_code == 404


@pytest.mark.django_db
def test_a_trainee_may_not_open_the_assignment_pages(client, staff):
    client.force_login(staff["ana"])
    assert client.get(url("assignments:list")).status_code == 403
    assert client.get(url("assignments:new")).status_code == 403


@pytest.mark.django_db
def test_the_list_counts_each_state(
    supervisor_client, supervisor_of, centre, gatekeeping, staff
):
    assign(supervisor_of, centre, [gatekeeping], due_in=40)
    complete(staff["ana"], gatekeeping, on(2026, 3, 10))
    response = supervisor_client.get(url("assignments:list"))
    cells = response.content.decode()
    assert response.status_code == 200
    # Ana done in time; Bao and the supervisor assigned.
    assert "<td>2</td><td>0</td><td>0</td><td>1</td><td>0</td>" in cells


@pytest.mark.django_db
def test_my_training_shows_assigned_modules_first_and_overdue_clearly(
    client, supervisor_of, centre, gatekeeping, reintegration, training_index, staff
):
    assign(supervisor_of, centre, [reintegration], due_in=40)
    overdue = assign(supervisor_of, centre, [gatekeeping], due_in=1)
    Assignment.objects.filter(pk=overdue.pk).update(due_on=days(-2))
    client.force_login(staff["bao"])
    page = client.get(url_in("vi", training_index, "my_training")).content.decode()
    assigned = page.index("Được giao cho bạn")
    assert (
        assigned
        < page.index(gatekeeping.title_vi)
        < page.index("Chuẩn bị cho trẻ tái hòa nhập")
    )
    assert '<strong class="overdue">Quá hạn</strong>' in page
    assert url("assignment_calendar:ics", overdue.pk, code="vi") in page


@pytest.mark.django_db
def test_the_calendar_file_is_valid_icalendar(
    client, supervisor_of, centre, gatekeeping, staff
):
    gatekeeping.title_ind = "Gatekeeping; pengasuhan, hanya bila perlu — " + "x" * 60
    gatekeeping.save_revision().publish()
    assignment = assign(supervisor_of, centre, [gatekeeping], due_in=20)
    client.force_login(staff["ana"])
    response = client.get(url("assignment_calendar:ics", assignment.pk, code="id"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in lines)
    unfolded = raw.replace(b"\r\n ", b"").decode()
    assert "SUMMARY:Tenggat pelatihan: Gatekeeping\\; pengasuhan\\, hanya" in unfolded
    assert f"DTSTART;VALUE=DATE:{days(20):%Y%m%d}" in unfolded
    stamp = next(line for line in unfolded.split("\r\n") if line.startswith("DTSTAMP"))
    assert stamp.endswith("Z") and len(stamp) == len("DTSTAMP:20270101T000000Z")


@pytest.mark.django_db
def test_nobody_else_gets_a_persons_calendar(
    client, supervisor_of, centre, gatekeeping, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping], people=[staff["ana"]])
    client.force_login(staff["bao"])
    assert client.get(url("assignment_calendar:ics", assignment.pk)).status_code == 404
    outsider = make_staff(centre, "Pending Person", status="pending")
    client.force_login(outsider)
    assert client.get(url("assignment_calendar:ics", assignment.pk)).status_code == 404


def my_training_queries(client, training_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = url_in("en", training_index, "my_training")
    client.get(url)  # the shared cache warmed
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_my_training_reads_the_same_queries_however_much_is_assigned(
    client, supervisor_of, centre, gatekeeping, reintegration, training_index, staff
):
    client.force_login(staff["ana"])
    assign(supervisor_of, centre, [gatekeeping])
    one = my_training_queries(client, training_index)
    assign(supervisor_of, centre, [reintegration], due_in=5)
    assign(supervisor_of, centre, [gatekeeping, reintegration], people=[staff["ana"]])
    complete(staff["ana"], reintegration, on(2026, 3, 10))
    assert my_training_queries(client, training_index) == one
