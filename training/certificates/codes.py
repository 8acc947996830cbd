"""Certificate verification codes: 12 characters of Crockford's base32.

Shown in groups of four ("7KQ4-M2XD-9PAF") and read back forgivingly: any case,
spaces and dashes, the letters people confuse with digits (O, I, L), fullwidth
and Arabic-Indic digits. 60 random bits: guessing a code is hopeless.
"""

import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
# Longer input is refused before it is read: nobody types a code this long.
MAX_INPUT = 64
LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
SEPARATORS = set(" -_.\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")


class InvalidCode(ValueError):
    """Text that cannot be a verification code."""


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code):
    """The code as printed: "7KQ4-M2XD-9PAF"."""
    return "-".join(code[start : start + GROUP] for start in range(0, LENGTH, GROUP))


def normalise(text):
    """The code someone typed, in its stored form; InvalidCode if it is not one."""
    if len(text) > MAX_INPUT:
        raise InvalidCode(text[:MAX_INPUT])
    characters = []
    for character in unicodedata.normalize("NFKC", text):
        if character in SEPARATORS:
            continue
        if character.isdecimal():  # ٣ or ३ typed on another keyboard
            character = str(unicodedata.decimal(character))
        characters.append(character)
    code = "".join(characters)
    # Checked before upper(), which turns some other letters into Latin ones.
    if not code.isascii():
        raise InvalidCode(text)
    code = code.upper().translate(LOOK_ALIKES)
    if len(code) != LENGTH or not set(code) <= set(ALPHABET):
        raise InvalidCode(text)
    return code
