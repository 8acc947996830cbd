"""Who counts as staff in training: supervisors follow the figures, they are not
in them (StaffProfile.objects.trainees(), the rule of portal.accounts.supervision)."""

from portal.accounts.models import JobRole, StaffProfile
from portal.accounts.roles import SUPERVISORS

from .conftest import make_staff, make_supervisor


def test_supervisors_of_a_centre_are_not_trainees(
    centre, other_centre, django_assert_num_queries
):
    make_staff(centre, "Ana Wijaya")
    make_supervisor("Budi Santoso", centre)
    make_supervisor("Hoa Tran", other_centre)  # works here, supervises elsewhere
    StaffProfile.objects.filter(full_name="Hoa Tran").update(centre=centre)
    # Says "supervisor" at sign-up, but no admin made them one: still trains.
    make_staff(centre, "Rina Putri", role=JobRole.SUPERVISOR)
    # In the group, but following no centre: supervises nobody yet.
    make_staff(centre, "Sari Dewi", groups=[SUPERVISORS])
    admin = make_staff(centre, "Admin Person")
    admin.is_superuser = True
    admin.save()

    with django_assert_num_queries(1):
        names = set(
            StaffProfile.objects.filter(centre=centre)
            .trainees()
            .values_list("full_name", flat=True)
        )

    assert names == {"Ana Wijaya", "Rina Putri", "Sari Dewi"}


def test_a_supervisor_who_is_no_longer_one_trains_again(centre):
    budi = make_supervisor("Budi Santoso", centre)
    budi.groups.clear()

    assert set(StaffProfile.objects.trainees()) == {budi.staff_profile}


def test_trainees_keeps_the_other_filters(centre):
    make_staff(centre, "Ana Wijaya")
    make_staff(centre, "Eko Pending", status=StaffProfile.Status.PENDING)
    make_supervisor("Budi Santoso", centre)

    approved = StaffProfile.objects.filter(
        centre=centre, status=StaffProfile.Status.APPROVED
    ).trainees()

    assert [profile.full_name for profile in approved] == ["Ana Wijaya"]
