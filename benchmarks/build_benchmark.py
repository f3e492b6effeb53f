"""Synthetic units -> time and peak memory of building the book: naive loop vs `vnhealth build` (cold, no-op, one change).

In one run, on one machine, for N synthetic units (one synthetic source document each):

  (a) naive:   a sequential loop of the `papermill` CLI over every unit and the overview, the executed notebooks
               copied where the book expects them, then `jupyter-book build` (execution off, as in _config.yml);
  (b) cold:    `vnhealth build --jobs J` in a fresh project copy (no _build/, no generated/);
  (c) no-op:   `vnhealth build --jobs J` again, nothing changed;
  (d) one:     one unit's source gets a new sentence with a new figure (sidecar sha256 updated), then
               `vnhealth build --jobs J`.

Prints the times, the ratios b/a, c/b, d/b, the peak memory of each step, and PASS/FAIL against the targets
(b/a <= 0.6; c <= 5 s and c/b <= 0.1; d/b <= 0.25; peak memory < 2 GiB). With --breakdown (automatic when a
target is missed) it then shows where a unit page's time goes (naive vs build) and measures where the time of a
no-op and of a one-unit rebuild goes.

Run from the repository root with the project's Python (the one whose bin/ holds vnhealth, papermill and
jupyter-book)::

    python benchmarks/build_benchmark.py [--units N] [--jobs J] [--geography 2025|pre2025] [--json PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import psutil

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # not resolved: a venv's bin/ holds vnhealth, papermill, jupyter-book
PROJECT_PARTS = ("data", "notebooks", "book", "_config.yml", "_toc.yml")  # as tests/conftest.copy_project
GiB = 1024 ** 3
TARGETS = {"b/a": 0.6, "c_seconds": 5.0, "c/b": 0.1, "d/b": 0.25, "peak_bytes": 2 * GiB}
CITIES_PRE2025 = {1, 31, 48, 79, 92}  # centrally-run cities before 1 July 2025 ("thành phố", not "tỉnh")

# (indicator, Vietnamese phrase with {v}, low, high, decimals): phrases the extractor reads (see the README)
FIGURES = [
    ("doctors_per_10k", "{v} bác sĩ/vạn dân", 7, 20, 1),
    ("beds_per_10k", "{v} giường bệnh/vạn dân", 22, 45, 1),
    ("insurance_coverage_pct", "tỷ lệ tham gia bảo hiểm y tế đạt {v}%", 86, 99, 1),
    ("immunisation_full_u1_pct", "tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt {v}%", 88, 99, 1),
    ("satisfaction_pct", "tỷ lệ hài lòng của người dân đạt {v}%", 82, 98, 1),
    ("health_managed_pct", "tỷ lệ dân số được quản lý sức khỏe đạt {v}%", 70, 96, 1),
]
CHANGE = ("pharmacists_per_10k", "{v} dược sĩ đại học/vạn dân", 2, 4, 2)  # the figure step (d) adds
FILLER = [
    "Hội nghị đánh giá kết quả thực hiện nhiệm vụ y tế và triển khai kế hoạch năm tiếp theo.",
    "Ngành y tế tiếp tục củng cố mạng lưới y tế cơ sở, nâng cao chất lượng khám bệnh, chữa bệnh.",
    "Công tác phòng, chống dịch bệnh được triển khai chủ động, không để dịch lớn xảy ra trên địa bàn.",
    "Chuyển đổi số trong ngành y tế được đẩy mạnh, người dân được hướng dẫn sử dụng ứng dụng y tế.",
]


# ---------------------------------------------------------------------------------------------------------------
# Synthetic units and sources


def vn_number(value: float, decimals: int) -> str:
    """93.6 -> '93,6' (Vietnamese decimal comma)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def units_for(geography: str, n: int) -> list[dict]:
    """The first `n` units of the geography's registry table (by code): code, name as written in prose, slug."""
    from vnhealth.textnorm import slugify

    ref = REPO / "data" / "reference"
    if geography == "2025":
        table = pd.read_csv(ref / "units_2025.csv").sort_values("code")
        rows = [{"code": int(r.code), "name": r.name, "short": r.short_name,
                 "prose": ("thành phố " if r.kind == "city" else "tỉnh ") + r.short_name,
                 "slug": slugify(r.short_name)} for r in table.itertuples()]  # as vnhealth.build.plan
    else:
        table = pd.read_csv(ref / "provinces_pre2025.csv").sort_values("code")
        # as vnhealth.build.plan for the pre-2025 edition: generated/units/<slug of the name>
        rows = [{"code": int(r.code), "name": r.name, "short": r.name,
                 "prose": ("thành phố " if int(r.code) in CITIES_PRE2025 else "tỉnh ") + r.name,
                 "slug": slugify(r.name)} for r in table.itertuples()]
    if not 1 <= n <= len(rows):
        sys.exit(f"--units {n}: the {geography} map has {len(rows)} units; give 1..{len(rows)}")
    return rows[:n]


