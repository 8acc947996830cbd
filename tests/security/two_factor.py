"""Two-factor authentication in tests: enrol people and compute their codes."""

import base64
import hashlib
import hmac
import struct
import time

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import RequestFactory

from portal.security import two_factor

PERIOD = 30


def enrol(user):
    """Give `user` an authenticator app, as the admin requires; return its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret, at=None):
    """The six digits an authenticator app shows for `secret` (RFC 6238), computed
    here rather than by allauth so that the tests check allauth's arithmetic."""
    counter = int((time.time() if at is None else at) // PERIOD)
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**6:06d}"


def code_given(client, user):
    """Record in `client`'s session that `user` gave their code, as signing in
    with password and code does (tests/security sign in for real)."""
    session = client.session
    request = RequestFactory().get("/")
    request.session = session
    record_authentication(request, user, two_factor.MFA_METHOD, type="totp")
    session.save()
