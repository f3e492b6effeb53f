"""Hand-checked gold figures + extracted figures -> precision, recall, F1, misses and false figures."""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import pandas as pd

from .errors import VnHealthError
from .extract import COLUMNS, extract_text
from .provinces import load_registry
from .sources import load_for_extraction, source_files
from .textnorm import nfc

#: Columns of a gold file, in order (``year`` and ``qualifier`` may be empty).
GOLD_COLUMNS = ["file", "province_as_written", "indicator", "value", "unit", "year", "kind", "qualifier", "quote"]
#: Scopes that are kept apart by the extractor and never count as extracted figures.
EXCLUDED_SCOPES = ("district", "facility")
#: Columns of the ``misses`` and ``false_figures`` tables of an :class:`Evaluation`.
LIST_COLUMNS = ["file", "province", "indicator", "value", "year", "kind", "quote"]
KINDS = ("actual", "target")
_VALUE_DECIMALS = 6


# --- reading -------------------------------------------------------------------------------------------
def extract_paths(paths) -> pd.DataFrame:
    """Extract the figures of every source text under `paths`.

    Parameters
    ----------
    paths : iterable of str or Path
        Source files and/or directories (directories are walked for ``*.txt`` and ``*.md``).

    Returns
    -------
    pandas.DataFrame
        One row per figure with the public columns ``source, province, indicator, value, unit, year, kind,
        qualifier, quote``; ``year`` is a nullable ``Int64``. District- and facility-level figures are left out.

    Raises
    ------
    VnHealthError
        If a path does not exist, or a source or its sidecar cannot be read.
    """
    registry = load_registry()
    rows = []
    for path in source_files([Path(p) for p in paths]):
        source = load_for_extraction(path)
        rows += [f.row() for f in extract_text(source.text, source.info(), registry) if f.scope not in EXCLUDED_SCOPES]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["value"] = frame["value"].astype("float64")
    frame["year"] = frame["year"].astype("Int64")
    return frame


def read_gold(path) -> pd.DataFrame:
    """Read and check a gold file (hand-checked figures, one per row).

    Parameters
    ----------
    path : str or Path
        A UTF-8 CSV with the header ``file,province_as_written,indicator,value,unit,year,kind,qualifier,quote``
        (extra columns are kept). When ``quote`` is the last column, an unquoted comma inside it is tolerated:
        the rest of the line is the quote. ``year`` may be empty (the source gives none); ``value`` is a plain number
        with a decimal point (``10.6``, ``8800000``).

    Returns
    -------
    pandas.DataFrame
        The gold rows: ``value`` as float, ``year`` as nullable ``Int64``, text columns as str ("" when empty).

    Raises
    ------
    VnHealthError
        If the file is missing or unreadable, a column is missing, or a row has a wrong number of fields, an
        empty ``file`` / ``indicator``, a non-numeric ``value``, a ``year`` that is not a whole number, or a
        ``kind`` other than actual/target. The message names the file, the CSV line and the column.
    """
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise VnHealthError(f"{path}: no such gold file", "give the CSV of hand-checked figures") from None
    except UnicodeDecodeError as exc:
        raise VnHealthError(f"{path}: not UTF-8 text (byte {exc.start})", "re-save the file as UTF-8") from None
    lines = raw.splitlines(keepends=True)
    reader = csv.reader(lines)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise VnHealthError(f"{path}: empty gold file", "the first line is the header: " + ",".join(GOLD_COLUMNS)) from None
    missing = [c for c in GOLD_COLUMNS if c not in header]
    if missing:
        raise VnHealthError(
            f"{path}, line 1 (header): missing column(s) {', '.join(missing)}",
            "the header must contain: " + ",".join(GOLD_COLUMNS),
        )
    records = []
    line_no = reader.line_num + 1  # the line the next record starts on
    for fields in reader:
        start, line_no = line_no, reader.line_num + 1
        if not any(f.strip() for f in fields):
            continue
        where = f"{path}, line {start}"
        if len(fields) > len(header) and header[-1] == "quote":
            # an unquoted comma inside the trailing quote ("10,6 bác sĩ/vạn dân"): the rest of the line is the quote
            fields = fields[:len(header) - 1] + [",".join(fields[len(header) - 1:])]
        if len(fields) != len(header):
            raise VnHealthError(
                f"{where}: {len(fields)} field(s) where the header has {len(header)}",
                "quote fields that contain commas with double quotes",
            )
        row = dict(zip(header, (f.strip() for f in fields)))
        records.append(_check_gold_row(row, where))
    frame = pd.DataFrame(records, columns=header)
    frame["value"] = frame["value"].astype("float64")
    frame["year"] = frame["year"].astype("Int64")
    return frame


