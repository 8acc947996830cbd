"""The account forms, labelled in the portal's words (allauth has no Vietnamese)."""

from allauth.account import forms as allauth_forms
from django import forms
from django.contrib.auth.hashers import make_password
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.centres.models import Centre
from portal.i18n.languages import language_codes, local_name

from .models import StaffProfile

LABELS = {
    "login": _("E-mail address or username"),
    "email": _("E-mail address"),
    "password": _("Password"),
    "oldpassword": _("Current password"),
    "password1": _("Password"),
    "password2": _("Password (again)"),
}


CHOOSE = _("Choose…")

# The longest address there can be (RFC 5321), as allauth stores it; a longer
# one would be cut without a word.
EMAIL_MAX_LENGTH = 254

# Invisible marks that turn the direction of the text after them: in a name they
# could make a list, a report or a certificate show something else.
BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def language_choices():
    """Each language under its own name, as a reader looks for it."""
    return [(code, local_name(code)) for code in language_codes()]


class PortalLabelsMixin:
    """Our labels, and placeholders that repeat them, on allauth's fields."""

    new_password_labels = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {**LABELS, **self.new_password_labels}
        for name, field in self.fields.items():
            if name in labels:
                field.label = labels[name]
                if "placeholder" in field.widget.attrs:
                    field.widget.attrs["placeholder"] = labels[name]
        if "password" in self.fields:
            self.fields["password"].help_text = ""


def length_limit(field, limit, message):
    """Refuse input longer than `limit` with `message` rather than cut it."""
    field.max_length = limit
    field.validators.append(MaxLengthValidator(limit, message=message))
    field.widget.attrs["maxlength"] = str(limit)


class PersonNameField(forms.CharField):
    """A person's name, without direction-control marks (often pasted along)."""

    def to_python(self, value):
        return super().to_python(value).translate(BIDI_CONTROLS).strip()


class SignInForm(PortalLabelsMixin, allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        length_limit(
            self.fields["login"],
            EMAIL_MAX_LENGTH,
            _("An e-mail address or username has at most %(limit_value)d characters."),
        )


class StaffSignupForm(PortalLabelsMixin, allauth_forms.SignupForm):
    full_name = PersonNameField(
        label=_("Full name"),
        max_length=150,
        help_text=StaffProfile._meta.get_field("full_name").help_text,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    # Nothing chosen beforehand: a person who skips the list is asked, not filed
    # under the first centre or role.
    centre = forms.ModelChoiceField(
        label=_("Centre"), queryset=Centre.objects.all(), empty_label=CHOOSE
    )
    job_role = forms.ChoiceField(
        label=_("Role"),
        choices=[("", CHOOSE), *StaffProfile._meta.get_field("job_role").choices],
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=language_choices,
        help_text=_(
            "Your e-mails and certificates will be in this language, and the site "
            "the first time you sign in."
        ),
    )

    field_order = [
        "full_name",
        "email",
        "password1",
        "password2",
        "centre",
        "job_role",
        "preferred_language",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = translation.get_language()
        length_limit(
            self.fields["email"],
            EMAIL_MAX_LENGTH,
            _("An e-mail address has at most %(limit_value)d characters."),
        )

    def try_save(self, request):
        if self.account_already_exists:
            # allauth creates nothing then, and answers at once: hash the
            # password all the same, so that the answer takes as long as for a
            # new account and does not tell that the address has one.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)

    def save(self, request):
        # The account and its profile exist together or not at all.
        with transaction.atomic():
            return super().save(request)

    def signup(self, request, user):
        """Called by allauth once the user is saved: the pending profile."""
        StaffProfile.objects.create(
            user=user,
            full_name=self.cleaned_data["full_name"],
            centre=self.cleaned_data["centre"],
            job_role=self.cleaned_data["job_role"],
            preferred_language=self.cleaned_data["preferred_language"],
        )


class PasswordResetForm(PortalLabelsMixin, allauth_forms.ResetPasswordForm):
    pass


class PasswordResetKeyForm(PortalLabelsMixin, allauth_forms.ResetPasswordKeyForm):
    new_password_labels = {
        "password1": _("New password"),
        "password2": _("New password (again)"),
    }


class PasswordChangeForm(PortalLabelsMixin, allauth_forms.ChangePasswordForm):
    new_password_labels = PasswordResetKeyForm.new_password_labels


class ProfileForm(forms.ModelForm):
    """What a person may change about themselves (their centre is for an admin)."""

    full_name = PersonNameField(
        label=_("Full name"),
        max_length=150,
        help_text=StaffSignupForm.base_fields["full_name"].help_text,
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=language_choices,
        help_text=StaffSignupForm.base_fields["preferred_language"].help_text,
    )

    class Meta:
        model = StaffProfile
        fields = ["full_name", "job_role", "preferred_language"]
        labels = {"job_role": _("Role")}


class RefusalForm(forms.Form):
    """Why a supervisor refuses a sign-up: the person reads it in the e-mail."""

    REASON_MAX_LENGTH = 1000

    reason = forms.CharField(
        label=_("Reason for refusing"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The person receives it by e-mail. For example: not on the staff list "
            "of this centre."
        ),
        error_messages={"required": _("Please give the reason for refusing.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        length_limit(
            self.fields["reason"],
            self.REASON_MAX_LENGTH,
            _("Please keep the reason to %(limit_value)d characters or fewer."),
        )
