"""Vietnamese numerals -> floats: ``10,6`` -> 10.6, ``11.022`` -> 11022, ``8,8 triệu`` -> 8_800_000, ``hai`` -> 2."""

from __future__ import annotations

import re

from .errors import VnHealthError

#: A written number as Vietnamese sources print it. Thousands are grouped with dots, decimals use a comma;
#: an English-style decimal point ("9.32") is accepted only with one or two decimals (three would be thousands),
#: and English-style thousands with several comma groups ("2,315,600") are unambiguous. (A single group, "3,926",
#: reads as a decimal here; the extractor reads it as thousands where the figure is a count, see
#: :func:`english_thousands`.)
NUMBER_PATTERN = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+"

MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

#: Number words common in reports ("hai bệnh viện", "mười trạm y tế"). "năm" is left out: it is also "year".
NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}

_NUMBER_RE = re.compile(rf"^(?:{NUMBER_PATTERN})$")


def parse_number(text: str) -> float:
    """Parse one Vietnamese-formatted number.

    >>> parse_number("10,6"), parse_number("11.022"), parse_number("1.236.306"), parse_number("9.32")
    (10.6, 11022.0, 1236306.0, 9.32)
    >>> parse_number("2,315,600")
    2315600.0
    """
    token = text.strip()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    if not _NUMBER_RE.match(token):
        raise VnHealthError(f"not a Vietnamese number: {text!r}", "write numbers like 10,6 or 11.022")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return float(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", token):
        return float(token.replace(",", ""))
    return float(token.replace(",", "."))


def english_thousands(text: str) -> float | None:
    """``"3,926"`` -> 3926.0: a number written with one comma followed by exactly three digits, read as English
    thousands. Only where the figure must be a whole number (a count of beds, stations, visits): there "3,926"
    cannot be the decimal 3.926. None for any other form (``"94,6"``, ``"3,9265"``).

    >>> english_thousands("3,926"), english_thousands("94,6")
    (3926.0, None)
    """
    token = text.strip()
    if re.fullmatch(r"\d{1,3},\d{3}", token):
        return float(token.replace(",", ""))
    return None


def parse_quantity(number: str, multiplier: str | None = None) -> float:
    """Parse a number with an optional scale word: ``parse_quantity("8,8", "triệu") == 8_800_000``."""
    value = parse_number(number)
    if multiplier:
        value *= MULTIPLIERS[multiplier.lower()]
    return round(value, 6)


def format_number(value: float | None, lang: str = "en", decimals: int | None = None) -> str:
    """Format a number for prose: English ``11,022.5`` or Vietnamese ``11.022,5``; missing -> ``—``."""
    if value is None or value != value:  # None or NaN
        return "—"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (2 if abs(value) < 100 else 1)
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
