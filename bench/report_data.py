"""The supervisor report's bench data, written fast (COPY and bulk inserts).

- "bench-report": 2,000 approved staff who each completed the 30 bench modules
  (60,000 completions and attempts, 500,000 lessons done);
- "bench-export": 4,000 staff with 250 lessons done each (1,000,000 rows);
- "bench-small": 3 staff, for the query count at a small scale;
- the summary rows of them all, as migration 0006 fills them in;
- "bench-remind": 2,000 staff who did nothing yet, for the reminder run;
- at each, the 30 modules assigned, one assignment each, due from two weeks ago
  to two weeks ahead: the report shows assignment states, reminders fall due.

Kept between runs: built again only when a count is off (the demo loader or a
reset changed the pages). Run with Django settings in the environment:
`python -m bench.report_data`; prints what the bench needs as JSON.
"""

import datetime
import io
import json
import time
import uuid

import django

MODULES = 30
LESSONS = [9] * 10 + [8] * 20  # 250 lessons in all
REPORT_STAFF, EXPORT_STAFF, SMALL_STAFF, REMIND_STAFF = 2_000, 4_000, 3, 2_000
PREFIX = "bench-"
BATCH = 5_000
MONTHS = 24  # completions spread over two years, for the chart


def centres():
    from portal.centres.models import Centre, Country

    made = {}
    for key in ("report", "export", "small", "remind"):
        made[key], _created = Centre.objects.get_or_create(
            slug=f"{PREFIX}{key}",
            defaults={
                "name": f"Bench centre ({key})",
                "name_en": f"Bench centre ({key})",
                "country": Country.INDONESIA,
                "kind": Centre.Kind.CHILDRENS_CENTRE,
            },
        )
    return made


def training_index():
    from wagtail.models import Site

    from training.factories import TrainingIndexPageFactory
    from training.models import TrainingIndexPage

    index = TrainingIndexPage.objects.first()
    if index is None:
        root = Site.objects.get(is_default_site=True).root_page
        index = TrainingIndexPageFactory(parent=root)
    return index


def bench_modules(index):
    """The 30 bench modules with their lessons: [(module, [lesson pks])]."""
    from training.factories import LessonPageFactory, TrainingModulePageFactory
    from training.models import LessonPage, TrainingModulePage

    modules = []
    for number, lesson_count in enumerate(LESSONS):
        slug = f"{PREFIX}module-{number:02}"
        module = TrainingModulePage.objects.child_of(index).filter(slug=slug).first()
        if module is None:
            module = TrainingModulePageFactory(
                parent=index, title=f"Bench module {number:02}", slug=slug
            )
        lessons = list(
            LessonPage.objects.child_of(module).live().values_list("pk", flat=True)
        )
        for extra in range(len(lessons), lesson_count):
            lessons.append(
                LessonPageFactory(
                    parent=module,
                    title=f"Bench lesson {number:02}.{extra}",
                    slug=f"{PREFIX}lesson-{number:02}-{extra}",
                ).pk
            )
        modules.append((module, lessons[:lesson_count]))
    return modules


def is_complete(made):
    from training.models import LessonProgress, ModuleCompletion, ModuleProgressSummary

    def progress(centre):
        return LessonProgress.objects.filter(
            user__staff_profile__centre=centre, lesson__isnull=False
        ).count()

    return (
        progress(made["report"]) == REPORT_STAFF * sum(LESSONS)
        and ModuleCompletion.objects.filter(
            user__staff_profile__centre=made["report"], module__isnull=False
        ).count()
        == REPORT_STAFF * MODULES
        and ModuleProgressSummary.objects.filter(
            user__staff_profile__centre=made["report"], completed_at__isnull=False
        ).count()
        == REPORT_STAFF * MODULES
        and progress(made["export"]) == EXPORT_STAFF * sum(LESSONS)
        # Not counting the remind supervisor, who is staff there too.
        and made["remind"]
        .staff.filter(user__username__startswith=f"{PREFIX}remind-0")
        .count()
        == REMIND_STAFF
    )


