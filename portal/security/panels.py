from wagtail.admin.panels import FieldPanel

from .case_data import CASE_DETAILS_WARNING


class CaseTextPanel(FieldPanel):
    """A free-text field where case details could be typed: it warns against them.

    A class rather than a `help_text` argument, because wagtail-modeltranslation
    rebuilds each language's panel from the class alone.
    """

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("help_text", CASE_DETAILS_WARNING)
        super().__init__(field_name, **kwargs)
