from django.core.management.base import BaseCommand
from django.db.models import Exists, F, OuterRef
from wagtail.documents import get_document_model

from library.extraction import EXTRACTORS
from library.models import DocumentText
from library.services import document_text_extract


class Command(BaseCommand):
    help = (
        "Read the text of every PDF and Word file not read yet (files uploaded "
        "before texts were kept), for the search index; then rebuild the index."
    )

    def handle(self, *args, **options):
        read = DocumentText.objects.filter(
            document=OuterRef("pk"), file_name=F("document__file")
        )
        documents = get_document_model().objects.filter(~Exists(read))
        count = 0
        for document in documents.iterator():
            if document.file_extension.lower() in EXTRACTORS:
                document_text_extract(document=document)
                count += 1
        self.stdout.write(f"{count} files read.")
