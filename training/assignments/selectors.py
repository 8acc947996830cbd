"""Reads of assignments and of where people stand, at fixed query counts.

Who an assignment covers is decided here, when it is read: the approved staff of
its centre, or those with its role, or the people it names (while they work
there). Somebody who joins the centre later is covered from then on.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from portal.accounts.models import StaffProfile

from ..models.assignments import Assignment
from ..models.records import CheckAttempt, ModuleCompletion, ModuleProgressSummary
from ..selectors import live_modules
from .states import DONE_IN_TIME, DONE_LATE, Standing, standing


def assignments_of(centre_ids, modules=None):
    """The assignments of these centres, each with its live modules (tree order)
    and the pks of the people it names (three queries).

    `modules`: the live modules already read, in tree order; the assignments'
    are then picked from them instead of read again (a report's modules, and
    only those).
    """
    assignments = Assignment.objects.filter(centre_id__in=centre_ids)
    assignments = assignments.select_related("centre").order_by("due_on", "pk")
    if modules is None:
        assignments = list(
            assignments.prefetch_related(
                Prefetch("modules", queryset=live_modules(), to_attr="live_modules")
            )
        )
    else:
        assignments = list(assignments)
        _pick_modules(assignments, modules)
    _attach_people(assignments)
    return assignments


def _pick_modules(assignments, modules):
    linked = defaultdict(set)
    for assignment_id, module_id in Assignment.modules.through.objects.filter(
        assignment_id__in=[assignment.pk for assignment in assignments]
    ).values_list("assignment_id", "trainingmodulepage_id"):
        linked[assignment_id].add(module_id)
    for assignment in assignments:
        pks = linked[assignment.pk]
        assignment.live_modules = [module for module in modules if module.pk in pks]


def _attach_people(assignments):
    named = defaultdict(set)
    for assignment_id, user_id in Assignment.people.through.objects.filter(
        assignment_id__in=[assignment.pk for assignment in assignments]
    ).values_list("assignment_id", "user_id"):
        named[assignment_id].add(user_id)
    for assignment in assignments:
        assignment.named_ids = named[assignment.pk]


def covers(assignment, profile):
    """Whether `assignment` applies to the person of this staff profile."""
    if (
        profile.centre_id != assignment.centre_id
        or profile.status != StaffProfile.Status.APPROVED
    ):
        return False
    if assignment.named_ids:
        return profile.user_id in assignment.named_ids
    return not assignment.job_role or assignment.job_role == profile.job_role


def approved_staff(centre_ids):
    return StaffProfile.objects.filter(
        centre_id__in=centre_ids, status=StaffProfile.Status.APPROVED
    ).select_related("user", "centre")


def completion_dates(user_ids, module_ids, renewed_ids=()):
    """{(user pk, module pk): [dates completed, oldest first]}: the completion,
    then, in `renewed_ids` (modules with a refresher), each later pass of the
    module's check; two queries (one without refreshers)."""
    tz = timezone.get_current_timezone()
    dates = defaultdict(list)
    completions = ModuleCompletion.objects.filter(
        user_id__in=user_ids, module_id__in=module_ids
    )
    for user_id, module_id, when in completions.values_list(
        "user_id", "module_id", "completed_at"
    ):
        dates[user_id, module_id].append(when.astimezone(tz).date())
    if not renewed_ids:
        return dates
    earlier_completion = ModuleCompletion.objects.filter(
        user_id=OuterRef("user_id"),
        module_id=OuterRef("module_id"),
        completed_at__lt=OuterRef("submitted_at"),
    )
    renewals = CheckAttempt.objects.filter(
        user_id__in=user_ids, module_id__in=renewed_ids, passed=True
    ).filter(Exists(earlier_completion))
    for user_id, module_id, when in renewals.order_by("submitted_at").values_list(
        "user_id", "module_id", "submitted_at"
    ):
        dates[user_id, module_id].append(when.astimezone(tz).date())
    for key in dates:
        dates[key].sort()
    return dates


def _module_ids(assignments):
    """The live modules of `assignments`, and those of them with a refresher."""
    every, renewed = set(), set()
    for assignment in assignments:
        pks = {module.pk for module in assignment.live_modules}
        every |= pks
        if assignment.refresh_months:
            renewed |= pks
    return every, renewed


