"""Sources and reviews -> the figures dataset: one row per figure, placed on both maps (as reported and 2025).

Every row keeps its provenance (source file, quote, figure id) and says how it was read: ``machine`` (as the
extractor read it), ``reviewed`` (a person accepted it) or ``corrected`` (a person changed a field; the
machine reading is kept in ``machine_value`` etc.). Rejected figures leave the dataset but are counted.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import DATA_DIR, REFERENCE_DIR, SOURCES_DIR
from .errors import VnHealthError
from .extract import extract_text
from .provinces import NATIONAL, Registry, load_registry
from .sources import load_sources
from .validate import load_table, read_csv

REVIEWS_PATH = DATA_DIR / "reviews.csv"
REVIEW_COLUMNS = ["figure_id", "action", "indicator", "value", "year", "kind", "province", "reviewer", "date", "note"]
REVIEW_ACTIONS = ("accept", "correct", "reject")
FIGURE_COLUMNS = [
    "figure_id", "origin", "source", "province", "indicator", "value", "unit", "year", "kind", "qualifier", "quote",
    "scope", "geography", "province_code", "unit_code", "unit_name", "review_status", "machine_value",
    "machine_year", "machine_indicator", "review_note", "note", "note_vi", "citation", "plausibility", "plausibility_vi",
]
#: Where a figure comes from: read from a source text, copied from a cited reference table, or computed.
ORIGINS = ("source text", "reference table", "derived")


def directory_fingerprint(*paths: Path) -> str:
    """A content hash of files (or of every file under directories): changes when any byte changes."""
    digest = hashlib.sha256()
    for root in paths:
        root = Path(root)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root] if root.exists() else []
        for f in files:
            digest.update(str(f.relative_to(root.parent)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()


def extract_sources(sources_dir: Path = SOURCES_DIR, registry: Registry | None = None) -> pd.DataFrame:
    """Extract every source in `sources_dir` (sidecars and checksums checked) into a DataFrame."""
    registry = registry or load_registry()
    rows = []
    for source in load_sources(sources_dir):
        for fig in extract_text(source.text, source.info(), registry):
            rows.append(fig.__dict__.copy())
    columns = list(rows[0]) if rows else ["figure_id", "source", "province", "indicator", "value", "unit", "year",
                                           "kind", "qualifier", "quote", "scope", "geography", "province_code"]
    df = pd.DataFrame(rows, columns=columns)
    df["year"] = df["year"].astype("Int64")
    df["province_code"] = df["province_code"].astype("Int64")
    return df


def read_reviews(path: Path = REVIEWS_PATH) -> pd.DataFrame:
    """The reviewed table (accept / correct / reject by figure id), validated."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    df = read_csv(path)
    missing = [c for c in REVIEW_COLUMNS if c not in df.columns]
    if missing:
        raise VnHealthError(f"{path}: missing column(s) {', '.join(missing)}", f"columns: {','.join(REVIEW_COLUMNS)}")
    for i, row in df.iterrows():
        if row["action"] not in REVIEW_ACTIONS:
            raise VnHealthError(
                f"{path}, row {i + 2}, column 'action': {row['action']!r} is not one of {', '.join(REVIEW_ACTIONS)}",
                "accept keeps the machine reading, correct overrides the fields you fill, reject drops the figure",
            )
    dupes = df[df.figure_id.duplicated()]
    if len(dupes):
        raise VnHealthError(
            f"{path}, row {dupes.index[0] + 2}, column 'figure_id': {dupes.iloc[0].figure_id!r} is reviewed twice",
            "keep one review per figure id",
        )
    return df


def apply_reviews(figures: pd.DataFrame, reviews: pd.DataFrame) -> pd.DataFrame:
    """Apply people's reviews: reject drops a figure, correct overrides fields, accept marks it reviewed."""
    df = figures.copy()
    df["review_status"] = "machine"
    df["machine_value"] = pd.NA
    df["machine_year"] = pd.NA
    df["machine_indicator"] = pd.NA
    df["review_note"] = ""
    by_id = {r.figure_id: r for r in reviews.itertuples()}
    keep = []
    for i, row in df.iterrows():
        review = by_id.get(row.figure_id)
        if review is None:
            keep.append(True)
            continue
        if review.action == "reject":
            keep.append(False)
            continue
        keep.append(True)
        df.at[i, "review_note"] = "" if pd.isna(review.note) else str(review.note)
        if review.action == "accept":
            df.at[i, "review_status"] = "reviewed"
            continue
        df.at[i, "review_status"] = "corrected"
        df.at[i, "machine_value"], df.at[i, "machine_year"] = row.value, row.year
        df.at[i, "machine_indicator"] = row.indicator
        for column in ("indicator", "value", "year", "kind", "province"):
            new = getattr(review, column)
            if not pd.isna(new) and str(new) != "":
                df.at[i, column] = float(new) if column == "value" else int(float(new)) if column == "year" else new
    out = df[keep].reset_index(drop=True)
    out["year"] = out["year"].astype("Int64")
    return out


def place_on_2025_map(figures: pd.DataFrame, registry: Registry) -> pd.DataFrame:
    """Add the 2025 unit each figure belongs to (a pre-2025 province maps to its successor)."""
    df = figures.copy()
    codes, names = [], []
    for row in df.itertuples():
        if row.province == NATIONAL or row.scope == "national":
            codes.append(pd.NA)
            names.append(NATIONAL)
            continue
        if pd.isna(row.province_code) or not row.geography:
            unit = registry.resolve(row.province) if isinstance(row.province, str) and row.province else None
        else:
            unit = registry.unit(row.geography, int(row.province_code))
        if unit is not None and isinstance(row.province, str) and registry.resolve(row.province, unit.geography) != unit:
            unit = registry.resolve(row.province, unit.geography)  # a reviewer corrected the province name
        successor = registry.successor(unit) if unit is not None else None
        codes.append(successor.code if successor else pd.NA)
        names.append(successor.name if successor else pd.NA)
    df["unit_code"] = pd.array(codes, dtype="Int64")
    df["unit_name"] = names
    return df


