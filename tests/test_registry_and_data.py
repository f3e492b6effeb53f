"""The province registry, the reference tables and the source files."""

import shutil

import pytest

from vnhealth import REFERENCE_DIR, SOURCES_DIR
from vnhealth.errors import VnHealthError
from vnhealth.provinces import Registry, load_registry
from vnhealth.sources import load_sources, read_sidecar, sha256
from vnhealth.validate import SCHEMAS, load_table


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_registry_has_both_maps(registry):
    assert len(registry.units("pre2025")) == 63
    assert len(registry.units("2025")) == 34
    assert len(registry.crosswalk) == 63


@pytest.mark.parametrize("query, name", [
    ("Vĩnh Long", "Vĩnh Long"), ("Vinh Long", "Vĩnh Long"), ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("Thua Thien Hue", "Thành phố Huế"), ("Huế", "Thành phố Huế"), ("92", "Thành phố Cần Thơ"),
    ("cà mau", "Cà Mau"), ("Hau Giang", "Hậu Giang"), ("Kiên Giang", "Kiên Giang"),
])
def test_resolve_names_with_and_without_diacritics(registry, query, name):
    assert registry.resolve(query).name == name


@pytest.mark.parametrize("old, new", [("Hậu Giang", "Thành phố Cần Thơ"), ("Vĩnh Phúc", "Phú Thọ"),
                                      ("Kiên Giang", "An Giang"), ("Bình Dương", "Thành phố Hồ Chí Minh")])
def test_crosswalk_successor(registry, old, new):
    assert registry.successor(registry.resolve(old, "pre2025")).name == new


def test_unknown_province_names_it_and_suggests(registry):
    with pytest.raises(VnHealthError) as err:
        registry.resolve("Atlantis")
    assert "Atlantis" in str(err.value) and "closest registry names" in str(err.value)
    with pytest.raises(VnHealthError, match="Vĩnh Long"):
        registry.resolve("Vinh Lonk")


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_reference_table_validates(name):
    assert len(load_table(name, REFERENCE_DIR)) > 0


def _broken_copy(tmp_path, name, edit):
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    path = target / f"{name}.csv"
    path.write_bytes(edit(path.read_bytes()))
    return target


@pytest.mark.parametrize("name, edit, expected", [
    ("norms", lambda b: b.replace(b",pct,2025,>=,95,", b",pct,2025,>=,195,", 1), "row 6, column"),
    ("norms", lambda b: b.replace(b"norm_set,indicator", b"normset,indicator", 1), "missing column"),
    ("units_2025", lambda b: b.replace(b"\n4,Cao", b"\n1,Cao", 1), "column 'code'"),
    ("national_actuals", lambda b: b.replace(b"2020,doctors_per_10k,9.81", b"2020,doctors_per_10k,abc", 1), "row 2, column 'value'"),
    ("indicators", lambda b: b"", "file is empty"),
    ("regions", lambda b: b"\xff\xfe" + b, "not UTF-8"),
    ("norms", lambda b: b.replace(b"doctors_per_10k,per_10k,2025", b"doctors_per_10k,per_10k,2025", 1).replace(
        b"doctors_per_10k", b"doctorz_per_10k", 1), "unknown value 'doctorz_per_10k'"),
])
def test_bad_reference_tables_name_file_row_and_column(tmp_path, name, edit, expected):
    reference = _broken_copy(tmp_path, name, edit)
    with pytest.raises(VnHealthError) as err:
        Registry(reference) if name in ("units_2025", "regions") else load_table(name, reference)
    assert f"{name}.csv" in str(err.value) and expected in str(err.value)


def test_bom_and_crlf_are_accepted(tmp_path):
    reference = _broken_copy(tmp_path, "regions", lambda b: b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n"))
    assert list(load_table("regions", reference).columns)[0] == "region_id"


def test_source_checksums_match_their_sidecars():
    sources = load_sources(SOURCES_DIR)
    assert len(sources) >= 5
    for source in sources:
        assert source.meta["sha256"] == sha256(source.path)


def test_changed_source_is_refused(tmp_path):
    shutil.copy(SOURCES_DIR / "003_c191ba60ce7ab2c5.txt", tmp_path)
    shutil.copy(SOURCES_DIR / "003_c191ba60ce7ab2c5.meta.yaml", tmp_path)
    (tmp_path / "003_c191ba60ce7ab2c5.txt").write_text("changed", encoding="utf-8")
    with pytest.raises(VnHealthError, match="checksum does not match"):
        read_sidecar(tmp_path / "003_c191ba60ce7ab2c5.txt")


def test_source_without_sidecar_is_refused(tmp_path):
    (tmp_path / "new.txt").write_text("Cà Mau có 9 bác sĩ/vạn dân.", encoding="utf-8")
    with pytest.raises(VnHealthError, match="no sidecar"):
        load_sources(tmp_path)


def test_every_other_indicator_the_lexicon_can_produce_has_names_in_both_languages():
    import re

    from vnhealth.norms import load_reference

    code = "".join((REFERENCE_DIR.parents[1] / "src" / "vnhealth" / f).read_text(encoding="utf-8")
                   for f in ("lexicon.py", "extract.py"))
    produced = set(re.findall(r'"(other:[a-z_]+)"', code))
    named = set(load_reference().other_indicators.id)
    assert produced <= named, f"add names to data/reference/other_indicators.csv for: {sorted(produced - named)}"
