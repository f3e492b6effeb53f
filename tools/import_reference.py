"""Import the provincial facts of ../shared/reference/ into data/reference/ (long format, one cited row each).

Run once when the shared reference facts change: ``python tools/import_reference.py``. It writes
``provincial_figures.csv`` (provincial statistics and Decision 546/QĐ-TTg insurance targets) and
``population.csv`` (average-population series). Nothing is estimated: values are copied as the sources print
them; year qualifiers such as "(prelim.)" become notes, and rows whose year is not stated are left out.
"""

import csv
import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "reference"
OUT = ROOT / "data" / "reference"

UNIT_OF = {"doctors_per_10k": "per_10k", "beds_per_10k": "per_10k", "immunisation_full_u1_pct": "pct",
           "insurance_coverage_pct": "pct", "stations_with_doctor_pct": "pct", "life_expectancy_years": "years",
           "communes_national_standard_pct": "pct"}
NAME_FIX = {"TP Hồ Chí Minh": "Thành phố Hồ Chí Minh", "NATIONWIDE": "Việt Nam"}


def read(name):
    with open(SHARED / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def year_and_note(text):
    m = re.match(r"\s*(\d{4})\s*(?:\((.*)\))?", text or "")
    if not m:
        return None, ""
    return int(m.group(1)), (m.group(2) or "").strip()


def resolve_same(rows, key="source"):
    last = ""
    for r in rows:
        value = r[key].strip()
        if value.startswith("same"):
            extra = value[4:].strip()
            r[key] = last + (f" {extra}" if extra else "")
        else:
            last = value
    return rows


def figure_id(*parts):
    return "ref-" + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:10]


def main():
    rows = []
    # 1. provincial_statistics_partial.csv: wide -> long
    for r in resolve_same(read("provincial_statistics_partial.csv")):
        year, note = year_and_note(r["year"])
        for column, indicator in (("doctors_per_10k", "doctors_per_10k"), ("beds_per_10k", "beds_per_10k"),
                                  ("full_immunisation_u1_pct", "immunisation_full_u1_pct")):
            if r[column].strip():
                rows.append(dict(province=NAME_FIX.get(r["province_old"], r["province_old"]), year=year,
                                 indicator=indicator, value=float(r[column]), kind="actual", note=note,
                                 source=r["source"], confidence="low" if "low confidence" in r["source"] else ""))
    # 2. provincial_indicators_extra.csv: already long
    for r in read("provincial_indicators_extra.csv"):
        year, _ = year_and_note(r["year"])
        kind = "target" if r["kind"].startswith("target") else "actual"
        qualifier = r["kind"][len("actual"):].strip(" ()") if kind == "actual" else ""
        rows.append(dict(province=NAME_FIX.get(r["province_old"], r["province_old"]), year=year,
                         indicator=r["indicator"], value=float(r["value"]), kind=kind,
                         note="; ".join(x for x in (qualifier, r["note"]) if x),
                         source=f"{r['source_title']} {r['source_url']}".strip(),
                         confidence="low" if "LOW CONFIDENCE" in r["note"] else ""))
    # 3. Decision 546/QĐ-TTg provincial insurance targets (assigned by the Prime Minister)
    for name in ("bhyt_targets_546.csv", "bhyt_targets_546_extra.csv"):
        for r in resolve_same(read(name)):
            if r["province_old"] == "NATIONWIDE":
                continue  # the national path is a norm set (QD546-2022 in norms.csv), not a provincial figure
            for year in (2022, 2023, 2024, 2025):
                rows.append(dict(province=NAME_FIX.get(r["province_old"], r["province_old"]), year=year,
                                 indicator="insurance_coverage_pct", value=float(r[f"target_{year}"]), kind="target",
                                 note="coverage target assigned to the province by Decision 546/QĐ-TTg (29 Apr 2022)",
                                 source=f"Decision 546/QĐ-TTg appendix: {r['source']}", confidence=""))
    fields = ["figure_id", "province", "geography", "indicator", "value", "unit", "year", "kind", "qualifier",
              "note", "source", "confidence"]
    seen = set()
    with open(OUT / "provincial_figures.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            key = (r["province"], r["indicator"], r["year"], r["kind"], r["value"])
            if key in seen:
                continue
            seen.add(key)
            writer.writerow({**r, "figure_id": figure_id(*key), "geography": "pre2025",
                             "unit": UNIT_OF[r["indicator"]], "qualifier": ""})
    # 4. population: average-population series with a stated year only
    with open(OUT / "population.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["province", "geography", "year", "population", "basis", "note",
                                                "source"], lineterminator="\n")
        writer.writeheader()
        for r in read("population_partial.csv"):
            year, note = year_and_note(r["year"])
            if year is None or "average population" not in r["basis"]:
                continue
            writer.writerow(dict(province=r["province_old"], geography="pre2025", year=year,
                                 population=int(r["population"]), basis="nso_average",
                                 note=note or ("prelim." if "prelim" in r["basis"] else ""),
                                 source=f"{r['source_title']} {r['source_url']}"))
    print(f"wrote {len(seen)} provincial figures and the population series")


if __name__ == "__main__":
    main()
