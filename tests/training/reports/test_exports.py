"""The report as CSV and XLSX files, streamed."""

import csv
import io

import openpyxl
from django.utils import timezone, translation
from openpyxl.utils import get_column_letter

from training.models import LessonPage
from training.reports.exports import detail_header, safe_cell

from .conftest import make_staff
from .helpers import report_url


def read_csv(response):
    assert response.streaming
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_the_detail_csv_has_a_row_per_person_and_module(
    supervisor_client, small_centre
):
    response = supervisor_client.get(report_url("detail_csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="training-report-jambi-{today}.csv"'
    )
    header, *rows = read_csv(response)
    assert header == [
        "Name",
        "E-mail",
        "Role",
        "Preferred language",
        "Module",
        "State",
        "Lessons done",
        "Lessons in the module",
        "Attempts",
        "Best score (%)",
        "Completed at",
        "Assigned training",
        "Due date",
    ]
    assert len(rows) == 4 * 2  # Budi supervises: no rows
    by_key = {(row[0], row[4]): row for row in rows}
    gatekeeping = "Gatekeeping: care only when necessary"
    assert by_key[("Ana Wijaya", gatekeeping)] == [
        "Ana Wijaya",
        "ana.wijaya@example.org",
        "Social worker",
        "Bahasa Indonesia",
        gatekeeping,
        "Completed",
        "2",
        "2",
        "2",
        "100",
        "2026-03-10 10:30",
        "",
        "",
    ]
    assert by_key[("Chi Haddad", gatekeeping)][5:10] == [
        "In progress",
        "0",
        "2",
        "1",
        "30",
    ]
    assert by_key[("Dewi Lestari", gatekeeping)][5:] == [
        "Not started",
        "0",
        "2",
        "0",
        "",
        "",
        "",
        "",
    ]
    assert "Eko Pending" not in {row[0] for row in rows}
    assert "Far Away" not in {row[0] for row in rows}


def test_the_detail_csv_follows_the_filters(
    supervisor_client, small_centre, reintegration
):
    response = supervisor_client.get(
        report_url("detail_csv", module=reintegration.pk, role="counsellor")
    )
    _header, *rows = read_csv(response)
    assert [(row[0], row[4], row[5]) for row in rows] == [
        ("Bao Nguyen", "Preparing children for reintegration", "Completed")
    ]


def test_the_detail_csv_leaves_out_completions_outside_the_dates(
    supervisor_client, small_centre
):
    response = supervisor_client.get(
        report_url("detail_csv", completed_from="2026-05-01")
    )
    _header, *rows = read_csv(response)
    states = {(row[0], row[4][:4]): row[5] for row in rows}
    assert ("Ana Wijaya", "Gate") not in states  # completed in March
    assert states[("Bao Nguyen", "Prep")] == "Completed"
    assert len(rows) == 7  # four people in two modules, less Ana's


def test_the_files_speak_the_readers_language(supervisor_client, small_centre):
    response = supervisor_client.get(report_url("detail_csv", code="id"))
    header, *rows = read_csv(response)
    with translation.override("id"):
        assert header == [str(label) for label in detail_header()]
        completed, in_progress = translation.gettext("Completed"), "Sedang diikuti"
    assert completed == "Selesai"
    states = {(row[0], row[4]): row[5] for row in rows}
    # Module titles in Indonesian too.
    assert states[("Bao Nguyen", "Mempersiapkan anak untuk reintegrasi")] == completed
    assert states[("Ana Wijaya", "Mempersiapkan anak untuk reintegrasi")] == in_progress


def test_the_activity_csv_lists_every_lesson_done(supervisor_client, small_centre):
    response = supervisor_client.get(report_url("activity_csv"))
    assert response["Content-Disposition"].startswith(
        'attachment; filename="lesson-activity-jambi-'
    )
    header, *rows = read_csv(response)
    assert header == ["Name", "E-mail", "Module", "Lesson", "Completed at"]
    assert rows == [
        [
            "Ana Wijaya",
            "ana.wijaya@example.org",
            "Gatekeeping: care only when necessary",
            "Identification and referral",
            "2026-03-02 10:30",
        ],
        [
            "Ana Wijaya",
            "ana.wijaya@example.org",
            "Gatekeeping: care only when necessary",
            "Assessment before any placement",
            "2026-03-02 10:30",
        ],
        [
            "Ana Wijaya",
            "ana.wijaya@example.org",
            "Preparing children for reintegration",
            "Parents' meetings",
            "2026-04-01 10:30",
        ],
        [
            "Bao Nguyen",
            "bao.nguyen@example.org",
            "Gatekeeping: care only when necessary",
            "Identification and referral",
            "2026-04-03 10:30",
        ],
        [
            "Bao Nguyen",
            "bao.nguyen@example.org",
            "Preparing children for reintegration",
            "Parents' meetings",
            "2026-05-01 10:30",
        ],
    ]


def test_the_activity_csv_follows_module_and_dates(
    supervisor_client, small_centre, gatekeeping
):
    response = supervisor_client.get(
        report_url("activity_csv", module=gatekeeping.pk, completed_from="2026-04-01")
    )
    _header, *rows = read_csv(response)
    assert [(row[0], row[3]) for row in rows] == [
        ("Bao Nguyen", "Identification and referral")
    ]


def test_lesson_titles_in_the_readers_language_else_english(
    supervisor_client, small_centre, lessons
):
    LessonPage.objects.filter(pk=lessons[1].pk).update(title_ind="")
    response = supervisor_client.get(report_url("activity_csv", code="id"))
    _header, *rows = read_csv(response)
    assert [row[2:4] for row in rows[:2]] == [
        ["Gatekeeping: pengasuhan hanya bila perlu", "Identifikasi dan rujukan"],
        ["Gatekeeping: pengasuhan hanya bila perlu", "Assessment before any placement"],
    ]


def test_the_xlsx_holds_the_same_rows(supervisor_client, small_centre):
    response = supervisor_client.get(report_url("detail_xlsx"))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert "training-report-jambi-" in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][:6] == (
        "Name",
        "E-mail",
        "Role",
        "Preferred language",
        "Module",
        "State",
    )
    assert len(rows) == 1 + 4 * 2
    ana = next(row for row in rows if row[0] == "Ana Wijaya" and row[5] == "Completed")
    assert ana[6:10] == (2, 2, 2, 100)
    assert ana[10].isoformat(timespec="minutes") == "2026-03-10T10:30"
    dewi = next(row for row in rows if row[0] == "Dewi Lestari")
    assert dewi[9] is None and dewi[10] is None