def _check_gold_row(row: dict, where: str) -> dict:
    for column in ("file", "indicator"):
        if not row[column]:
            raise VnHealthError(f"{where}, column {column}: empty", f"every gold row needs a {column}")
    text = row["value"]
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        hint = "write a plain number with a decimal point, e.g. 10.6 or 8800000"
        if re.fullmatch(r"[\d.,\s]+", text or "-"):
            hint += " (no thousands separators, no decimal comma)"
        raise VnHealthError(f"{where}, column value: {text!r} is not a number", hint)
    row["value"] = value
    year = row["year"]
    if year and not re.fullmatch(r"\d{4}", year):
        raise VnHealthError(f"{where}, column year: {year!r} is not a year", "write a four-digit year, or leave it empty")
    row["year"] = int(year) if year else None
    if row["kind"] not in KINDS:
        raise VnHealthError(f"{where}, column kind: {row['kind']!r}", "write actual or target")
    return row


# --- scoring -------------------------------------------------------------------------------------------
@dataclass
class Score:
    """Counts and rates for one indicator (or for all of them).

    Attributes
    ----------
    indicator : str
        The indicator id, or ``"overall"``.
    gold, extracted, tp : int
        Gold rows, extracted rows, and rows found in both (as a multiset).
    """

    indicator: str
    gold: int
    extracted: int
    tp: int

    @property
    def fp(self) -> int:
        """Extracted rows not in gold."""
        return self.extracted - self.tp

    @property
    def fn(self) -> int:
        """Gold rows not extracted."""
        return self.gold - self.tp

    @property
    def precision(self) -> float:
        """tp / extracted; with nothing extracted, 1.0 if there is no gold either, else 0.0."""
        if self.extracted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.tp / self.extracted

    @property
    def recall(self) -> float:
        """tp / gold; with no gold rows, 1.0 if nothing was extracted either, else 0.0."""
        if self.gold == 0:
            return 1.0 if self.extracted == 0 else 0.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass
