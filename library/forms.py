from wagtail.documents.forms import BaseDocumentForm

from .uploads import (
    MAXIMUM_SIZE,
    TOO_LARGE,
    TOO_LARGE_UNKNOWN_SIZE,
    validate_archive,
    validate_signature,
)


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), which also
    refuses files whose contents do not match their type and says so, and the
    size limit, in the editor's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and field.max_upload_size is not None:
            limit = {"max_filesize": field.max_upload_size_text}
            field.error_messages["file_too_large"] = TOO_LARGE
            field.error_messages["file_too_large_unknown_size"] = (
                TOO_LARGE_UNKNOWN_SIZE % limit
            )
            field.help_text = MAXIMUM_SIZE % limit

    def _post_clean(self):
        # Without an acceptable file, the model's extension check would only add
        # a second, confusing error about an empty file name.
        if not self.has_error("file"):
            super()._post_clean()

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            validate_signature(file)
            validate_archive(file)
        return file
