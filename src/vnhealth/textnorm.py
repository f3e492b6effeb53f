"""Raw Vietnamese text -> normalised forms used for matching (NFC, tone placement, case, markup, ASCII).

Every function that returns a "match form" preserves the length of its NFC input, so an offset found in the
match form is the same offset in the NFC text, and quotes are cut from the NFC text exactly.
"""

from __future__ import annotations

import re
import unicodedata

# Old ("Hoà", "Thuỷ") vs new ("Hòa", "Thủy") tone placement. Both are two code points in NFC, so mapping one
# onto the other keeps offsets. Canonical form here: the mark on the first vowel ("òa", "úy").
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}


def _build_tone_map() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for mark in _TONES:
        for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y")):
            for lower_second in (second, second.lower()):
                old = first + unicodedata.normalize("NFC", lower_second + mark)
                new = unicodedata.normalize("NFC", first + mark) + lower_second
                if len(old) == 2 and len(new) == 2:
                    mapping[old] = new
    return mapping


_TONE_MAP = _build_tone_map()
# Only open syllables move the mark ("hoà" -> "hòa"); "hoạch", "khuya" and "quý" are left alone.
_TONE_RE = re.compile(r"(?<![qQ])(?:" + "|".join(map(re.escape, _TONE_MAP)) + r")(?!\w)")

# Markup seen in scraped articles: images, links, emphasis, HTML tags and entities, table pipes.
_MARKUP_RE = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # ![alt](src)
    r"|\]\([^)\n]*\)"  # the (url) of [text](url)
    r"|<[^>\n]{1,200}>"  # <br>, <b>, <script ...>
    r"|&(?:nbsp|amp|lt|gt|quot|#\d+);"
    r"|\*\*|__|(?<!\w)\*(?!\s)|[|\[\]`#>]"
    r"|[\u2500-\u257f]"  # box drawing: "│ 1 │ Tỷ lệ ... │", "├────┼────┤"
)


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC (what sources are read as, whatever form they were written in)."""
    return unicodedata.normalize("NFC", text)


def canonical_tones(text: str) -> str:
    """Map old tone placement ("Hoà", "Thuỷ") onto the new one ("Hòa", "Thủy"); same length."""
    return _TONE_RE.sub(lambda m: _TONE_MAP[m.group(0)], text)


def lower_keep_length(text: str) -> str:
    """Lower-case `text` character by character, never changing its length."""
    lowered = text.lower()
    if len(lowered) == len(text):  # the usual case: one pass in C
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def strip_markup(text: str) -> str:
    """Blank out HTML / Markdown markup with spaces of the same length (offsets survive)."""
    return _MARKUP_RE.sub(lambda m: " " * len(m.group(0)), text)


def match_form(nfc_text: str) -> str:
    """The form rules are matched on: markup blanked, tones canonical, lower case. Same length as input."""
    out = lower_keep_length(canonical_tones(strip_markup(nfc_text)))
    assert len(out) == len(nfc_text)
    return out


def ascii_fold(text: str) -> str:
    """Vietnamese -> plain ASCII lower case: diacritics removed, đ -> d, punctuation and spaces collapsed.

    >>> ascii_fold("Thừa Thiên - Huế")
    'thua thien hue'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", stripped.lower()).strip()


def slugify(text: str) -> str:
    """A file-name-safe slug: ``"Thành phố Cần Thơ"`` -> ``"thanh-pho-can-tho"``."""
    return ascii_fold(text).replace(" ", "-") or "unnamed"
