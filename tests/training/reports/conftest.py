"""A small centre built by hand: who did what is known exactly.

StaffProfile rows are made here directly, not through sign-up.
"""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.accounts.models import JobRole, StaffProfile
from portal.accounts.roles import SUPERVISORS, TRAINEES
from portal.centres.factories import CentreFactory
from tests.security.two_factor import enrol
from training import summaries
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.models import CheckAttempt, LessonProgress, ModuleCompletion


def on(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 10, 30))


def make_staff(
    centre,
    name,
    *,
    role=JobRole.SOCIAL_WORKER,
    language="en",
    status=StaffProfile.Status.APPROVED,
    groups=(TRAINEES,),
):
    from django.contrib.auth import get_user_model

    username = name.lower().replace(" ", ".")
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="not-a-secret-1"
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    StaffProfile.objects.create(
        user=user,
        full_name=name,
        centre=centre,
        job_role=role,
        preferred_language=language,
        status=status,
    )
    return user


def make_supervisor(name, *centres):
    """A supervisor of `centres`, with the authenticator app the report requires."""
    user = make_staff(centres[0], name, role=JobRole.SUPERVISOR, groups=[SUPERVISORS])
    user.staff_profile.supervised_centres.set(centres)
    enrol(user)
    return user


def summed_up(record):
    """`record`, written directly, with its summary row brought up to date."""
    summaries.refresh(user_ids=[record.user_id])
    return record


def attempt(user, module, score, when, language="en"):
    made = CheckAttempt.objects.create(
        user=user,
        module=module,
        client_token=uuid.uuid4(),
        submitted_at=when,
        language=language,
        question_count=4,
        correct_count=score * 4 // 100,
        score=score,
        pass_mark=module.pass_mark,
        passed=score >= module.pass_mark,
    )
    return summed_up(made)


def complete(user, module, when, language="en"):
    made = ModuleCompletion.objects.create(
        user=user,
        module=module,
        module_title=module.title,
        completed_at=when,
        language=language,
    )
    return summed_up(made)


def lesson_done(user, lesson, when):
    made = LessonProgress.objects.create(user=user, lesson=lesson, completed_at=when)
    return summed_up(made)


@pytest.fixture
def centre(db):
    return CentreFactory(slug="jambi", name="Jambi children's centre")


@pytest.fixture
def other_centre(db):
    return CentreFactory(slug="hanoi", name="Hanoi social protection centre")


@pytest.fixture
def reintegration(training_index):
    module = TrainingModulePageFactory(
        parent=training_index,
        title="Preparing children for reintegration",
        slug="reintegration",
        title_ind="Mempersiapkan anak untuk reintegrasi",
        title_vi="Chuẩn bị cho trẻ tái hòa nhập",
        title_ar="تهيئة الأطفال لإعادة الإدماج",
        pass_mark=60,
    )
    LessonPageFactory(
        parent=module,
        title="Parents' meetings",
        slug="parents-meetings",
        title_ind="Pertemuan orang tua",
        title_vi="Họp cha mẹ",
        title_ar="اجتماعات الوالدين",
    )
    return module


@pytest.fixture
def small_centre(centre, other_centre, gatekeeping, lessons, reintegration):
    """Four approved staff, one pending, one at another centre.

    gatekeeping (2 lessons): Ana completed, Bao and Chi in progress (a lesson; an
    attempt only), Dewi not started. reintegration (1 lesson): Bao completed, Ana
    in progress, Chi and Dewi not started.
    """
    ana = make_staff(centre, "Ana Wijaya", language="id")
    bao = make_staff(centre, "Bao Nguyen", role=JobRole.COUNSELLOR, language="vi")
    chi = make_staff(centre, "Chi Haddad", language="ar")
    dewi = make_staff(centre, "Dewi Lestari", role=JobRole.NURSE)
    eko = make_staff(centre, "Eko Pending", status=StaffProfile.Status.PENDING)
    far = make_staff(other_centre, "Far Away")
    reintegration_lesson = reintegration.get_children().specific().first()

    for lesson in lessons:
        lesson_done(ana, lesson, on(2026, 3, 2))
    attempt(ana, gatekeeping, 50, on(2026, 3, 5), "id")
    attempt(ana, gatekeeping, 100, on(2026, 3, 10), "id")
    complete(ana, gatekeeping, on(2026, 3, 10), "id")
    lesson_done(ana, reintegration_lesson, on(2026, 4, 1))

    lesson_done(bao, lessons[0], on(2026, 4, 3))
    lesson_done(bao, reintegration_lesson, on(2026, 5, 1))
    attempt(bao, reintegration, 80, on(2026, 5, 2), "vi")
    complete(bao, reintegration, on(2026, 5, 2), "vi")

    attempt(chi, gatekeeping, 30, on(2026, 4, 20), "ar")

    for lesson in lessons:  # not counted: pending, and another centre
        lesson_done(eko, lesson, on(2026, 3, 1))
        lesson_done(far, lesson, on(2026, 3, 1))
    complete(eko, gatekeeping, on(2026, 3, 1))
    complete(far, gatekeeping, on(2026, 3, 1))
    return {"ana": ana, "bao": bao, "chi": chi, "dewi": dewi}


@pytest.fixture
def supervisor_of(centre):
    return make_supervisor("Budi Santoso", centre)


@pytest.fixture
def supervisor_client(client, supervisor_of):
    client.force_login(supervisor_of)
    return client
