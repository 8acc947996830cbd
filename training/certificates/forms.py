from django import forms
from django.utils.translation import gettext_lazy as _

from . import codes

NOT_A_CODE = _(
    "A verification code has 12 letters and digits, such as 7KQ4-M2XD-9PAF. "
    "Check what you typed against the certificate."
)


class VerificationForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=codes.MAX_INPUT,
        error_messages={
            "required": _("Enter the verification code printed on the certificate."),
            "max_length": NOT_A_CODE,
            "null_characters_not_allowed": NOT_A_CODE,
        },
    )

    def clean_code(self):
        try:
            return codes.normalise(self.cleaned_data["code"])
        except codes.InvalidCode:
            raise forms.ValidationError(NOT_A_CODE, code="invalid") from None
