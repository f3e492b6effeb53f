"""CSV files in data/ -> validated DataFrames; a failure names the file, row and column.

Schemas use pandera. Row numbers in messages are the line numbers of the CSV file (header = line 1).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from .errors import VnHealthError

UNITS = ["per_10k", "pct", "count", "years"]
GEOGRAPHIES = ["2025", "pre2025"]
COMPARATORS = [">=", ">", "<=", "<"]


def _str(**kw) -> pa.Column:
    return pa.Column(str, **kw)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "regions": pa.DataFrameSchema(
        {"region_id": _str(unique=True), "name_vi": _str(), "name_en": _str(), "source": _str()}, strict=False
    ),
    "units_2025": pa.DataFrameSchema(
        {
            "code": pa.Column(int, pa.Check.in_range(1, 99), unique=True),
            "name": _str(unique=True),
            "name_ascii": _str(),
            "short_name": _str(),
            "kind": _str(checks=pa.Check.isin(["city", "province"])),
            "region_id": _str(),
            "area_km2": pa.Column(float, pa.Check.gt(0), nullable=True),
            "population": pa.Column(float, pa.Check.gt(0), nullable=True),
            "population_basis": _str(checks=pa.Check.isin(["nq202_admin_count", "nso_average"])),
            "population_year": pa.Column(int),
            "source": _str(),
        },
        strict=False,
    ),
    "provinces_pre2025": pa.DataFrameSchema(
        {
            "code": pa.Column(int, pa.Check.in_range(1, 99), unique=True),
            "name": _str(unique=True),
            "name_ascii": _str(),
            "region_id": _str(),
            "source": _str(),
        },
        strict=False,
    ),
    "crosswalk_2025": pa.DataFrameSchema(
        {
            "old_code": pa.Column(int, unique=True),
            "old_name": _str(),
            "new_code": pa.Column(int),
            "new_name": _str(),
            "effective_date": _str(),
            "legal_basis": _str(),
            "source": _str(),
        },
        strict=False,
    ),
    "aliases": pa.DataFrameSchema(
        {
            "alias": _str(),
            "geography": _str(checks=pa.Check.isin(GEOGRAPHIES)),
            "code": pa.Column(int),
            "note": _str(nullable=True),
        },
        unique=["alias", "geography"],
        strict=False,
    ),
    "indicators": pa.DataFrameSchema(
        {
            "id": _str(unique=True, checks=pa.Check.str_matches(r"^[a-z0-9_]+$")),
            "name_en": _str(),
            "name_vi": _str(),
            "unit": _str(checks=pa.Check.isin(UNITS)),
            "direction": _str(checks=pa.Check.isin(["higher", "lower", "none"])),
            "plausible_min": pa.Column(float, nullable=True),
            "plausible_max": pa.Column(float, nullable=True),
            "description_en": _str(),
            "description_vi": _str(),
        },
        strict=False,
    ),
    "norm_sets": pa.DataFrameSchema(
        {"norm_set": _str(unique=True), "short_name_en": _str(), "short_name_vi": _str(), "title_en": _str()},
        strict=False,
    ),
    "norms": pa.DataFrameSchema(
        {
            "norm_set": _str(),
            "indicator": _str(),
            "unit": _str(checks=pa.Check.isin(UNITS)),
            "target_year": pa.Column(int, pa.Check.in_range(2000, 2100)),
            "comparator": _str(checks=pa.Check.isin(COMPARATORS)),
            "target": pa.Column(float, pa.Check.ge(0)),
            "citation": _str(),
            "confidence": _str(nullable=True),
        },
        unique=["norm_set", "indicator", "target_year"],
        checks=pa.Check(lambda df: (df.unit != "pct") | (df.target <= 100), error="percentage over 100"),
        strict=False,
    ),
    "national_actuals": pa.DataFrameSchema(
        {
            "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
            "indicator": _str(),
            "value": pa.Column(float, pa.Check.ge(0)),
            "unit": _str(checks=pa.Check.isin(UNITS)),
            "status": _str(checks=pa.Check.isin(["reported", "estimate"])),
            "preferred": pa.Column(bool),
            "source": _str(),
            "note": _str(nullable=True),
        },
        checks=[
            pa.Check(lambda df: (df.unit != "pct") | (df.value <= 100), error="percentage over 100"),
            pa.Check(
                lambda df: ~df[df.preferred].duplicated(["year", "indicator"], keep=False).reindex(df.index, fill_value=False),
                error="more than one preferred row for a (year, indicator)",
            ),
        ],
        strict=False,
    ),
    "provincial_figures": pa.DataFrameSchema(
        {
            "figure_id": _str(unique=True),
            "province": _str(),
            "geography": _str(checks=pa.Check.isin(GEOGRAPHIES)),
            "indicator": _str(),
            "value": pa.Column(float, pa.Check.ge(0)),
            "unit": _str(checks=pa.Check.isin(UNITS)),
            "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
            "kind": _str(checks=pa.Check.isin(["actual", "target"])),
            "qualifier": _str(nullable=True),
            "note": _str(nullable=True),
            "source": _str(),
            "confidence": _str(nullable=True),
        },
        unique=["province", "indicator", "year", "kind", "value"],
        checks=pa.Check(lambda df: (df.unit != "pct") | (df.value <= 100), error="percentage over 100"),
        strict=False,
    ),
    "other_indicators": pa.DataFrameSchema(
        {"id": _str(unique=True, checks=pa.Check.str_matches(r"^other:[a-z0-9_]+$")), "name_en": _str(), "name_vi": _str()},
        strict=False,
    ),
    "population": pa.DataFrameSchema(
        {
            "province": _str(),
            "geography": _str(checks=pa.Check.isin(GEOGRAPHIES)),
            "year": pa.Column(int, pa.Check.in_range(1990, 2100)),
            "population": pa.Column(float, pa.Check.gt(0)),
            "basis": _str(checks=pa.Check.isin(["nso_average", "nq202_admin_count"])),
            "note": _str(nullable=True),
            "source": _str(),
        },
        unique=["province", "geography", "year", "basis"],
        strict=False,
    ),
}

#: Cross-table rules: column -> (table, column) it must refer to.
FOREIGN_KEYS = {
    "units_2025": {"region_id": ("regions", "region_id")},
    "provinces_pre2025": {"region_id": ("regions", "region_id")},
    "crosswalk_2025": {"old_code": ("provinces_pre2025", "code"), "new_code": ("units_2025", "code")},
    "norms": {"indicator": ("indicators", "id"), "norm_set": ("norm_sets", "norm_set")},
    "national_actuals": {"indicator": ("indicators", "id")},
    "provincial_figures": {"indicator": ("indicators", "id")},
}


def read_csv(path: Path) -> pd.DataFrame:
    """Read a UTF-8 CSV (a BOM and CRLF line ends are accepted) with one clear error for any failure."""
    path = Path(path)
    if not path.exists():
        raise VnHealthError(f"{path}: file not found", "check the path, or restore it with git checkout")
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise VnHealthError(f"{path}, line {line}: not UTF-8 text", "re-save the file as UTF-8") from None
    if not raw.strip():
        raise VnHealthError(f"{path}: file is empty", "a CSV needs at least a header row")
    try:
        return pd.read_csv(path, encoding="utf-8-sig", dtype_backend="numpy_nullable", keep_default_na=True)
    except pd.errors.ParserError as exc:
        raise VnHealthError(f"{path}: malformed CSV ({exc})", "check quoting and the number of commas") from None


def _coerce(df: pd.DataFrame, schema: pa.DataFrameSchema, path: Path) -> pd.DataFrame:
    """Cast columns to the schema's types, naming the first bad cell when a value does not fit."""
    df = df.copy()
    missing = [c for c in schema.columns if c not in df.columns]
    if missing:
        raise VnHealthError(
            f"{path}: missing column(s) {', '.join(missing)}", f"expected columns: {', '.join(schema.columns)}"
        )
    for name, col in schema.columns.items():
        dtype = str(col.dtype)
        series = df[name]
        try:
            if dtype.startswith("int"):
                numeric = pd.to_numeric(series, errors="raise")
                if numeric.isna().any() or (numeric % 1 != 0).any():
                    raise ValueError
                df[name] = numeric.astype("int64")
            elif dtype.startswith("float"):
                df[name] = pd.to_numeric(series, errors="raise").astype("float64")
            elif dtype == "bool":
                mapped = series.astype(str).str.lower().map({"true": True, "false": False})
                if mapped.isna().any():
                    raise ValueError
                df[name] = mapped.astype(bool)
            else:
                df[name] = series.astype("object").where(series.notna(), None)
                df[name] = df[name].map(lambda v: v if v is None else str(v))
        except (ValueError, TypeError):
            bad = series[pd.to_numeric(series, errors="coerce").isna()] if dtype != "bool" else series
            row = int(bad.index[0]) + 2 if len(bad) else "?"
            value = bad.iloc[0] if len(bad) else "?"
            raise VnHealthError(
                f"{path}, row {row}, column {name!r}: {value!r} is not a valid {dtype.split('[')[0]}",
                "fix the value or leave the cell empty where the column allows missing values",
            ) from None
    return df