class Evaluation:
    """The result of :func:`evaluate`.

    Attributes
    ----------
    per_indicator : list of Score
        One score per indicator seen on either side, sorted by indicator id.
    overall : Score
        All indicators together.
    misses : pandas.DataFrame
        Gold rows that were not extracted (columns ``file, province, indicator, value, year, kind, quote``).
    false_figures : pandas.DataFrame
        Extracted rows that are not in gold (same columns).
    files : list of str
        The source file names evaluated over (gold files plus extracted files).
    listed_only : bool
        Whether ``other:*`` indicators were left out.
    """

    per_indicator: list[Score]
    overall: Score
    misses: pd.DataFrame
    false_figures: pd.DataFrame
    files: list[str] = field(default_factory=list)
    listed_only: bool = False

    @property
    def precision(self) -> float:
        """Overall precision."""
        return self.overall.precision

    @property
    def recall(self) -> float:
        """Overall recall."""
        return self.overall.recall

    @property
    def f1(self) -> float:
        """Overall F1."""
        return self.overall.f1

    def table(self) -> pd.DataFrame:
        """Per-indicator scores as a DataFrame (one row per indicator, then ``overall``)."""
        rows = [
            {"indicator": s.indicator, "gold": s.gold, "extracted": s.extracted, "tp": s.tp, "fp": s.fp, "fn": s.fn,
             "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for s in [*self.per_indicator, self.overall]
        ]
        return pd.DataFrame(rows)


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return re.sub(r"\s+", " ", nfc(str(value))).strip()


def _normalise(frame: pd.DataFrame, side: str) -> pd.DataFrame:
    """Gold (``file, province_as_written``) or extracted (``source, province``) rows -> the LIST_COLUMNS."""
    file_col = next((c for c in ("file", "source") if c in frame.columns), None)
    prov_col = next((c for c in ("province", "province_as_written") if c in frame.columns), None)
    missing = [name for name, col in (("file/source", file_col), ("province/province_as_written", prov_col)) if col is None]
    missing += [c for c in ("indicator", "value", "year", "kind") if c not in frame.columns]
    if missing:
        raise VnHealthError(f"{side} figures: missing column(s) {', '.join(missing)}",
                            "gold rows come from read_gold(), extracted rows from extract_paths()")
    out = pd.DataFrame({
        "file": [PurePath(_text(v).replace("\\", "/")).name for v in frame[file_col]],
        "province": [_text(v) for v in frame[prov_col]],
        "indicator": [_text(v) for v in frame["indicator"]],
        "value": pd.to_numeric(frame["value"], errors="raise").astype("float64").to_numpy(),
        "year": _years(frame["year"]),
        "kind": [_text(v).lower() for v in frame["kind"]],
        "quote": [_text(v) for v in frame["quote"]] if "quote" in frame.columns else [""] * len(frame),
    })
    return out.reset_index(drop=True)


def _years(column: pd.Series) -> pd.arrays.IntegerArray:
    """A year column (ints, floats with NaN, strings, None / "") -> nullable Int64."""
    cleaned = column.map(lambda v: None if _text(v) == "" else v)
    return pd.array(pd.to_numeric(cleaned, errors="raise"), dtype="Int64")


def _key(row) -> tuple:
    year = None if pd.isna(row.year) else int(row.year)
    return (row.file, row.province, row.indicator, round(float(row.value), _VALUE_DECIMALS) + 0.0, year, row.kind)


def evaluate(gold: pd.DataFrame, extracted: pd.DataFrame, listed_only: bool = False) -> Evaluation:
    """Score extracted figures against gold figures.

    A gold row and an extracted row match when they agree on source file name, province, indicator, value
    (rounded to 6 decimals), year (an empty year matches only an empty year) and kind. Matching is a multiset
    match: a figure written twice in gold must be extracted twice. Unit, qualifier and quote are not compared.
    The evaluation covers the files in gold plus the files in `extracted`: a gold file with no extracted rows
    contributes misses, an extracted file with no gold rows contributes false figures.

    Parameters
    ----------
    gold : pandas.DataFrame
        Gold rows, as from :func:`read_gold` (``file``, ``province_as_written``, ...); the public column names
        ``source`` / ``province`` are accepted too.
    extracted : pandas.DataFrame
        Extracted rows, as from :func:`extract_paths` (``source``, ``province``, ...).
    listed_only : bool, default False
        Leave out indicators whose id starts with ``other:`` on both sides.

    Returns
    -------
    Evaluation
        Per-indicator and overall scores, the misses and the false figures.
    """
    g = _normalise(gold, "gold")
    e = _normalise(extracted, "extracted")
    if listed_only:
        g = g[~g.indicator.str.startswith("other:")].reset_index(drop=True)
        e = e[~e.indicator.str.startswith("other:")].reset_index(drop=True)
    g_keys = [_key(r) for r in g.itertuples(index=False)]
    e_keys = [_key(r) for r in e.itertuples(index=False)]
    g_count, e_count = Counter(g_keys), Counter(e_keys)
    matched = {k: min(n, e_count[k]) for k, n in g_count.items() if k in e_count}

    def unmatched(frame: pd.DataFrame, keys: list[tuple]) -> pd.DataFrame:
        budget = dict(matched)  # the first `matched[k]` rows with key k are the matched ones
        keep = []
        for i, k in enumerate(keys):
            if budget.get(k, 0) > 0:
                budget[k] -= 1
            else:
                keep.append(i)
        return frame.iloc[keep][LIST_COLUMNS].reset_index(drop=True)

    indicators = sorted(set(g.indicator) | set(e.indicator))
    tp_by = Counter()
    for k, n in matched.items():
        tp_by[k[2]] += n
    gold_by, extracted_by = Counter(g.indicator), Counter(e.indicator)
    per_indicator = [Score(i, gold_by[i], extracted_by[i], tp_by[i]) for i in indicators]
    overall = Score("overall", len(g), len(e), sum(matched.values()))
    return Evaluation(
        per_indicator=per_indicator,
        overall=overall,
        misses=unmatched(g, g_keys),
        false_figures=unmatched(e, e_keys),
        files=sorted(set(g.file) | set(e.file)),
        listed_only=listed_only,
    )


# --- report --------------------------------------------------------------------------------------------
def _fmt_value(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{_VALUE_DECIMALS}f}".rstrip("0").rstrip(".")


def _fmt_list(title: str, frame: pd.DataFrame) -> list[str]:
    if frame.empty:
        return [f"{title} none"]
    lines = [f"{title} {len(frame)}"]
    cells = [
        (r.file, r.province or "-", r.indicator, _fmt_value(r.value), "-" if pd.isna(r.year) else str(int(r.year)), r.kind)
        for r in frame.itertuples(index=False)
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(6)]
    for cell, r in zip(cells, frame.itertuples(index=False)):
        parts = [c.ljust(w) if i != 3 else c.rjust(w) for i, (c, w) in enumerate(zip(cell, widths))]
        lines.append("  " + "  ".join(parts).rstrip())
        lines.append(f"      \u201c{r.quote}\u201d" if r.quote else "      (no quote)")
    return lines


def format_report(evaluation: Evaluation) -> str:
    """A plain-text report: a table per indicator, an overall line, then the misses and the false figures.

    Parameters
    ----------
    evaluation : Evaluation
        The result of :func:`evaluate`.

    Returns
    -------
    str
        The report (no trailing newline).
    """
    ev = evaluation
    scope = "listed indicators only" if ev.listed_only else "all indicators"
    head = (f"Evaluation over {len(ev.files)} file(s), {scope}: "
            f"{ev.overall.gold} gold figure(s), {ev.overall.extracted} extracted")
    name_w = max([len("indicator"), len("overall")] + [len(s.indicator) for s in ev.per_indicator])
    header = f"{'indicator':<{name_w}}  {'gold':>5}  {'extracted':>9}  {'tp':>5}  {'precision':>9}  {'recall':>6}"
    rule = "-" * len(header)

    def line(s: Score) -> str:
        return (f"{s.indicator:<{name_w}}  {s.gold:>5}  {s.extracted:>9}  {s.tp:>5}  "
                f"{s.precision:>9.3f}  {s.recall:>6.3f}")

    o = ev.overall
    out = [head, "", header, rule, *(line(s) for s in ev.per_indicator), rule,
           f"{line(o)}   F1 {o.f1:.3f}  (fp {o.fp}, fn {o.fn})", ""]
    out += _fmt_list("Missed:", ev.misses)
    out.append("")
    out += _fmt_list("False figures:", ev.false_figures)
    return "\n".join(out)
