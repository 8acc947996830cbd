"""Admin panels shared by the portal's page types."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

# Longer lists get a box that narrows them as the editor types.
FILTER_FROM = 8


class Checklist(forms.CheckboxSelectMultiple):
    """Checkboxes, with a filter box once the list is long (checklist.js)."""

    class Media:
        js = ["pages/js/checklist.js"]
        css = {"all": ["pages/css/checklist.css"]}

    def __init__(self, attrs=None, choices=()):
        attrs = {
            "data-checklist-filter": _("Find in the list"),
            "data-checklist-from": FILTER_FROM,
            **(attrs or {}),
        }
        super().__init__(attrs, choices)


class ChecklistPanel(FieldPanel):
    """A many-to-many field as a list of checkboxes: each choice is read, and
    ticked or unticked, with a tap or the keyboard; a multiple select wants
    Ctrl-click, which phones and screen-reader users do not have."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs.setdefault("widget", Checklist)
        super().__init__(field_name, *args, **kwargs)
