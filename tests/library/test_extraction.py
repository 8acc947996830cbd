"""Text for the search index from PDF and DOCX files, in every script; a broken
file gives no text and a log line, never an error."""

import logging

import pytest

from library.extraction import document_text, extract_text
from portal.demo.content.library import ResourceFile
from portal.demo.library import docx_bytes, pdf_bytes

from .documents import stored_document

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