def remove_bench_people():
    """Every bench user and their records, records first: lessons done go in one
    DELETE (no signal listens to them), not loaded row by row."""
    from django.contrib.auth import get_user_model

    from training.models import (
        CheckAttempt,
        LessonProgress,
        ModuleCompletion,
        ModuleProgressSummary,
    )

    for model in (
        LessonProgress,
        CheckAttempt,
        ModuleCompletion,
        ModuleProgressSummary,
    ):
        model.objects.filter(user__username__startswith=PREFIX).delete()
    get_user_model().objects.filter(username__startswith=PREFIX).delete()


def people(centre, count, kind):
    """`count` approved staff of `centre`, in bulk; their user ids in order."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from portal.accounts.models import JobRole, StaffProfile
    from portal.accounts.roles import TRAINEES

    users = get_user_model()
    no_password = make_password(None)  # nobody signs in as them
    names = [f"{PREFIX}{kind}-{number:05}" for number in range(count)]
    users.objects.bulk_create(
        [
            users(username=name, email=f"{name}@example.org", password=no_password)
            for name in names
        ],
        batch_size=BATCH,
    )
    ids = dict(users.objects.filter(username__in=names).values_list("username", "pk"))
    user_ids = [ids[name] for name in names]
    roles, languages = JobRole.values, ["en", "id", "vi", "ar"]
    StaffProfile.objects.bulk_create(
        [
            StaffProfile(
                user_id=user_id,
                full_name=f"Staff member {kind} {number:05}",
                centre=centre,
                job_role=roles[number % len(roles)],
                preferred_language=languages[number % len(languages)],
                status=StaffProfile.Status.APPROVED,
            )
            for number, user_id in enumerate(user_ids)
        ],
        batch_size=BATCH,
    )
    trainees = Group.objects.get(name=TRAINEES)
    users.groups.through.objects.bulk_create(
        [
            users.groups.through(user_id=user_id, group_id=trainees.pk)
            for user_id in user_ids
        ],
        batch_size=BATCH,
    )
    return user_ids


def completed_on(person, module_number):
    today = datetime.datetime.now(datetime.UTC).replace(hour=9, minute=0)
    return today - datetime.timedelta(days=30 * ((person * 7 + module_number) % MONTHS))


def copy_progress(user_ids, modules):
    """Every lesson of `modules` done by every user: COPY, in chunks."""
    from django.db import connection

    from training.models import LessonProgress

    table = LessonProgress._meta.db_table
    with connection.cursor() as cursor:
        copy_sql = f"COPY {table} (user_id, lesson_id, completed_at) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:
            for person, user_id in enumerate(user_ids):
                lines = io.StringIO()
                for number, (_module, lessons) in enumerate(modules):
                    when = completed_on(person, number).isoformat()
                    for lesson in lessons:
                        lines.write(f"{user_id}\t{lesson}\t{when}\n")
                copy.write(lines.getvalue())


def completions(user_ids, modules):
    """A passed attempt and a completion for every user and module."""
    from training.models import CheckAttempt, ModuleCompletion

    attempts, done = [], []
    for person, user_id in enumerate(user_ids):
        for number, (module, _lessons) in enumerate(modules):
            when = completed_on(person, number)
            score = module.pass_mark + (person + number) % (101 - module.pass_mark)
            attempts.append(
                CheckAttempt(
                    user_id=user_id,
                    module=module,
                    client_token=uuid.uuid4(),
                    submitted_at=when,
                    language="en",
                    question_count=100,
                    correct_count=score,
                    score=score,
                    pass_mark=module.pass_mark,
                    passed=True,
                )
            )
            done.append(
                ModuleCompletion(
                    user_id=user_id,
                    module=module,
                    module_title=module.title,
                    completed_at=when,
                    language=["en", "id", "vi", "ar"][person % 4],
                )
            )
    CheckAttempt.objects.bulk_create(attempts, batch_size=BATCH)
    ModuleCompletion.objects.bulk_create(done, batch_size=BATCH)


def assign_every_module(centre, modules):
    """One assignment per module for the whole centre (once), due dates spread
    around today; written directly, as the bench data are."""
    from training.models import Assignment

    if Assignment.objects.filter(centre=centre).exists():
        return
    today = datetime.date.today()
    for number, (module, _lessons) in enumerate(modules):
        assignment = Assignment.objects.create(
            centre=centre,
            due_on=today + datetime.timedelta(days=number - len(modules) // 2),
        )
        assignment.modules.add(module)


def analyze():
    """Fresh planner statistics: a million new rows change the best plans."""
    from django.db import connection

    from portal.accounts.models import StaffProfile
    from training.models import (
        CheckAttempt,
        LessonProgress,
        ModuleCompletion,
        ModuleProgressSummary,
    )

    tables = (
        StaffProfile,
        LessonProgress,
        CheckAttempt,
        ModuleCompletion,
        ModuleProgressSummary,
    )
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute("ANALYZE " + connection.ops.quote_name(model._meta.db_table))


def supervisor(name, *supervised):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from portal.accounts.models import JobRole, StaffProfile
    from portal.accounts.roles import SUPERVISORS

    user, _created = get_user_model().objects.get_or_create(
        username=f"{PREFIX}{name}", defaults={"email": f"{name}@example.org"}
    )
    user.groups.add(Group.objects.get(name=SUPERVISORS))
    profile, _created = StaffProfile.objects.get_or_create(
        user=user,
        defaults={
            "full_name": name,
            "centre": supervised[0],
            "job_role": JobRole.SUPERVISOR,
            "status": StaffProfile.Status.APPROVED,
        },
    )
    profile.supervised_centres.set(supervised)
    return user


def session_for(user):
    """A signed-in session for the load generator's requests."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    # The backend that loads the user again (the first may only guard sign-ins).
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    second_factor_given(store, user)
    store.create()
    return store.session_key


