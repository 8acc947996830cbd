"""Verification codes: random, printed in groups, read back forgivingly."""

import pytest

from training.certificates import codes


def test_a_new_code_has_twelve_characters_of_crockford_base32():
    drawn = {codes.new_code() for _ in range(2000)}

    assert len(drawn) == 2000
    assert all(len(code) == 12 and set(code) <= set(codes.ALPHABET) for code in drawn)
    # No letter a reader could take for a digit, nor U.
    assert not set("ILOU") & set(codes.ALPHABET)
    assert len(codes.ALPHABET) == 32


def test_a_code_is_printed_in_groups_of_four():
    assert codes.grouped("7KQ4M2XD9PAF") == "7KQ4-M2XD-9PAF"


@pytest.mark.parametrize(
    "typed",
    [
        "7KQ4-M2XD-9PAF",
        "7kq4m2xd9paf",
        " 7KQ4 M2XD 9PAF ",
        "7KQ4–M2XD—9PAF",  # dashes a word processor makes
        "７ＫＱ４－Ｍ２ＸＤ－９ＰＡＦ",  # fullwidth
        "٧KQ٤-M٢XD-٩PAF",  # Arabic-Indic digits
    ],
)
def test_a_code_is_read_whatever_its_case_spacing_dashes_or_digits(typed):
    assert codes.normalise(typed) == "7KQ4M2XD9PAF"


def test_letters_taken_for_digits_are_read_as_the_digits():
    assert codes.normalise("7KQ4-M2XD-9PAO") == "7KQ4M2XD9PA0"
    assert codes.normalise("oooo-iiii-llll") == "000011111111"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7KQ4-M2XD-9PA",  # one character short
        "7KQ4-M2XD-9PAF-7",
        "7KQ4-M2XD-9PAU",  # U is not in the alphabet
        "7KQ4-M2XD-9PA🙂",
        "7KQ4-M2XD-9PA\x00",
        "7KQ4\x07M2XD\x1b9PAF",
        "7KQ4-M2XD-9PAF" + "0" * 10_000,
        "' OR 1=1; --",
        "7KQ4M2XD9PA\u0130",  # İ, which upper() and NFKC could turn into Latin
        "7KQ4M2XD9PAß",
    ],
)
def test_anything_else_is_not_a_code(typed):
    with pytest.raises(codes.InvalidCode):
        codes.normalise(typed)
