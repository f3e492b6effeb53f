"""Derived figures (hand-computed), re-basing by summing numerators and denominators, plausibility flags."""

import pandas as pd
import pytest

from vnhealth.dataset import load_figures
from vnhealth.derive import rebase, ratio_from_count


def test_ratio_from_count_matches_a_hand_computation():
    # An Giang: 11,022 beds; Resolution 202 population 4,952,238 -> 11,022 / 4,952,238 * 10,000 = 22.2566...
    assert ratio_from_count(11022, 4952238) == pytest.approx(22.2566, abs=1e-4)
    figures = load_figures()
    derived = figures[(figures.origin == "derived") & (figures.unit_name == "An Giang")]
    row = derived[derived.indicator == "beds_per_10k"].iloc[0]
    assert row.value == 22.26 and row.year == 2025
    assert "11,022 ÷ 4,952,238" in row.note and "administrative" in row.note


def test_rebase_sums_numerators_and_denominators_not_rates():
    # Province A: 10 doctors/10k over 1,000,000 people (1,000 doctors); B: 4/10k over 250,000 (100 doctors).
    # Merged: 1,100 doctors / 1,250,000 people = 8.8 per 10k. The average of the rates would be 7.
    assert rebase([10, 4], [1_000_000, 250_000]) == pytest.approx(8.8)
    assert rebase([10, 4], [1_000_000, 250_000]) != pytest.approx((10 + 4) / 2)


def test_rebase_in_the_dataset(tmp_path, monkeypatch):
    """Two merged provinces with figures and populations of the same year -> one flagged re-based figure."""
    import shutil

    from vnhealth import REFERENCE_DIR
    from vnhealth.dataset import build_figures
    from vnhealth.provinces import Registry

    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, reference)
    with open(reference / "provincial_figures.csv", "a", encoding="utf-8") as fh:
        fh.write("test-a,Bến Tre,pre2025,doctors_per_10k,10,per_10k,2024,actual,,,test,\n")
        fh.write("test-b,Trà Vinh,pre2025,doctors_per_10k,4,per_10k,2024,actual,,,test,\n")
        fh.write("test-c,Vĩnh Long,pre2025,doctors_per_10k,8,per_10k,2024,actual,,,test,\n")
    with open(reference / "population.csv", "a", encoding="utf-8") as fh:
        fh.write("Bến Tre,pre2025,2024,1000000,nso_average,,test\n")
        fh.write("Trà Vinh,pre2025,2024,250000,nso_average,,test\n")
        fh.write("Vĩnh Long,pre2025,2024,750000,nso_average,,test\n")
    figures = build_figures(reviews_path=tmp_path / "none.csv", registry=Registry(reference), reference_dir=reference)
    rebased = figures[(figures.origin == "derived") & (figures.indicator == "doctors_per_10k")
                      & (figures.unit_name == "Vĩnh Long")]
    assert len(rebased) == 1
    # (10*1,000,000 + 4*250,000 + 8*750,000) / 2,000,000 = 8.5
    assert rebased.iloc[0].value == 8.5 and "approximate" in rebased.iloc[0].note


def test_implausible_figure_is_flagged_not_dropped():
    figures = load_figures()
    hue = figures[(figures.province == "Thừa Thiên Huế") & (figures.year == 2023) & (figures.indicator == "doctors_per_10k")]
    assert len(hue) == 1 and hue.iloc[0].value == 4.0
    assert "61 beds but 4 doctors" in hue.iloc[0].plausibility
    assert "national value of 2023" in hue.iloc[0].plausibility