def validate_frame(df: pd.DataFrame, schema: pa.DataFrameSchema, path: Path | str) -> pd.DataFrame:
    """Validate a DataFrame against a pandera schema; raise one VnHealthError naming file, row and column."""
    path = Path(path)
    df = _coerce(df, schema, path)
    try:
        return schema.validate(df, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases
        first = cases.iloc[0]
        index = first.get("index")
        row = f"row {int(index) + 2}" if index is not None and index == index else "table"
        column = first.get("column") or first.get("check")
        check = first.get("check")
        if "uniqueness" in str(check) or str(check) == "field_uniqueness":
            keys = schema.unique or [column]
            check = f"duplicate key ({', '.join(keys)}): each key may appear once"
        value = first.get("failure_case")
        more = f" (and {len(cases) - 1} more problem(s))" if len(cases) > 1 else ""
        raise VnHealthError(
            f"{path}, {row}, column {column!r}: value {value!r} fails check {check}{more}",
            "see data/README.md for what each column may hold",
        ) from None


def load_table(name: str, reference_dir: Path) -> pd.DataFrame:
    """Load and validate ``data/reference/<name>.csv`` (schema, uniqueness, references to other tables)."""
    path = Path(reference_dir) / f"{name}.csv"
    df = validate_frame(read_csv(path), SCHEMAS[name], path)
    for column, (other, other_column) in FOREIGN_KEYS.get(name, {}).items():
        known = set(validate_frame(read_csv(Path(reference_dir) / f"{other}.csv"), SCHEMAS[other], Path(reference_dir) / f"{other}.csv")[other_column])
        unknown = df.loc[~df[column].isin(known)]
        if len(unknown):
            row = int(unknown.index[0]) + 2
            raise VnHealthError(
                f"{path}, row {row}, column {column!r}: unknown value {unknown.iloc[0][column]!r}",
                f"it must be one of the {other_column} values in {other}.csv",
            )
    return df
