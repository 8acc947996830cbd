"""The report's reads: each a fixed number of queries, whatever the number of
staff, modules and records. Counting happens in the database.

Definitions, per staff member and module:
- completed: a ModuleCompletion exists (within the completion dates, if given);
- in progress: not completed, and a lesson of the module done or a check attempt;
- not started: neither.
The figures are read from the summary rows (ModuleProgressSummary) that
`training.services` keeps beside the records, one per person and module. The
report's page reads them in one pass (`SummaryScan`): per module, per month for
the chart, and the two figures the assignment states need (`StateCount`).

Assignment states (training.assignments.states), where assignments overlap the
most urgent: the page counts them by role and completion day; lists and files,
the assignment filter and refreshers work them out per person and module.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear, NullIf
from django.utils import translation
from wagtail.models import Page

from portal.accounts.models import StaffProfile
from portal.i18n.languages import localized_field, source_language

from ..assignments import selectors as assignment_selectors
from ..assignments import states as assignment_states
from ..models.records import LessonProgress, ModuleProgressSummary
from ..selectors import live_lessons, live_modules

COMPLETED, IN_PROGRESS, NOT_STARTED = "completed", "in_progress", "not_started"
STATES = (COMPLETED, IN_PROGRESS, NOT_STARTED)


@dataclass
class ReportScope:
    """One centre's approved staff and the live modules, narrowed by the filters.

    Built with two queries (modules and lessons); every figure below is read
    from there in a fixed number more.
    """

    centre: object
    filters: object
    modules: list = field(default_factory=list)
    lesson_ids: dict = field(default_factory=dict)  # module pk -> live lesson pks

    @classmethod
    def build(cls, centre, filters, modules=None):
        modules = list(live_modules()) if modules is None else modules
        if filters.module is not None:
            modules = [module for module in modules if module.pk == filters.module.pk]
        by_path = {module.path: module.pk for module in modules}
        lesson_ids = {module.pk: [] for module in modules}
        for pk, path in live_lessons().values_list("pk", "path"):
            module_pk = by_path.get(path[: -Page.steplen])
            if module_pk is not None:
                lesson_ids[module_pk].append(pk)
        return cls(centre, filters, modules, lesson_ids)

    @cached_property
    def assignments(self):
        """The centre's assignments, each with its live modules among the
        filtered ones (one query without assignments, three with)."""
        return assignment_selectors.assignments_of([self.centre.pk], self.modules)

    @cached_property
    def assigned(self):
        """{(user pk, module pk): Standing} of the filtered staff (before the
        assignment-state filter) in the filtered modules (`assignments`, then
        two queries, three if one has a refresher)."""
        assignments = self.assignments
        if not assignments:
            return {}
        profiles = list(
            self._filtered_staff().only(
                "pk", "user_id", "centre_id", "job_role", "status"
            )
        )
        return assignment_selectors.standings_by_person(assignments, profiles)

    def users_in_state(self):
        """Users with an assigned module (of the filtered ones) in the chosen state."""
        state = self.filters.assignment
        return sorted(
            {
                user
                for (user, _m), standing in self.assigned.items()
                if standing.state == state
            }
        )

    @cached_property
    def state_count(self):
        """How the page counts assignment states, or None where they are judged
        person by person (the assignment filter, a refresher, no assignment)."""
        if self.filters.assignment or not self.assignments:
            return None
        return assignment_selectors.StateCount.of(
            self.assignments, self._filtered_staff()
        )

    @cached_property
    def scan(self):
        return SummaryScan.of(self)

    def assignment_counts(self):
        """{module pk: Counter of states} over the staff the report shows."""
        if self.state_count is not None:
            return self.state_count.counts(self.scan.done)
        shown = set(self.users_in_state()) if self.filters.assignment else None
        counts = defaultdict(Counter)
        for (user, module_pk), standing in self.assigned.items():
            if shown is None or user in shown:
                counts[module_pk][standing.state] += 1
        return counts

    @property
    def module_ids(self):
        return [module.pk for module in self.modules]

    @property
    def all_lesson_ids(self):
        return [pk for pks in self.lesson_ids.values() for pk in pks]

    def module_of_lesson(self, lesson="lesson_id"):
        """The module of a lesson, in SQL, from the lessons read once: no join
        to the page tree for each record."""
        return Case(
            *(
                When(**{f"{lesson}__in": pks}, then=Value(module_pk))
                for module_pk, pks in self.lesson_ids.items()
                if pks
            ),
            output_field=IntegerField(),
        )

    def staff(self):
        staff = self._filtered_staff()
        if self.filters.assignment:
            staff = staff.filter(user_id__in=self.users_in_state())
        return staff

    def _filtered_staff(self):
        staff = StaffProfile.objects.filter(
            centre=self.centre, status=StaffProfile.Status.APPROVED
        ).trainees()
        if self.filters.role:
            staff = staff.filter(job_role=self.filters.role)
        if self.filters.language:
            staff = staff.filter(preferred_language=self.filters.language)
        return staff

    def staff_users(self):
        return self.staff().values("user_id")

    def completed_in_range(self, prefix=""):
        """A Q on a completion's date (through `prefix`) for the chosen dates."""
        start, end = self.filters.completed_range
        q = Q()
        if start:
            q &= Q(**{f"{prefix}completed_at__gte": start})
        if end:
            q &= Q(**{f"{prefix}completed_at__lt": end})
        return q

    def summaries(self):
        return ModuleProgressSummary.objects.filter(
            user_id__in=self.staff_users(), module_id__in=self.module_ids
        )