def test_the_xlsx_in_arabic(supervisor_client, small_centre):
    response = supervisor_client.get(report_url("detail_xlsx", code="ar"))
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert "تهيئة الأطفال لإعادة الإدماج" in {row[4] for row in rows}
    assert "العربيّة" in {row[3] for row in rows}


def test_a_name_that_looks_like_a_formula_stays_text(
    supervisor_client, centre, small_centre
):
    make_staff(centre, "=HYPERLINK(evil)")
    _header, *rows = read_csv(supervisor_client.get(report_url("detail_csv")))
    assert "'=HYPERLINK(evil)" in {row[0] for row in rows}
    assert safe_cell("-1") == "'-1"
    assert safe_cell(5) == 5


def read_xlsx(response):
    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def column_widths(sheet):
    """{column letter: width}, for each column of the <col> ranges."""
    return {
        get_column_letter(number): dimension.width
        for dimension in sheet.column_dimensions.values()
        for number in range(dimension.min, dimension.max + 1)
    }


def test_the_xlsx_reads_as_a_table(supervisor_client, small_centre):
    """Header row frozen and filtering every row, columns as wide as their
    longest value (within limits), left to right in English."""
    sheet = read_xlsx(supervisor_client.get(report_url("detail_xlsx"))).active
    rows = list(sheet.iter_rows(values_only=True))

    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{len(rows)}"
    assert not sheet.sheet_view.rightToLeft
    widths = column_widths(sheet)
    assert set(widths) == set("ABCDEFGHIJKLM")
    assert widths["A"] >= len("Chi Haddad") + 1
    email = max(len(row[1]) for row in rows[1:])
    assert widths["B"] >= email + 1
    assert widths["K"] >= 16  # a date and time
    assert widths["L"] >= len("Assigned training") + 2
    assert all(width <= 50 for width in widths.values())
    assert len(set(widths.values())) > 3  # not one width for all


def test_the_xlsx_in_arabic_runs_right_to_left_with_singular_states(
    supervisor_client, small_centre
):
    sheet = read_xlsx(
        supervisor_client.get(report_url("detail_xlsx", code="ar"))
    ).active
    states = {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}

    assert sheet.sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:M")
    # One person's state: "مكتمل" (completed), not the report column's plural.
    assert states == {"مكتمل", "قيد الإنجاز", "لم يبدأ بعد"}


def test_the_states_in_the_files_are_one_person_s(supervisor_client, small_centre):
    for code, expected in [
        ("en", {"Completed", "In progress", "Not started"}),
        ("id", {"Selesai", "Sedang diikuti", "Belum mulai"}),
        ("vi", {"Đã hoàn thành", "Đang học", "Chưa bắt đầu"}),
    ]:
        _header, *rows = read_csv(
            supervisor_client.get(report_url("detail_csv", code=code))
        )
        assert {row[5] for row in rows} == expected, code
