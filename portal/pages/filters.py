"""A listing's filters, read from its address with django-filter.

A value none of the lists offers (a centre that does not exist, a year in
letters, text with a NUL in it) makes the filter set invalid: the page says so
and lists nothing rather than guess, and nothing unusable reaches the database.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.functional import cached_property


class QueryChoiceField(forms.ChoiceField):
    """One of `choices`, the address's value cut to `max_length` first (and
    upper-cased for `upper`, as country codes are)."""

    def __init__(self, *, max_length, upper=False, **kwargs):
        self.max_length, self.upper = max_length, upper
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)[: self.max_length]
        return value.upper() if self.upper else value


class QueryDigitsField(forms.CharField):
    """ASCII digits (a year), the address's value cut to `max_length` first;
    kept as text, as the address and the lists write it."""

    def __init__(self, **kwargs):
        super().__init__(strip=False, **kwargs)

    def to_python(self, value):
        return super().to_python(value)[: self.max_length]

    def validate(self, value):
        super().validate(value)
        if value and not (value.isascii() and value.isdigit()):
            raise ValidationError(
                forms.IntegerField.default_error_messages["invalid"], code="invalid"
            )


class QueryChoiceFilter(django_filters.Filter):
    field_class = QueryChoiceField


class QueryDigitsFilter(django_filters.Filter):
    field_class = QueryDigitsField


class ListingFilterSet(django_filters.FilterSet):
    """Filters of a listing; `qs` is only to be read when `is_valid()`."""

    def offer(self, name, choices):
        """The (value, label) choices of filter `name`, read for this request."""
        self.filters[name].extra["choices"] = choices

    @cached_property
    def chosen(self):
        """Each filter's value as the lists write it; "" if absent or unknown."""
        self.is_valid()  # fills cleaned_data with the values that are valid
        cleaned = self.form.cleaned_data
        return {name: cleaned.get(name) or "" for name in self.filters}

    def as_query(self):
        """The chosen filters as a query string, for links that must keep them."""
        query = QueryDict(mutable=True)
        for name, value in self.chosen.items():
            if value:
                query[name] = value
        return query.urlencode()
