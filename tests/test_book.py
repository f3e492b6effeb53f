"""End to end: papermill on the template, the CLI, and a full strict book build of a project copy."""

import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from conftest import BIN, ROOT, add_source, copy_project, run_vnhealth

pytestmark = pytest.mark.slow


def papermill(*args, cwd=ROOT):
    return subprocess.run([str(BIN / "papermill"), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_papermill_runs_the_template_for_vinh_long(tmp_path):
    out = tmp_path / "x.ipynb"
    result = papermill("notebooks/province.ipynb", str(out), "-p", "province", "Vĩnh Long")
    assert result.returncode == 0, result.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "10.6 doctors per 10,000 people" in text and "data:image/png;base64" in text


def test_papermill_names_an_unknown_province(tmp_path):
    result = papermill("notebooks/province.ipynb", str(tmp_path / "x.ipynb"), "-p", "province", "Atlantis")
    assert result.returncode != 0
    assert "Atlantis" in result.stderr and "closest registry names" in result.stderr


def test_help_notebook_documents_every_parameter():
    result = papermill("--help-notebook", "notebooks/province.ipynb")
    for name in ("province: str", "norm_set: str", "year: Optional[int]", "lang: str"):
        assert name in result.stdout


def test_cli_help_lists_every_command():
    result = subprocess.run([str(BIN / "vnhealth"), "--help"], capture_output=True, text=True)
    for command in ("build", "run", "params", "extract", "evaluate"):
        assert command in result.stdout


def test_cli_refuses_unknown_parameter_and_bad_values(project):
    for args, message in ((["run", "Cà Mau", "-p", "colour", "red"], "unknown parameter 'colour'"),
                          (["run", "Atlantis"], "Atlantis"),
                          (["run", "Cà Mau", "-p", "year", "abc"], "parameter year"),
                          (["build", "--norm-set", "NQ99"], "unknown norm set")):
        result = run_vnhealth(project, *args)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_cli_extract_writes_the_public_columns():
    result = subprocess.run([str(BIN / "vnhealth"), "extract", "data/sources"], cwd=ROOT, capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "source,province,indicator,value,unit,year,kind,qualifier,quote"
    assert len(lines) == 29  # the 28 gold rows + header


def _page(project: Path, name: str) -> str:
    return (project / "_build" / "html" / "generated" / "units" / f"{name}.html").read_text(encoding="utf-8")


def test_book_has_a_page_per_unit_with_figures_and_no_other(built_book):
    html_dir = built_book / "_build" / "html"
    assert (html_dir / "index.html").exists()
    pages = sorted(p.stem for p in (html_dir / "generated" / "units").glob("*.html"))
    for name in ("an-giang", "can-tho", "hue", "vinh-long"):  # the units of the seed articles
        assert name in pages
    figures = pd.read_csv(built_book / "_build" / "data" / "figures.csv")
    with_figures = set(figures.unit_code.dropna().astype(int))
    assert len(pages) == len(with_figures) and len(pages) < 34  # a page per unit with a figure, none for the rest
    assert "ca-mau" not in pages or 96 in with_figures
    for name in pages:
        text = _page(built_book, name)
        assert "<img" in text and "data:image/png;base64" in text
        assert "Traceback" not in text and "Error" not in re.sub(r"<[^>]+>", "", text).split("Provenance")[0]
    assert "Hậu Giang (part of Thành phố Cần Thơ since 1 July 2025)" in _page(built_book, "can-tho")
    overview = (html_dir / "generated" / "overview.html").read_text(encoding="utf-8")
    for needle in ("Every unit with data", "Status against the norm", "Coverage", "Resolution 20-NQ/TW"):
        assert needle in overview
    for page in ("generated/methods", "generated/data_quality", "generated/norms", "generated/sources",
                 "generated/glossary", "generated/build_report"):
        assert (html_dir / f"{page}.html").exists()


def test_report_and_noop_rebuild(built_book):
    report = json.loads((built_book / "_build" / "report.json").read_text(encoding="utf-8"))
    assert report["book_status"] == "built"
    result = run_vnhealth(built_book, "build")
    assert result.returncode == 0, result.stderr
    report = json.loads((built_book / "_build" / "report.json").read_text(encoding="utf-8"))
    assert {t["status"] for t in report["tasks"]} == {"cached"}


def test_a_new_source_flows_into_the_dataset_and_the_book(tmp_path):
    from conftest import small_project

    project = small_project(tmp_path / "project")
    text = ("Cà Mau: ngành y tế tổng kết năm 2025\n\nNăm 2025, tỉnh Cà Mau đạt 9,8 bác sĩ/vạn dân và "
            "31,5 giường bệnh/vạn dân; tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,6%.\n")
    add_source(project, "900_test_ca_mau", text, title="Cà Mau: ngành y tế tổng kết năm 2025")
    result = run_vnhealth(project, "build", "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    page = _page(project, "ca-mau")
    assert "9.8" in page and "31.5" in page and "93.6%" in page
    assert "900_test_ca_mau.txt" in (project / "_build" / "data" / "figures.csv").read_text(encoding="utf-8")


ENGLISH_MARKERS = ("Headlines", "reported", "figures against the norm", "Norm set", "has been a provincial-level unit",
                   "Every unit with data", "Status against the norm", "no data", "Provenance")
VIETNAMESE_MARKERS = ("Tiêu điểm", "báo cáo", "so với chuẩn", "Chuẩn so sánh", "Các đơn vị có số liệu",
                      "không có số liệu", "Nguồn gốc số liệu")


def _visible_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r'alt="[^"]*"', " ", text)
    return re.sub(r"<[^>]+>", " ", text)


def test_vietnamese_edition_has_no_english_narrative_and_vice_versa(tmp_path, built_book):
    from conftest import small_project

    vi = small_project(tmp_path / "vi")
    result = run_vnhealth(vi, "build", "--lang", "vi")
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("generated/overview.html", "generated/units/can-tho.html", "generated/units/vinh-long.html",
                 "generated/methods.html", "generated/data_quality.html"):
        vi_text = _visible_text(vi / "_build" / "html" / page)
        en_text = _visible_text(built_book / "_build" / "html" / page)
        assert not [m for m in ENGLISH_MARKERS if m in vi_text], page
        assert not [m for m in VIETNAMESE_MARKERS if m in en_text], page
        assert any(m in vi_text for m in VIETNAMESE_MARKERS)
    assert "10,6 bác sĩ/vạn dân" in _visible_text(vi / "_build" / "html" / "generated/units/vinh-long.html")


def test_pre2025_edition_puts_figures_on_the_map_they_were_reported_on(tmp_path):
    from conftest import small_project

    project = small_project(tmp_path / "old")
    result = run_vnhealth(project, "build", "--geography", "pre2025")
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted(p.stem for p in (project / "_build" / "html" / "generated" / "units").glob("*.html"))
    # Hậu Giang and Thừa Thiên Huế were reported as pre-2025 provinces; Huế is unchanged, so nothing is lost.
    assert {"hau-giang", "thua-thien-hue", "quang-tri", "ca-mau"} <= set(pages)
    # Vĩnh Long (2025) and An Giang (2025) figures describe merged units: they cannot be split back.
    assert "vinh-long" not in pages and "an-giang" not in pages
    overview = _visible_text(project / "_build" / "html" / "generated" / "overview.html")
    assert "63-province map" in overview and "34-unit map" not in overview


def test_pre2025_pages_resolve_names_on_the_old_map():
    from vnhealth.analysis import province_page
    from vnhealth.errors import VnHealthError

    assert province_page("Hậu Giang", geography="pre2025").unit.name == "Hậu Giang"
    assert province_page("TP Cần Thơ", geography="pre2025").unit.name == "Cần Thơ"  # the old city, not the merged one
    with pytest.raises(VnHealthError, match="Atlantis"):
        province_page("Atlantis", geography="pre2025")
    with pytest.raises(VnHealthError, match="parameter geography"):
        province_page("Hậu Giang", geography="1990")


def test_flagged_figure_appears_on_the_data_quality_page(built_book):
    text = _visible_text(built_book / "_build" / "html" / "generated" / "data_quality.html")
    assert "Thừa Thiên Huế" in text and "61 beds but 4 doctors per 10,000" in text
    unit = _page(built_book, "hue")
    assert "⚠" in unit and "61 beds but 4 doctors" in unit  # shown on the unit page too, not dropped