def source_text(unit: dict, geography: str, seed: int) -> tuple[str, list[str]]:
    """One short report with 3-6 figures for the unit; values are pseudo-random but fixed by (seed, unit)."""
    rng = random.Random(f"{seed}:{geography}:{unit['code']}")
    year = 2025 if geography == "2025" else 2024
    chosen = rng.sample(FIGURES, rng.randint(3, 6))
    phrases = [f.format(v=vn_number(rng.uniform(lo, hi), d)) for _, f, lo, hi, d in chosen]
    head = f"Năm {year}, {unit['prose']} đạt " + ", ".join(p for p in phrases[:2]) + "; " + "; ".join(phrases[2:])
    text = "\n\n".join([
        f"Sở Y tế {unit['prose']} tổng kết công tác y tế năm {year}",
        " ".join(rng.sample(FILLER, 2)),
        head.rstrip("; ") + ".",
        " ".join(rng.sample(FILLER, 2)),
    ]) + "\n"
    return text, [c[0] for c in chosen]


def sidecar(name: str, unit: dict, geography: str, seed: int, sha: str) -> str:
    day = random.Random(f"{seed}:{geography}:{unit['code']}:day").randint(1, 28)
    published = f"2025-12-{day:02d}" if geography == "2025" else f"2024-12-{day:02d}"
    return (f"# Sidecar of {name}: synthetic source written by benchmarks/build_benchmark.py\n"
            f"title: \"Sở Y tế {unit['prose']} tổng kết công tác y tế (synthetic)\"\n"
            f"outlet: \"vnhealth build benchmark (synthetic)\"\n"
            f"url: null\npublished: {published}\naccessed: 2026-01-01\n"
            f"licence: \"Synthetic text for benchmarking; not a real report\"\n"
            f"province: null\ngeography: \"{geography}\"\nsha256: {sha}\n")


def write_sources(sources: Path, units: list[dict], geography: str, seed: int) -> dict[int, Path]:
    """Replace the project's sources with one synthetic source per unit; returns code -> text path."""
    shutil.rmtree(sources)
    sources.mkdir()
    paths = {}
    for unit in units:
        text, _ = source_text(unit, geography, seed)
        path = sources / f"bench_{unit['code']:02d}_{unit['slug']}.txt"
        path.write_text(text, encoding="utf-8")
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        path.with_name(path.stem + ".meta.yaml").write_text(sidecar(path.name, unit, geography, seed, sha),
                                                             encoding="utf-8")
        paths[unit["code"]] = path
    return paths


def change_source(path: Path, unit: dict, geography: str, seed: int, salt: str) -> str:
    """Append a sentence with a new figure for the unit and update the sidecar's sha256; returns the sentence."""
    _, phrase, lo, hi, d = CHANGE
    rng = random.Random(f"{seed}:{geography}:{unit['code']}:{salt}")
    year = 2025 if geography == "2025" else 2024
    sentence = f"Cũng trong năm {year}, {unit['prose']} đạt {phrase.format(v=vn_number(rng.uniform(lo, hi), d))}."
    path.write_text(path.read_text(encoding="utf-8") + "\n" + sentence + "\n", encoding="utf-8")
    side = path.with_name(path.stem + ".meta.yaml")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    side.write_text(re.sub(r"(?m)^sha256: .*$", f"sha256: {sha}", side.read_text(encoding="utf-8")), encoding="utf-8")
    return sentence


def restrict_reference(project: Path, units: list[dict], geography: str) -> int:
    """Drop the rows of data/reference/provincial_figures.csv (figures copied from cited tables, when the project
    has that table) that would give a page to a unit outside the benchmark's N; returns the rows dropped."""
    path = project / "data" / "reference" / "provincial_figures.csv"
    if not path.exists():
        return 0
    from vnhealth.provinces import Registry

    registry = Registry(project / "data" / "reference")
    codes = {u["code"] for u in units}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    keep = []
    for row in table.itertuples():
        unit = registry.resolve(row.province, getattr(row, "geography", "") or None)
        keep.append(registry.successor(unit).code in codes if geography == "2025"
                    else unit.geography == "pre2025" and unit.code in codes)
    if all(keep):
        return 0
    table[keep].to_csv(path, index=False)
    return len(keep) - sum(keep)


def make_project(dest: Path, units: list[dict], geography: str, seed: int) -> tuple[dict[int, Path], int]:
    """A project copy (like tests/conftest.copy_project) whose data/sources holds only the synthetic sources and
    whose reference-table figures, if any, cover only the N units."""
    dest.mkdir(parents=True)
    for name in PROJECT_PARTS:
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, dest / name)
    return write_sources(dest / "data" / "sources", units, geography, seed), restrict_reference(dest, units, geography)


# ---------------------------------------------------------------------------------------------------------------
# Running and measuring


