"""Supervisors approve their own centres' sign-ups, once; the person hears of it
in their language."""

import functools

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from portal.accounts import approval
from portal.accounts.factories import StaffProfileFactory, UserFactory
from portal.accounts.models import StaffProfile
from portal.accounts.roles import SUPERVISORS, TRAINEES
from tests.races import in_parallel, needs_postgresql, reads
from tests.security.two_factor import enrol

from .conftest import link_in, mail_to


@pytest.fixture
def pending(staff_centre):
    return StaffProfileFactory(
        centre=staff_centre,
        full_name="Nguyễn Thị Lan",
        preferred_language="vi",
        user__username="lan",
    )


@pytest.fixture
def supervisor_client(client, supervisor):
    client.force_login(supervisor)
    return client


def approve_url(profile):
    return f"/en/accounts/approvals/{profile.pk}/approve/"


def test_the_page_lists_confirmed_sign_ups_of_the_supervisors_centres_only(
    supervisor_client, pending, other_centre, approved_trainee
):
    StaffProfileFactory(centre=other_centre, full_name="Elsewhere Person")
    StaffProfileFactory(
        centre=pending.centre,
        full_name="Unconfirmed Person",
        user__verified_email=False,
    )

    page = supervisor_client.get("/en/accounts/approvals/").content.decode()

    assert "Nguyễn Thị Lan" in page
    assert "lan@example.org" in page
    assert "Elsewhere Person" not in page
    assert "Unconfirmed Person" not in page
    assert "Siti Rahma" not in page  # already approved


