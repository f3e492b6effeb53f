"""Figures + populations -> derived figures (ratios from counts, pre-2025 provinces re-based onto 2025 units)
and plausibility flags.

Rules that keep derived numbers honest:

- a ratio is computed only from a count and a population of the *same unit and year*, and says which
  population it used (statistical-office average vs Resolution 202 administrative count);
- re-basing onto a 2025 unit sums numerators and denominators (``Σ ratio_i × pop_i / Σ pop_i``), never
  averages rates, and only when every merged province has a figure and a population of the same year and
  basis; the result is flagged as an approximation (ward-level boundary changes crossed old borders);
- a flag marks a figure for a reader's attention; it never hides or changes the figure.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from . import REFERENCE_DIR
from .numbers import format_number
from .provinces import Registry
from .validate import load_table

#: count indicator -> the per-10,000 ratio it gives with a population
COUNT_TO_RATIO = {"total_beds": "beds_per_10k", "other:doctors": "doctors_per_10k"}
#: indicators whose denominator is the whole population, so they can be re-based with population weights
REBASEABLE = ("doctors_per_10k", "beds_per_10k", "pharmacists_per_10k", "nurses_per_10k", "insurance_coverage_pct")
BASIS_WORDS = {"nso_average": "statistical-office average population",
               "nq202_admin_count": "Resolution 202/2025/QH15 administrative population count"}
BASIS_WORDS_VI = {"nso_average": "dân số trung bình của cơ quan thống kê",
                  "nq202_admin_count": "quy mô dân số theo Nghị quyết 202/2025/QH15"}
#: beds per doctor above this is implausible for one unit and year (national: 32 beds, 12.5 doctors in 2023)
MAX_BEDS_PER_DOCTOR = 10.0
#: a ratio this far from the national value of the same year is flagged
NATIONAL_BAND = (0.4, 2.5)


def populations(registry: Registry, reference_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """Every known population: geography, code, year, population, basis, source."""
    rows = []
    for r in load_table("population", reference_dir).itertuples():
        unit = registry.resolve(r.province, r.geography)
        rows.append(dict(geography=unit.geography, code=unit.code, year=int(r.year), population=float(r.population),
                         basis=r.basis, source=r.source))
    for r in registry.units_2025.itertuples():
        if not pd.isna(r.population):
            rows.append(dict(geography="2025", code=int(r.code), year=int(r.population_year),
                             population=float(r.population), basis=r.population_basis, source=r.source))
    return pd.DataFrame(rows)


def _id(*parts) -> str:
    return "der-" + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:10]


def ratio_from_count(count: float, population: float) -> float:
    """Per-10,000 ratio: ``count / population × 10,000``."""
    return count / population * 10_000


def rebase(ratios: list[float], pops: list[float]) -> float:
    """A ratio for merged provinces: numerators and denominators summed, ``Σ r_i p_i / Σ p_i``."""
    return sum(r * p for r, p in zip(ratios, pops)) / sum(pops)


def derived_figures(figures: pd.DataFrame, registry: Registry, reference_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """Ratios derived from counts, and pre-2025 ratios re-based onto the 2025 units (see module docstring)."""
    pops = populations(registry, reference_dir)
    rows = []
    base = figures[(figures.kind == "actual") & figures.year.notna() & (figures.scope == "province")]
    # 1. counts -> per-10,000 ratios, same unit and year only
    for f in base[base.indicator.isin(list(COUNT_TO_RATIO))].itertuples():
        match = pops[(pops.geography == f.geography) & (pops.code == f.province_code) & (pops.year == int(f.year))]
        if len(match) != 1:
            continue
        p = match.iloc[0]
        value = round(ratio_from_count(float(f.value), p.population), 2)
        rows.append({**f._asdict(), "figure_id": _id(f.figure_id, p.basis), "origin": "derived",
                     "indicator": COUNT_TO_RATIO[f.indicator], "value": value, "unit": "per_10k", "qualifier": f.qualifier,
                     "note": (f"derived: {format_number(f.value)} ÷ {format_number(p.population)} people × 10,000 "
                              f"(population: {BASIS_WORDS[p.basis]}, {p.year}); from figure {f.figure_id}"
                              + ("; administrative counts run higher than statistical-office averages, so this ratio "
                                 "reads lower than a yearbook ratio would" if p.basis == "nq202_admin_count" else "")),
                     "note_vi": (f"tính toán: {format_number(f.value, 'vi')} ÷ {format_number(p.population, 'vi')} người × 10.000 "
                                 f"(dân số: {BASIS_WORDS_VI[p.basis]}, {p.year}); từ số liệu {f.figure_id}"
                                 + ("; quy mô dân số hành chính cao hơn dân số trung bình nên tỷ lệ này thấp hơn tỷ lệ "
                                    "trong niên giám" if p.basis == "nq202_admin_count" else "")),
                     "citation": p.source, "plausibility": ""})
    # 2. re-base pre-2025 provinces onto the 2025 unit they merged into
    old = base[(base.geography == "pre2025") & base.indicator.isin(REBASEABLE)]
    for (unit_code, indicator, year), group in old.groupby(["unit_code", "indicator", "year"]):
        unit = registry.unit("2025", int(unit_code))
        preds = registry.predecessors(unit)
        if len(preds) < 2:
            continue  # an unchanged unit: its figures already are the unit's
        values, weights, bases, used = [], [], set(), []
        for pred in preds:
            f = group[group.province_code == pred.code]
            p = pops[(pops.geography == "pre2025") & (pops.code == pred.code) & (pops.year == int(year))]
            if len(f) != 1 or len(p) != 1:
                break
            values.append(float(f.iloc[0].value))
            weights.append(float(p.iloc[0].population))
            bases.add(p.iloc[0].basis)
            used.append(f"{pred.name} {format_number(values[-1])} × {format_number(weights[-1])}")
        else:
            if len(bases) != 1:
                continue  # never mix population bases in one ratio
            first = group.iloc[0]
            rows.append({**first.to_dict(), "figure_id": _id(unit_code, indicator, year), "origin": "derived",
                         "province": unit.name, "geography": "2025", "province_code": unit.code,
                         "value": round(rebase(values, weights), 2), "source": "derived", "quote": "", "qualifier": "",
                         "note": ("re-based onto the 2025 unit (approximate: ward-level boundary changes crossed old "
                                  "borders): Σ ratio × population / Σ population over " + "; ".join(used)),
                         "note_vi": ("quy về đơn vị năm 2025 (gần đúng: điều chỉnh địa giới cấp xã vượt ranh giới tỉnh "
                                     "cũ): Σ tỷ lệ × dân số / Σ dân số của " + "; ".join(used)),
                         "citation": "", "plausibility": ""})
    out = pd.DataFrame(rows, columns=figures.columns)
    return out


def plausibility_flags(figures: pd.DataFrame, reference_dir: Path = REFERENCE_DIR) -> tuple[list[str], list[str]]:
    """Per figure, why it may be implausible, in English and in Vietnamese ('' when nothing is odd).
    Figures are never dropped or changed."""
    indicators = load_table("indicators", reference_dir).set_index("id")
    national = load_table("national_actuals", reference_dir)
    national = national[national.preferred].set_index(["indicator", "year"]).value.to_dict()
    flags: list[list[str]] = [[] for _ in range(len(figures))]
    flags_vi: list[list[str]] = [[] for _ in range(len(figures))]
    for i, f in enumerate(figures.itertuples()):
        if f.indicator in indicators.index:
            lo, hi = indicators.loc[f.indicator, ["plausible_min", "plausible_max"]]
            if (not pd.isna(lo) and f.value < lo) or (not pd.isna(hi) and f.value > hi):
                flags[i].append(f"outside the plausible range {format_number(lo)}–{format_number(hi)}")
                flags_vi[i].append(f"nằm ngoài khoảng hợp lý {format_number(lo, 'vi')}–{format_number(hi, 'vi')}")
        if f.kind == "actual" and not pd.isna(f.year) and f.unit == "per_10k" and f.scope == "province":
            nat = national.get((f.indicator, int(f.year)))
            if nat and not NATIONAL_BAND[0] <= f.value / nat <= NATIONAL_BAND[1]:
                flags[i].append(f"{format_number(f.value / nat, decimals=2)}× the national value of {int(f.year)} "
                                f"({format_number(nat)})")
                flags_vi[i].append(f"bằng {format_number(f.value / nat, 'vi', 2)} lần giá trị cả nước năm {int(f.year)} "
                                   f"({format_number(nat, 'vi')})")
    # beds vs doctors of the same place, year and source
    ratios = figures[(figures.kind == "actual") & figures.indicator.isin(["beds_per_10k", "doctors_per_10k"])]
    for _, group in ratios.groupby(["province", "year", "source"], dropna=False):
        beds = group[group.indicator == "beds_per_10k"]
        doctors = group[group.indicator == "doctors_per_10k"]
        if len(beds) == 1 and len(doctors) == 1 and doctors.iloc[0].value > 0:
            per_doctor = beds.iloc[0].value / doctors.iloc[0].value
            if per_doctor > MAX_BEDS_PER_DOCTOR:
                text = (f"inconsistent with the same source's other ratio: {format_number(beds.iloc[0].value)} beds "
                        f"but {format_number(doctors.iloc[0].value)} doctors per 10,000 ({format_number(per_doctor, decimals=1)} "
                        f"beds per doctor)")
                text_vi = (f"không khớp với tỷ lệ khác của cùng nguồn: {format_number(beds.iloc[0].value, 'vi')} giường "
                           f"nhưng chỉ {format_number(doctors.iloc[0].value, 'vi')} bác sĩ trên 1 vạn dân "
                           f"({format_number(per_doctor, 'vi', 1)} giường mỗi bác sĩ)")
                for idx in (beds.index[0], doctors.index[0]):
                    flags[figures.index.get_loc(idx)].append(text)
                    flags_vi[figures.index.get_loc(idx)].append(text_vi)
    return ["; ".join(f) for f in flags], ["; ".join(f) for f in flags_vi]
