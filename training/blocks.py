from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.pages.blocks import CaptionedImageBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class VideoBlock(blocks.StructBlock):
    """A link to a video, with a transcript for those who cannot play it."""

    url = blocks.URLBlock(label=_("video address"))
    title = blocks.CharBlock(label=_("title"))
    transcript = blocks.TextBlock(
        required=False,
        label=_("transcript"),
        help_text=_("What is said in the video, for readers on a slow connection."),
    )

    class Meta:
        icon = "media"
        template = "training/blocks/video.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    situation = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("situation"))
    discussion = blocks.RichTextBlock(
        required=False,
        features=TEXT_FEATURES,
        label=_("discussion"),
        help_text=_("What a good practitioner would notice and do."),
    )

    class Meta:
        icon = "group"
        template = "training/blocks/case_study.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "tasks"
        template = "training/blocks/checklist.html"


class ReflectionBlock(blocks.StructBlock):
    """A "reflect on your practice" prompt; nothing the trainee writes is stored."""

    prompt = blocks.TextBlock(label=_("question to reflect on"))

    class Meta:
        icon = "help"
        label = _("reflect on your practice")
        template = "training/blocks/reflection.html"


class ToolBlock(blocks.StructBlock):
    """A form, template or guide the trainee downloads and uses at work."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "download"
        label = _("downloadable tool")
        template = "training/blocks/tool.html"


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=TEXT_FEATURES, label=_("text"))
    image = CaptionedImageBlock(label=_("image"))
    video = VideoBlock(label=_("video"))
    case_study = CaseStudyBlock(label=_("case study"))
    checklist = ChecklistBlock(label=_("checklist"))
    reflection = ReflectionBlock()
    tool = ToolBlock()