@dataclass
class ModuleRow:
    module: object
    staff: int
    completed: int
    completed_elsewhere: int  # outside the chosen completion dates
    in_progress: int
    assignments: Counter = field(default_factory=Counter)  # state -> people

    @property
    def assignment_figures(self):
        return [
            (state, label, self.assignments[state])
            for state, label in assignment_states.LABELS.items()
        ]

    @property
    def not_started(self):
        return self.staff - self.completed - self.completed_elsewhere - self.in_progress

    @property
    def completion_rate(self):
        return round(100 * self.completed / self.staff) if self.staff else 0


@dataclass
class SummaryScan:
    """What the report's page shows, from one pass over the summary rows."""

    modules: dict  # module pk -> [completed in range, completed, in progress]
    months: Counter  # first day of a month -> completions in range
    done: dict  # (role or None, module pk) -> [completed, in time]: StateCount's

    @classmethod
    def of(cls, scope):
        """One query, grouped by module, completion month and, for the
        assignment states, role."""
        completed = Q(completed_at__isnull=False)
        started = Q(lessons_done__gt=0) | Q(attempts__gt=0)
        figures = {
            "in_range": Count("pk", filter=completed & scope.completed_in_range()),
            "every": Count("pk", filter=completed),
            "in_progress": Count("pk", filter=~completed & started),
        }
        counting = scope.state_count
        roles = []
        if counting is not None and counting.applying:
            roles = counting.role_keys
            counted = completed & counting.counted()
            figures["completed"] = Count("pk", filter=counted)
            figures["in_time"] = Count("pk", filter=counted & counting.in_time())
        keys = ["module_id", "year", "month", *roles]
        rows = (
            scope.summaries()
            .annotate(
                year=ExtractYear("completed_at"), month=ExtractMonth("completed_at")
            )
            .values(*keys)
            .annotate(**figures)
            .values_list(*keys, *figures)
        )
        scan = cls(
            defaultdict(lambda: [0, 0, 0]), Counter(), defaultdict(lambda: [0, 0])
        )
        for row in rows:
            module_id, year, month = row[:3]
            in_range, every, in_progress, *assigned = row[len(keys) :]
            totals = scan.modules[module_id]
            totals[0] += in_range
            totals[1] += every
            totals[2] += in_progress
            if year is not None and in_range:
                scan.months[datetime.date(year, month, 1)] += in_range
            if assigned:
                role = row[3] if roles else None
                done = scan.done[role, module_id]
                done[0] += assigned[0]
                done[1] += assigned[1]
        return scan


def module_summary(scope):
    """One row per module (two queries, and the assignments')."""
    staff = scope.staff().count()
    figures = scope.scan.modules
    assigned = scope.assignment_counts()
    rows = []
    for module in scope.modules:
        in_range, every, in_progress = figures.get(module.pk, (0, 0, 0))
        rows.append(
            ModuleRow(
                module=module,
                staff=staff,
                completed=in_range,
                completed_elsewhere=every - in_range,
                in_progress=in_progress,
                assignments=assigned[module.pk],
            )
        )
    return rows


def _progress(scope):
    return LessonProgress.objects.filter(
        user_id__in=scope.staff_users(), lesson_id__in=scope.all_lesson_ids
    ).annotate(module=scope.module_of_lesson())


def assignment_totals(rows):
    """[(state, label, people)] over the modules of `module_summary`'s rows."""
    totals = Counter()
    for row in rows:
        totals.update(row.assignments)
    return [
        (state, label, totals[state])
        for state, label in assignment_states.LABELS.items()
    ]


def completions_by_month(scope):
    """[(first day of the month, completions)] in date order (`scope.scan`)."""
    return sorted(scope.scan.months.items())


def module_figures(scope, module, prefix=""):
    """Annotations of a staff profile with what its person did in `module`, from
    their summary row: lessons done, attempts, best score, completion date and
    language (any date)."""
    summary = ModuleProgressSummary.objects.filter(
        user_id=OuterRef("user_id"), module_id=module.pk
    )

    def figure(name):
        return Subquery(summary.values(name)[:1])

    figures = {
        "done": Coalesce(figure("lessons_done"), 0),
        "attempts": Coalesce(figure("attempts"), 0),
        "best_score": figure("best_score"),
        "completed_at": figure("completed_at"),
        "completed_language": figure("completed_language"),
    }
    return {f"{prefix}{name}": value for name, value in figures.items()}