def second_factor_given(session, user):
    """For a person who needs a second factor (the report requires it of
    supervisors): an authenticator app set up, and its code recorded in
    `session` as allauth's sign-in records it."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.test import RequestFactory

    from portal.security import two_factor

    if not two_factor.required(user):
        return
    if not two_factor.enrolled(user):
        TOTP.activate(user, generate_totp_secret())
    request = RequestFactory().get("/")
    request.session = session
    record_authentication(request, user, two_factor.MFA_METHOD, type="totp")


def build():
    from django.db import transaction

    from training import summaries

    started = time.monotonic()
    made = centres()
    modules = bench_modules(training_index())
    rebuilt = not is_complete(made)
    if rebuilt:
        with transaction.atomic():
            remove_bench_people()
            report_ids = people(made["report"], REPORT_STAFF, "report")
            copy_progress(report_ids, modules)
            completions(report_ids, modules)
            export_ids = people(made["export"], EXPORT_STAFF, "export")
            copy_progress(export_ids, modules)
            small_ids = people(made["small"], SMALL_STAFF, "small")
            copy_progress(small_ids[:1], modules[:1])
            completions(small_ids[:1], modules[:1])
            people(made["remind"], REMIND_STAFF, "remind")
            # Written around the services, so summed up as migration 0006 does.
            summaries.refresh(
                user_ids=report_ids + export_ids + small_ids[:1],
                modules=[module for module, _lessons in modules],
            )
        analyze()
    for key in ("report", "small", "remind"):
        assign_every_module(made[key], modules)
    big = supervisor("supervisor", made["report"], made["export"])
    small = supervisor("small-supervisor", made["small"])
    supervisor("remind-supervisor", made["remind"])
    return {
        "report_centre": made["report"].pk,
        "export_centre": made["export"].pk,
        "small_centre": made["small"].pk,
        "supervisor": big.pk,
        "small_supervisor": small.pk,
        "remind_centre": made["remind"].pk,
        "session": session_for(big),
        "rebuilt": rebuilt,
        "seconds": round(time.monotonic() - started, 1),
    }


if __name__ == "__main__":
    django.setup()
    print(json.dumps(build()))
