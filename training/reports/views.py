"""The supervisor report: a centre's staff by module, one module's people, and
the same as files. Who may see what is in `access`; the figures in `selectors`."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from portal.accounts.supervision import supervised_centres
from portal.security.two_factor import second_factor_required

from .. import access as training_access
from ..assignments import states as assignment_states
from ..selectors import live_modules
from . import access, exports, selectors
from . import cache as report_cache
from .chart import assignment_chart, completions_chart
from .forms import ReportFilterSet, ReportForm

PER_PAGE = 25
REPORT_TEMPLATE = "training/reports/report.html"
SUMMARY_TEMPLATE = "training/reports/components/summary.html"


@dataclass
class Request:
    """A report request that passed the checks: whose, which centre, which filters."""

    centres: list
    centre: object
    form: ReportForm
    scope: selectors.ReportScope

    def context(self, **extra):
        return {
            "centres": self.centres,
            "centre": self.centre,
            "form": self.form,
            "filter_query": self.form.query(),
            **extra,
        }

    def filename(self, kind, extension):
        today = timezone.localdate().isoformat()
        return f"{kind}-{self.centre.slug}-{today}.{extension}"


def allowed(request):
    """(the centres the person supervises, the one asked for), or the response
    that refuses them: sign in, 403 for a person who supervises no centre, 404
    for a centre they do not supervise."""
    if not request.user.is_authenticated:
        return training_access.login_redirect(request)
    centres = list(supervised_centres(request.user))
    if not centres:
        return render(request, "training/reports/not_allowed.html", status=403)
    return centres, access.chosen_centre(centres, request.GET.get("centre", ""))


def checked(request, centres=None, centre=None):
    """A Request, or the response that refuses it: `allowed`'s, or 400 with the
    form's messages for filters that make no sense."""
    if centres is None:
        answer = allowed(request)
        if isinstance(answer, HttpResponse):
            return answer
        centres, centre = answer
    modules = list(live_modules())
    filterset = ReportFilterSet(request.GET, modules=modules)
    if not filterset.is_valid():
        context = {"centres": centres, "centre": centre, "form": filterset.form}
        return render_summary(request, context, status=400)
    scope = selectors.ReportScope.build(centre, filterset.report_filters(), modules)
    return Request(centres, centre, filterset.form, scope)


def render_summary(request, context, status=200):
    summary = render_to_string(SUMMARY_TEMPLATE, context, request)
    return render_report(request, summary, status)


def render_report(request, summary, status=200):
    context = {"summary": mark_safe(summary)}  # noqa: S308 - our template's output
    return private(render(request, REPORT_TEMPLATE, context, status=status))


def private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@second_factor_required
def report(request):
    """The centre's staff by module, kept until what it shows changes
    (`cache`): read again unchanged, it costs a cache read."""
    answer = allowed(request)
    if isinstance(answer, HttpResponse):
        return answer
    kept = report_cache.kept(request, *answer)
    if kept is not None and kept.content is not None:
        return render_report(request, kept.content)
    checked_request = checked(request, *answer)
    if not isinstance(checked_request, Request):
        return checked_request
    scope = checked_request.scope
    rows = selectors.module_summary(scope)
    context = checked_request.context(
        rows=rows,
        chart=completions_chart(selectors.completions_by_month(scope)),
        assignment_chart=assignment_chart(selectors.assignment_totals(rows)),
        assignment_labels=list(assignment_states.LABELS.values()),
        filters=scope.filters,
    )
    summary = render_to_string(SUMMARY_TEMPLATE, context, request)
    if kept is not None:
        kept.keep(summary)
    return render_report(request, summary)


@require_GET
@second_factor_required
def module_report(request, module_id):
    checked_request = checked(request)
    if not isinstance(checked_request, Request):
        return checked_request
    scope = checked_request.scope
    module = next((m for m in scope.modules if m.pk == module_id), None)
    if module is None:  # not live, or not the module the filters chose
        raise Http404
    form = checked_request.form
    people = selectors.module_people(scope, module)
    counts = selectors.state_counts(people)
    paginator = Paginator(people.filter(state=form.chosen_state), PER_PAGE)
    paginator.count = counts[form.chosen_state]  # known already: no second count
    page = paginator.get_page(form.page_number)
    for person in page:
        person.assignment = scope.assigned.get((person.user_id, module.pk))
    context = checked_request.context(
        module=module,
        state=form.chosen_state,
        counts=counts,
        lessons_total=len(scope.lesson_ids[module.pk]),
        people=page,
        list_query=form.query(state=form.chosen_state),
    )
    return private(render(request, "training/reports/module_report.html", context))


@require_GET
@second_factor_required
def export_detail_csv(request):
    checked_request = checked(request)
    if not isinstance(checked_request, Request):
        return checked_request
    table = exports.DetailTable(checked_request.scope)
    filename = checked_request.filename("training-report", "csv")
    return private(exports.csv_response(table.header, table.rows(), filename))


@require_GET
@second_factor_required
def export_detail_xlsx(request):
    checked_request = checked(request)
    if not isinstance(checked_request, Request):
        return checked_request
    table = exports.DetailTable(checked_request.scope)
    filename = checked_request.filename("training-report", "xlsx")
    return private(exports.xlsx_response(table, filename))


@require_GET
@second_factor_required
def export_activity_csv(request):
    checked_request = checked(request)
    if not isinstance(checked_request, Request):
        return checked_request
    table = exports.ActivityTable(checked_request.scope)
    filename = checked_request.filename("lesson-activity", "csv")
    return private(exports.csv_response(table.header, table.rows(), filename))
