"""The per-person, per-module summary rows (ModuleProgressSummary), worked out
again from the records they sum up: idempotent, in a fixed number of queries.

`training.services` calls `refresh` in the transaction of every record it
writes; a change to a module's live lessons (published, unpublished, moved,
deleted) refreshes that module's rows; migration 0006 filled them in.
"""

from django.apps import apps as installed_apps
from django.db.models import Case, Count, IntegerField, Max, Q, Value, When

from .reports import cache as report_cache

# Wagtail's Page.steplen: a lesson's path is its module's path and 4 characters.
STEPLEN = 4
FIELDS = (
    "lessons_done",
    "attempts",
    "best_score",
    "passed",
    "last_activity_at",
    "completed_at",
    "completed_language",
)
BATCH = 2000


def refresh(*, user_ids=None, modules=None, prune=True, apps=installed_apps):
    """Write the summary rows of these users (all if None) in these modules
    (module pages; all if None) from their records; with `prune`, remove the
    rows of people who no longer have anything to show in a module.

    Four queries (five to look the modules up, one more to prune), then the
    writes in batches, and one for the centres whose reports they change.
    """
    model = apps.get_model("training", "ModuleProgressSummary")
    if modules is None:
        modules = apps.get_model("training", "TrainingModulePage").objects.all()
    by_path = {module.path: module.pk for module in modules}
    if not by_path:
        return
    user_ids = None if user_ids is None else list(user_ids)
    users = Q() if user_ids is None else Q(user_id__in=user_ids)
    rows = {}

    def row(user_id, module_id):
        return rows.setdefault(
            (user_id, module_id),
            {
                "lessons_done": 0,
                "attempts": 0,
                "best_score": None,
                "passed": False,
                "last_activity_at": None,
                "completed_at": None,
                "completed_language": "",
            },
        )

    for user_id, module_id, done, last in _lessons_done(apps, by_path, users):
        figures = row(user_id, module_id)
        figures["lessons_done"] = done
        figures["last_activity_at"] = last
    attempts = (
        apps.get_model("training", "CheckAttempt")
        .objects.filter(users, module_id__in=by_path.values())
        .values("user_id", "module_id")
        .annotate(
            n=Count("pk"),
            best=Max("score"),
            passed_any=Max(
                Case(When(passed=True, then=Value(1)), default=Value(0)),
                output_field=IntegerField(),
            ),
            last=Max("submitted_at"),
        )
        .values_list("user_id", "module_id", "n", "best", "passed_any", "last")
    )
    for user_id, module_id, count, best, passed, last in attempts:
        figures = row(user_id, module_id)
        figures.update(attempts=count, best_score=best, passed=bool(passed))
        figures["last_activity_at"] = _later(figures["last_activity_at"], last)
    completions = (
        apps.get_model("training", "ModuleCompletion")
        .objects.filter(users, module_id__in=by_path.values())
        .values_list("user_id", "module_id", "completed_at", "language")
    )
    for user_id, module_id, completed_at, language in completions:
        figures = row(user_id, module_id)
        figures.update(completed_at=completed_at, completed_language=language)
        figures["last_activity_at"] = _later(figures["last_activity_at"], completed_at)

    if prune:
        kept = model.objects.filter(users, module_id__in=by_path.values())
        stale = [
            pk
            for pk, user_id, module_id in kept.values_list("pk", "user_id", "module_id")
            if (user_id, module_id) not in rows
        ]
        for start in range(0, len(stale), BATCH):
            model.objects.filter(pk__in=stale[start : start + BATCH]).delete()
    model.objects.bulk_create(
        [
            model(user_id=user_id, module_id=module_id, **figures)
            for (user_id, module_id), figures in rows.items()
        ],
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["user", "module"],
        update_fields=FIELDS,
    )
    if apps is installed_apps:
        report_cache.people_changed(user_ids)
    else:  # a migration's models: no query on today's tables
        report_cache.centres_changed()


def _lessons_done(apps, by_path, users):
    """(user pk, module pk, live lessons done, the last one's time), the module
    found from the lesson's place in the page tree."""
    module = Case(
        *(
            When(
                lesson__path__startswith=path,
                lesson__depth=len(path) // STEPLEN + 1,
                then=Value(pk),
            )
            for path, pk in by_path.items()
        ),
        output_field=IntegerField(),
    )
    return (
        apps.get_model("training", "LessonProgress")
        .objects.filter(users, lesson__live=True)
        .annotate(module=module)
        .filter(module__isnull=False)
        .values("user_id", "module")
        .annotate(n=Count("pk"), last=Max("completed_at"))
        .values_list("user_id", "module", "n", "last")
    )


def _later(one, other):
    return other if one is None or (other is not None and other > one) else one


def refresh_module_at(path):
    """Refresh every row of the module at this page path, if it is one."""
    module = (
        installed_apps.get_model("training", "TrainingModulePage")
        .objects.filter(path=path)
        .first()
    )
    if module is not None:
        refresh(modules=[module])


def connect():
    """Keep the rows right when a module's live lessons change: which lessons
    count as done depends on them."""
    from django.db.models.signals import post_delete
    from wagtail.signals import page_published, page_unpublished, post_page_move

    lesson = installed_apps.get_model("training", "LessonPage")

    def lessons_changed(sender, instance, **kwargs):
        refresh_module_at(instance.path[:-STEPLEN])

    def lesson_moved(sender, parent_page_before, parent_page_after, **kwargs):
        refresh_module_at(parent_page_before.path)
        if parent_page_after.pk != parent_page_before.pk:
            refresh_module_at(parent_page_after.path)

    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(lessons_changed, sender=lesson, weak=False)
    post_page_move.connect(lesson_moved, sender=lesson, weak=False)
