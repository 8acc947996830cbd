"""Checks shared by the site's filters and forms: text a database can hold and
dates the calendar can count from, whatever arrives in an address."""

import datetime
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Stands for a value that no record can have (PostgreSQL refuses NUL in any
# string): a filter set to it is unknown and matches nothing.
UNUSABLE = "\ufffd"
FIRST_DAY = datetime.date(2000, 1, 1)
LAST_DAY = datetime.date(2100, 12, 31)
DATE_OUT_OF_RANGE = _("Enter a date from %(first)s to %(last)s.")


def is_usable_text(value):
    """Whether `value` holds no NUL or other control character."""
    return not any(unicodedata.category(char) == "Cc" for char in value)


def query_text(query, name, length):
    """`query[name]` cut to `length` characters, or UNUSABLE for a value with a
    control character in it; "" when absent."""
    value = query.get(name, "")[:length]
    return value if is_usable_text(value) else UNUSABLE


def validate_sensible_date(value):
    """Dates between FIRST_DAY and LAST_DAY: a day before or after one of them
    is still a date (the report counts to midnight after the last day)."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValidationError(
            DATE_OUT_OF_RANGE,
            code="date_range",
            params={"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
        )


class SensibleDateField(forms.DateField):
    """A day typed as YYYY-MM-DD (the format of a date input), from FIRST_DAY
    to LAST_DAY."""

    default_validators = [validate_sensible_date]

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault(
            "widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        )
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("min", FIRST_DAY.isoformat())
        self.widget.attrs.setdefault("max", LAST_DAY.isoformat())
