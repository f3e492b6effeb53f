"""Assessed figures -> what readers see: headline sentences, indicator tables, provenance, overview matrices."""

from __future__ import annotations

import html
import re

import pandas as pd

from .i18n import t
from .norms import MET, NO_DATA, NO_NORM, NOT_MET, Reference, all_norms_for, load_reference
from .numbers import format_number

#: The indicators shown in overview matrices (the rest appear on unit pages).
MAIN_INDICATORS = [
    "doctors_per_10k", "beds_per_10k", "pharmacists_per_10k", "nurses_per_10k", "insurance_coverage_pct",
    "immunisation_full_u1_pct", "satisfaction_pct", "health_managed_pct", "stations_with_doctor_pct",
    "communes_national_standard_pct", "life_expectancy_years",
]

_CMP = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def escape_markdown(text: str) -> str:
    """Make arbitrary text inert in MyST Markdown: HTML-escaped, markup characters backslash-escaped."""
    text = html.escape(str(text), quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+!|:~$^-])", r"\\\1", text).replace("\n", " ")


def indicator_name(indicator: str, lang: str, ref: Reference | None = None) -> str:
    """Display name of an indicator; ``other:foo_bar`` -> "Foo bar"."""
    ref = ref or load_reference()
    for table in (ref.indicators, ref.other_indicators):
        rows = table[table.id == indicator]
        if len(rows):
            return rows.iloc[0]["name_vi" if lang == "vi" else "name_en"]
    return indicator.removeprefix("other:").replace("_", " ").capitalize()


def instrument_name(norm_set: str, lang: str, ref: Reference | None = None) -> str:
    """Short name of a norm set's instrument, e.g. "Resolution 20-NQ/TW"."""
    ref = ref or load_reference()
    row = ref.norm_sets[ref.norm_sets.norm_set == norm_set].iloc[0]
    return row["short_name_vi" if lang == "vi" else "short_name_en"]


def value_phrase(indicator: str, value: float, unit: str, lang: str, ref: Reference | None = None,
                 qualifier: str = "") -> str:
    """A value in words: "10.6 doctors per 10,000 people", "health insurance coverage of more than 94.09%"."""
    name = indicator_name(indicator, lang, ref)
    number = (t(qualifier, lang) if qualifier else "") + format_number(value, lang)
    if unit == "per_10k":
        if lang == "vi":
            noun = re.sub(r"^Số\s+", "", name).split(" trên ")[0]
            return f"{number} {noun}/vạn dân"
        return f"{number} {name.split(' per ')[0].lower()} per 10,000 people"
    if unit == "pct":
        return f"{name[0].lower() + name[1:]} {'đạt' if lang == 'vi' else 'of'} {number}%"
    if unit == "years":
        return f"{name[0].lower() + name[1:]} {'đạt' if lang == 'vi' else 'of'} {number} {t('unit_years', lang)}"
    noun = re.sub(r"^(?:Tổng số|Số)\s+", "", name) if lang == "vi" else name.lower()
    return f"{number} {noun}"


def format_value(value: float, unit: str, lang: str, qualifier: str = "") -> str:
    """"≈ 8,800,000", "> 95%", "10.6" for tables."""
    prefix = {"approx": "≈ ", "over": "> ", "under": "< "}.get(qualifier or "", "")
    suffix = "%" if unit == "pct" else ""
    return f"{prefix}{format_number(value, lang)}{suffix}"


def format_norm(row, lang: str) -> str:
    if pd.isna(row.norm_target):
        return "—"
    unit = "%" if row.unit == "pct" else ""
    return f"{_CMP[row.norm_comparator]} {format_number(row.norm_target, lang)}{unit} ({row.norm_year})"


def reported_as(row, lang: str) -> str:
    """How the figure's place is named: the unit itself, or "Hậu Giang, now part of Thành phố Cần Thơ"."""
    if row.geography == "pre2025" and row.province != row.unit_name:
        return t("merged_note", lang, old=row.province, new=row.unit_name)
    if row.geography == "pre2025":
        return t("merged_note", lang, old=f"{row.province} (pre-2025)" if lang == "en" else f"{row.province} (cũ)",
                 new=row.unit_name)
    return row.province


#: The long-term national instruments every headline compares with (besides the page's own norm set).
HEADLINE_NORM_SETS = ("NQ20-2017", "QD201-2024", "NQ72-2025")


