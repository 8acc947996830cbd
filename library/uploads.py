"""What a document upload may be: a passive file of an allowed type and size.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE); this also checks that the file's first bytes are
those of its type, so that a page or a program renamed "guide.pdf" is refused.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ZIP = (b"PK\x03\x04",)  # DOCX, XLSX, PPTX and ODT are zip archives
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
        raise ValidationError(
            _(
                "The contents of this file are not those of a .%(extension)s file. "
                "Upload the document itself (PDF, Word, Excel, PowerPoint, "
                "OpenDocument text or a picture)."
            ),
            code="invalid_contents",
            params={"extension": extension_of(file.name)},
        )
