"""Bad input gets one clear message (what, where, hint), a non-zero exit, and no half-written output.

Each test here backs one row of the "Bad input" table in README.md (a test checks the table names them).
"""

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BIN, ROOT, add_source, run_vnhealth, small_project


@pytest.fixture(scope="module")
def proj(tmp_path_factory):
    return small_project(tmp_path_factory.mktemp("bad") / "p")


@pytest.fixture
def fresh(tmp_path):
    return small_project(tmp_path / "p")


def refused(project, *args, message):
    """Run vnhealth; assert exit 2, the message on stderr, no traceback, nothing built."""
    before = sorted(p.name for p in (project / "_build").glob("*")) if (project / "_build").exists() else []
    result = run_vnhealth(project, *args)
    assert result.returncode == 2, (args, result.stdout, result.stderr)
    assert message in result.stderr, (message, result.stderr)
    assert "Traceback" not in result.stderr and "hint:" in result.stderr
    after = sorted(p.name for p in (project / "_build").glob("*")) if (project / "_build").exists() else []
    assert after == before or set(after) <= set(before) | {"runs"}
    return result


# --- parameters --------------------------------------------------------------------------------------------
def test_unknown_unit(proj):
    refused(proj, "run", "Atlantis", "--no-book", message="unknown province 'Atlantis'")


def test_unknown_norm_set(proj):
    refused(proj, "run", "Cà Mau", "--norm-set", "NQ99", message="unknown norm set 'NQ99'")
    refused(proj, "build", "--norm-set", "NQ99", message="unknown norm set 'NQ99'")


def test_unknown_indicator(proj):
    refused(proj, "run", "Cà Mau", "-p", "indicator", "doctors_per_1k", message="unknown indicator 'doctors_per_1k'")


def test_unknown_language(proj):
    refused(proj, "build", "--lang", "fr", message="unknown language 'fr'")


def test_unknown_geography(proj):
    refused(proj, "build", "--geography", "1990", message="unknown geography '1990'")


def test_wrong_type(proj):
    refused(proj, "run", "Cà Mau", "-p", "year", "abc", message="parameter year: 'abc' is not a year")


def test_unknown_parameter_name(proj):
    refused(proj, "run", "Cà Mau", "-p", "colour", "red", message="unknown parameter 'colour'")


@pytest.mark.parametrize("value", ['Cà Mau"\n__import__("os").system("touch INJECTED")\n"', "x'; import os #",
                                   "{{7*7}}", "$(touch INJECTED)"])
def test_code_injection_in_a_parameter(proj, value):
    refused(proj, "run", value, "--no-book", message="unknown province")
    assert not list(proj.rglob("INJECTED"))


def test_code_injection_through_papermill_is_inert(tmp_path):
    """papermill escapes values into string literals: the notebook sees an unknown province, nothing runs."""
    value = 'x"\n__import__("os").system("touch ' + str(tmp_path / "INJECTED") + '")\n"'
    result = subprocess.run([str(BIN / "papermill"), "notebooks/province.ipynb", str(tmp_path / "o.ipynb"),
                             "-p", "province", value], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "unknown province" in result.stderr
    assert not (tmp_path / "INJECTED").exists()


@pytest.mark.parametrize("output", ["../../etc/passwd", "/etc/passwd", "../report.json", "x.txt"])
def test_output_path_outside_the_output_folder(proj, output):
    refused(proj, "run", "Cà Mau", "--no-book", "--output", output, message="parameter --output")


# --- data files ------------------------------------------------------------------------------------------
def _edit(project, name, edit):
    path = project / "data" / "reference" / name
    path.write_bytes(edit(path.read_bytes()))


@pytest.mark.parametrize("name, edit, message", [
    ("norms.csv", lambda b: b.replace(b"norm_set,indicator", b"normset,indicator", 1), "missing column(s) norm_set"),
    ("population.csv", lambda b: b.replace(b",2015,1487640,", b",2015,many,", 1), "column 'population'"),
    ("norms.csv", lambda b: b + b.splitlines(keepends=True)[1], "duplicate key (norm_set, indicator, target_year)"),
    ("norms.csv", lambda b: b.replace(b",pct,2025,>=,95,", b",pct,2025,>=,195,", 1), "percentage over 100"),
    ("provincial_figures.csv", lambda b: b.replace(b",10.5,per_10k,", b",-10.5,per_10k,", 1), "column 'value'"),
    ("norms.csv", lambda b: b.replace(b",per_10k,2025,>=,10,", b",per_10m,2025,>=,10,", 1), "column 'unit'"),
    ("norms.csv", lambda b: b.replace(b"NQ20-2017,doctors_per_10k", b"NQ20-2017,doctorz_per_10k", 1), "unknown value 'doctorz_per_10k'"),
    ("indicators.csv", lambda b: b"", "indicators.csv: file is empty"),
    ("regions.csv", lambda b: b.replace("Đồng".encode(), "Đồng".encode("utf-16")[2:], 1), "regions.csv, line"),
])
def test_bad_data_file(fresh, name, edit, message):
    _edit(fresh, name, edit)
    result = refused(fresh, "build", message=message)
    assert name in result.stderr


def test_bom_crlf_and_nfd_are_read(fresh):
    import unicodedata

    path = fresh / "data" / "reference" / "regions.csv"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).replace("\n", "\r\n").encode())
    source = add_source(fresh, "902_nfd", unicodedata.normalize("NFD", "Cà Mau: năm 2025 tỉnh Cà Mau đạt 9,9 bác sĩ/vạn dân.\r\n"))
    result = run_vnhealth(fresh, "extract", str(source))
    assert result.returncode == 0 and "Cà Mau,doctors_per_10k,9.9" in result.stdout