def _norm_clause(value: float, indicator: str, year, direction: str, lang: str, ref: Reference,
                 plan: bool = False, norm_set: str | None = None) -> list[tuple[bool, str]]:
    """One clause per headline norm set that has a target applying to this figure: (met?, words)."""
    clauses = []
    wanted = [norm_set] + [s for s in HEADLINE_NORM_SETS if s != norm_set]
    norms = all_norms_for(indicator, year, ref)
    if norms.empty:
        return clauses
    norms = norms[norms.norm_set.isin(wanted)]
    norms = norms.assign(_order=norms.norm_set.map(wanted.index)).sort_values("_order")
    for norm in norms.itertuples():
        met = {">=": value >= norm.target, ">": value > norm.target,
               "<=": value <= norm.target, "<": value < norm.target}[norm.comparator]
        key = ("plan_vs_norm_met" if met else "plan_vs_norm_not_met") if plan else (
            "meets_target" if met else ("misses_target_lower" if direction == "lower" else "misses_target"))
        clauses.append((met, t(key, lang, year=norm.target_year, instrument=instrument_name(norm.norm_set, lang, ref),
                                comparator=_CMP[norm.comparator], target=format_number(norm.target, lang))))
    return clauses


def _join_clauses(clauses: list[tuple[bool, str]], lang: str) -> str:
    met = [c for ok, c in clauses if ok]
    missed = [c for ok, c in clauses if not ok]
    and_ = f" {t('and', lang)} "
    parts = [and_.join(met)] if met else []
    if missed:
        parts.append(and_.join(missed))
    return f", {t('but', lang)} ".join(parts) if met and missed else "".join(parts)


def headline_sentences(assessed: pd.DataFrame, lang: str = "en", ref: Reference | None = None,
                       norm_set: str | None = None) -> list[str]:
    """Plain-language sentences for the figures that can be compared with a norm, from the data only.

    Each sentence compares the figure with the page's norm set and the long-term national instruments
    (:data:`HEADLINE_NORM_SETS`) that set a target for its indicator and year.
    """
    ref = ref or load_reference()
    directions = dict(zip(ref.indicators.id, ref.indicators.direction))
    sentences = []
    for row in assessed.itertuples():
        clauses = _norm_clause(float(row.value), row.indicator, row.year, directions.get(row.indicator, "higher"),
                               lang, ref, plan=row.kind == "target", norm_set=norm_set)
        if not clauses:
            continue
        who = reported_as(row, lang)
        qual = ""
        phrase = value_phrase(row.indicator, float(row.value), row.unit, lang, ref, row.qualifier)
        year_known = not pd.isna(row.year)
        if row.kind == "target":
            key = "plan_sentence" if year_known else "plan_no_year"
            start = t(key, lang, unit=who, qualifier=qual, value_phrase=phrase, year=row.year if year_known else "")
        else:
            when = t("in_year", lang, year=row.year) if year_known else t("year_unknown", lang)
            start = f"{who} {t('reported', lang)} {qual}{phrase} {when}"
        sentence = f"{start}, {_join_clauses(clauses, lang)}."
        nat = row.national_value
        if not pd.isna(nat):
            sentence += " " + t("national_same_year", lang, year=row.year,
                                 value=format_value(float(nat), row.unit, lang))
        flag = getattr(row, "plausibility_vi" if lang == "vi" else "plausibility", "")
        if flag:
            sentence += " " + t("flagged_sentence", lang, reason=flag)
        sentences.append(sentence[0].upper() + sentence[1:])
    return sentences


def indicator_table(assessed: pd.DataFrame, lang: str = "en", ref: Reference | None = None) -> pd.DataFrame:
    """The unit page's table: one row per figure, with norm, gap, status, national value and source."""
    ref = ref or load_reference()
    rows = []
    for r in assessed.itertuples():
        rows.append({
            t("indicator", lang): indicator_name(r.indicator, lang, ref),
            t("value", lang): format_value(float(r.value), r.unit, lang, r.qualifier),
            t("year", lang): t("year_not_stated", lang) if pd.isna(r.year) else str(r.year),
            t("kind", lang): t(r.kind, lang),
            t("norm", lang): format_norm(r, lang),
            t("gap", lang): "—" if pd.isna(r.gap) else ("+" if r.gap > 0 else "") + format_number(float(r.gap), lang),
            t("status", lang): t(r.status, lang),
            t("national", lang): "—" if pd.isna(r.national_value) else format_value(float(r.national_value), r.unit, lang),
            t("reported_as", lang): r.province,
            t("origin", lang): t(r.origin, lang),
            t("source", lang): r.source if r.origin != "reference table" else r.citation[:60] + ("…" if len(r.citation) > 60 else ""),
            t("reading", lang): t(r.review_status, lang) if r.origin == "source text" else "—",
            "⚠": "⚠" if r.plausibility else "",
        })
    return pd.DataFrame(rows)


def latest_actuals(assessed: pd.DataFrame) -> pd.DataFrame:
    """Per (unit, indicator): the latest actual figure (figures without a year rank below dated ones)."""
    actual = assessed[assessed.kind == "actual"].copy()
    actual["_year"] = actual["year"].fillna(-1)
    actual = actual.sort_values(["unit_code", "indicator", "_year", "source"])
    return actual.groupby(["unit_code", "indicator"], as_index=False).tail(1).drop(columns="_year")


