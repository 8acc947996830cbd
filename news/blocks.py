from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        help_text=_("Describe the picture for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        template = "news/blocks/captioned_image.html"

    def bulk_to_python(self, values):
        """The story's pictures with all their renditions: two queries in all,
        however many pictures the story has."""
        values = super().bulk_to_python(values)
        images = [value["image"] for value in values if value["image"]]
        prefetch_related_objects(images, "renditions")
        return values


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(required=False)
    page = blocks.PageChooserBlock(required=False, label=_("resource page"))
    label = blocks.CharBlock(label=_("link text"))

    class Meta:
        icon = "doc-full"
        template = "news/blocks/document_link.html"


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    # Shown as a link, not an embedded player: a player weighs megabytes on a
    # slow connection and loads from another site.
    video = EmbedBlock(
        label=_("embedded video"),
        help_text=_("Address of the video page."),
        template="news/blocks/video.html",
    )
    link = DocumentLinkBlock(label=_("link to a document or resource"))
    key_facts = blocks.ListBlock(
        blocks.CharBlock(), label=_("key facts"), icon="list-ul"
    )
