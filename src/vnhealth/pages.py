"""Reference data -> the book's generated Markdown pages: Norms, Sources, Glossary (all text escaped)."""

from __future__ import annotations

import pandas as pd

from .dataset import load_figures
from .norms import load_reference
from .report import escape_markdown as esc
from .sources import load_sources

_CMP = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def norms_page() -> str:
    """Every norm with its instrument and citation."""
    ref = load_reference()
    names = dict(zip(ref.indicators.id, ref.indicators.name_en))
    parts = ["# Norms\n",
             "The national targets each figure is measured against, as data (`data/reference/norms.csv`). "
             "A figure is compared with the first target year on or after its own year; targets expire after "
             "their year. Where a source was a press summary rather than the legal text, the confidence column "
             "says so.\n"]
    for ns in ref.norm_sets.itertuples():
        rows = ref.norms[ref.norms.norm_set == ns.norm_set].sort_values(["indicator", "target_year"])
        parts.append(f"## {esc(ns.short_name_en)} ({esc(ns.short_name_vi)})\n")
        parts.append(f"{esc(ns.title_en)}. Issued by {esc(ns.issuer)}, {esc(ns.date)}. Norm set id: `{ns.norm_set}`.\n")
        if isinstance(ns.note, str) and ns.note:
            parts.append(f"*{esc(ns.note)}*\n")
        parts.append(_md_table(
            ["Indicator", "Target year", "Target", "Citation", "Confidence"],
            [[esc(names.get(r.indicator, r.indicator)), str(r.target_year),
              f"{_CMP[r.comparator]} {r.target:g}{'%' if r.unit == 'pct' else ''}", esc(r.citation),
              esc(r.confidence or "")] for r in rows.itertuples()]) + "\n")
    return "\n".join(parts)


def sources_page() -> str:
    """Every source document with its metadata and how many figures it gave."""
    figures = load_figures()
    counts = figures.groupby("source").size().to_dict()
    rows = []
    for s in load_sources():
        m = s.meta
        rows.append([f"`{esc(s.name)}`", esc(m.get("title") or "—"), esc(m.get("outlet") or "—"),
                     esc(m.get("published") or "not printed"), esc(m.get("published_note") or ""),
                     esc(m.get("geography") or "—"), str(counts.get(s.name, 0)), f"`{str(m.get('sha256'))[:12]}…`"])
    return "\n".join([
        "# Sources\n",
        "The raw source documents in `data/sources/`, unchanged since they were added (a test checks each "
        "file against the SHA-256 checksum in its sidecar). *Geography* says which map the source's names refer "
        "to: the 63 provinces before 1 July 2025 (`pre2025`) or the 34 units since (`2025`).\n",
        _md_table(["File", "Title", "Outlet", "Published", "Date note", "Geography", "Figures", "SHA-256"], rows),
    ])


def glossary_page() -> str:
    """Indicators in Vietnamese and English."""
    ref = load_reference()
    rows = [[f"`{r.id}`", esc(r.name_vi), esc(r.name_en), esc(r.unit),
             {"higher": "higher is better", "lower": "lower is better", "none": "size, not performance"}[r.direction],
             esc(r.description_en), esc(r.description_vi)] for r in ref.indicators.itertuples()]
    return "\n".join([
        "# Glossary\n",
        "Indicators as Vietnamese reports name them and as this book translates them. Figures the extractor reads "
        "that fit none of these are kept as `other:<name>` and shown on the unit pages without an assessment.\n",
        _md_table(["Id", "Tiếng Việt", "English", "Unit", "Direction", "Description", "Mô tả"], rows),
    ])


PAGES = {"norms.md": norms_page, "sources.md": sources_page, "glossary.md": glossary_page}
