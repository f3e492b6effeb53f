"""Scoring extracted figures against gold: matching rules, multiset counts, reports, and the gold reader."""

from pathlib import Path

import pandas as pd
import pytest

from vnhealth.errors import VnHealthError
from vnhealth.evaluate import evaluate, extract_paths, format_report, read_gold

REPO = Path(__file__).parents[1]

GOLD_ROWS = [
    # file, province_as_written, indicator, value, unit, year, kind, qualifier, quote
    ("a.txt", "Vĩnh Long", "doctors_per_10k", 10.6, "per_10k", 2025, "actual", "", "10,6 bác sĩ/vạn dân"),
    ("a.txt", "Vĩnh Long", "beds_per_10k", 32.0, "per_10k", 2025, "actual", "", "32 giường bệnh/vạn dân"),
    ("b.txt", "Hậu Giang", "insurance_coverage_pct", 94.09, "pct", None, "actual", "", "BHYT đạt 94,09%"),
    ("b.txt", "Hậu Giang", "other:communes_with_family_doctor_pct", 30.0, "pct", 2030, "target", "over", "tối thiểu 30% xã"),
]


def gold(rows=GOLD_ROWS) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["file", "province_as_written", "indicator", "value", "unit", "year", "kind",
                                        "qualifier", "quote"])
    frame["year"] = frame["year"].astype("Int64")
    return frame


def extracted(rows=GOLD_ROWS) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["source", "province", "indicator", "value", "unit", "year", "kind",
                                        "qualifier", "quote"])
    frame["year"] = frame["year"].astype("Int64")
    return frame


def score(ev, indicator):
    return next(s for s in ev.per_indicator if s.indicator == indicator)


def test_perfect_match():
    ev = evaluate(gold(), extracted())
    assert (ev.precision, ev.recall, ev.f1) == (1.0, 1.0, 1.0)
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (4, 0, 0)
    assert ev.misses.empty and ev.false_figures.empty
    assert ev.files == ["a.txt", "b.txt"]
    assert all(s.precision == s.recall == 1.0 for s in ev.per_indicator)


def test_value_compared_rounded_and_quote_ignored():
    rows = [r[:3] + (r[3] + 1e-9,) + r[4:8] + ("another quote",) for r in GOLD_ROWS]
    ev = evaluate(gold(), extracted(rows))
    assert ev.overall.tp == 4


def test_missing_row_lowers_recall_and_is_listed():
    ev = evaluate(gold(), extracted(GOLD_ROWS[1:]))
    assert ev.precision == 1.0
    assert ev.recall == pytest.approx(3 / 4)
    assert ev.f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (3, 0, 1)
    doctors = score(ev, "doctors_per_10k")
    assert (doctors.gold, doctors.extracted, doctors.tp, doctors.precision, doctors.recall) == (1, 0, 0, 0.0, 0.0)
    assert len(ev.misses) == 1
    miss = ev.misses.iloc[0]
    assert (miss.file, miss.province, miss.indicator, miss.value, miss.year, miss.quote) == (
        "a.txt", "Vĩnh Long", "doctors_per_10k", 10.6, 2025, "10,6 bác sĩ/vạn dân")
    report = format_report(ev)
    assert "Missed: 1" in report and "“10,6 bác sĩ/vạn dân”" in report
    assert "False figures: none" in report


def test_extra_row_lowers_precision_and_is_listed():
    extra = ("c.txt", "Việt Nam", "doctors_per_10k", 15.0, "per_10k", 2024, "actual", "", "cả nước 15 bác sĩ/vạn dân")
    ev = evaluate(gold(), extracted(GOLD_ROWS + [extra]))
    assert ev.recall == 1.0
    assert ev.precision == pytest.approx(4 / 5)
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (4, 1, 0)
    assert ev.files == ["a.txt", "b.txt", "c.txt"]  # an extracted file absent from gold counts
    assert ev.false_figures.to_dict("records") == [{
        "file": "c.txt", "province": "Việt Nam", "indicator": "doctors_per_10k", "value": 15.0, "year": 2024,
        "kind": "actual", "quote": "cả nước 15 bác sĩ/vạn dân"}]
    assert score(ev, "doctors_per_10k").precision == pytest.approx(0.5)
    report = format_report(ev)
    assert "False figures: 1" in report and "cả nước 15 bác sĩ/vạn dân" in report


