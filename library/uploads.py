"""What a document upload may be: a passive file of an allowed type and size.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE); this also checks that the file's first bytes are
those of its type, so that a page or a program renamed "guide.pdf" is refused,
and that an archive (DOCX and the like) does not unpack to far more than it
weighs: a "zip bomb" of one megabyte can unpack to gigabytes.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ZIP = (b"PK\x03\x04",)  # DOCX, XLSX, PPTX and ODT are zip archives
ARCHIVE_TYPES = {"docx", "xlsx", "pptx", "odt"}
# Office files unpack to 2 to 20 times their size; a long report with pictures
# to well under 100 MB, in at most a few hundred parts.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}

TOO_LARGE = _(
    "This file is too large (%(file_size)s). A file may be at most %(max_filesize)s."
)
TOO_LARGE_UNKNOWN_SIZE = _(
    "This file is too large. A file may be at most %(max_filesize)s."
)
MAXIMUM_SIZE = _("At most %(max_filesize)s.")


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def validate_signature(file):
    """Refuse a file whose contents are not of the type its name says."""
    signatures = SIGNATURES.get(extension_of(file.name))
    if signatures is None:
        return  # the extension check refuses it, with Wagtail's message
    position = file.tell()
    file.seek(0)
    start = file.read(16)
    file.seek(position)
    if not start.startswith(signatures):
        raise wrong_contents(file)


def wrong_contents(file):
    return ValidationError(
        _(
            "The contents of this file are not those of a .%(extension)s file. "
            "Upload the document itself (PDF, Word, Excel, PowerPoint, "
            "OpenDocument text or a picture)."
        ),
        code="invalid_contents",
        params={"extension": extension_of(file.name)},
    )


def unpacked_size(archive):
    """What an archive says its parts unpack to, in bytes. Python's zipfile never
    unpacks a part to more than its declared size, so this bounds what any
    reader of the archive gets."""
    return sum(member.file_size for member in archive.infolist())


def within_limits(archive, packed_size):
    """Whether an archive has few enough parts, and unpacks to little enough in
    all and for its size."""
    unpacked = unpacked_size(archive)
    return (
        len(archive.infolist()) <= MAX_MEMBERS
        and unpacked <= MAX_UNPACKED_BYTES
        and unpacked <= MAX_RATIO * max(packed_size, 1)
    )


def validate_archive(file):
    """Refuse an office file that is no archive, or one that unpacks to too much."""
    if extension_of(file.name) not in ARCHIVE_TYPES:
        return
    position = file.tell()
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            acceptable = within_limits(archive, file.size)
            unpacked = unpacked_size(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise wrong_contents(file) from error
    finally:
        file.seek(position)
    if not acceptable:
        raise ValidationError(
            _(
                "This file unpacks to %(unpacked_size)s from %(file_size)s, far more "
                "than a document does: it may be a “zip bomb”. Save it again from "
                "the program that made it, or upload it as a PDF."
            ),
            code="unpacks_too_large",
            params={
                "unpacked_size": filesizeformat(unpacked),
                "file_size": filesizeformat(file.size),
            },
        )
