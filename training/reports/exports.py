"""The report as files: streamed CSV and a constant-memory XLSX.

Every translated word (headers, states, roles, titles) is read before the
response is returned: a streamed body is written after the view has finished,
when the request's language may no longer be active.
"""

import csv
import datetime
import re
import tempfile

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from portal.accounts.models import JobRole
from portal.i18n.languages import language_codes, local_name

from ..assignments import states as assignment_states
from . import selectors

# Spreadsheets run a cell that starts with one of these as a formula (the
# fullwidth forms too, which some spreadsheets read as the plain ones).
FORMULA_STARTS = "=+-@\t\r＝＋－＠"
# Where a spreadsheet may cut a cell in two: Excel set to Indonesian or
# Vietnamese splits a CSV on ";", others on "," or tabs, every one on line ends.
CELL_SEPARATORS = ";,\t\r\n"
_FORMULA_START = re.compile(
    f"(^|[{re.escape(CELL_SEPARATORS)}])(?=[{re.escape(FORMULA_STARTS)}])"
)


def safe_cell(value):
    """Text that no spreadsheet runs: a "'" before any formula start, at the
    beginning or right after a separator."""
    if isinstance(value, str):
        return _FORMULA_START.sub(r"\1'", value)
    return value


def local_time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def state_labels():
    # One person's state in one module; the report's columns of the same words
    # count people (in Arabic a plural).
    return {
        selectors.COMPLETED: pgettext("one person's state in a module", "Completed"),
        selectors.IN_PROGRESS: pgettext(
            "one person's state in a module", "In progress"
        ),
        selectors.NOT_STARTED: pgettext(
            "one person's state in a module", "Not started"
        ),
    }


def detail_header():
    return [
        _("Name"),
        _("E-mail"),
        _("Role"),
        _("Preferred language"),
        _("Module"),
        _("State"),
        _("Lessons done"),
        _("Lessons in the module"),
        _("Attempts"),
        _("Best score (%)"),
        _("Completed at"),
        _("Assigned training"),
        _("Due date"),
    ]


class DetailTable:
    """The report detail as rows of plain values in the current language."""

    def __init__(self, scope):
        self.scope = scope
        self.header = detail_header()
        self.states = state_labels()
        self.roles = {key: str(label) for key, label in JobRole.choices}
        self.languages = {code: local_name(code) for code in language_codes()}
        self.titles = {module.pk: str(module.title) for module in scope.modules}
        self.assignment_states = {
            state: str(label) for state, label in assignment_states.LABELS.items()
        }

    def rows(self):
        for row in selectors.detail_rows(self.scope):
            yield [
                row.full_name,
                row.email,
                self.roles.get(row.job_role, row.job_role),
                self.languages.get(row.language, row.language),
                self.titles[row.module.pk],
                self.states[row.state],
                row.lessons_done,
                row.lessons_total,
                row.attempts,
                row.best_score,
                row.completed_at,
                self.assignment_states.get(row.assignment and row.assignment.state, ""),
                row.assignment.due_on.isoformat() if row.assignment else "",
            ]


class ActivityTable:
    """Every lesson done, one row each: person, module, lesson, when."""

    def __init__(self, scope):
        self.scope = scope
        self.header = [
            _("Name"),
            _("E-mail"),
            _("Module"),
            _("Lesson"),
            _("Completed at"),
        ]
        self.titles = {module.pk: str(module.title) for module in scope.modules}
        # Built now, in the reader's language; read while the body streams.
        self.records = selectors.activity_rows(scope)

    def rows(self):
        for name, email, module_pk, lesson, completed_at in self.records:
            yield [
                name,
                email,
                self.titles[module_pk],
                lesson,
                local_time(completed_at),
            ]


class Echo:
    """A file that hands back what is written: csv.writer's line as a value."""

    def write(self, value):
        return value


def csv_cell(value):
    if isinstance(value, datetime.datetime):
        return local_time(value)
    return safe_cell(value)


def csv_lines(header, rows):
    """The lines of a CSV file; every cell, the header's too, made safe here:
    whatever a table holds, no cell of the file is run as a formula."""
    writer = csv.writer(Echo())
    # The mark tells spreadsheets the file is UTF-8.
    yield "\ufeff" + writer.writerow([csv_cell(value) for value in header])
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


def csv_response(header, rows, filename):
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Column widths in characters: at least the header's, at most this.
XLSX_MAX_WIDTH = 50
XLSX_DATETIME_WIDTH = 16


def xlsx_response(table, filename):
    """The detail as a workbook, written row by row (xlsxwriter's constant-memory
    mode) into a temporary file that the response streams and then removes.

    The sheet reads as a table: its header row stays in view and filters, each
    column as wide as its longest value, right to left in Arabic.
    """
    file = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    workbook = xlsxwriter.Workbook(
        file, {"constant_memory": True, "remove_timezone": True}
    )
    sheet = workbook.add_worksheet(_("Training")[:31])
    if translation.get_language_bidi():
        sheet.right_to_left()
    bold = workbook.add_format({"bold": True})
    when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, table.header, bold)
    widths = [len(str(title)) + 2 for title in table.header]  # room for the filter
    number = 0
    for number, row in enumerate(table.rows(), start=1):
        for column, value in enumerate(row):
            if isinstance(value, str):
                sheet.write_string(number, column, value)
                width = len(value)
            elif isinstance(value, datetime.datetime):
                sheet.write_datetime(number, column, timezone.localtime(value), when)
                width = XLSX_DATETIME_WIDTH
            elif value is not None:
                sheet.write_number(number, column, value)
                width = len(str(value))
            else:
                continue
            widths[column] = max(widths[column], width)
    # Kept by xlsxwriter and written when the workbook closes, after the rows.
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(width + 1, XLSX_MAX_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, number, len(table.header) - 1)
    workbook.close()
    file.seek(0)
    return FileResponse(
        file,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
