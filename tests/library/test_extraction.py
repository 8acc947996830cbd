"""Text for the search index from PDF and DOCX files, in every script; a broken
file gives no text and a log line, never an error; a huge one, or one that
unpacks to gigabytes, is read within limits of bytes, pages and characters."""

import contextlib
import io
import logging
import tracemalloc
import zipfile

import pytest

from demo.content.library import ResourceFile
from demo.library import docx_bytes, pdf_bytes
from library import extraction
from library.extraction import document_text, extract_text

from .documents import long_docx, stored_document, zip_bomb_docx

TEXTS = {
    "en": ("Gatekeeping decision checklist", "Draw an ecomap of the family."),
    "id": ("Formulir kunjungan rumah", "Tanggal kunjungan berikutnya."),
    "vi": ("Hướng dẫn chuyển gửi trẻ tự kỷ", "Ít cử chỉ: không chỉ tay."),
    "ar": ("قائمة التحقق", "من قام بالإحالة؟"),
}


def made(kind, code):
    title, point = TEXTS[code]
    make = pdf_bytes if kind == "pdf" else docx_bytes
    return make(title, ResourceFile(code, kind, "Opening.", (point,)))


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_it_extracts_the_text_of_a_file(kind, code):
    text = extract_text(made(kind, code), kind)

    title, point = TEXTS[code]
    assert title in text
    assert point in text


def test_the_extension_may_be_in_capitals():
    assert "ecomap" in extract_text(made("pdf", "en"), "PDF")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n garbage that is no PDF", "pdf"),
        (b"", "pdf"),
        (b"PK\x03\x04 a broken archive", "docx"),
        (b"\x00\x01\x02", "docx"),
    ],
)
def test_a_broken_file_gives_no_text_and_a_log_line(caplog, data, kind):
    with caplog.at_level(logging.WARNING, logger="library.extraction"):
        assert extract_text(data, kind) == ""

    assert f"Could not read the text of a .{kind} file" in caplog.text


def test_a_truncated_pdf_gives_no_error():
    data = made("pdf", "en")

    assert isinstance(extract_text(data[: len(data) // 2], "pdf"), str)


@pytest.mark.parametrize("kind", ["xlsx", "png", "exe", ""])
def test_other_types_give_no_text(kind):
    assert extract_text(b"PK\x03\x04 anything", kind) == ""


def test_a_documents_text_is_read_from_storage(db, media_root):
    document = stored_document("Checklist (en)", "checklist.pdf", made("pdf", "en"))

    assert "Draw an ecomap of the family." in document_text(document)


def test_a_document_whose_file_is_gone_gives_no_text(db, media_root, caplog):
    document = stored_document("Checklist (en)", "checklist.pdf", made("pdf", "en"))
    document.file.storage.delete(document.file.name)

    assert document_text(document) == ""
    assert document_text(None) == ""


@contextlib.contextmanager
def counting_unpacked_bytes():
    """Counts the bytes unpacked from the parts of any zip archive meanwhile."""
    counted = {"bytes": 0}
    read = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        data = read(self, n)
        counted["bytes"] += len(data)
        return data

    zipfile.ZipExtFile.read = counting_read
    try:
        yield counted
    finally:
        zipfile.ZipExtFile.read = read


def text_part_size(data):
    return zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size


def test_a_zip_bomb_stored_before_uploads_were_checked_is_not_unpacked(caplog):
    bomb = zip_bomb_docx(16)

    with (
        caplog.at_level(logging.WARNING, logger="library.extraction"),
        counting_unpacked_bytes() as unpacked,
    ):
        assert extract_text(bomb, "docx") == ""

    assert unpacked["bytes"] == 0
    assert "Could not read the text of a .docx file" in caplog.text


def test_an_over_long_word_file_is_cut_at_the_character_limit():
    data = long_docx(4000)  # about 560,000 characters

    with counting_unpacked_bytes() as unpacked:
        text = extract_text(data, "docx")

    assert len(text) == extraction.MAX_CHARACTERS
    assert text.startswith("Paragraph 0: the worker visits the family")
    assert "Paragraph 3999:" not in text
    assert unpacked["bytes"] < text_part_size(data) / 2  # stopped with the text


def test_a_word_file_is_unpacked_up_to_the_byte_limit(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_CHARACTERS", 10_000_000)
    monkeypatch.setattr(extraction, "MAX_XML_BYTES", 100_000)
    data = long_docx(4000)

    with counting_unpacked_bytes() as unpacked:
        text = extract_text(data, "docx")

    assert unpacked["bytes"] <= 100_000
    assert text.startswith("Paragraph 0:")
    assert 0 < len(text) < 100_000


def test_the_memory_of_reading_a_long_word_file_stays_bounded(monkeypatch):
    """Python's allocations while reading: a stream, never the whole part (the
    2.4 MB part took 8 MB when python-docx read it)."""
    monkeypatch.setattr(extraction, "MAX_CHARACTERS", 10_000)
    data = long_docx(16_000)

    tracemalloc.start()
    try:
        text = extract_text(data, "docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert len(text) == 10_000
    assert peak < min(1024 * 1024, text_part_size(data) / 4)


def multi_page_pdf(pages):
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(io.BytesIO(made("pdf", "en"))).pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@pytest.fixture
def pages_read(monkeypatch):
    from pypdf import PageObject

    counted = {"pages": 0}
    extract = PageObject.extract_text

    def counting_extract(self, *args, **kwargs):
        counted["pages"] += 1
        return extract(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counting_extract)
    return counted


def test_a_pdf_is_read_up_to_the_page_limit(monkeypatch, pages_read):
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 3)

    text = extract_text(multi_page_pdf(8), "pdf")

    assert pages_read["pages"] == 3
    assert text.count("Draw an ecomap of the family.") == 3


def test_a_pdf_is_read_until_it_has_given_enough_text(monkeypatch, pages_read):
    monkeypatch.setattr(extraction, "MAX_CHARACTERS", 20)

    text = extract_text(multi_page_pdf(8), "pdf")

    assert pages_read["pages"] == 1
    assert len(text) == 20


def test_a_stored_file_over_the_byte_limit_is_not_read(
    db, media_root, monkeypatch, caplog
):
    data = made("pdf", "en")
    document = stored_document("Checklist (en)", "checklist.pdf", data)
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", len(data) - 1)

    with caplog.at_level(logging.WARNING, logger="library.extraction"):
        assert document_text(document) == ""

    assert "too large to read its text" in caplog.text


def test_the_cells_of_a_word_table_are_read():
    import docx

    document = docx.Document()
    document.add_paragraph("Referral contacts")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Service", "Telephone"
    table.cell(1, 0).text, table.cell(1, 1).text = "Hospital social work desk", "129"
    output = io.BytesIO()
    document.save(output)

    text = extract_text(output.getvalue(), "docx")

    assert text.split("\n") == [
        "Referral contacts",
        "Service",
        "Telephone",
        "Hospital social work desk",
        "129",
    ]
