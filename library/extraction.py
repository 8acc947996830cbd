"""Plain text from the files of the library, for the search index.

A broken or unexpected file gives "" and a log line: a bad upload must never stop
a page from being indexed or published. Every read is bounded, whatever a file
claims: the bytes read from storage, the pages of a PDF, the bytes unpacked from
a DOCX (read as a stream, never whole) and the characters kept.
"""

import io
import itertools
import logging
import re
import zipfile

from .uploads import within_limits

logger = logging.getLogger(__name__)

# A file's text beyond this is left out of the index: a long report is found by
# its opening chapters, and one huge file must not bloat every search.
MAX_CHARACTERS = 200_000
MAX_FILE_BYTES = 25 * 1024 * 1024  # uploads are limited to 20 MB
MAX_PDF_PAGES = 300
MAX_XML_BYTES = 16 * 1024 * 1024  # of a DOCX's text part, as unpacked
SPACES = re.compile(r"[^\S\n]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class TooLarge(ValueError):
    """A file beyond the limits: no text is read from it."""


class CappedReader:
    """A file object that ends after `limit` bytes, however long the file is."""

    def __init__(self, file, limit):
        self.file, self.left = file, limit

    def read(self, size=-1):
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.file.read(size) if size > 0 else b""
        self.left -= len(data)
        return data


def text_from_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    texts, kept = [], 0
    for page in itertools.islice(reader.pages, MAX_PDF_PAGES):
        texts.append(page.extract_text() or "")
        kept += len(texts[-1])
        if kept >= MAX_CHARACTERS:
            break
    return "\n".join(texts)


def text_from_docx(data: bytes) -> str:
    """The paragraphs of a Word file (tables' cells too), read as a stream.

    python-docx reads every part of the archive whole, and builds the tree of
    the document in memory: a small file can unpack to gigabytes.
    """
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if not within_limits(archive, len(data)):
            raise TooLarge("the archive unpacks to too much")
        with archive.open("word/document.xml") as part:
            lines, words, kept = [], [], 0
            events = etree.iterparse(
                CappedReader(part, MAX_XML_BYTES),
                events=("end",),
                tag=(f"{WORD}t", f"{WORD}tab", f"{WORD}p"),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
            )
            try:
                for _event, element in events:
                    if element.tag == f"{WORD}p":
                        lines.append("".join(words))
                        kept += len(lines[-1])
                        words = []
                        element.clear()
                        if kept >= MAX_CHARACTERS:
                            break
                    elif element.tag == f"{WORD}tab":
                        words.append("\t")
                    else:
                        words.append(element.text or "")
            except etree.XMLSyntaxError:
                if not lines:
                    raise
                # Cut off at MAX_XML_BYTES: the text up to there is kept.
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
    except Exception:  # pypdf, zipfile and lxml raise many kinds on bad input
        logger.warning(
            "Could not read the text of a .%s file", extension, exc_info=True
        )
        return ""
    return tidy(text[: MAX_CHARACTERS * 2])[:MAX_CHARACTERS]


def document_text(document) -> str:
    """The text of a Wagtail document's file; "" if it cannot be read."""
    if document is None or not extractable(document.file_extension):
        return ""
    try:
        with document.open_file() as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError):  # ValueError: a file gone from storage
        logger.warning("Could not read document %s", document.pk, exc_info=True)
        return ""
    if len(data) > MAX_FILE_BYTES:
        logger.warning("Document %s is too large to read its text", document.pk)
        return ""
    return extract_text(data, document.file_extension)


def tidy(text: str) -> str:
    text = SPACES.sub(" ", text.replace("\x00", ""))
    return BLANK_LINES.sub("\n", text).strip()
