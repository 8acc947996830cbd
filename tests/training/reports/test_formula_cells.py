"""No cell of an exported file is run as a formula: not at the start of a
value, nor after a ";" (where Excel in Indonesian or Vietnamese cuts a CSV
line), a ",", a tab or a line end, nor with the fullwidth signs."""

import io

import openpyxl
import pytest

from training.models import LessonPage
from training.reports.exports import FORMULA_STARTS, safe_cell

from .conftest import lesson_done, make_staff, on
from .helpers import report_url


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t'=1"),
        ("\r=1", "'\r'=1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("Ana;=HYPERLINK(x)", "Ana;'=HYPERLINK(x)"),
        ("Ana,+1", "Ana,'+1"),
        ("Ana\t-1", "Ana\t'-1"),
        ("Ana\n@SUM(A1)", "Ana\n'@SUM(A1)"),
        ("Ana\r\n=1", "Ana\r\n'=1"),
        ("Ana;＝1", "Ana;'＝1"),
        ("=a;=b,=c", "'=a;'=b,'=c"),
    ],
)
def test_a_formula_start_anywhere_a_cell_may_begin_is_escaped(value, escaped):
    assert safe_cell(value) == escaped
    assert safe_cell(escaped) == escaped  # escaping twice changes nothing


@pytest.mark.parametrize(
    "value",
    [
        "Ana Wijaya",
        "ana.wijaya@example.org",
        "Nguyễn Văn-An",
        "تهيئة الأطفال لإعادة الإدماج",
        "2026-03-10 10:30",
        "Ana; =1",  # a space first: text, not a formula
        "",
    ],
)
def test_ordinary_text_is_left_alone(value):
    assert safe_cell(value) == value


def test_numbers_and_empty_cells_are_left_alone():
    assert safe_cell(-5) == -5
    assert safe_cell(None) is None


def cells_as_a_spreadsheet_cuts_them(body, separator):
    """The cells a spreadsheet that splits lines on `separator` would make of
    the raw file, ignoring quotes as Excel does for a separator it did not
    expect."""
    for line in body.splitlines():
        for cell in line.split(separator):
            yield cell.lstrip('"')


NAMES = ["Ana;=HYPERLINK(evil)", "Bao,@SUM(A1)", "Chi\t-3+4", "Dewi;＝1+1"]


@pytest.fixture
def formula_staff(centre, small_centre, lessons):
    for name in NAMES:
        lesson_done(make_staff(centre, name), lessons[0], on(2026, 3, 1))
    LessonPage.objects.filter(pk=lessons[0].pk).update(
        title="Referral;+1", title_en="Referral;+1"
    )


@pytest.mark.parametrize("view", ["detail_csv", "activity_csv"])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_no_cell_of_a_csv_starts_a_formula_however_it_is_split(
    supervisor_client, formula_staff, view, separator
):
    response = supervisor_client.get(report_url(view))
    body = b"".join(response.streaming_content).decode("utf-8-sig")

    assert "Ana;'=HYPERLINK(evil)" in body
    assert "Referral;'+1" in body or view == "detail_csv"
    cells = list(cells_as_a_spreadsheet_cuts_them(body, separator))
    assert cells
    assert not [cell for cell in cells if cell.startswith(tuple(FORMULA_STARTS))]


def test_the_xlsx_keeps_the_names_as_text(supervisor_client, formula_staff):
    """A workbook cell written as text is never run: it keeps the name as typed."""
    response = supervisor_client.get(report_url("detail_xlsx"))
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    names = {
        row[0].value: row[0].data_type
        for row in workbook.active.iter_rows(min_row=2)
        if row[0].value in NAMES
    }
    assert names == dict.fromkeys(NAMES, "s")