def test_approving_makes_a_trainee_records_who_and_mails_in_their_language(
    supervisor_client, supervisor, pending, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = supervisor_client.post(approve_url(pending))

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/approvals/"
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.APPROVED
    assert pending.decided_by == supervisor
    assert pending.decided_at is not None
    assert pending.user.groups.filter(name=TRAINEES).exists()
    (message,) = mail.outbox
    assert message.to == ["lan@example.org"]
    assert "Tài khoản của bạn đã được phê duyệt" in message.subject
    assert "/vi/accounts/login/" in message.body
    page = supervisor_client.get(response["Location"]).content.decode()
    assert "Nguyễn Thị Lan can now sign in" in page


def refuse_url(profile, language="en"):
    return f"/{language}/accounts/approvals/{profile.pk}/refuse/"


def test_refusing_asks_first_for_the_reason(supervisor_client, pending):
    """The page's Refuse is a link to a confirmation, not a decision."""
    page = supervisor_client.get("/en/accounts/approvals/").content.decode()
    assert f'href="{refuse_url(pending)}"' in page
    assert f'action="{refuse_url(pending)}"' not in page

    response = supervisor_client.get(refuse_url(pending))

    assert response.status_code == 200
    confirmation = response.content.decode()
    assert "Refuse this sign-up?" in confirmation
    assert "Nguyễn Thị Lan" in confirmation
    assert 'name="reason"' in confirmation
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING
    assert mail.outbox == []


def test_refusing_keeps_the_person_out_stores_the_reason_and_tells_them(
    supervisor_client, supervisor, pending, django_capture_on_commit_callbacks
):
    reason = "Không có trong danh sách nhân viên của trung tâm."
    with django_capture_on_commit_callbacks(execute=True):
        response = supervisor_client.post(
            refuse_url(pending), {"reason": f"  {reason}\n"}
        )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/approvals/"
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.REFUSED
    assert pending.refusal_reason == reason
    assert pending.decided_by == supervisor
    assert not pending.user.groups.exists()
    (message,) = mail_to("lan@example.org")
    assert "không được phê duyệt" in message.subject
    assert reason in message.body
    page = supervisor_client.get(response["Location"]).content.decode()
    assert "Nguyễn Thị Lan&#x27;s sign-up was refused." in page


@pytest.mark.parametrize(
    ("language", "data", "expected"),
    [
        ("en", {}, "Please give the reason for refusing."),
        ("en", {"reason": " \t\n "}, "Please give the reason for refusing."),
        ("vi", {"reason": ""}, "Vui lòng nêu lý do từ chối."),
        ("ar", {}, "يرجى ذكر سبب الرفض."),
        ("id", {"reason": "x" * 1001}, "1000"),
    ],
)
def test_refusing_without_a_reason_says_so_and_changes_nothing(
    supervisor_client,
    pending,
    django_capture_on_commit_callbacks,
    language,
    data,
    expected,
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = supervisor_client.post(refuse_url(pending, language), data)

    assert response.status_code == 400
    page = response.content.decode()
    assert expected in page
    assert 'role="alert"' in page
    assert callbacks == []
    assert mail.outbox == []
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING
    assert (pending.refusal_reason, pending.decided_by) == ("", None)


def test_the_service_refuses_no_sign_up_without_a_reason(supervisor, pending):
    with pytest.raises(ValueError, match="reason"):
        approval.profile_refuse(profile_id=pending.pk, by=supervisor, reason="  ")
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING


def test_an_admin_puts_a_refused_sign_up_back_to_waiting(
    supervisor, pending, django_capture_on_commit_callbacks
):
    approval.profile_refuse(profile_id=pending.pk, by=supervisor, reason="Unknown")
    admin = UserFactory(is_superuser=True, is_staff=True)

    with django_capture_on_commit_callbacks(execute=True):
        profile, changed = approval.refusal_undo(
            profile_id=pending.pk, by=admin, status=StaffProfile.Status.PENDING
        )

    assert changed
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING
    assert (pending.refusal_reason, pending.decided_by, pending.decided_at) == (
        "",
        None,
        None,
    )
    (notice,) = mail_to(supervisor.email)
    assert "/en/accounts/approvals/" in notice.body
    assert mail_to("lan@example.org") == []  # the person heard of the refusal only
    assert "Nguyễn Thị Lan" in approval_page(supervisor)


def approval_page(user):
    client = Client()
    client.force_login(user)
    return client.get("/en/accounts/approvals/").content.decode()


@pytest.fixture
def admin_client(db, client):
    admin = UserFactory(is_superuser=True, is_staff=True, username="admin")
    enrol(admin)
    client.force_login(admin)
    client.user = admin
    return client


def admin_edit(admin_client, profile, **data):
    return admin_client.post(
        reverse("staff_profiles:edit", args=[profile.pk]),
        {
            "full_name": profile.full_name,
            "centre": profile.centre_id,
            "job_role": profile.job_role,
            "preferred_language": profile.preferred_language,
            **data,
        },
    )


def test_the_admin_shows_the_reason_and_approves_a_refused_sign_up(
    admin_client, supervisor, pending, django_capture_on_commit_callbacks
):
    approval.profile_refuse(
        profile_id=pending.pk, by=supervisor, reason="Not on the staff list"
    )
    edit_url = reverse("staff_profiles:edit", args=[pending.pk])
    form = admin_client.get(edit_url).content.decode()
    assert "Not on the staff list" in form
    assert 'name="refusal_undo"' in form

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_edit(admin_client, pending, refusal_undo="approved")

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.APPROVED
    assert pending.decided_by == admin_client.user
    assert pending.refusal_reason == ""
    assert pending.user.groups.filter(name=TRAINEES).exists()
    (message,) = mail_to("lan@example.org")
    assert "Tài khoản của bạn đã được phê duyệt" in message.subject


def test_the_admin_keeps_a_refusal_unless_told_and_offers_no_undo_otherwise(
    admin_client, supervisor, pending, approved_trainee
):
    approval.profile_refuse(profile_id=pending.pk, by=supervisor, reason="Unknown")

    response = admin_edit(admin_client, pending, full_name="Nguyễn Thị Lan Anh")

    assert response.status_code == 302
    pending.refresh_from_db()
    assert (pending.full_name, pending.status, pending.refusal_reason) == (
        "Nguyễn Thị Lan Anh",
        StaffProfile.Status.REFUSED,
        "Unknown",
    )
    approved = approved_trainee.staff_profile
    form = admin_client.get(reverse("staff_profiles:edit", args=[approved.pk]))
    assert 'name="refusal_undo"' not in form.content.decode()
    admin_edit(admin_client, approved, refusal_undo="pending")
    approved.refresh_from_db()
    assert approved.status == StaffProfile.Status.APPROVED


def test_a_decided_sign_up_s_refusal_page_sends_back_to_the_list(
    supervisor_client, supervisor, pending
):
    approval.profile_approve(profile_id=pending.pk, by=supervisor)

    response = supervisor_client.get(refuse_url(pending))

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/approvals/"
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.APPROVED


def test_undoing_is_for_refused_sign_ups_only(supervisor, pending):
    admin = UserFactory(is_superuser=True, is_staff=True)

    profile, changed = approval.refusal_undo(
        profile_id=pending.pk, by=admin, status=StaffProfile.Status.APPROVED
    )

    assert not changed
    assert profile.status == StaffProfile.Status.PENDING
    with pytest.raises(ValueError, match="waiting or approved"):
        approval.refusal_undo(
            profile_id=pending.pk, by=admin, status=StaffProfile.Status.REFUSED
        )


def test_a_second_approval_changes_nothing_and_sends_nothing(
    supervisor_client, pending, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        supervisor_client.post(approve_url(pending))
    pending.refresh_from_db()
    decided_at = pending.decided_at

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = supervisor_client.post(approve_url(pending))
        refused = supervisor_client.post(refuse_url(pending), {"reason": "Unknown"})

    assert response.status_code == refused.status_code == 302
    assert callbacks == []
    assert len(mail.outbox) == 1
    pending.refresh_from_db()
    assert (pending.status, pending.decided_at) == (
        StaffProfile.Status.APPROVED,
        decided_at,
    )
    assert pending.user.groups.count() == 1


def test_the_service_reports_whether_it_decided(supervisor, pending):
    profile, changed = approval.profile_approve(profile_id=pending.pk, by=supervisor)
    assert changed
    profile, changed = approval.profile_refuse(
        profile_id=pending.pk, by=supervisor, reason="Unknown"
    )
    assert not changed
    assert profile.status == StaffProfile.Status.APPROVED


def test_a_supervisor_cannot_decide_for_another_centre(
    supervisor_client, other_centre, django_capture_on_commit_callbacks
):
    elsewhere = StaffProfileFactory(centre=other_centre)

    with django_capture_on_commit_callbacks(execute=True):
        approved = supervisor_client.post(approve_url(elsewhere))
        refused = supervisor_client.post(refuse_url(elsewhere), {"reason": "Unknown"})

    assert approved.status_code == refused.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.status == StaffProfile.Status.PENDING
    assert elsewhere.decided_by is None
    assert not elsewhere.user.groups.exists()
    assert mail.outbox == []


def test_an_admin_decides_for_every_centre(client, other_centre):
    elsewhere = StaffProfileFactory(centre=other_centre, full_name="Far Away")
    admin = UserFactory(is_superuser=True, is_staff=True)
    enrol(admin)
    client.force_login(admin)

    assert "Far Away" in client.get("/en/accounts/approvals/").content.decode()
    client.post(approve_url(elsewhere))

    elsewhere.refresh_from_db()
    assert elsewhere.status == StaffProfile.Status.APPROVED
    assert elsewhere.decided_by == admin


def test_a_supervisor_group_member_without_centres_may_not_approve(client, pending):
    """Being in the group is not enough: the profile names the centres."""
    user = UserFactory(groups=[SUPERVISORS])
    enrol(user)
    client.force_login(user)

    assert client.get("/en/accounts/approvals/").status_code == 403
    assert client.post(approve_url(pending)).status_code == 403


@pytest.mark.parametrize("who", ["approved_trainee", "editor"])
def test_trainees_and_editors_cannot_open_the_approval_page(
    client, request, pending, who
):
    client.force_login(request.getfixturevalue(who))

    assert client.get("/en/accounts/approvals/").status_code == 403
    assert client.post(approve_url(pending)).status_code == 403
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING


def test_anonymous_readers_are_sent_to_sign_in(client, pending):
    response = client.get("/id/accounts/approvals/")

    assert response.status_code == 302
    assert response["Location"].startswith("/id/accounts/login/?next=")
    assert client.post(approve_url(pending)).status_code == 302
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING


def test_refusing_takes_a_post_with_a_csrf_token(
    supervisor_client, supervisor, pending
):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(supervisor)

    assert supervisor_client.put(refuse_url(pending)).status_code == 405
    assert csrf_client.post(refuse_url(pending), {"reason": "x"}).status_code == 403
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING


def test_approving_takes_a_post_with_a_csrf_token(supervisor, pending):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(supervisor)

    assert csrf_client.get(approve_url(pending)).status_code == 405
    assert csrf_client.post(approve_url(pending)).status_code == 403
    pending.refresh_from_db()
    assert pending.status == StaffProfile.Status.PENDING


@needs_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_supervisors_deciding_at_once_make_one_decision(supervisor, pending):
    """Each decision held after reading the sign-up: without the row lock, all
    four would find it pending and decide (and mail the person four times)."""
    colleague = StaffProfileFactory(
        supervisor=True, centre=pending.centre, supervised_centres=[pending.centre]
    ).user
    results = []

    def decide(decide_profile, by):
        def run():
            results.append(decide_profile(profile_id=pending.pk, by=by)[1])

        return run

    decisions = [
        decide(function, by)
        for function in (
            approval.profile_approve,
            functools.partial(approval.profile_refuse, reason="Unknown"),
        )
        for by in (supervisor, colleague)
    ]
    read = reads(StaffProfile._meta.db_table)
    assert in_parallel(*decisions, pause_after=read) == []

    assert sorted(results) == [False, False, False, True]
    assert len(mail_to("lan@example.org")) == 1
    pending.refresh_from_db()
    assert pending.decided_by in (supervisor, colleague)


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("", "https://portal.example.org/vi/accounts/login/"),
        (
            "https://training.example.net/",
            "https://training.example.net/vi/accounts/login/",
        ),
    ],
)
def test_the_decision_mail_links_to_the_portal_s_real_address(
    supervisor_client,
    pending,
    settings,
    home_page,
    django_capture_on_commit_callbacks,
    base_url,
    expected,
):
    """PORTAL_BASE_URL, else the address the supervisor reached the portal at,
    never the default site's host name (`localhost`)."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "portal.example.org"]
    settings.PORTAL_BASE_URL = base_url
    with django_capture_on_commit_callbacks(execute=True):
        supervisor_client.post(
            approve_url(pending), HTTP_HOST="portal.example.org", secure=True
        )

    (message,) = mail_to("lan@example.org")
    assert link_in(message) == expected