def state_case(scope, prefix=""):
    """The state of the figures annotated by `module_figures`; "" for a module
    completed outside the chosen dates, which no list shows."""
    completed = Q(**{f"{prefix}completed_at__isnull": False})
    return Case(
        When(scope.completed_in_range(prefix) or completed, then=Value(COMPLETED)),
        When(completed, then=Value("")),
        When(
            Q(**{f"{prefix}done__gt": 0}) | Q(**{f"{prefix}attempts__gt": 0}),
            then=Value(IN_PROGRESS),
        ),
        default=Value(NOT_STARTED),
    )


def state_of(scope, completed_at, done, attempts):
    """`state_case` for one row already read."""
    if completed_at is not None:
        start, end = scope.filters.completed_range
        in_range = (start is None or completed_at >= start) and (
            end is None or completed_at < end
        )
        return COMPLETED if in_range else ""
    return IN_PROGRESS if done or attempts else NOT_STARTED


def module_people(scope, module):
    """The staff annotated with their figures and state in `module`, by name."""
    return (
        scope.staff()
        .annotate(**module_figures(scope, module))
        .annotate(state=state_case(scope))
        .order_by("full_name", "pk")
    )


def state_counts(people):
    """{state: people} for `module_people` (one query)."""
    return people.aggregate(
        **{state: Count("pk", filter=Q(state=state)) for state in STATES}
    )


DETAIL_COLUMNS = ("full_name", "user__email", "job_role", "preferred_language")
FIGURES = ("done", "attempts", "best_score", "completed_at", "completed_language")


@dataclass(frozen=True)
class DetailRow:
    full_name: str
    email: str
    job_role: str
    language: str
    module: object
    state: str
    lessons_done: int
    lessons_total: int
    attempts: int
    best_score: int | None
    completed_at: object
    completed_language: str | None
    assignment: object = None  # the Standing, for an assigned module


def detail_rows(scope, chunk_size=500):
    """One DetailRow per staff member and module, streamed from one query.

    Each staff row carries every module's figures (computed in the database);
    people who completed a module outside the chosen dates are left out of it.
    """
    prefixes = {module.pk: f"m{module.pk}_" for module in scope.modules}
    annotations = {}
    for module in scope.modules:
        annotations.update(module_figures(scope, module, prefixes[module.pk]))
    names = [
        *DETAIL_COLUMNS,
        "user_id",
        *(prefixes[module.pk] + name for module in scope.modules for name in FIGURES),
    ]
    assigned = scope.assigned  # read before the rows stream
    staff = (
        scope.staff()
        .annotate(**annotations)
        .order_by("full_name", "pk")
        .values_list(*names)
    )
    width = len(FIGURES)
    for row in staff.iterator(chunk_size=chunk_size):
        person, user_id = row[: len(DETAIL_COLUMNS)], row[len(DETAIL_COLUMNS)]
        figures = row[len(DETAIL_COLUMNS) + 1 :]
        for index, module in enumerate(scope.modules):
            standing = assigned.get((user_id, module.pk))
            if scope.filters.assignment and (
                standing is None or standing.state != scope.filters.assignment
            ):
                continue
            done, attempts, best, completed_at, language = figures[
                index * width : (index + 1) * width
            ]
            state = state_of(scope, completed_at, done, attempts)
            if not state:
                continue
            yield DetailRow(
                *person,
                module=module,
                state=state,
                lessons_done=done,
                lessons_total=len(scope.lesson_ids[module.pk]),
                attempts=attempts,
                best_score=best,
                completed_at=completed_at if state == COMPLETED else None,
                completed_language=language if state == COMPLETED else None,
                assignment=standing,
            )


def lesson_title():
    """The lesson's title in the current language, else in the source language."""
    shown = F("lesson__" + localized_field("title", translation.get_language()))
    source = F("lesson__" + localized_field("title", source_language()))
    return Coalesce(NullIf(shown, Value("")), source, output_field=CharField())


def activity_rows(scope, chunk_size=2000):
    """(name, e-mail, module pk, lesson title, completed at) for every lesson
    done by the staff in the modules, completion dates applied; tuples, no models.
    """
    progress = _progress(scope).filter(scope.completed_in_range())
    return (
        progress.order_by("user__staff_profile__full_name", "user_id", "completed_at")
        .values_list(
            "user__staff_profile__full_name",
            "user__email",
            "module",
            lesson_title(),
            "completed_at",
        )
        .iterator(chunk_size=chunk_size)
    )