def test_huge_source_is_refused_with_the_limit(fresh):
    path = fresh / "data" / "sources" / "903_huge.txt"
    path.write_bytes(b"a" * 10_000_000)
    result = run_vnhealth(fresh, "extract", str(path))
    assert result.returncode == 2 and "5,000,000-byte limit" in result.stderr


def test_source_without_sidecar(fresh):
    (fresh / "data" / "sources" / "904_orphan.txt").write_text("Cà Mau có 9 bác sĩ/vạn dân.", encoding="utf-8")
    refused(fresh, "build", message="no sidecar 904_orphan.meta.yaml")


def test_source_whose_checksum_no_longer_matches(fresh):
    path = next((fresh / "data" / "sources").glob("003_*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + " sửa", encoding="utf-8")
    refused(fresh, "build", message="checksum does not match")


def test_source_not_utf8(fresh):
    path = fresh / "data" / "sources" / "905_latin1.txt"
    path.write_bytes("Cà Mau có 9 bác sĩ".encode("cp1258", errors="replace") + b"\xff\xfe")
    result = run_vnhealth(fresh, "extract", str(path))
    assert result.returncode == 2 and "not UTF-8" in result.stderr


def test_bad_review_row(fresh):
    (fresh / "data" / "reviews.csv").write_text(
        "figure_id,action,indicator,value,year,kind,province,reviewer,date,note\nabc,delete,,,,,,me,2026-11-22,\n",
        encoding="utf-8")
    refused(fresh, "build", message="reviews.csv, row 2, column 'action'")


# --- config ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["_config.yml", "_toc.yml"])
def test_malformed_book_config(fresh, name):
    (fresh / name).write_text("title: [unclosed\n  - : :\n", encoding="utf-8")
    refused(fresh, "build", message=f"{name}, line")


def test_yaml_is_loaded_safely(fresh):
    (fresh / "_config.yml").write_text("title: !!python/object/apply:os.system ['touch INJECTED']\n", encoding="utf-8")
    refused(fresh, "build", message="malformed YAML")
    assert not list(fresh.rglob("INJECTED"))


def test_missing_notebook(fresh):
    (fresh / "notebooks" / "province.ipynb").unlink()
    refused(fresh, "build", message="notebook template not found")


# --- hostile text ------------------------------------------------------------------------------------------
HOSTILE = ("Cà Mau <script>alert('x')</script>: năm 2025 tỉnh Cà Mau đạt 9,9 bác sĩ/vạn dân <b>đậm</b> "
           "```{raw} html\n<script>alert(1)</script>\n``` và {eval-rst}`x` **31,5 giường bệnh/vạn dân** $x$.\n")


@pytest.mark.slow
def test_hostile_text_is_shown_escaped(fresh):
    add_source(fresh, "906_hostile", HOSTILE, title="<script>alert(2)</script> {eval-rst}", outlet="```{raw} html")
    result = run_vnhealth(fresh, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    html_dir = fresh / "_build" / "html" / "generated"
    for page in (html_dir / "units" / "ca-mau.html", html_dir / "sources.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<b>đậm</b>" not in text  # never executed or interpreted
    assert "&lt;script&gt;" in (html_dir / "sources.html").read_text(encoding="utf-8")


# --- the README table is backed by these tests ---------------------------------------------------------------
def test_readme_bad_input_table_names_only_existing_tests():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bad input", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", section))
    defined = set(re.findall(r"^def (test_[a-z0-9_]+)", (ROOT / "tests" / "test_bad_input.py").read_text(encoding="utf-8"), re.M))
    defined |= {"test_a_build_killed_midway_leaves_the_previous_book_intact",
                "test_a_failing_unit_leaves_the_others_built_and_the_previous_book_intact"}
    assert named and named <= defined, named - defined
    rows = [ln for ln in section.splitlines() if ln.startswith("| ") and "`test_" in ln]
    assert len(rows) >= 28 and len(named) >= 20
