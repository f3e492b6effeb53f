"""Figures + national norms -> assessments (which target applies, the gap, met or not), direction-aware."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import REFERENCE_DIR
from .errors import VnHealthError
from .validate import load_table

_COMPARE = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt}

#: Status values, in the order the book shows them.
MET, NOT_MET, NO_NORM, NO_DATA = "met", "not met", "no norm", "no data"
STATUSES = (MET, NOT_MET, NO_NORM, NO_DATA)


@dataclass(frozen=True)
class Reference:
    """The reference tables the assessment needs, validated."""

    norms: pd.DataFrame
    norm_sets: pd.DataFrame
    indicators: pd.DataFrame
    national: pd.DataFrame
    other_indicators: pd.DataFrame


@lru_cache(maxsize=2)
def load_reference(reference_dir: Path = REFERENCE_DIR) -> Reference:
    """Load norms, norm sets, indicators and national actuals from data/reference/."""
    return Reference(
        load_table("norms", reference_dir),
        load_table("norm_sets", reference_dir),
        load_table("indicators", reference_dir),
        load_table("national_actuals", reference_dir),
        load_table("other_indicators", reference_dir),
    )


def check_norm_set(norm_set: str, ref: Reference | None = None) -> str:
    """Return `norm_set` if known, else raise naming it and listing the known ids."""
    ref = ref or load_reference()
    known = list(ref.norm_sets.norm_set)
    if norm_set not in known:
        raise VnHealthError(f"unknown norm set {norm_set!r}", f"use one of: {', '.join(known)}")
    return norm_set


def pick_norm(norms: pd.DataFrame, norm_set: str, indicator: str, year: int | None) -> pd.Series | None:
    """The target of `norm_set` that applies to a figure of `year`.

    The rule: the first target year on or after the figure's year (a 2023 figure is measured against the
    2025 target). Targets expire: a figure later than every target year of the set has no norm in it (a
    2025 figure is not measured against the 2024 plan). A figure without a year is measured against the
    earliest target, and the book says the year was not stated.
    """
    rows = norms[(norms.norm_set == norm_set) & (norms.indicator == indicator)].sort_values("target_year")
    if rows.empty:
        return None
    if year is None or pd.isna(year):
        return rows.iloc[0]
    later = rows[rows.target_year >= int(year)]
    return later.iloc[0] if len(later) else None


def meets(value: float, comparator: str, target: float) -> bool:
    """Whether `value` satisfies ``value <comparator> target`` (the norm's own comparator)."""
    return bool(_COMPARE[comparator](value, target))


def national_value(national: pd.DataFrame, indicator: str, year: int | None) -> pd.Series | None:
    """The preferred national value of the same year, or None."""
    if year is None or pd.isna(year):
        return None
    rows = national[(national.indicator == indicator) & (national.year == int(year)) & national.preferred]
    return rows.iloc[0] if len(rows) else None


def assess(figures: pd.DataFrame, norm_set: str, ref: Reference | None = None) -> pd.DataFrame:
    """Add the applicable norm, gap and status of `norm_set` to every figure, and the national value.

    ``gap`` is value minus target in the indicator's unit (negative = below target for higher-is-better
    indicators). A target figure (a province's plan) is assessed the same way: does the plan reach the norm?
    """
    ref = ref or load_reference()
    check_norm_set(norm_set, ref)
    out = figures.copy()
    cols = {k: [] for k in ("norm_target", "norm_comparator", "norm_year", "norm_citation", "gap", "status",
                            "national_value", "national_source")}
    for row in out.itertuples():
        norm = pick_norm(ref.norms, norm_set, row.indicator, row.year)
        if norm is None:
            for k, v in (("norm_target", pd.NA), ("norm_comparator", ""), ("norm_year", pd.NA),
                         ("norm_citation", ""), ("gap", pd.NA), ("status", NO_NORM)):
                cols[k].append(v)
        else:
            cols["norm_target"].append(float(norm.target))
            cols["norm_comparator"].append(norm.comparator)
            cols["norm_year"].append(int(norm.target_year))
            cols["norm_citation"].append(norm.citation)
            cols["gap"].append(round(float(row.value) - float(norm.target), 6))
            cols["status"].append(MET if meets(float(row.value), norm.comparator, float(norm.target)) else NOT_MET)
        nat = national_value(ref.national, row.indicator, row.year)
        cols["national_value"].append(float(nat.value) if nat is not None else pd.NA)
        cols["national_source"].append(nat.source if nat is not None else "")
    for k, v in cols.items():
        out[k] = v
    out["norm_year"] = out["norm_year"].astype("Int64")
    for k in ("norm_target", "gap", "national_value"):
        out[k] = pd.to_numeric(out[k], errors="coerce").astype("Float64")
    return out


def all_norms_for(indicator: str, year: int | None, ref: Reference | None = None) -> pd.DataFrame:
    """For one indicator and figure year: the applicable target of every norm set that has one."""
    ref = ref or load_reference()
    rows = []
    for norm_set in ref.norm_sets.norm_set:
        norm = pick_norm(ref.norms, norm_set, indicator, year)
        if norm is not None:
            rows.append(norm)
    return pd.DataFrame(rows)
