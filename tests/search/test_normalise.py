"""Text as the index compares it: what a reader may or may not type is written
one way, in every language."""

import unicodedata

import pytest

from portal.i18n.languages import LANGUAGE_TEXT
from portal.search.normalise import (
    fold,
    folding_table,
    for_stemmer,
    query_stems,
    stems,
    terms,
    words,
)


@pytest.mark.parametrize(
    "typed",
    ["أطفال", "إطفال", "آطفال", "ٱطفال", "اطفال"],
)
def test_every_hamza_form_of_alef_is_a_bare_alef(typed):
    assert fold(typed, "ar") == "اطفال"


def test_ta_marbuta_is_read_as_ha_and_alef_maqsura_as_ya():
    assert fold("مدرسة", "ar") == fold("مدرسه", "ar") == "مدرسه"
    assert fold("مستشفى", "ar") == fold("مستشفي", "ar") == "مستشفي"


def test_short_vowels_shadda_sukun_and_the_superscript_alef_are_dropped():
    assert fold("الأَطْفَالُ", "ar") == "الاطفال"
    assert fold("التَّدْرِيبِ", "ar") == "التدريب"
    assert fold("هٰذا", "ar") == "هذا"
    assert fold("حمايةٌ", "ar") == "حمايه"


def test_the_tatweel_stretching_a_word_is_dropped():
    assert fold("رعايـــة", "ar") == fold("رعاية", "ar")


def test_arabic_indic_digits_are_the_digits_a_year_is_filtered_by():
    assert fold("عام ٢٠٢٤", "ar") == "عام 2024"
    assert fold("۱۹۹۸", "ar") == "1998"


def test_latin_words_in_arabic_text_are_lower_case_and_keep_their_letters():
    assert fold("دليل UNICEF", "ar") == "دليل unicef"


def test_the_stemmer_gets_final_ta_marbuta_and_alef_maqsura_back():
    """A final ha or ya may be a ta marbuta or alef maqsura written plainly; the
    Snowball stemmer knows the proper letters, so it is given those."""
    assert for_stemmer("مدرسه مدرسة", "ar") == "مدرسة مدرسة"
    assert for_stemmer("مستشفي مستشفى", "ar") == "مستشفى مستشفى"
    # Inside a word the letters stay as folded.
    assert for_stemmer("الهيئة يهتم", "ar") == "الهيئة يهتم"


def test_arabic_written_any_way_has_the_same_stems():
    plain = stems("الأطفال في المدرسة", "ar")
    assert stems("الأَطْفَالُ فِي المَدْرَسَةِ", "ar") == plain
    assert stems("الاطفال في المدرسه", "ar") == plain
    assert plain == [fold(stem, "ar") for stem in plain]  # stored folded


def test_arabic_stop_words_are_not_required_in_a_match():
    assert query_stems("الأطفال في المدرسة", "ar") == query_stems(
        "الأطفال المدرسة", "ar"
    )
    assert len(query_stems("الأطفال في المدرسة", "ar")) == 2
    assert len(query_stems("التدريب على الإحالة", "ar")) == 2
    assert len(query_stems("العودة إلى الأسرة", "ar")) == 2


def test_vietnamese_is_read_without_its_tones_and_vowel_marks():
    assert fold("Trẻ em được bảo vệ", "vi") == "tre em duoc bao ve"
    assert fold("Người chăm sóc", "vi") == "nguoi cham soc"
    assert fold("ĐÀ NẴNG", "vi") == "da nang"


def test_vietnamese_typed_decomposed_folds_like_typed_composed():
    composed = "Hội nghị trường hợp"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed, "vi") == fold(composed, "vi") == "hoi nghi truong hop"


def test_vietnamese_stop_words_are_matched_folded():
    assert query_stems("bảo vệ của trẻ em", "vi") == ["bao", "ve", "tre", "em"]


def test_indonesian_and_english_are_only_lower_case():
    assert fold("PERLINDUNGAN Anak-Anak", "id") == "perlindungan anak-anak"
    assert fold("Café Kinship", "en") == "café kinship"
    assert folding_table("id") == folding_table("en") == {}


def test_indonesian_words_are_stemmed_and_stop_words_skipped():
    assert stems("Perlindungan anak-anak", "id") == ["lindung", "anak", "anak"]
    assert query_stems("perlindungan untuk anak", "id") == ["lindung", "anak"]


def test_english_words_are_stemmed_case_folded():
    assert stems("Protecting CHILDREN", "en") == ["protect", "children"]
    assert query_stems("how to protect the children", "en") == ["protect", "children"]


def test_words_are_folded_for_titles_as_typed():
    assert words("Đào tạo, cán bộ!", "vi") == ["dao", "tao", "can", "bo"]
    assert words("الإحالة: دليل", "ar") == ["الاحاله", "دليل"]


def test_terms_are_stems_between_spaces_for_the_sqlite_scorer():
    assert terms("Protecting children", "en") == " protect children "
    assert terms("", "en") == " "


def test_the_folding_table_covers_capitals_so_engines_folding_before_lower_case_agree():
    table = folding_table("vi")
    assert table["Ẻ"] == table["ẻ"] == "e"
    assert table["Đ"] == table["đ"] == "d"
    assert table["\u0301"] == ""  # a combining acute, as decomposed text has


def test_every_language_of_the_site_has_its_text_rules(settings):
    assert set(LANGUAGE_TEXT) == {code for code, _name in settings.LANGUAGES}
    for text in LANGUAGE_TEXT.values():
        # Stop words are compared with folded words: they must be folded too.
        assert all(fold(word, text.code) == word for word in text.stop_words)
