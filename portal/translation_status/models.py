from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationSource(models.Model):
    """The English a translated field was last written or confirmed against."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=255)
    field_name = models.CharField(_("field name"), max_length=100)
    language = models.CharField(_("language"), max_length=10)
    source_hash = models.CharField(_("English source hash"), max_length=64)
    translation_hash = models.CharField(_("translation hash"), max_length=64)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name", "language"],
                name="unique_translation_source",
            )
        ]
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")

    def __str__(self):
        return f"{self.object_id}.{self.field_name} [{self.language}]"