def test_empty_year_does_not_match_a_year():
    rows = [GOLD_ROWS[2][:5] + (2025,) + GOLD_ROWS[2][6:]]  # gold has no year, extraction says 2025
    ev = evaluate(gold([GOLD_ROWS[2]]), extracted(rows))
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (0, 1, 1)
    assert (ev.precision, ev.recall, ev.f1) == (0.0, 0.0, 0.0)
    assert pd.isna(ev.misses.iloc[0].year) and ev.false_figures.iloc[0].year == 2025


def test_province_and_kind_are_part_of_the_key():
    rows = [GOLD_ROWS[0][:1] + ("An Giang",) + GOLD_ROWS[0][2:], GOLD_ROWS[1][:6] + ("target",) + GOLD_ROWS[1][7:]]
    ev = evaluate(gold(GOLD_ROWS[:2]), extracted(rows))
    assert ev.overall.tp == 0 and ev.overall.fp == 2 and ev.overall.fn == 2


def test_listed_only_drops_other_indicators():
    ev_all = evaluate(gold(), extracted(GOLD_ROWS[:3]))
    assert (ev_all.overall.gold, ev_all.overall.fn) == (4, 1)
    ev = evaluate(gold(), extracted(GOLD_ROWS[:3]), listed_only=True)
    assert (ev.overall.gold, ev.overall.extracted, ev.overall.tp) == (3, 3, 3)
    assert ev.recall == 1.0 and ev.misses.empty
    assert not any(s.indicator.startswith("other:") for s in ev.per_indicator)
    assert "listed indicators only" in format_report(ev)


def test_duplicates_are_a_multiset():
    twice = [GOLD_ROWS[0], GOLD_ROWS[0]]
    ev = evaluate(gold(twice), extracted([GOLD_ROWS[0]]))
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (1, 0, 1)
    assert ev.recall == 0.5 and len(ev.misses) == 1
    ev = evaluate(gold([GOLD_ROWS[0]]), extracted(twice + [GOLD_ROWS[0]]))
    assert (ev.overall.tp, ev.overall.fp, ev.overall.fn) == (1, 2, 0)
    assert ev.precision == pytest.approx(1 / 3) and len(ev.false_figures) == 2


def test_empty_sides():
    empty = GOLD_ROWS[:0]
    ev = evaluate(gold(empty), extracted(empty))
    assert (ev.precision, ev.recall) == (1.0, 1.0)
    ev = evaluate(gold(), extracted(empty))
    assert (ev.precision, ev.recall) == (0.0, 0.0)
    ev = evaluate(gold(empty), extracted())
    assert (ev.precision, ev.recall) == (0.0, 0.0)


GOOD_CSV = (
    "file,province_as_written,indicator,value,unit,year,kind,qualifier,quote\n"
    "a.txt,Vĩnh Long,doctors_per_10k,10.6,per_10k,2025,actual,,\"10,6 bác sĩ/vạn dân\"\n"
    "b.txt,Hậu Giang,insurance_coverage_pct,94.09,pct,,actual,,BHYT đạt 94%\n"
)