def status_matrix(assessed: pd.DataFrame, units: list[str], indicators: list[str] = MAIN_INDICATORS) -> pd.DataFrame:
    """Unit x indicator status of the latest actual figure; a unit with no figure is ``no data``, never 0."""
    latest = latest_actuals(assessed)
    matrix = pd.DataFrame(NO_DATA, index=units, columns=indicators)
    for r in latest.itertuples():
        if r.unit_name in matrix.index and r.indicator in matrix.columns:
            matrix.loc[r.unit_name, r.indicator] = r.status
    return matrix


def coverage_matrix(figures: pd.DataFrame, units: list[str], indicators: list[str] = MAIN_INDICATORS) -> pd.DataFrame:
    """Unit x indicator: the years for which an actual figure exists ("2023, 2025"; empty = none)."""
    matrix = pd.DataFrame("", index=units, columns=indicators)
    actual = figures[figures.kind == "actual"]
    for (unit, indicator), group in actual.groupby(["unit_name", "indicator"]):
        if unit in matrix.index and indicator in matrix.columns:
            years = sorted({("?" if pd.isna(y) else str(y)) for y in group.year})
            matrix.loc[unit, indicator] = ", ".join(years)
    return matrix


def status_counts(matrix: pd.DataFrame) -> dict[str, int]:
    """How many cells of a status matrix have each status."""
    values = matrix.to_numpy().ravel().tolist()
    return {s: values.count(s) for s in (MET, NOT_MET, NO_NORM, NO_DATA)}


def trend_series(assessed: pd.DataFrame) -> list[tuple[str, str, pd.DataFrame]]:
    """(place as reported, indicator, figures by year) for every series of two or more years of actuals."""
    actual = assessed[(assessed.kind == "actual") & assessed.year.notna()]
    series = []
    for (place, indicator), group in actual.groupby(["province", "indicator"]):
        group = group.sort_values("year").drop_duplicates("year", keep="last")
        if group.year.nunique() >= 2:
            series.append((place, indicator, group))
    return series


def linear_projection(years: list[int], values: list[float], target_year: int) -> float:
    """Least-squares straight line through (year, value), evaluated at `target_year`."""
    import numpy as np

    slope, intercept = np.polyfit(np.array(years, dtype=float), np.array(values, dtype=float), 1)
    return float(slope * target_year + intercept)


def peer_slice(figures: pd.DataFrame, unit_code: int, region_units: list[int]) -> pd.DataFrame:
    """The figures a unit's peer table uses: its own latest actuals of the main indicators and the region's
    actual figures for the same indicator and year (nothing else, so a change elsewhere leaves the page alone)."""
    actual = figures[(figures.kind == "actual") & figures.year.notna() & figures.unit_code.notna()
                     & (figures.origin != "derived") & figures.indicator.isin(MAIN_INDICATORS)]
    mine = latest_actuals(actual[actual.unit_code == unit_code])
    pairs = set(zip(mine.indicator, mine.year))
    region = actual[actual.unit_code.isin(region_units)]
    mask = pd.Series([(i, y) in pairs for i, y in zip(region.indicator, region.year)], index=region.index, dtype=bool)
    return region.loc[mask]


def peer_table(all_assessed: pd.DataFrame, unit_code: int, region_units: list[int], lang: str,
               ref: Reference | None = None) -> pd.DataFrame:
    """For each indicator of the unit's latest actual (year Y): the region's units with a figure for Y, ranked.

    Ranks are computed only among units whose figures share that year; the national value of Y is shown.
    """
    ref = ref or load_reference()
    directions = dict(zip(ref.indicators.id, ref.indicators.direction))
    actual = peer_slice(all_assessed, unit_code, region_units)
    mine = latest_actuals(actual[actual.unit_code == unit_code])
    rows = []
    for r in mine.itertuples():
        same = actual[(actual.indicator == r.indicator) & (actual.year == r.year)]
        same = same.sort_values("value", ascending=directions.get(r.indicator) == "lower")
        same = same.drop_duplicates("province")
        names = [f"{p} {format_value(float(v), r.unit, lang)}" for p, v in zip(same.province, same.value)]
        rank = list(same.province).index(r.province) + 1 if r.province in list(same.province) else None
        rows.append({
            t("indicator", lang): indicator_name(r.indicator, lang, ref),
            t("year", lang): str(r.year),
            t("value", lang): format_value(float(r.value), r.unit, lang, r.qualifier),
            t("peers", lang): "; ".join(names) if len(names) > 1 else t("no_peer", lang),
            t("rank", lang): f"{rank}/{len(same)}" if rank and len(same) > 1 else "—",
            t("national", lang): "—" if pd.isna(r.national_value) else format_value(float(r.national_value), r.unit, lang),
        })
    return pd.DataFrame(rows)
