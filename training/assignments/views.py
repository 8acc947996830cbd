"""The supervisor's assignment pages, and each person's calendar entry.

A supervisor sees and changes the assignments of the centres they supervise
(portal.accounts.supervision); another centre's assignment is a 404.
"""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from portal.accounts.supervision import supervised_centres
from portal.security.two_factor import second_factor_required

from .. import access as training_access
from ..models.assignments import Assignment
from . import calendar, selectors, services
from .forms import AssignmentForm
from .states import LABELS, STATES

SAVED = _("Assignment saved.")


def _centres_or_refusal(request):
    if not request.user.is_authenticated:
        return None, training_access.login_redirect(request)
    centres = supervised_centres(request.user)
    if not centres.exists():
        return None, render(request, "training/reports/not_allowed.html", status=403)
    return centres, None


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _state_counts(items):
    counts = Counter(item.standing.state for item in items)
    return [(state, LABELS[state], counts[state]) for state in STATES]


@require_GET
@second_factor_required
def assignment_list(request):
    centres, refusal = _centres_or_refusal(request)
    if refusal:
        return refusal
    centre_ids = [centre.pk for centre in centres]
    assignments = selectors.assignments_of(centre_ids)
    items = selectors.standings(assignments, list(selectors.approved_staff(centre_ids)))
    by_assignment = {assignment.pk: [] for assignment in assignments}
    for item in items:
        by_assignment[item.assignment.pk].append(item)
    rows = [
        (assignment, _state_counts(by_assignment[assignment.pk]))
        for assignment in assignments
    ]
    context = {"rows": rows, "labels": [LABELS[state] for state in STATES]}
    return _private(render(request, "training/assignments/list.html", context))


def _editable(centres, pk):
    assignment = (
        Assignment.objects.filter(pk=pk, centre__in=centres)
        .select_related("centre")
        .first()
    )
    if assignment is None:
        raise Http404
    return assignment


@require_http_methods(["GET", "POST"])
@second_factor_required
def assignment_new(request):
    return _edit(request, None)


@require_http_methods(["GET", "POST"])
@second_factor_required
def assignment_edit(request, pk):
    return _edit(request, pk)


def _edit(request, pk):
    centres, refusal = _centres_or_refusal(request)
    if refusal:
        return refusal
    assignment = _editable(centres, pk) if pk else None
    if request.method == "GET":
        initial = AssignmentForm.initial_of(assignment) if assignment else None
        form = AssignmentForm(initial=initial, centres=centres)
    else:
        form = AssignmentForm(request.POST, centres=centres)
        if form.is_valid():
            try:
                if assignment is None:
                    assignment = services.assignment_create(
                        by=request.user, data=form.input()
                    )
                else:
                    services.assignment_update(
                        by=request.user, assignment=assignment, data=form.input()
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, SAVED)
                return redirect("assignments:detail", assignment.pk)
    response = render(
        request,
        "training/assignments/form.html",
        {"form": form, "assignment": assignment},
        status=400 if form.is_bound else 200,
    )
    return _private(response)


@require_GET
@second_factor_required
def assignment_detail(request, pk):
    centres, refusal = _centres_or_refusal(request)
    if refusal:
        return refusal
    assignment = _editable(centres, pk)
    assignment = next(
        a for a in selectors.assignments_of([assignment.centre_id]) if a.pk == pk
    )
    items = selectors.standings([assignment], selectors.covered_profiles(assignment))
    context = {
        "assignment": assignment,
        "items": items,
        "counts": _state_counts(items),
    }
    return _private(render(request, "training/assignments/detail.html", context))


@require_GET
def assignment_calendar(request, pk):
    """The signed-in person's due dates in one assignment, as an iCalendar file."""
    if not request.user.is_authenticated:
        return training_access.login_redirect(request)
    found = selectors.person_assignment(request.user, pk)
    if found is None:
        raise Http404
    assignment, items = found
    response = HttpResponse(
        calendar.assignment_calendar(request, assignment, items),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="training-{pk}.ics"'
    return _private(response)