def test_read_gold(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    frame = read_gold(path)
    assert len(frame) == 2
    assert frame.value.tolist() == [10.6, 94.09]
    assert str(frame.year.dtype) == "Int64" and frame.year[0] == 2025 and pd.isna(frame.year[1])
    assert frame.quote[0] == "10,6 bác sĩ/vạn dân"


def test_read_gold_non_numeric_value_names_file_line_and_column(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(GOOD_CSV + "c.txt,An Giang,total_beds,11.022 giường,count,2025,actual,,x\n", encoding="utf-8")
    with pytest.raises(VnHealthError) as err:
        read_gold(path)
    message = err.value.message
    assert "broken.csv" in message and "line 4" in message and "column value" in message
    assert "11.022 giường" in message


def test_read_gold_counts_lines_of_multiline_quotes(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(GOOD_CSV + 'c.txt,An Giang,beds_per_10k,30,per_10k,2025,actual,,"two\nlines"\n'
                    "d.txt,An Giang,beds_per_10k,30,per_10k,20x5,actual,,q\n", encoding="utf-8")
    with pytest.raises(VnHealthError, match=r"line 6, column year"):
        read_gold(path)


def test_read_gold_missing_column(tmp_path):
    path = tmp_path / "nocol.csv"
    path.write_text(GOOD_CSV.replace(",kind", ",sort"), encoding="utf-8")
    with pytest.raises(VnHealthError) as err:
        read_gold(path)
    assert "nocol.csv" in err.value.message and "line 1" in err.value.message and "kind" in err.value.message


def test_seed_sources_reproduce_seed_gold():
    gold_rows = read_gold(REPO / "tests" / "seeds_gold.csv")
    figures = extract_paths([REPO / "data" / "sources"])
    assert str(figures.year.dtype) == "Int64"
    assert list(figures.columns) == ["source", "province", "indicator", "value", "unit", "year", "kind",
                                     "qualifier", "quote"]
    ev = evaluate(gold_rows, figures)
    assert len(gold_rows) == 28
    assert ev.overall.tp == len(gold_rows) == len(figures), format_report(ev)
    assert ev.precision == 1.0 and ev.recall == 1.0, format_report(ev)


#: Development corpora and the floor they must keep (holdout16 has had one round of tuning only: it scores 0.897 / 0.887;
#: its misses are documented in the issue notes).
DEVELOPMENT_FLOORS = {"corpus": (0.98, 0.98), "corpus_holdout": (0.98, 0.98), "corpus_holdout2": (0.98, 0.98),
                      "corpus_holdout3": (0.98, 0.98), "corpus_holdout4": (0.98, 0.98),
                      "corpus_holdout5": (0.98, 0.98), "corpus_holdout6": (0.98, 0.98),
                      "corpus_holdout7": (0.98, 0.98), "corpus_holdout8": (0.98, 0.98),
                      "corpus_holdout9": (0.98, 0.98), "corpus_holdout10": (0.98, 0.96),
                      "corpus_holdout11": (0.98, 0.98), "corpus_holdout12": (0.98, 0.98),
                      "corpus_holdout13": (0.98, 0.98), "corpus_holdout14": (0.98, 0.98),
                      "corpus_holdout15": (0.98, 0.98), "corpus_holdout16": (0.98, 0.98),
                      "corpus_holdout17": (0.98, 0.98), "corpus_holdout18": (0.98, 0.98),
                      "corpus_holdout19": (0.97, 0.98), "corpus_holdout20": (0.98, 0.98),
                      "corpus_holdout21": (0.98, 0.95), "corpus_holdout22": (0.97, 0.98),
                      "corpus_holdout23": (0.98, 0.97), "corpus_holdout24": (0.98, 0.98),
                      "corpus_holdout25": (0.98, 0.95), "corpus_holdout26": (0.98, 0.97),
                      "corpus_holdout27": (0.97, 0.94), "corpus_holdout28": (0.98, 0.96),
                      "corpus_holdout29": (0.97, 0.89), "corpus_holdout30": (0.99, 0.95),
                      "corpus_holdout31": (0.95, 0.88), "corpus_holdout32": (0.97, 0.95),
                      "corpus_holdout33": (0.97, 0.97), "corpus_holdout34": (0.92, 0.88),
                      "corpus_holdout35": (0.95, 0.93), "corpus_holdout36": (0.97, 0.97),
                      "corpus_holdout37": (0.98, 0.98), "corpus_holdout38": (0.95, 0.98),
                      "corpus_holdout39": (0.98, 0.98), "corpus_holdout40": (0.97, 0.96),
                      "corpus_holdout41": (0.99, 0.96), "corpus_holdout42": (0.95, 0.92),
                      "corpus_holdout43": (0.98, 0.93), "corpus_holdout44": (0.96, 0.96),
                      "corpus_holdout45": (0.98, 0.96)}


@pytest.mark.parametrize("corpus", sorted(DEVELOPMENT_FLOORS))
def test_development_corpora_stay_read_correctly(corpus):
    """Regression guard: the corpora the rules were developed on must stay (near) perfectly read.

    Unseen corpora are measured, not asserted: see the issue notes for their scores."""
    from vnhealth.evaluate import evaluate, extract_paths, read_gold

    root = Path(__file__).resolve().parents[1] / "tests" / corpus
    result = evaluate(read_gold(root / "gold.csv"), extract_paths([root]), listed_only=True)
    min_precision, min_recall = DEVELOPMENT_FLOORS[corpus]
    assert result.precision >= min_precision and result.recall >= min_recall, (result.precision, result.recall)
