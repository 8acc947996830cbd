from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Topic(models.Model):
    """A subject readers follow across news, training and the library."""

    slug = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("Stays the same in every language; used in addresses."),
    )
    name = models.CharField(_("name"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name
