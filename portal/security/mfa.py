"""allauth.mfa's secrets at rest: encrypted, so that a database copy (a backup)
holds no authenticator key or recovery-code seed in the clear."""

import base64
import hashlib

from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.utils.translation import gettext_noop

from . import two_factor


def fernet():
    """Fernet keyed from MFA_ENCRYPTION_KEYS (newest first, to rotate), else from
    SECRET_KEY."""
    keys = settings.MFA_ENCRYPTION_KEYS or [settings.SECRET_KEY]
    return MultiFernet([Fernet(_fernet_key(key)) for key in keys])


def _fernet_key(secret):
    # Fernet wants 32 url-safe base64 bytes; any secret string is hashed to them.
    digest = hashlib.sha256(f"portal.mfa:{secret}".encode()).digest()
    return base64.urlsafe_b64encode(digest)


class PortalMFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text):
        return fernet().encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text):
        return fernet().decrypt(encrypted_text.encode()).decode()

    def can_delete_authenticator(self, authenticator):
        # Whoever must use a second factor keeps one (two_factor.required).
        return not two_factor.required(authenticator.user)


# allauth ships no Vietnamese catalogue: the labels of its two-factor forms are
# listed here so that the portal's catalogues translate them.
ALLAUTH_FORM_LABELS = (gettext_noop("Code"), gettext_noop("Authenticator code"))
