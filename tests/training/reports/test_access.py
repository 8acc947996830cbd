"""Who may see the supervisor report: one rule per role."""

import pytest
from django.contrib.auth.models import Group

from portal.accounts.roles import EDITORS, SUPERVISORS
from portal.accounts.supervision import supervised_centres
from tests.security.two_factor import enrol

from .conftest import make_staff, make_supervisor
from .helpers import report_url

EVERY_VIEW = ["report", "detail_csv", "detail_xlsx", "activity_csv"]


@pytest.mark.django_db
def test_a_supervisor_follows_the_centres_on_their_profile(centre, other_centre):
    supervisor = make_supervisor("Budi Santoso", centre)
    assert list(supervised_centres(supervisor)) == [centre]


@pytest.mark.django_db
def test_a_supervisor_of_two_centres_follows_both_by_name(centre, other_centre):
    supervisor = make_supervisor("Budi Santoso", centre, other_centre)
    assert list(supervised_centres(supervisor)) == [other_centre, centre]


@pytest.mark.django_db
def test_supervised_centres_without_the_supervisors_group_give_nothing(centre):
    """The group is the role: a profile listing centres is not enough."""
    supervisor = make_supervisor("Budi Santoso", centre)
    supervisor.groups.clear()
    assert list(supervised_centres(supervisor)) == []


@pytest.mark.django_db
def test_the_supervisors_group_without_centres_gives_nothing(centre):
    user = make_staff(centre, "Lone Supervisor", groups=[SUPERVISORS])
    assert list(supervised_centres(user)) == []


@pytest.mark.django_db
def test_a_superuser_follows_every_centre(django_user_model, centre, other_centre):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    assert set(supervised_centres(admin)) == {centre, other_centre}


@pytest.mark.django_db
def test_trainees_editors_and_visitors_follow_no_centre(
    trainee, editor, centre, django_user_model
):
    from django.contrib.auth.models import AnonymousUser

    staff = make_staff(centre, "Ana Wijaya")
    for user in (trainee, editor, staff, AnonymousUser()):
        assert list(supervised_centres(user)) == []


@pytest.mark.django_db
def test_an_editor_who_is_also_a_supervisor_follows_their_centre(centre):
    user = make_supervisor("Editor Supervisor", centre)
    user.groups.add(Group.objects.get(name=EDITORS))
    assert list(supervised_centres(user)) == [centre]


@pytest.mark.parametrize("name", EVERY_VIEW)
def test_a_visitor_is_sent_to_sign_in(client, small_centre, name):
    response = client.get(report_url(name))
    assert response.status_code == 302
    assert "next=" in response["Location"]


@pytest.mark.parametrize("name", EVERY_VIEW)
def test_a_trainee_is_refused(client, small_centre, name):
    client.force_login(small_centre["ana"])
    response = client.get(report_url(name))
    assert response.status_code == 403
    assert b"Ana Wijaya" not in b"".join(getattr(response, "streaming_content", []))
    assert "does not supervise" in response.content.decode()


@pytest.mark.parametrize("name", EVERY_VIEW)
def test_an_editor_sees_no_learner_data(editor_client, small_centre, name):
    response = editor_client.get(report_url(name))
    assert response.status_code == 403
    assert "Ana Wijaya" not in response.content.decode()


def test_an_editor_who_supervises_sees_the_report(client, centre, small_centre):
    user = make_supervisor("Editor Supervisor", centre)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    response = client.get(report_url())
    assert response.status_code == 200
    assert response.context["centre"] == centre


def test_the_drill_down_is_refused_to_a_trainee(client, small_centre, gatekeeping):
    client.force_login(small_centre["bao"])
    response = client.get(report_url("module", args=[gatekeeping.pk]))
    assert response.status_code == 403


@pytest.mark.parametrize("name", EVERY_VIEW)
def test_a_supervisor_cannot_open_another_centre(
    supervisor_client, small_centre, other_centre, name
):
    response = supervisor_client.get(report_url(name, centre=other_centre.pk))
    assert response.status_code == 404
    assert "Far Away" not in response.content.decode()


def test_an_unknown_centre_is_not_found(supervisor_client, small_centre):
    assert supervisor_client.get(report_url(centre=987654)).status_code == 404
    assert supervisor_client.get(report_url(centre="jambi")).status_code == 404


def test_a_supervisor_of_two_centres_chooses_one(client, centre, other_centre):
    make_staff(other_centre, "Far Away")
    client.force_login(make_supervisor("Budi Santoso", centre, other_centre))
    first = client.get(report_url())
    assert first.context["centre"] == other_centre  # the first by name
    assert f'<option value="{centre.pk}"' in first.content.decode()
    chosen = client.get(report_url(centre=centre.pk))
    assert chosen.context["centre"] == centre


def test_a_superuser_sees_any_centre(
    client, django_user_model, small_centre, other_centre
):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    enrol(root)
    client.force_login(root)
    response = client.get(report_url(centre=other_centre.pk))
    assert response.status_code == 200
    assert [row.staff for row in response.context["rows"]] == [1, 1]


def test_the_report_is_never_stored_in_a_shared_cache(supervisor_client, small_centre):
    response = supervisor_client.get(report_url())
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
