"""The report is kept until what it shows changes (training.reports.cache).

Each change below is made the way the portal makes it; afterwards the page must
be the one worked out with nothing kept, and differ from the page before.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from portal.accounts.models import JobRole, StaffProfile
from portal.accounts.roles import SUPERVISORS
from training.assignments.services import AssignmentInput, assignment_create
from training.models import Assignment
from training.reports import cache as report_cache
from training.services import lesson_complete

from .conftest import complete, make_staff, make_supervisor, on
from .helpers import report_url

# The session, the user, the centres they supervise; the account menu and the
# Wagtail user bar (3). Nothing of the report itself.
KEPT_QUERIES = 3 + 3


def shown(client, url):
    response = client.get(url)
    assert response.status_code == 200
    main = re.search(r"<main.*?</main>", response.content.decode(), re.S)
    return main.group(0)


def worked_out(client, url, settings):
    kept, settings.REPORT_CACHE_SECONDS = settings.REPORT_CACHE_SECONDS, 0
    try:
        return shown(client, url)
    finally:
        settings.REPORT_CACHE_SECONDS = kept


@pytest.fixture
def keeping(settings):
    settings.REPORT_CACHE_SECONDS = 600
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    return settings


def test_a_report_read_again_unchanged_costs_no_report_query(
    keeping, supervisor_client, small_centre, django_assert_num_queries
):
    first = shown(supervisor_client, report_url())
    with django_assert_num_queries(KEPT_QUERIES):
        again = shown(supervisor_client, report_url())
    assert again == first
    assert "Preparing children for reintegration" in again


def test_other_filters_and_languages_are_other_reports(
    keeping, supervisor_client, small_centre
):
    english = shown(supervisor_client, report_url())
    counsellors = shown(supervisor_client, report_url(role="counsellor"))
    indonesian = shown(supervisor_client, report_url(code="id"))
    assert len({english, counsellors, indonesian}) == 3
    assert "Mempersiapkan anak untuk reintegrasi" in indonesian


def test_each_supervisor_sees_their_own_centres(
    keeping, client, supervisor_of, centre, other_centre, small_centre
):
    both = make_supervisor("Hoa Tran", centre, other_centre)
    client.force_login(supervisor_of)
    alone = shown(client, report_url())
    client.force_login(both)
    assert "Hanoi social protection centre" in shown(client, report_url())
    assert "Hanoi social protection centre" not in alone


# Each change is a generator: what comes before its `yield` is made before the
# report is first read, the change itself after.


def lesson_by_dewi(world):
    yield
    lesson_complete(user=world.people["dewi"], lesson=world.lessons[0])


def completion_by_chi(world):
    yield
    complete(world.people["chi"], world.gatekeeping, on(2026, 6, 1))


def profile_change(name, field, value):
    """A change to `name`'s staff profile: `value` is the new value, or a
    function of the world that gives it."""

    def change(world):
        profile = StaffProfile.objects.get(full_name=name)
        yield
        setattr(profile, field, value(world) if callable(value) else value)
        profile.save()

    return change


person_approved = profile_change("Eko Pending", "status", StaffProfile.Status.APPROVED)
person_moved_in = profile_change("Far Away", "centre", lambda world: world.centre)
person_moved_out = profile_change(
    "Ana Wijaya", "centre", lambda world: world.other_centre
)
role_changed = profile_change("Bao Nguyen", "job_role", JobRole.SOCIAL_WORKER)


def person_removed(world):
    yield
    world.people["ana"].delete()


def supervisor_made(world):
    """Supervisors follow the figures, they are not in them."""
    dewi = world.people["dewi"]
    dewi.staff_profile.supervised_centres.add(world.centre)
    yield
    dewi.groups.add(Group.objects.get(name=SUPERVISORS))


def supervisor_no_longer(world):
    """A second supervisor, who works at the centre, goes back to training."""
    hoa = make_supervisor("Hoa Tran", world.centre)
    yield
    hoa.groups.clear()


def centres_followed(world):
    ana = world.people["ana"]
    ana.groups.add(Group.objects.get(name=SUPERVISORS))
    yield
    ana.staff_profile.supervised_centres.add(world.centre)


def made_superuser(world):
    yield
    world.people["chi"].is_superuser = True
    world.people["chi"].save()


def in_three_days():
    return timezone.localdate() + datetime.timedelta(days=3)


def assignment_made(world):
    yield
    data = AssignmentInput(
        centre=world.centre, modules=[world.gatekeeping], due_on=in_three_days()
    )
    assignment_create(by=world.supervisor, data=data)


def assignment_grown(world):
    assignment = Assignment.objects.create(centre=world.centre, due_on=in_three_days())
    assignment.modules.add(world.gatekeeping)
    yield
    assignment.modules.add(world.reintegration)


def assignment_deleted(world):
    assignment = Assignment.objects.create(centre=world.centre, due_on=in_three_days())
    assignment.modules.add(world.gatekeeping)
    yield
    assignment.delete()


def module_unpublished(world):
    yield
    world.reintegration.unpublish()


def module_retitled(world):
    yield
    world.reintegration.title = "Reintegration, step by step"
    world.reintegration.save_revision().publish()


def next_day(world):
    """Due today: due soon today, overdue tomorrow."""
    assignment = Assignment.objects.create(
        centre=world.centre, due_on=timezone.localdate()
    )
    assignment.modules.add(world.gatekeeping)
    yield
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    world.monkeypatch.setattr(timezone, "now", lambda: tomorrow)


CHANGES = {
    # name: the change, and the query string of a report that shows it
    "lesson_by_dewi": (lesson_by_dewi, {}),
    "completion_by_chi": (completion_by_chi, {}),
    "person_approved": (person_approved, {}),
    "person_moved_in": (person_moved_in, {}),
    "person_moved_out": (person_moved_out, {}),
    "role_changed": (role_changed, {"role": "social_worker"}),
    "person_removed": (person_removed, {}),
    "supervisor_made": (supervisor_made, {}),
    "supervisor_no_longer": (supervisor_no_longer, {}),
    "centres_followed": (centres_followed, {}),
    "made_superuser": (made_superuser, {}),
    "assignment_made": (assignment_made, {}),
    "assignment_grown": (assignment_grown, {}),
    "assignment_deleted": (assignment_deleted, {}),
    "module_unpublished": (module_unpublished, {}),
    "module_retitled": (module_retitled, {}),
    "next_day": (next_day, {}),
}


@pytest.mark.parametrize("name", CHANGES)
def test_a_change_under_the_report_shows_at_once(  # noqa: PLR0913 - the world
    name,
    keeping,
    supervisor_client,
    small_centre,
    centre,
    other_centre,
    gatekeeping,
    reintegration,
    lessons,
    supervisor_of,
    monkeypatch,
):
    world = SimpleNamespace(
        people=small_centre,
        centre=centre,
        other_centre=other_centre,
        gatekeeping=gatekeeping,
        reintegration=reintegration,
        lessons=lessons,
        supervisor=supervisor_of,
        monkeypatch=monkeypatch,
    )
    change, query = CHANGES[name]
    url = report_url(**query)
    steps = change(world)
    next(steps)
    before = shown(supervisor_client, url)
    with pytest.raises(StopIteration):
        next(steps)
    after = shown(supervisor_client, url)
    assert after == worked_out(supervisor_client, url, keeping)
    assert after != before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_report_read_before_the_change_commits_is_not_shown_after(
    keeping, rf, centre
):
    """Read between the change and its commit (by another connection, from the
    rows before), a report is kept under a version nobody asks for afterwards."""
    request = rf.get(report_url())
    with transaction.atomic():
        make_staff(centre, "Lan Pham")
        during = report_cache.Kept(request, [centre], centre)
        during.keep("the rows before the change")
        assert report_cache.Kept(request, [centre], centre).content is not None
    assert report_cache.Kept(request, [centre], centre).content is None