def reference_figures(registry: Registry, reference_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """Provincial figures copied from cited reference tables (statistical yearbooks, Decision 546/QĐ-TTg)."""
    table = load_table("provincial_figures", reference_dir)
    rows = []
    for r in table.itertuples():
        unit = registry.resolve(r.province, r.geography)
        rows.append(dict(
            figure_id=r.figure_id, origin="reference table", source="data/reference/provincial_figures.csv",
            province=unit.name, indicator=r.indicator, value=float(r.value), unit=r.unit, year=int(r.year),
            kind=r.kind, qualifier=r.qualifier or "", quote="", scope="province", geography=unit.geography,
            province_code=unit.code, note=r.note or "", citation=r.source,
            review_status="reviewed" if r.confidence != "low" else "machine",
        ))
    df = pd.DataFrame(rows)
    df["year"] = df["year"].astype("Int64")
    df["province_code"] = df["province_code"].astype("Int64")
    return df


def build_figures(sources_dir: Path = SOURCES_DIR, reviews_path: Path = REVIEWS_PATH,
                  registry: Registry | None = None, reference_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """The figures dataset: extracted and reviewed figures, reference-table figures and derived figures,
    province- and national-level only, placed on the 2025 map and checked for plausibility."""
    from .derive import derived_figures, plausibility_flags

    registry = registry or load_registry()
    figures = extract_sources(sources_dir, registry)
    figures = figures[figures.scope.isin(["province", "national"]) & figures.province.notna()]
    figures = apply_reviews(figures, read_reviews(reviews_path))
    figures["origin"] = "source text"
    figures["note"] = ""
    figures["citation"] = ""
    reference = reference_figures(registry, reference_dir)
    for column in ("review_status", "machine_value", "machine_year", "machine_indicator", "review_note"):
        if column not in reference:
            reference[column] = pd.NA if column.startswith("machine") else ""
    figures = pd.concat([figures, reference], ignore_index=True)
    figures = place_on_2025_map(figures, registry)
    figures = pd.concat([figures, derived_figures(figures, registry, reference_dir)], ignore_index=True)
    figures["plausibility"], figures["plausibility_vi"] = plausibility_flags(figures, reference_dir)
    if "note_vi" not in figures:
        figures["note_vi"] = ""
    figures["note_vi"] = figures["note_vi"].where(figures["note_vi"].notna() & (figures["note_vi"] != ""), figures["note"])
    figures["year"] = figures["year"].astype("Int64")
    for column in ("quote", "qualifier", "note", "note_vi", "citation", "plausibility", "plausibility_vi", "review_note"):
        figures[column] = figures[column].fillna("").astype(str)
    return figures[FIGURE_COLUMNS].sort_values(["unit_code", "indicator", "year", "source"], na_position="last")


@lru_cache(maxsize=2)
def _cached_figures(fingerprint: str, sources_dir: str, reviews_path: str) -> pd.DataFrame:
    return build_figures(Path(sources_dir), Path(reviews_path))


def load_figures(sources_dir: Path = SOURCES_DIR, reviews_path: Path = REVIEWS_PATH) -> pd.DataFrame:
    """The figures dataset, computed once per process per content of data/ (sources, reviews, reference)."""
    fingerprint = directory_fingerprint(Path(sources_dir), Path(reviews_path), REFERENCE_DIR)
    return _cached_figures(fingerprint, str(sources_dir), str(reviews_path)).copy()


def write_atomic_csv(df: pd.DataFrame, path: Path) -> None:
    """Write a CSV aside and rename it into place: an interrupted write never leaves a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    df.to_csv(tmp, index=False)
    os.replace(tmp, path)


def edition_figures(geography: str = "2025", registry: Registry | None = None) -> pd.DataFrame:
    """The figures placed on one edition's map: ``unit_code`` / ``unit_name`` name the page a figure goes on.

    On the 2025 map every figure goes to the unit its place is now part of. On the pre-2025 map a figure goes
    to the province it was reported for; a figure reported for a 2025 unit appears only when that unit is an
    unchanged pre-2025 province (same territory), and figures about merged 2025 units are left out.
    """
    from .provinces import GEOGRAPHIES

    if geography not in GEOGRAPHIES:
        raise VnHealthError(f"unknown geography {geography!r}", "use 2025 (34 units) or pre2025 (63 provinces)")
    figures = load_figures()
    if geography == "2025":
        return figures
    registry = registry or load_registry()
    codes, names = [], []
    for r in figures.itertuples():
        unit = None
        if r.scope == "national" or r.province == NATIONAL:
            codes.append(pd.NA)
            names.append(NATIONAL)
            continue
        if r.geography == "pre2025" and not pd.isna(r.province_code):
            unit = registry.unit("pre2025", int(r.province_code))
        elif r.geography == "2025" and not pd.isna(r.province_code):
            preds = registry.predecessors(registry.unit("2025", int(r.province_code)))
            unit = preds[0] if len(preds) == 1 else None
        codes.append(unit.code if unit else -1)
        names.append(unit.name if unit else "")
    out = figures.copy()
    out["unit_code"] = pd.array(codes, dtype="Int64")
    out["unit_name"] = names
    return out[out.unit_code.isna() | (out.unit_code != -1)].reset_index(drop=True)