@dataclass(frozen=True)
class AssignedModule:
    """One person, one module of one assignment, and where they stand."""

    assignment: Assignment
    module: object
    profile: StaffProfile
    standing: Standing


def standings(assignments, profiles, today=None, dates=None):
    """An AssignedModule for every person each assignment covers and each of its
    live modules, in the order given (two queries, none if `dates` is given)."""
    today = today or timezone.localdate()
    covered = [
        (assignment, profile)
        for assignment in assignments
        for profile in profiles
        if covers(assignment, profile)
    ]
    if dates is None:
        dates = completion_dates(
            {profile.user_id for _assignment, profile in covered},
            *_module_ids(assignments),
        )
    return [
        AssignedModule(
            assignment,
            module,
            profile,
            standing(
                due_on=assignment.due_on,
                refresh_months=assignment.refresh_months,
                completions=dates.get((profile.user_id, module.pk), ()),
                today=today,
            ),
        )
        for assignment, profile in covered
        for module in assignment.live_modules
    ]


def standings_by_person(assignments, profiles, today=None):
    """{(user pk, module pk): Standing}, the most urgent where assignments
    overlap: `standings` for a report, without a row object each (two queries)."""
    today = today or timezone.localdate()
    covered = {
        assignment.pk: [p.user_id for p in profiles if covers(assignment, p)]
        for assignment in assignments
    }
    dates = completion_dates(
        {user for users in covered.values() for user in users},
        *_module_ids(assignments),
    )
    chosen = {}
    for assignment in assignments:
        for module in assignment.live_modules:
            for user in covered[assignment.pk]:
                key = (user, module.pk)
                found = standing(
                    due_on=assignment.due_on,
                    refresh_months=assignment.refresh_months,
                    completions=dates.get(key, ()),
                    today=today,
                )
                earlier = chosen.get(key)
                if earlier is None or found.urgency() < earlier.urgency():
                    chosen[key] = found
    return chosen


def state_counts_by_module(assignments, staff, today=None):
    """{module pk: Counter of states} over `staff` (a queryset of one centre's
    approved staff profiles), as `standings_by_person` counts them; None if an
    assignment has a refresher (renewals are judged person by person). Four
    queries; two more for the people assignments name."""
    counting = StateCount.of(assignments, staff, today)
    if counting is None:
        return None
    return counting.counts(counting.completed_in_time())


