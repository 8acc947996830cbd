from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from portal.pages.blocks import CaptionedImageBlock


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