class TreeMemory:
    """Samples the RSS of every descendant of this process (psutil, every `interval` s) while a step runs.

    `peak_tree` is the largest sum of RSS over all live descendants seen in one sample (shared pages counted in
    every process that maps them, so it over- rather than under-states); `peak_single` the largest single process.
    """

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak_tree = self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in me.children(recursive=True):
                try:
                    rss = p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                total += rss
                self.peak_single = max(self.peak_single, rss)
            self.peak_tree = max(self.peak_tree, total)
            self._stop.wait(self.interval)

    @staticmethod
    def _cpu() -> tuple[float, float]:
        """(CPU seconds the whole machine was busy, CPU seconds of this process and its waited-for children)."""
        t = psutil.cpu_times()
        busy = t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0) + getattr(t, "steal", 0)
        ours = sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
                   for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        return busy, ours

    def __enter__(self):
        self._start, self._cpu0 = time.perf_counter(), self._cpu()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        busy, ours = self._cpu()
        wall = time.perf_counter() - self._start
        #: CPU the rest of the machine used meanwhile, as a share of all cores: a busy machine skews the times
        self.others = max(0.0, (busy - self._cpu0[0]) - (ours - self._cpu0[1])) / (wall * (os.cpu_count() or 1))


class Runner:
    """Runs commands with a fixed environment; every output goes to a log file, a failure stops the benchmark."""

    def __init__(self, env: dict, log: Path):
        self.env, self.log = env, log

    def run(self, cmd: list[str], cwd: Path, what: str, extra_env: dict | None = None) -> float:
        start = time.perf_counter()
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(f"\n$ (cd {cwd}; {' '.join(map(str, cmd))})\n")
            log.flush()
            result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=dict(self.env, **(extra_env or {})),
                                    stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            tail = self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
            sys.exit(f"FAILED: {what} (exit {result.returncode}); last lines of {self.log}:\n  " + "\n  ".join(tail))
        return seconds


def count_unit_pages(html: Path) -> int:
    return len(list((html / "generated" / "units").glob("*.html")))


def check_pages(html: Path, n: int, what: str) -> None:
    found = count_unit_pages(html)
    if found != n:
        names = sorted(p.stem for p in (html / "generated" / "units").glob("*.html"))
        sys.exit(f"FAILED: {what}: {found} unit page(s) in {html}/generated/units, expected {n}: {names}")


def build_report(project: Path) -> dict:
    return json.loads((project / "_build" / "report.json").read_text(encoding="utf-8"))