class StateCount:
    """The assignment states of a centre's staff, counted in the database.

    People nobody named differ only by their role (if an assignment has one)
    and by when they completed each module: a completion on or before the
    earliest due date of the assignments that apply is in time under all of
    them, a later one is late under one of them, and everybody else is in the
    most urgent pending state. So only two figures per role and module are
    needed, from the summary rows: how many completed, and how many in time.
    `completed_in_time` reads them; a report reads them in its own scan of the
    summary rows, with `role_keys`, `counted` and `in_time`.
    """

    ROLE = "user__staff_profile__job_role"  # from a summary row

    def __init__(self, assignments, staff, today=None):
        self.assignments = assignments
        self.staff = staff
        self.today = today or timezone.localdate()
        self.named = set().union(*(assignment.named_ids for assignment in assignments))
        self.by_role = any(a.job_role for a in assignments if not a.named_ids)

    @classmethod
    def of(cls, assignments, staff, today=None):
        if any(assignment.refresh_months for assignment in assignments):
            return None
        return cls(assignments, staff, today)

    @cached_property
    def others(self):
        return self.staff.exclude(user_id__in=self.named).order_by()

    @cached_property
    def people(self):
        """{role, or None if roles do not matter: people nobody named} (one query)."""
        if not self.by_role:
            return {None: self.others.count()}
        return dict(
            self.others.values("job_role")
            .annotate(n=Count("pk"))
            .values_list("job_role", "n")
        )

    @cached_property
    def applying(self):
        """{(role or None, module pk): the assignments that apply}."""
        applying = defaultdict(list)
        for role in self.people:
            for assignment in self.assignments:
                if not assignment.named_ids and assignment.job_role in ("", role):
                    for module in assignment.live_modules:
                        applying[role, module.pk].append(assignment)
        return applying

    @property
    def role_keys(self):
        return [self.ROLE] if self.by_role else []

    def counted(self):
        """A Q on summary rows: the people counted by role, not one by one."""
        return ~Q(user_id__in=self.named) if self.named else Q()

    def in_time(self):
        """A Q on summary rows: completed on or before the first due date that
        applies (the due day ends at midnight, local time)."""
        tz = timezone.get_current_timezone()
        in_time = Q()
        for (job_role, module_id), items in self.applying.items():
            first_due = min(assignment.due_on for assignment in items)
            day_after = datetime.datetime.combine(
                first_due + datetime.timedelta(days=1), datetime.time(), tzinfo=tz
            )
            # The module first: most rows fail it, and need not compare dates.
            term = Q(module_id=module_id) & Q(completed_at__lt=day_after)
            in_time |= term & Q(**{self.ROLE: job_role}) if self.by_role else term
        return in_time

    def completed_in_time(self):
        """{(role or None, module pk): (completed, in time)} (one query)."""
        if not self.applying:
            return {}
        keys = [*self.role_keys, "module_id"]
        rows = (
            ModuleProgressSummary.objects.filter(
                self.counted(),
                user_id__in=self.staff.values("user_id"),
                module_id__in={module_id for _role, module_id in self.applying},
                completed_at__isnull=False,
            )
            .values(*keys)
            .annotate(completed=Count("pk"), in_time=Count("pk", filter=self.in_time()))
            .values_list(*keys, "completed", "in_time")
        )
        if self.by_role:
            return {(r, m): (completed, ok) for r, m, completed, ok in rows}
        return {(None, m): (completed, ok) for m, completed, ok in rows}

    def counts(self, done):
        """{module pk: Counter of states}, given `completed_in_time`'s figures
        (no query; two for the people assignments name)."""
        counts = defaultdict(Counter)
        for (role, module_id), items in self.applying.items():
            completed, in_time = done.get((role, module_id), (0, 0))
            pending = min(
                (
                    standing(
                        due_on=assignment.due_on,
                        refresh_months=None,
                        completions=(),
                        today=self.today,
                    )
                    for assignment in items
                ),
                key=Standing.urgency,
            )
            for state, count in (
                (DONE_IN_TIME, in_time),
                (DONE_LATE, completed - in_time),
                (pending.state, self.people[role] - completed),
            ):
                if count:
                    counts[module_id][state] += count
        if self.named:
            profiles = list(
                self.staff.filter(user_id__in=self.named).only(
                    "pk", "user_id", "centre_id", "job_role", "status"
                )
            )
            for (_user, module_id), found in standings_by_person(
                self.assignments, profiles, self.today
            ).items():
                counts[module_id][found.state] += 1
        return counts


def most_urgent(items):
    """One AssignedModule per person and module: where assignments overlap, the
    most urgent one (a completion is never counted for two rows)."""
    chosen = {}
    for item in items:
        key = (item.profile.user_id, item.module.pk)
        if (
            key not in chosen
            or item.standing.urgency() < chosen[key].standing.urgency()
        ):
            chosen[key] = item
    return list(chosen.values())


def my_assignments(user, today=None):
    """What `user` has been assigned, one row per module, most urgent first
    (six queries; none for a person without a staff profile)."""
    profile = StaffProfile.objects.filter(user=user).first()
    if profile is None:
        return []
    items = standings(assignments_of([profile.centre_id]), [profile], today)
    return sorted(
        most_urgent(items),
        key=lambda item: (*item.standing.urgency(), item.module.path),
    )


def person_assignment(user, assignment_id, today=None):
    """(assignment, [AssignedModule]) for one assignment covering `user`, or None."""
    profile = StaffProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    assignment = next(
        (a for a in assignments_of([profile.centre_id]) if a.pk == assignment_id),
        None,
    )
    if assignment is None or not covers(assignment, profile):
        return None
    return assignment, standings([assignment], [profile], today)


def covered_profiles(assignment):
    """The staff profiles `assignment` covers today, by name."""
    if not hasattr(assignment, "named_ids"):
        _attach_people([assignment])
    return [
        profile
        for profile in approved_staff([assignment.centre_id]).order_by(
            "full_name", "pk"
        )
        if covers(assignment, profile)
    ]


def completed_module_ids(assignment):
    """The modules of `assignment` that a person it covers has completed."""
    user_ids = [profile.user_id for profile in covered_profiles(assignment)]
    return set(
        ModuleCompletion.objects.filter(
            user_id__in=user_ids, module__in=assignment.modules.all()
        ).values_list("module_id", flat=True)
    )
