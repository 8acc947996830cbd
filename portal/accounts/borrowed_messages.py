"""Messages of Django and allauth whose own catalogues lack our Vietnamese or
Arabic, marked here so that makemessages keeps our translations of them. They
are never shown from here: Django and allauth look them up by their text."""

from django.utils.translation import gettext_noop, ngettext_lazy

# django.contrib.auth.password_validation.MinimumLengthValidator (Django 5.2)
TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
)
# allauth.account.adapter.DefaultAccountAdapter.error_messages
PASSWORD_MISMATCH = gettext_noop("You must type the same password each time.")
