from django.db import models
from django.utils.translation import gettext_lazy as _


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    POLICY = "policy", _("Policy")
    TRAINING_MATERIAL = "training_material", _("Training material")
    RESEARCH = "research", _("Research")
    FORM = "form", _("Form or template")
