"""Province names (old or new, with or without diacritics, aliases, codes) -> registry units.

The registry holds the 63 provinces in force until 30 June 2025 (geography ``pre2025``) and the 34 units in
force since 1 July 2025 (geography ``2025``), linked by the dated crosswalk of Resolution 202/2025/QH15.
All names come from data/reference/; nothing here hard-codes a province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from . import REFERENCE_DIR
from .errors import VnHealthError
from .textnorm import ascii_fold, match_form, nfc

GEOGRAPHIES = ("2025", "pre2025")
MERGER_DATE = "2025-07-01"
NATIONAL = "Việt Nam"
_PREFIXES = ("thanh pho ", "tinh ", "tp ")


@dataclass(frozen=True)
class Unit:
    """One provincial-level unit of one geography."""

    code: int
    name: str
    geography: str  # "2025" or "pre2025"
    region_id: str

    @property
    def key(self) -> str:
        """A stable identifier across geographies, e.g. ``2025-92`` or ``pre2025-93``."""
        return f"{self.geography}-{self.code}"


class Registry:
    """The province registry loaded from data/reference/ (validated on load)."""

    def __init__(self, reference_dir: Path = REFERENCE_DIR):
        from .validate import load_table

        self.reference_dir = Path(reference_dir)
        self.units_2025 = load_table("units_2025", reference_dir)
        self.provinces_pre2025 = load_table("provinces_pre2025", reference_dir)
        self.crosswalk = load_table("crosswalk_2025", reference_dir)
        self.aliases = load_table("aliases", reference_dir)
        self.regions = load_table("regions", reference_dir)
        self._units = {
            ("2025", int(r.code)): Unit(int(r.code), r.name, "2025", r.region_id) for r in self.units_2025.itertuples()
        } | {
            ("pre2025", int(r.code)): Unit(int(r.code), r.name, "pre2025", r.region_id)
            for r in self.provinces_pre2025.itertuples()
        }

    # --- lookups -------------------------------------------------------------------------------------------
    def unit(self, geography: str, code: int) -> Unit:
        """The unit with this code in this geography (KeyError if none)."""
        return self._units[(geography, int(code))]

    def units(self, geography: str) -> list[Unit]:
        """All units of one geography, by code."""
        return sorted((u for (g, _), u in self._units.items() if g == geography), key=lambda u: u.code)

    def successor(self, unit: Unit) -> Unit:
        """The 2025 unit that a pre-2025 province became part of (a 2025 unit is its own successor)."""
        if unit.geography == "2025":
            return unit
        return self.unit("2025", self._old_to_new[unit.code])

    @cached_property
    def _old_to_new(self) -> dict[int, int]:
        return {int(o): int(n) for o, n in zip(self.crosswalk.old_code, self.crosswalk.new_code)}

    def predecessors(self, unit: Unit) -> list[Unit]:
        """The pre-2025 provinces merged into a 2025 unit."""
        rows = self.crosswalk.loc[self.crosswalk.new_code == unit.code]
        return [self.unit("pre2025", int(c)) for c in rows.old_code]

    @cached_property
    def _surface_forms(self) -> dict[str, dict[str, int]]:
        """ASCII-folded name/alias -> {geography: code}."""
        forms: dict[str, dict[str, int]] = {}

        def add(text: str, geography: str, code: int) -> None:
            folded = ascii_fold(text)
            variants = {folded} | {folded[len(p):] for p in _PREFIXES if folded.startswith(p)}
            for v in variants:
                forms.setdefault(v, {}).setdefault(geography, int(code))

        for r in self.units_2025.itertuples():
            for text in (r.name, r.short_name, r.name_ascii):
                add(text, "2025", r.code)
        for r in self.provinces_pre2025.itertuples():
            for text in (r.name, r.name_ascii):
                add(text, "pre2025", r.code)
        for r in self.aliases.itertuples():
            add(r.alias, r.geography, r.code)
        return forms

    def resolve(self, query: str | int, geography: str | None = None) -> Unit:
        """Resolve a name, alias or code (old or new, any spelling) to a unit.

        With ``geography=None`` a name valid in both geographies resolves to the 2025 unit, a name that only
        existed before the merger to the pre-2025 province. Raises :class:`VnHealthError` naming the query and
        the closest registry names when nothing matches.
        """
        order = [geography] if geography else list(GEOGRAPHIES)
        text = str(query).strip()
        if re.fullmatch(r"\d{1,2}", text):
            for g in order:
                if (g, int(text)) in self._units:
                    return self._units[(g, int(text))]
        else:
            hits = self._surface_forms.get(ascii_fold(text), {})
            for g in order:
                if g in hits:
                    return self._units[(g, hits[g])]
        raise VnHealthError(
            f"unknown province {text!r}" + (f" in geography {geography}" if geography else ""),
            "closest registry names: " + ", ".join(self.suggest(text)) + " (names, codes and aliases are in "
            "data/reference/units_2025.csv, provinces_pre2025.csv and aliases.csv)",
        )

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """The registry names closest to `text` (for error messages)."""
        from rapidfuzz import fuzz, process

        names = {u.name for u in self._units.values()}
        choices = {n: ascii_fold(n) for n in names}
        found = process.extract(ascii_fold(text), choices, scorer=fuzz.WRatio, limit=limit)
        return [name for _, _, name in found]

    # --- mentions in running text --------------------------------------------------------------------------
    @cached_property
    def _mention_index(self) -> tuple[re.Pattern, dict[str, dict[str, int]]]:
        forms: dict[str, dict[str, int]] = {}

        def add(text: str, geography: str, code: int) -> None:
            key = match_form(nfc(text))
            forms.setdefault(key, {}).setdefault(geography, int(code))

        for r in self.units_2025.itertuples():
            add(r.name, "2025", r.code)
            add(r.short_name, "2025", r.code)
        for r in self.provinces_pre2025.itertuples():
            add(r.name, "pre2025", r.code)
        for r in self.aliases.itertuples():
            if re.search(r"[^\x00-\x7f]", r.alias) or r.alias.isupper() or "." in r.alias or "-" in r.alias:
                add(r.alias, r.geography, r.code)  # skip plain-ASCII spellings: too ambiguous in prose
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), forms

    @cached_property
    def old_only_forms(self) -> frozenset[str]:
        """Match forms that name a province only as it was before 2025 ("Thừa Thiên Huế", now "Thành phố Huế"),
        though the alias table lets them resolve on the 2025 map too."""
        def squeezed(text: str) -> str:
            return re.sub(r"[\s.\-–]+", "", match_form(nfc(text)))

        new = {match_form(nfc(n)) for r in self.units_2025.itertuples() for n in (r.name, r.short_name)}
        old = {match_form(nfc(r.name)) for r in self.provinces_pre2025.itertuples()} - new
        # spellings of those names ("Thừa Thiên - Huế"), not abbreviations shared by both maps ("TP.HCM")
        old_squeezed = {squeezed(n) for n in old}
        old |= {match_form(nfc(r.alias)) for r in self.aliases.itertuples() if squeezed(r.alias) in old_squeezed}
        return frozenset(old)

    def find_mentions(self, nfc_text: str, match_text: str) -> list[tuple[int, int, dict[str, int]]]:
        """Province mentions in a text: ``(start, end, {geography: code})``, capitalised as proper names."""
        pattern, forms = self._mention_index
        found = []
        for m in pattern.finditer(match_text):
            original = nfc_text[m.start():m.end()]
            words = [w for w in re.split(r"[\s.\-–]+", original) if w and w[0].isalpha()]
            if words and all(w[0].isupper() for w in words):
                found.append((m.start(), m.end(), forms[m.group(0)]))
        return found


@lru_cache(maxsize=4)
def load_registry(reference_dir: Path = REFERENCE_DIR) -> Registry:
    """The registry for `reference_dir`, loaded once per process."""
    return Registry(Path(reference_dir))
