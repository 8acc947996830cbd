"""Plain text from the files of the library, for the search index.

A broken or unexpected file gives "" and a log line: a bad upload must never stop
a page from being indexed or published.
"""

import io
import logging
import re

logger = logging.getLogger(__name__)

# A file's text beyond this is left out of the index: a long report is found by
# its opening chapters, and one huge file must not bloat every search.
MAX_CHARACTERS = 200_000
SPACES = re.compile(r"[^\S\n]+")
BLANK_LINES = re.compile(r"\n\s*\n+")


def text_from_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def text_from_docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


EXTRACTORS = {"pdf": text_from_pdf, "docx": text_from_docx}


def extractable(extension: str) -> bool:
    return extension.lower() in EXTRACTORS


def extract_text(data: bytes, extension: str) -> str:
    """The text of a PDF or DOCX file's bytes; "" for other types and broken files."""
    extractor = EXTRACTORS.get(extension.lower())
    if extractor is None:
        return ""
    try:
        text = extractor(data)
    except Exception:  # pypdf and python-docx raise many kinds on bad input
        logger.warning(
            "Could not read the text of a .%s file", extension, exc_info=True
        )
        return ""
    return tidy(text)[:MAX_CHARACTERS]


def document_text(document) -> str:
    """The text of a Wagtail document's file; "" if it cannot be read."""
    if document is None or not extractable(document.file_extension):
        return ""
    try:
        with document.open_file() as file:
            data = file.read()
    except OSError:
        logger.warning("Could not read document %s", document.pk, exc_info=True)
        return ""
    return extract_text(data, document.file_extension)


def tidy(text: str) -> str:
    text = SPACES.sub(" ", text.replace("\x00", ""))
    return BLANK_LINES.sub("\n", text).strip()
