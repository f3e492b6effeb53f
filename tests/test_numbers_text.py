"""Vietnamese numerals and text normalisation."""

import unicodedata

import pytest

from vnhealth.errors import VnHealthError
from vnhealth.numbers import format_number, parse_number, parse_quantity
from vnhealth.textnorm import ascii_fold, canonical_tones, match_form, nfc, slugify


@pytest.mark.parametrize("text, value", [
    ("10,6", 10.6), ("9,32", 9.32), ("11.022", 11022), ("87.500", 87500), ("1.236.306", 1236306),
    ("94,09", 94.09), ("95", 95), ("9.32", 9.32), ("1.250,5", 1250.5), ("hai", 2), ("mười", 10),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("number, mult, value", [("8,8", "triệu", 8_800_000), ("1,25", "triệu", 1_250_000),
                                                 ("2", "nghìn", 2000), ("2,2", "triệu", 2_200_000)])
def test_parse_quantity(number, mult, value):
    assert parse_quantity(number, mult) == value


def test_parse_number_refuses_garbage():
    with pytest.raises(VnHealthError, match="not a Vietnamese number"):
        parse_number("12a")


def test_format_number_both_languages():
    assert format_number(11022, "vi") == "11.022"
    assert format_number(10.6, "vi") == "10,6"
    assert format_number(11022.5, "en") == "11,022.5"
    assert format_number(None) == "—" and format_number(float("nan")) == "—"


def test_tone_placement_is_unified_only_in_open_syllables():
    assert canonical_tones("Hoà Bình, Thanh Hoá, khoẻ, thuỷ") == "Hòa Bình, Thanh Hóa, khỏe, thủy"
    assert canonical_tones("kế hoạch, quý") == "kế hoạch, quý"


def test_match_form_keeps_length_and_blanks_markup():
    text = nfc("**Tỷ lệ** ![](img.png) <br> | 95% |")
    form = match_form(text)
    assert len(form) == len(text)
    assert "tỷ lệ" in form and "*" not in form and "<br>" not in form and "|" not in form


def test_nfd_and_nfc_read_the_same():
    nfd = unicodedata.normalize("NFD", "Hậu Giang có 9,32 bác sỹ/vạn dân")
    assert match_form(nfc(nfd)) == match_form("Hậu Giang có 9,32 bác sỹ/vạn dân")


def test_ascii_fold_and_slug():
    assert ascii_fold("Thừa Thiên - Huế") == "thua thien hue"
    assert ascii_fold("Đắk Lắk") == "dak lak"
    assert slugify("Thành phố Cần Thơ") == "thanh-pho-can-tho"
