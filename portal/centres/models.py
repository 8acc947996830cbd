from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class Country(models.TextChoices):
    """Countries where the portal's centres work (ISO 3166-1 alpha-2)."""

    INDONESIA = "ID", _("Indonesia")
    VIETNAM = "VN", _("Vietnam")
    UGANDA = "UG", _("Uganda")
    KENYA = "KE", _("Kenya")
    TANZANIA = "TZ", _("Tanzania")
    RWANDA = "RW", _("Rwanda")
    SYRIA = "SY", _("Syria")
    JORDAN = "JO", _("Jordan")
    LEBANON = "LB", _("Lebanon")
    IRAQ = "IQ", _("Iraq")
    EGYPT = "EG", _("Egypt")
    YEMEN = "YE", _("Yemen")


class Centre(models.Model):
    """A children's centre or social-affairs office: publishes news, trains staff."""

    class Kind(models.TextChoices):
        CHILDRENS_CENTRE = "childrens_centre", _("Children's centre")
        REHABILITATION_CENTRE = (
            "rehabilitation_centre",
            _("Children's social rehabilitation centre"),
        )
        SOCIAL_AFFAIRS_OFFICE = "social_affairs_office", _("Social-affairs office")
        SPECIALISED_INSTITUTE = "specialised_institute", _("Specialised institute")
        NGO = "ngo", _("Non-governmental organisation")

    slug = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("Stays the same in every language; used in addresses."),
    )
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    place = models.CharField(_("province or city"), max_length=120, blank=True)
    kind = models.CharField(_("kind of centre"), max_length=32, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("place"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name
