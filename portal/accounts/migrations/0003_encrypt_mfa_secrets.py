"""Authenticator keys and recovery-code seeds saved before they were encrypted
(portal/security/mfa.py) are encrypted in place; reversing decrypts them."""

from cryptography.fernet import InvalidToken
from django.db import migrations

# Where allauth.mfa keeps its secrets in Authenticator.data.
SECRET_FIELDS = ("secret", "seed")


def _convert(apps, convert):
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.all():
        data = dict(authenticator.data)
        for field in SECRET_FIELDS:
            if field in data:
                data[field] = convert(data[field])
        if "migrated_codes" in data:
            data["migrated_codes"] = [convert(code) for code in data["migrated_codes"]]
        if data != authenticator.data:
            authenticator.data = data
            authenticator.save(update_fields=["data"])


def encrypt(apps, schema_editor):
    from portal.security.mfa import fernet

    box = fernet()

    def encrypted(value):
        try:
            box.decrypt(value.encode())
        except InvalidToken:
            return box.encrypt(value.encode()).decode()
        return value  # encrypted already

    _convert(apps, encrypted)


def decrypt(apps, schema_editor):
    from portal.security.mfa import fernet

    box = fernet()

    def decrypted(value):
        try:
            return box.decrypt(value.encode()).decode()
        except InvalidToken:
            return value  # in the clear already

    _convert(apps, decrypted)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_staff_profile"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt, decrypt)]
