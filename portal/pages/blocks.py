from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
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
        template = "pages/blocks/captioned_image.html"

    def bulk_to_python(self, values):
        """The page's pictures with all their renditions: two queries in all,
        however many pictures the page has."""
        values = super().bulk_to_python(values)
        images = [value["image"] for value in values if value["image"]]
        prefetch_related_objects(images, "renditions")
        return values
