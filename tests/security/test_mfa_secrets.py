"""Authenticator keys and recovery-code seeds are stored encrypted: a copy of the
database (a backup) holds none of them in the clear, and signing in still works."""

import importlib

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import generate_totp_secret
from django.apps import apps
from django.db import connection

from portal.accounts.factories import PASSWORD
from portal.security.mfa import PortalMFAAdapter

from .two_factor import totp_code

migration = importlib.import_module(
    "portal.accounts.migrations.0003_encrypt_mfa_secrets"
)


def stored_rows():
    """The authenticators' data as the database holds it, read with plain SQL."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator")
        return " ".join(str(row[0]) for row in cursor.fetchall())


@pytest.fixture
def enrolled_editor(editor):
    EmailAddress.objects.create(
        user=editor, email=editor.email, verified=True, primary=True
    )
    return editor


def signs_in_with_code(client, user, code):
    client.post("/en/accounts/login/", {"login": user.username, "password": PASSWORD})
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    return client.session.get("_auth_user_id") == str(user.pk) and (
        response.status_code == 302
    )


def test_the_database_holds_no_secret_in_the_clear(client, enrolled_editor):
    codes = RecoveryCodes.activate(enrolled_editor)
    seed = PortalMFAAdapter().decrypt(codes.instance.data["seed"])

    rows = stored_rows()

    assert enrolled_editor.totp_secret not in rows
    assert seed not in rows
    assert signs_in_with_code(
        client, enrolled_editor, totp_code(enrolled_editor.totp_secret)
    )


def test_a_new_secret_key_for_them_keeps_the_old_one_readable(
    client, enrolled_editor, settings
):
    """MFA_ENCRYPTION_KEY lists the new key first and the old one after it."""
    settings.MFA_ENCRYPTION_KEYS = ["a-new-key-for-authenticators", settings.SECRET_KEY]

    assert signs_in_with_code(
        client, enrolled_editor, totp_code(enrolled_editor.totp_secret)
    )


def test_the_migration_encrypts_secrets_stored_before(client, enrolled_editor):
    Authenticator.objects.filter(user=enrolled_editor).delete()
    secret = generate_totp_secret()
    Authenticator.objects.create(
        user=enrolled_editor, type=Authenticator.Type.TOTP, data={"secret": secret}
    )
    assert secret in stored_rows()

    migration.encrypt(apps, None)
    migration.encrypt(apps, None)  # again: encrypted once, not twice

    assert secret not in stored_rows()
    assert signs_in_with_code(client, enrolled_editor, totp_code(secret))
    migration.decrypt(apps, None)
    assert Authenticator.objects.get(user=enrolled_editor).data["secret"] == secret