def statuses(report: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in report["tasks"]:
        out[t["status"]] = out.get(t["status"], 0) + 1
    return out


# ---------------------------------------------------------------------------------------------------------------
# The steps


def step_naive(runner: Runner, project: Path, units: list[dict], work: Path, geography: str) -> dict:
    """(a) papermill CLI per unit and for the overview, copy into generated/, write the reference pages, jupyter-book."""
    out = work / "naive-executed"
    out.mkdir()
    # as vnhealth.build.plan: the unit's code; on the pre-2025 map also the template's geography parameter
    extra = ["-p", "geography", "pre2025"] if geography == "pre2025" else []
    t = {}
    start = time.perf_counter()
    t["per_unit"] = {}
    for unit in units:
        t["per_unit"][unit["slug"]] = runner.run(
            [BIN / "papermill", "notebooks/province.ipynb", out / f"{unit['slug']}.ipynb", "-p", "province",
             str(unit["code"]), *extra], project, f"naive papermill {unit['name']}")
    t["overview"] = runner.run([BIN / "papermill", "notebooks/overview.ipynb", out / "overview.ipynb", *extra], project,
                               "naive overview")
    t["papermill"] = time.perf_counter() - start
    start = time.perf_counter()
    generated = project / "generated"
    (generated / "units").mkdir(parents=True)
    for unit in units:
        shutil.copy(out / f"{unit['slug']}.ipynb", generated / "units" / f"{unit['slug']}.ipynb")
    shutil.copy(out / "overview.ipynb", generated / "overview.ipynb")
    # the other pages _toc.yml lists: the reference pages as vnhealth.pages writes them, a one-line build report
    pages = ("from pathlib import Path; from vnhealth.pages import PAGES\n"
             "for name, make in PAGES.items(): Path('generated', name).write_text(make(), encoding='utf-8')\n"
             "Path('generated', 'build_report.md').write_text('# Build report\\n\\nBuilt by hand.\\n', encoding='utf-8')")
    runner.run([sys.executable, "-c", pages], project, "naive reference pages")
    t["pages"] = time.perf_counter() - start
    start = time.perf_counter()
    runner.run([BIN / "jupyter-book", "build", project, "--path-output", work / "naive-book"], project,
               "naive jupyter-book build")
    t["jupyter-book"] = time.perf_counter() - start
    return t


def vnhealth_build(runner: Runner, project: Path, jobs: int, geography: str, what: str) -> float:
    cmd = [BIN / "vnhealth", "build", "--jobs", str(jobs)] + (["--geography", "pre2025"] if geography == "pre2025" else [])
    return runner.run(cmd, project, what)


# Instrumented `vnhealth build` for --breakdown: the same CLI call, with timers around the build's phases (a phase
# the build no longer has is skipped), and jupyter-book run without -q so Sphinx says how many pages it read/wrote.
INSTRUMENTED = r"""
import json, re, subprocess, sys, time
t0 = time.perf_counter()
import vnhealth.build as B, vnhealth.dataset as D, vnhealth.pages as P, vnhealth.cli as C
t_import = time.perf_counter() - t0
acc, calls, active, sphinx = {}, {}, set(), {}
def wrap(obj, name, label, dict_=False):
    if not (name in obj if dict_ else hasattr(obj, name)):
        return
    f = obj[name] if dict_ else getattr(obj, name)
    def timed(*a, **k):
        if label in active:  # a recursive call (copytree) is timed once, by its outermost call
            return f(*a, **k)
        active.add(label)
        start = time.perf_counter()
        try:
            return f(*a, **k)
        finally:
            active.discard(label)
            acc[label] = acc.get(label, 0.0) + time.perf_counter() - start
            calls[label] = calls.get(label, 0) + 1
    if dict_:
        obj[name] = timed
    else:
        setattr(obj, name, timed)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
def sphinx_counts(out):
    out = ANSI.sub("", out)
    env = re.search(r"updating environment: (\[[^\]]*\] )?(\d+) added, (\d+) changed, (\d+) removed", out)
    return {"read": len(re.findall(r"^reading sources\.\.\. \[", out, re.M)),
            "written": len(re.findall(r"^writing output\.\.\. \[", out, re.M)),
            "env": env.group(0)[len("updating environment: "):] if env else "?"}
real_run = subprocess.run
def run(cmd, *a, **k):
    if cmd and str(cmd[0]).endswith("jupyter-book"):
        sphinx["cmd"] = [str(c) for c in cmd]
        cmd = [c for c in cmd if c != "-q"]  # Sphinx's progress lines: which pages were read and written
        result = real_run(cmd, *a, **k)
        sphinx.update(sphinx_counts((result.stdout or "") + (result.stderr or "")))
        return result
    return real_run(cmd, *a, **k)
B.subprocess.run = run
wrap(B, "load_figures", "load_figures (first call: extraction)")
wrap(D, "build_figures", "build_figures: read sources, extract, reviews, map")
wrap(D, "load_sources", "load_sources (in build_figures)")
wrap(D, "directory_fingerprint", "directory_fingerprint (sources+reviews)")
wrap(B, "directory_fingerprint", "directory_fingerprint (reference)")
wrap(B, "code_fingerprint", "code_fingerprint (src/*.py)")
wrap(B, "write_atomic_csv", "write figures.csv")
wrap(B, "plan", "plan (keys)")
wrap(B, "execute", "execute (notebooks)")
wrap(B, "write_generated", "write_generated (pages into generated/)")
wrap(B, "finish_page", "finish_page (nbformat read+write)")
for name in list(P.PAGES):
    wrap(P.PAGES, name, "reference pages (vnhealth.pages)", dict_=True)
wrap(B, "book_settings", "book_settings (_config/_toc)")
wrap(B, "_keep_unchanged_mtimes", "_keep_unchanged_mtimes")
wrap(B, "build_book", "build_book")
wrap(B.subprocess, "run", "jupyter-book build (subprocess)")
wrap(B.shutil, "copytree", "copy _build/jb/_build/html -> _build/html")
t1 = time.perf_counter()
code = C.main(sys.argv[1:])
total = time.perf_counter() - t1
print("@@TIMINGS@@" + json.dumps({"import": t_import, "build": total, "acc": acc, "calls": calls, "exit": code,
                                  "sphinx": sphinx}))
"""

# (label, key for a top-level number or None for a timed phase, depth, counted in "other" when at depth 1)
BREAKDOWN_ORDER = [
    ("python start-up (interpreter, site)", "startup", 0),
    ("import vnhealth.build/.cli (pandas, nbformat, ...)", "import", 0),
    ("vnhealth build (in-process)", "build", 0),
    ("load_figures (first call: extraction)", None, 1),
    ("directory_fingerprint (sources+reviews)", None, 2),
    ("build_figures: read sources, extract, reviews, map", None, 2),
    ("load_sources (in build_figures)", None, 3),
    ("write figures.csv", None, 1),
    ("plan (keys)", None, 1),
    ("code_fingerprint (src/*.py)", None, 2),
    ("directory_fingerprint (reference)", None, 2),
    ("execute (notebooks)", None, 1),
    ("write_generated (pages into generated/)", None, 1),
    ("finish_page (nbformat read+write)", None, 2),
    ("reference pages (vnhealth.pages)", None, 2),
    ("book_settings (_config/_toc)", None, 2),
    ("_keep_unchanged_mtimes", None, 2),
    ("build_book", None, 1),
    ("jupyter-book build (subprocess)", None, 2),
    ("copy _build/jb/_build/html -> _build/html", None, 2),
]


def instrumented_build(runner: Runner, project: Path, jobs: int, geography: str) -> dict:
    """One `vnhealth build` in a child Python with phase timers; start-up = wall time - in-process time."""
    args = ["build", "--jobs", str(jobs)] + (["--geography", "pre2025"] if geography == "pre2025" else [])
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", INSTRUMENTED, *args], cwd=project, env=runner.env,
                            capture_output=True, text=True)
    wall = time.perf_counter() - start
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("@@TIMINGS@@")), None)
    if result.returncode != 0 or line is None:
        sys.exit(f"FAILED: instrumented build:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    t = json.loads(line[len("@@TIMINGS@@"):])
    t["wall"] = wall
    t["startup"] = wall - t["import"] - t["build"]
    return t


def print_breakdown(title: str, t: dict) -> None:
    print(f"\n{title}: {t['wall']:.2f} s wall")
    for label, key, depth in BREAKDOWN_ORDER:
        value = t[key] if key else t["acc"].get(label)
        if value is None:
            continue
        calls = t["calls"].get(label, 1)
        note = f"  ({calls} calls)" if calls > 1 else ""
        if label == "jupyter-book build (subprocess)" and t.get("sphinx"):
            sp = t["sphinx"]
            note += f"  Sphinx: {sp['read']} page(s) read, {sp['written']} written; environment: {sp['env']}"
        print(f"  {'  ' * depth}{label:<{58 - 2 * depth}} {value:7.2f} s{note}")
    inside = sum(t["acc"].get(label, 0) for label, key, depth in BREAKDOWN_ORDER if depth == 1)
    print(f"    {'other (argument checks, manifest, report, ...)':<56} {t['build'] - inside:7.2f} s")


def jupyter_book_alone(runner: Runner, project: Path, cmd: list[str]) -> list[tuple[str, float, dict]]:
    """jupyter-book exactly as build_book ran it (without -q, to count pages): after no change, after touching one
    page, after touching every file in generated/ (what rewriting every page does to Sphinx)."""
    cmd = [c for c in cmd if c != "-q"]
    env = runner.env
    out = []

    def once(what: str) -> None:
        start = time.perf_counter()
        result = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"FAILED: {what}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        out.append((what, seconds, sphinx_counts(result.stdout + result.stderr)))

    once("nothing changed since its last run")
    os.utime(sorted((project / "generated" / "units").glob("*.ipynb"))[0])
    once("one unit page touched (mtime)")
    for path in (project / "generated").rglob("*"):
        if path.is_file():
            os.utime(path)
    once("every file in generated/ touched (mtime)")
    once("nothing changed since its last run, again")
    return out


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def sphinx_counts(out: str) -> dict:
    """Pages Sphinx read and wrote, and its 'updating environment' line, from jupyter-book's output (not -q)."""
    out = ANSI.sub("", out)
    env = re.search(r"updating environment: (\[[^\]]*\] )?(\d+) added, (\d+) changed, (\d+) removed", out)
    return {"read": len(re.findall(r"^reading sources\.\.\. \[", out, re.M)),
            "written": len(re.findall(r"^writing output\.\.\. \[", out, re.M)),
            "env": env.group(0)[len("updating environment: "):] if env else "?"}


def python_floor(runner: Runner, project: Path) -> dict[str, float]:
    """Wall time of bare Python and of importing the build's and jupyter-book's stacks, fresh process, best of 3."""
    probes = {"python -c pass": "pass",
              "import vnhealth.cli, vnhealth.build": "import vnhealth.cli, vnhealth.build",
              "import jupyter-book's stack (jupyter_book.cli.main, sphinx, myst_nb, sphinx_book_theme)":
                  "import jupyter_book.cli.main, sphinx.application, myst_nb, sphinx_book_theme"}
    return {label: min(runner.run([sys.executable, "-c", code], project, label) for _ in range(3))
            for label, code in probes.items()}


def cell_times(path: Path) -> list[tuple[str, float]]:
    """(first line of the code cell, seconds) for each executed code cell, from papermill's metadata."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        tags = cell.get("metadata", {}).get("tags", [])
        label = "parameters" if "parameters" in tags else "injected parameters" if "injected-parameters" in tags \
            else next((ln.strip() for ln in source.splitlines()[::-1] if ln.strip()), "")[:44]
        out.append((label, float(cell.get("metadata", {}).get("papermill", {}).get("duration") or 0.0)))
    return out


def anatomy(pages: list[tuple[float, Path]]) -> dict:
    """Mean seconds per page: the whole run, the cells one by one, and the rest (process/kernel start and stop)."""
    per_cell: dict[str, list[float]] = {}
    rest = []
    for seconds, path in pages:
        cells = cell_times(path)
        for i, (label, dur) in enumerate(cells):
            per_cell.setdefault(f"[{i + 1}] {label}", []).append(dur)
        rest.append(seconds - sum(d for _, d in cells))
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return {"pages": len(pages), "total": mean([s for s, _ in pages]), "outside_cells": mean(rest),
            "cells": {k: mean(v) for k, v in per_cell.items()}}


def print_anatomy(naive: dict, tool: dict) -> None:
    print(f"\n  a unit page's time, mean seconds per page ({naive['pages']} pages each):")
    print(f"    {'':<50} {'(a) papermill CLI':>18} {'(b) vnhealth build':>19}")
    print(f"    {'whole page (process wall / task seconds)':<50} {naive['total']:18.2f} {tool['total']:19.2f}")
    print(f"    {'outside the cells (start-up, kernel start/stop)':<50} {naive['outside_cells']:18.2f} "
          f"{tool['outside_cells']:19.2f}")
    for label in dict.fromkeys([*naive["cells"], *tool["cells"]]):
        print(f"    {'cell ' + label:<50} {naive['cells'].get(label, 0):18.2f} {tool['cells'].get(label, 0):19.2f}")


# ---------------------------------------------------------------------------------------------------------------


def fmt_bytes(n: int) -> str:
    return f"{n / GiB:.2f} GiB" if n >= GiB else f"{n / 1024 ** 2:.0f} MiB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=34, help="number of synthetic units (default 34)")
    parser.add_argument("--geography", choices=["2025", "pre2025"], default="2025",
                        help="which map the synthetic sources use: the 34 units (default) or the 63 provinces")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for vnhealth build (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic figures (default 0)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    parser.add_argument("--breakdown", action="store_true",
                        help="measure where the time goes (automatic when a target is missed)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (printed) for inspection")
    parser.add_argument("--no-snapshot", action="store_true",
                        help="run the installed vnhealth code instead of a snapshot of src/ taken at start")
    args = parser.parse_args()

    for tool in ("vnhealth", "papermill", "jupyter-book"):
        if not (BIN / tool).exists():
            sys.exit(f"{BIN / tool} not found: run with the project's Python (e.g. .venv/bin/python)")
    if args.geography == "pre2025":
        help_text = subprocess.run([BIN / "vnhealth", "build", "--help"], capture_output=True, text=True).stdout
        if "--geography" not in help_text:
            print("build benchmark skipped: --geography pre2025 needs `vnhealth build --geography pre2025`, which "
                  "this vnhealth does not have yet (not in `vnhealth build --help`).")
            return 0

    table = "units_2025.csv" if args.geography == "2025" else "provinces_pre2025.csv"
    available = len(pd.read_csv(REPO / "data" / "reference" / table))
    if not 1 <= args.units <= available:
        parser.error(f"--units {args.units}: the {args.geography} map has {available} units; give 1..{available}")

    work = Path(tempfile.mkdtemp(prefix="vnhealth-build-bench-"))
    env = dict(os.environ)
    env.pop("VNHEALTH_ROOT", None)
    if not args.no_snapshot:
        # others may edit src/ while this runs; a change there would alter the code hash and re-execute everything
        shutil.copytree(REPO / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        env["PYTHONPATH"] = str(work / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    sys.path.insert(0, str(work / "src" if not args.no_snapshot else REPO / "src"))
    runner = Runner(env, work / "commands.log")

    units = units_for(args.geography, args.units)
    naive = work / "naive"
    tool = work / "tool"
    make_project(naive, units, args.geography, args.seed)
    sources, dropped = make_project(tool, units, args.geography, args.seed)
    figures_per_unit = [len(source_text(u, args.geography, args.seed)[1]) for u in units]

    # every synthetic source must be read as the unit's figures, or the book would not have N pages
    check = subprocess.run([BIN / "vnhealth", "extract", "--format", "json", tool / "data" / "sources"],
                           cwd=tool, env=dict(env, VNHEALTH_ROOT=str(tool)), capture_output=True, text=True)
    if check.returncode != 0:
        sys.exit(f"FAILED: vnhealth extract on the synthetic sources:\n{check.stderr}")
    read = pd.DataFrame(json.loads(check.stdout))
    if len(read) != sum(figures_per_unit):
        sys.exit(f"FAILED: the extractor read {len(read)} figures from the synthetic sources, expected "
                 f"{sum(figures_per_unit)}; see {work} (kept)")
    if read.province.nunique() != len(units):
        sys.exit(f"FAILED: the synthetic sources name {read.province.nunique()} province(s), expected {len(units)}: "
                 f"{sorted(read.province.unique())}; see {work} (kept)")

    # the build must plan exactly the N units (+ the overview), or the comparison is not of N pages
    geo = ["--geography", "pre2025"] if args.geography == "pre2025" else []
    dry = subprocess.run([BIN / "vnhealth", "build", "--dry-run", *geo], cwd=tool, env=dict(env, VNHEALTH_ROOT=str(tool)),
                         capture_output=True, text=True)
    planned = [ln.split(None, 2)[-1].split("  (")[0] for ln in dry.stdout.splitlines()
               if ln.startswith("  ") and ("would run" in ln or "cached" in ln)]
    planned = [name for name in planned if name != "overview"]
    if dry.returncode != 0 or len(planned) != len(units):
        sys.exit(f"FAILED: `vnhealth build --dry-run` plans {len(planned)} unit page(s), expected {len(units)} "
                 f"(exit {dry.returncode}):\n{dry.stdout[-3000:]}{dry.stderr[-3000:]}\nsee {work} (kept)")

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"build benchmark: {args.units} synthetic unit(s) ({args.geography} map), vnhealth build --jobs {args.jobs}, "
          f"{cores} core(s), seed {args.seed}")
    print(f"  sources: {len(units)} synthetic documents, {sum(figures_per_unit)} figures "
          f"({min(figures_per_unit)}-{max(figures_per_unit)} per unit); the real data/sources/* are removed"
          + (f", {dropped} reference-table figure(s) of other units dropped" if dropped else ""))
    print(f"  code: {'snapshot of src/ at start' if not args.no_snapshot else 'installed vnhealth'}; work dir {work}")
    print("  memory: peak sum of RSS over the benchmark's descendant processes, psutil sampling every 0.1 s")
    print("  other load: CPU used by processes outside the benchmark during a step, as a share of all cores "
          "(above a few % the times are inflated)")
    print(f"  load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    sys.stdout.flush()

    results: dict = {"units": args.units, "geography": args.geography, "jobs": args.jobs, "cores": cores,
                     "seed": args.seed, "figures": sum(figures_per_unit), "steps": {}}
    steps = results["steps"]

    with TreeMemory() as mem:
        start = time.perf_counter()
        parts = step_naive(Runner(dict(env, VNHEALTH_ROOT=str(naive)), work / "commands.log"), naive, units, work,
                           args.geography)
        steps["a"] = {"seconds": time.perf_counter() - start, "parts": parts}
    steps["a"].update(peak_tree=mem.peak_tree, peak_single=mem.peak_single, others_cpu_share=mem.others)
    check_pages(work / "naive-book" / "_build" / "html", args.units, "(a) naive book")
    results["anatomy_a"] = anatomy([(sec, work / "naive-executed" / f"{slug}.ipynb")
                                    for slug, sec in parts["per_unit"].items()])

    tool_runner = Runner(dict(env, VNHEALTH_ROOT=str(tool)), work / "commands.log")
    for key, what in (("b", "(b) vnhealth build, cold"), ("c", "(c) vnhealth build, no-op")):
        with TreeMemory() as mem:
            seconds = vnhealth_build(tool_runner, tool, args.jobs, args.geography, what)
        report = build_report(tool)
        steps[key] = {"seconds": seconds, "peak_tree": mem.peak_tree, "peak_single": mem.peak_single,
                      "others_cpu_share": mem.others,
                      "statuses": statuses(report), "book_seconds": report["book_seconds"],
                      "notebook_seconds": sum(t["seconds"] for t in report["tasks"])}
        if key == "b":
            check_pages(tool / "_build" / "html", args.units, what)
            tool_pages = [(t["seconds"], tool / "_build" / "cache" / f"{t['key']}.ipynb") for t in report["tasks"]
                          if t["name"] != "overview" and (tool / "_build" / "cache" / f"{t['key']}.ipynb").exists()]
            results["anatomy_b"] = anatomy(tool_pages)

    changed = units[len(units) // 2]
    sentence = change_source(sources[changed["code"]], changed, args.geography, args.seed, "d")
    with TreeMemory() as mem:
        seconds = vnhealth_build(tool_runner, tool, args.jobs, args.geography, "(d) vnhealth build, one unit changed")
    report = build_report(tool)
    steps["d"] = {"seconds": seconds, "peak_tree": mem.peak_tree, "peak_single": mem.peak_single,
                  "others_cpu_share": mem.others,
                  "statuses": statuses(report), "book_seconds": report["book_seconds"],
                  "notebook_seconds": sum(t["seconds"] for t in report["tasks"]), "changed": changed["name"],
                  "sentence": sentence, "ran": [t["name"] for t in report["tasks"] if t["status"] == "ran"]}
    check_pages(tool / "_build" / "html", args.units, "(d)")
    if not any(Path(t["output"]).stem == changed["slug"] and t["status"] == "ran" for t in report["tasks"]):
        sys.exit(f"FAILED: (d) did not re-execute the page of {changed['name']}, whose source changed; see {work} (kept)")
    results["ru_maxrss_children_bytes"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024

    a, b, c, d = (steps[k]["seconds"] for k in "abcd")
    peak = max(steps[k]["peak_tree"] for k in "bcd")
    ratios = {"b/a": b / a, "c/b": c / b, "d/b": d / b}
    passes = {"b/a": ratios["b/a"] <= TARGETS["b/a"], "c_seconds": c <= TARGETS["c_seconds"],
              "c/b": ratios["c/b"] <= TARGETS["c/b"], "d/b": ratios["d/b"] <= TARGETS["d/b"],
              "peak_memory": peak < TARGETS["peak_bytes"]}
    results.update(ratios=ratios, passes=passes, peak_tree_bytes_bcd=peak)

    print(f"\n{'step':<44} {'seconds':>8} {'peak tree RSS':>14} {'largest proc':>13} {'other load':>11}")
    labels = {"a": f"(a) naive: papermill x {len(units) + 1}, jupyter-book", "b": "(b) vnhealth build, cold",
              "c": "(c) vnhealth build, no-op", "d": "(d) vnhealth build, one unit changed"}
    for k in "abcd":
        s = steps[k]
        print(f"{labels[k]:<44} {s['seconds']:8.1f} {fmt_bytes(s['peak_tree']):>14} {fmt_bytes(s['peak_single']):>13} "
              f"{s['others_cpu_share']:>10.0%}")
        if k == "a":
            p = s["parts"]
            print(f"    papermill loop {p['papermill']:.1f} s ({p['papermill'] / (len(units) + 1):.1f} s per notebook), "
                  f"reference pages {p['pages']:.1f} s, jupyter-book {p['jupyter-book']:.1f} s")
        else:
            st = ", ".join(f"{v} {k2}" for k2, v in sorted(s["statuses"].items()))
            print(f"    pages: {st}; notebook seconds (sum over pages) {s['notebook_seconds']:.1f}; "
                  f"book step {s['book_seconds']:.1f} s")
    print(f"    (d) changed {changed['name']}: appended \"{sentence}\"; re-executed: {', '.join(steps['d']['ran'])}")
    print(f"    largest single process over the whole run, getrusage(RUSAGE_CHILDREN).ru_maxrss: "
          f"{fmt_bytes(results['ru_maxrss_children_bytes'])}")

    print(f"    load average at the end of (d): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\ntargets")
    print(f"  b/a = {ratios['b/a']:.2f}   (<= {TARGETS['b/a']})            {verdict(passes['b/a'])}")
    print(f"  c   = {c:.1f} s  (<= {TARGETS['c_seconds']:.0f} s)            {verdict(passes['c_seconds'])}")
    print(f"  c/b = {ratios['c/b']:.3f}  (<= {TARGETS['c/b']})            {verdict(passes['c/b'])}")
    print(f"  d/b = {ratios['d/b']:.3f}  (<= {TARGETS['d/b']})           {verdict(passes['d/b'])}")
    print(f"  peak memory (b, c, d) = {fmt_bytes(peak)}  (< 2 GiB)  {verdict(passes['peak_memory'])}")
    sys.stdout.flush()

    if args.breakdown or not all(passes.values()):
        floor = python_floor(tool_runner, tool)
        noop = instrumented_build(tool_runner, tool, args.jobs, args.geography)
        jb = jupyter_book_alone(tool_runner, tool, noop["sphinx"]["cmd"]) if noop.get("sphinx", {}).get("cmd") else []
        other = units[0] if units[0] is not changed else units[-1]
        change_source(sources[other["code"]], other, args.geography, args.seed, "breakdown")
        one = instrumented_build(tool_runner, tool, args.jobs, args.geography)
        print("\nbreakdown (extra runs after (d), not part of the timings above, except the page anatomy)")
        for label, seconds in floor.items():
            print(f"  {label}: {seconds:.2f} s (fresh process, best of 3)")
        print_anatomy(results["anatomy_a"], results["anatomy_b"])
        print_breakdown("  no-op build, instrumented", noop)
        if not jb:
            print("\n  jupyter-book alone: skipped, the no-op build did not run jupyter-book (nothing to rebuild)")
        else:
            print("\n  jupyter-book alone, with build_book's arguments:")
            for what, seconds, sp in jb:
                print(f"    {what:<44} {seconds:5.2f} s  Sphinx: {sp['read']} page(s) read, {sp['written']} written; "
                      f"environment: {sp['env']}")
        print_breakdown(f"  one-unit rebuild, instrumented ({other['name']} changed)", one)
        results["breakdown"] = {"floor": floor, "noop": noop, "one_unit": one, "one_unit_changed": other["name"],
                                "jupyter_book_alone": [{"what": w, "seconds": s_, **sp} for w, s_, sp in jb]}

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"\nresults written to {args.json}")
    if args.keep:
        print(f"work directory kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
