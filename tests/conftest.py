"""Shared fixtures: the repository root, and throw-away copies of the project for tests that build."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def copy_project(dest: Path) -> Path:
    """A minimal copy of the project (data, notebooks, book config) that a build can write into."""
    for name in ("data", "notebooks", "book"):
        shutil.copytree(ROOT / name, dest / name)
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy(ROOT / name, dest / name)
    return dest


def run_vnhealth(project: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run the vnhealth CLI against a project copy."""
    env = dict(os.environ, VNHEALTH_ROOT=str(project))
    return subprocess.run([str(BIN / "vnhealth"), *args], cwd=project, env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """One full build of a project copy, shared by the book tests."""
    project = copy_project(tmp_path_factory.mktemp("book") / "project")
    result = run_vnhealth(project, "build", "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def small_project(dest: Path) -> Path:
    """A project copy with only a few units (the seed articles and two reference provinces): fast builds."""
    project = copy_project(dest)
    table = project / "data" / "reference" / "provincial_figures.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ",Quảng Trị," in ln or ",Cà Mau," in ln]
    table.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return project


def page_hashes(project: Path) -> dict[str, str]:
    """Content hash of every file of the published book, to prove it was left untouched."""
    import hashlib

    html = project / "_build" / "html"
    return {str(p.relative_to(html)): hashlib.sha256(p.read_bytes()).hexdigest() for p in html.rglob("*") if p.is_file()}


def report(project: Path) -> dict:
    import json

    return json.loads((project / "_build" / "report.json").read_text(encoding="utf-8"))


@pytest.fixture
def small(tmp_path) -> Path:
    return small_project(tmp_path / "small")


def add_source(project: Path, name: str, text: str, published: str = "2025-12-30", **meta) -> Path:
    """Drop a source text and its sidecar (with the right checksum) into a project's data/sources/."""
    import hashlib

    import yaml

    path = project / "data" / "sources" / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    sidecar = {"title": name, "outlet": "test", "url": None, "published": published, "accessed": "2026-11-22",
               "licence": "CC0", "province": None, "geography": None, **meta,
               "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    path.with_name(f"{name}.meta.yaml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")
    return path
