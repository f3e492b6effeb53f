"""Figures -> assessments -> sentences, tables and matrices, on small hand-made tables and the seed data."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from vnhealth.analysis import province_page, validate_year
from vnhealth.dataset import apply_reviews, load_figures
from vnhealth.errors import VnHealthError
from vnhealth.norms import MET, NO_DATA, NO_NORM, NOT_MET, assess, load_reference, meets, pick_norm
from vnhealth.report import coverage_matrix, headline_sentences, status_matrix

ROOT = Path(__file__).resolve().parents[1]


def _figures(rows):
    base = dict(figure_id="x", source="s.txt", province="Vĩnh Long", unit="per_10k", kind="actual", qualifier="",
                quote="q", scope="province", geography="2025", province_code=86, unit_code=86,
                unit_name="Vĩnh Long", review_status="machine")
    df = pd.DataFrame([{**base, **r} for r in rows])
    df["year"] = df["year"].astype("Int64")
    return df


def test_pick_norm_uses_first_target_year_on_or_after_and_targets_expire():
    norms = load_reference().norms
    assert pick_norm(norms, "NQ20-2017", "doctors_per_10k", 2023).target_year == 2025
    assert pick_norm(norms, "NQ20-2017", "doctors_per_10k", 2026).target_year == 2030
    assert pick_norm(norms, "NA-PLAN-2024", "doctors_per_10k", 2025) is None  # the 2024 plan has expired
    assert pick_norm(norms, "NQ20-2017", "doctors_per_10k", None).target_year == 2025
    assert pick_norm(norms, "NQ20-2017", "nurses_per_10k", 2025) is None


def test_assessment_is_direction_aware():
    assert meets(10.6, ">=", 10) and not meets(9.9, ">=", 10)
    assert meets(30, "<=", 35) and not meets(40, "<=", 35)  # out-of-pocket share: lower is better
    df = assess(_figures([
        {"indicator": "doctors_per_10k", "value": 10.6, "year": 2025},
        {"indicator": "doctors_per_10k", "value": 9.0, "year": 2025},
        {"indicator": "out_of_pocket_pct", "value": 40.0, "year": 2025, "unit": "pct"},
        {"indicator": "out_of_pocket_pct", "value": 30.0, "year": 2025, "unit": "pct"},
        {"indicator": "total_beds", "value": 11022.0, "year": 2025, "unit": "count"},
    ]), "NQ20-2017")
    assert list(df.status) == [MET, NOT_MET, NOT_MET, MET, NO_NORM]
    assert df.gap.iloc[0] == pytest.approx(0.6) and df.gap.iloc[1] == pytest.approx(-1.0)


def test_national_value_of_the_same_year_only():
    df = assess(_figures([{"indicator": "doctors_per_10k", "value": 11.0, "year": 2023},
                          {"indicator": "doctors_per_10k", "value": 11.0, "year": 2024}]), "NQ20-2017")
    assert df.national_value.iloc[0] == 12.5
    assert pd.isna(df.national_value.iloc[1])  # no national figure for 2024: missing, not zero


def test_headline_names_both_instruments_for_vinh_long():
    page = province_page("Vĩnh Long")
    text = " ".join(headline_sentences(page.figures, "en", norm_set="NQ20-2017"))
    assert "Vĩnh Long reported 10.6 doctors per 10,000 people in 2025" in text
    assert "meeting the 2025 target of Resolution 20-NQ/TW" in text
    assert "below the 2025 target of Decision 201/QĐ-TTg" in text
    vi = " ".join(headline_sentences(page.figures, "vi", norm_set="NQ20-2017"))
    assert "10,6 bác sĩ/vạn dân năm 2025" in vi


def test_pre_merger_figures_appear_under_the_successor_named_as_reported():
    page = province_page("Hậu Giang")
    assert page.unit.name == "Thành phố Cần Thơ"
    assert {"Hậu Giang", "Cần Thơ"} == set(page.figures.province)  # article + Decision 546 rows, as reported
    assert any("Hậu Giang (part of Thành phố Cần Thơ since 1 July 2025)" in s
               for s in headline_sentences(page.figures, "en", norm_set="NQ20-2017"))


def test_missing_data_is_no_data_never_zero():
    figures = _figures([{"indicator": "doctors_per_10k", "value": 10.6, "year": 2025}])
    assessed = assess(figures, "NQ20-2017")
    matrix = status_matrix(assessed, ["Vĩnh Long", "Cà Mau"], ["doctors_per_10k", "beds_per_10k"])
    assert matrix.loc["Cà Mau", "doctors_per_10k"] == NO_DATA
    assert matrix.loc["Vĩnh Long", "beds_per_10k"] == NO_DATA
    assert matrix.loc["Vĩnh Long", "doctors_per_10k"] == MET
    coverage = coverage_matrix(figures, ["Vĩnh Long", "Cà Mau"], ["doctors_per_10k"])
    assert coverage.loc["Cà Mau", "doctors_per_10k"] == "" and coverage.loc["Vĩnh Long", "doctors_per_10k"] == "2025"


@pytest.mark.parametrize("kwargs, message", [
    ({"province": "Atlantis"}, "Atlantis"), ({"norm_set": "NQ99"}, "unknown norm set 'NQ99'"),
    ({"lang": "fr"}, "unknown language 'fr'"), ({"year": "abc"}, "parameter year: 'abc'"),
    ({"year": 3000}, "outside"), ({"province": ""}, "parameter province is empty"),
])
def test_parameters_are_validated_with_clear_messages(kwargs, message):
    with pytest.raises(VnHealthError, match=message):
        province_page(**kwargs)


def test_year_parameter():
    assert validate_year(None) is None and validate_year("2025") == 2025
    page = province_page("Hậu Giang", year=2030)
    assert set(page.figures.year) == {2030}


def test_every_seed_gold_row_is_in_the_dataset_and_nothing_else():
    figures = load_figures()
    assert set(figures.origin) == {"source text", "reference table", "derived"}
    figures = figures[figures.origin == "source text"]
    got = sorted((r.source, r.province, r.indicator, round(float(r.value), 6), "" if pd.isna(r.year) else str(r.year), r.kind)
                 for r in figures.itertuples())
    with open(ROOT / "tests" / "seeds_gold.csv", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        gold = sorted((r[0], r[1], r[2], round(float(r[3]), 6), r[5], r[6]) for r in reader)
    assert got == gold
    assert "004_d16c0d61c8566826.txt" not in set(figures.source)


def test_reviews_accept_correct_reject():
    figures = _figures([{"indicator": "doctors_per_10k", "value": 4.0, "year": 2023, "figure_id": "a"},
                        {"indicator": "beds_per_10k", "value": 61.0, "year": 2023, "figure_id": "b"},
                        {"indicator": "beds_per_10k", "value": 32.0, "year": 2023, "figure_id": "c"}])
    reviews = pd.DataFrame([
        {"figure_id": "a", "action": "correct", "indicator": None, "value": 14.0, "year": None, "kind": None,
         "province": None, "reviewer": "t", "date": "2026-11-22", "note": "yearbook says 14"},
        {"figure_id": "b", "action": "reject", "indicator": None, "value": None, "year": None, "kind": None,
         "province": None, "reviewer": "t", "date": "2026-11-22", "note": ""},
        {"figure_id": "c", "action": "accept", "indicator": None, "value": None, "year": None, "kind": None,
         "province": None, "reviewer": "t", "date": "2026-11-22", "note": ""},
    ])
    out = apply_reviews(figures, reviews)
    assert list(out.figure_id) == ["a", "c"]
    assert out.value.iloc[0] == 14.0 and out.machine_value.iloc[0] == 4.0
    assert list(out.review_status) == ["corrected", "reviewed"]


def test_figure_ids_survive_an_edit_elsewhere_in_the_source():
    from vnhealth.extract import SourceInfo, extract_text

    text = ("Năm 2025, tỉnh Cà Mau đạt 9,8 bác sĩ/vạn dân.\n\nTỷ lệ tham gia bảo hiểm y tế đạt 93,6%.\n")
    before = {f.indicator: f.figure_id for f in extract_text(text, SourceInfo("x.txt"))}
    edited = "Cà Mau: tin mới\n\n" + text.replace("93,6%", "93,6% dân số") + "\nMột đoạn văn mới không có số liệu.\n"
    after = {f.indicator: f.figure_id for f in extract_text(edited, SourceInfo("x.txt"))}
    assert before["doctors_per_10k"] == after["doctors_per_10k"]  # untouched figure keeps its id
    assert len(before) == 2 and len(after) == 2


def test_reviews_survive_re_extraction(tmp_path):
    from vnhealth import SOURCES_DIR
    from vnhealth.dataset import build_figures

    reviews = tmp_path / "reviews.csv"
    reviews.write_text("figure_id,action,indicator,value,year,kind,province,reviewer,date,note\n"
                       "acc9c95ed272,correct,,14,2023,,,t,2026-11-22,checked against the yearbook\n", encoding="utf-8")
    first = build_figures(SOURCES_DIR, reviews)
    second = build_figures(SOURCES_DIR, reviews)  # extraction runs again from the raw text
    for figures in (first, second):
        row = figures[figures.figure_id == "acc9c95ed272"].iloc[0]
        assert row.value == 14 and row.machine_value == 4 and row.review_status == "corrected"
    assert reviews.read_text(encoding="utf-8").count("\n") == 2  # the reviewed table is never rewritten


def test_the_committed_review_marks_the_figure_reviewed():
    figures = load_figures()
    row = figures[figures.figure_id == "acc9c95ed272"].iloc[0]
    assert row.review_status == "reviewed" and row.value == 4.0
