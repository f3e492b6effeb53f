"""Data + notebook templates -> executed pages -> the Jupyter Book in _build/html (parallel, cached, safe).

Each page is a papermill run keyed by a content hash of everything it depends on (template, parameters, the
unit's slice of the figures, the reference tables, the vnhealth source code). A run whose key is in the cache
is not executed again. Runs go to a process pool (``--jobs``) or a Dask cluster (``--scheduler``). A failed
unit gets a notice page and does not stop the others. The book is built aside and swapped into
``_build/html`` only when it is complete, so a failed or interrupted build never damages the last good book.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
import pandas as pd

from . import REFERENCE_DIR, REPO_ROOT
from .dataset import directory_fingerprint, edition_figures, load_figures, write_atomic_csv
from .errors import VnHealthError
from .i18n import check_lang, translate_markdown
from .norms import check_norm_set
from .pages import PAGES
from .provinces import load_registry
from .report import escape_markdown
from .textnorm import slugify

BUILD_DIR = REPO_ROOT / "_build"
GENERATED_DIR = REPO_ROOT / "generated"
CACHE_DIR = BUILD_DIR / "cache"
PROVINCE_TEMPLATE = REPO_ROOT / "notebooks" / "province.ipynb"
OVERVIEW_TEMPLATE = REPO_ROOT / "notebooks" / "overview.ipynb"
SRC_DIR = Path(__file__).resolve().parent


@dataclass
class Task:
    """One notebook to execute: a unit page or the overview."""

    name: str  # what the user sees: the unit's name, or "overview"
    template: Path
    parameters: dict
    output: Path  # where the executed page goes in generated/
    key: str = ""
    status: str = "pending"  # cached | ran | failed
    seconds: float = 0.0
    error: str = ""
    reason: str = ""
    components: dict = field(default_factory=dict)


@dataclass
class BuildReport:
    """What a build did, written to _build/report.json and shown as a page of the book."""

    started: str
    norm_set: str
    lang: str
    jobs: int
    geography: str = "2025"
    tasks: list[dict] = field(default_factory=list)
    book_seconds: float = 0.0
    book_status: str = "not built"
    total_seconds: float = 0.0

    @property
    def failed(self) -> list[dict]:
        return [t for t in self.tasks if t["status"] == "failed"]


def _hash(*parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else str(part).encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:20]


def code_fingerprint() -> str:
    """Hash of the vnhealth package's source: a change to the code re-executes every page."""
    return directory_fingerprint(*sorted(SRC_DIR.glob("*.py")))


#: What a page depends on, by name: a change to any of them re-executes the page (and says which changed).
COMPONENTS = ("template", "parameters", "data", "reference data", "vnhealth code")


def _keyed(task: Task, parts: dict[str, str]) -> Task:
    task.components = {name: _hash(value) for name, value in parts.items()}
    task.key = _hash(*(task.components[n] for n in COMPONENTS))
    return task


def plan(norm_set: str, lang: str, geography: str = "2025") -> list[Task]:
    """The notebooks a build executes, each keyed by the content of everything it depends on.

    A unit page depends on its own figures and on the region's figures its peer table shows; the overview
    on all figures; every page on its template, parameters, the reference tables and the vnhealth code.
    """
    from .report import peer_slice

    for template in (PROVINCE_TEMPLATE, OVERVIEW_TEMPLATE):
        if not template.exists():
            raise VnHealthError(f"{template}: notebook template not found",
                                "restore it with git checkout, or regenerate it with python tools/make_notebooks.py")
    registry = load_registry()
    figures = edition_figures(geography, registry)
    shared = {"reference data": directory_fingerprint(REFERENCE_DIR), "vnhealth code": code_fingerprint()}
    units = (registry.units_2025 if geography == "2025" else registry.provinces_pre2025).set_index("code")
    tasks = []
    for code in sorted(int(c) for c in figures.unit_code.dropna().unique()):
        region_units = list(units.index[units.region_id == units.loc[code, "region_id"]])
        params = {"province": str(code), "norm_set": norm_set, "year": None, "lang": lang, "geography": geography}
        data = figures[figures.unit_code == code].to_csv(index=False) + peer_slice(figures, code, region_units).to_csv(index=False)
        task = Task(registry.unit(geography, code).name, PROVINCE_TEMPLATE, params,
                    unit_page_path(registry, geography, code))
        tasks.append(_keyed(task, {"template": PROVINCE_TEMPLATE.read_bytes(), "parameters": json.dumps(params, sort_keys=True),
                                   "data": data, **shared}))
    params = {"norm_set": norm_set, "lang": lang, "geography": geography}
    overview = Task("overview", OVERVIEW_TEMPLATE, params, GENERATED_DIR / "overview.ipynb")
    tasks.append(_keyed(overview, {"template": OVERVIEW_TEMPLATE.read_bytes(), "parameters": json.dumps(params, sort_keys=True),
                                   "data": figures.to_csv(index=False), **shared}))
    return tasks


def unit_page_path(registry, geography: str, code: int) -> Path:
    """Where a unit's executed page goes in the book: generated/units/<slug of its short name>.ipynb."""
    table = registry.units_2025 if geography == "2025" else registry.provinces_pre2025
    name = table.set_index("code").loc[code, "short_name" if geography == "2025" else "name"]
    return GENERATED_DIR / "units" / f"{slugify(name)}.ipynb"


MANIFEST = "manifest.json"


def why(task: Task, force: bool) -> str:
    """Why a task must run: forced, new page, or which of its inputs changed since the last run."""
    if force:
        return "forced"
    manifest_path = CACHE_DIR / MANIFEST
    previous = json.loads(manifest_path.read_text(encoding="utf-8")).get(task.name) if manifest_path.exists() else None
    if not previous:
        return "new page"
    changed = [n for n in COMPONENTS if previous.get(n) != task.components.get(n)]
    return ("changed: " + ", ".join(changed)) if changed else "not in the cache"


def save_manifest(tasks: list[Task]) -> None:
    """Remember each page's input hashes, to explain the next build's decisions."""
    path = CACHE_DIR / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for task in tasks:
        if task.status in ("ran", "cached"):
            manifest[task.name] = task.components
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


#: A kernel that dies while starting ran no cell: seen now and then with two kernels starting at once on a 2-core
#: machine ("RuntimeError: Kernel died before replying to kernel_info"). Such a run is tried once more.
KERNEL_START_FAILURE = "Kernel died before replying to kernel_info"


def execute_notebook(template: str, output: str, parameters: dict) -> float:
    """Run one notebook with papermill in its own kernel; returns seconds. Raises on a failing cell (a kernel that
    died while starting is started once more first)."""
    import papermill as pm

    start = time.perf_counter()
    for attempt in (1, 2):
        try:
            pm.execute_notebook(template, output, parameters=parameters, kernel_name="python3", progress_bar=False,
                                cwd=os.environ.get("VNHEALTH_ROOT", str(REPO_ROOT)), log_output=False)
            break
        except RuntimeError as exc:
            if attempt == 2 or KERNEL_START_FAILURE not in str(exc):
                raise
    return time.perf_counter() - start


def short_error(exc: BaseException) -> str:
    """A failing cell and its error in a few lines, not a wall of traceback."""
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = str(getattr(exc, "evalue", exc)).strip()
    cell = getattr(exc, "exec_count", None)
    where = f"cell [{cell}]: " if cell is not None else ""
    return f"{where}{ename}: {evalue}".splitlines()[0][:400] + (
        "\n  " + evalue.splitlines()[1].strip() if len(evalue.splitlines()) > 1 else "")


def _run_task(template: str, output: str, parameters: dict, root: str) -> tuple[str, float, str]:
    """Worker entry point (a separate process or a Dask worker): ('ran'|'failed', seconds, error).

    `root` is the project folder: the kernel inherits it, so a remote worker reads the same data.
    """
    os.environ["VNHEALTH_ROOT"] = root
    start = time.perf_counter()
    try:
        execute_notebook(template, output, parameters)
        return "ran", time.perf_counter() - start, ""
    except Exception as exc:  # noqa: BLE001 - every failure becomes a notice page, the build goes on
        return "failed", time.perf_counter() - start, short_error(exc)


def finish_page(executed: Path, destination: Path, title: str | None, lang: str = "en") -> None:
    """Copy an executed notebook into the book: title from the data, headings in the page's language,
    injected parameters cell hidden."""
    nb = nbformat.read(executed, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.setdefault("tags", [])
        if "injected-parameters" in tags and "remove-cell" not in tags:
            tags.append("remove-cell")
        if cell.cell_type == "markdown":
            cell.source = translate_markdown(cell.source, lang)
    if title:
        first_md = next(c for c in nb.cells if c.cell_type == "markdown")
        first_md.source = f"# {escape_markdown(title)}"
    destination.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, destination)


def failure_page(task: Task) -> str:
    return (f"# {escape_markdown(task.name)}\n\n"
            f":::{{warning}}\nThis page could not be built in the last run, so it shows no figures rather than "
            f"partial output.\n\nError: {escape_markdown(task.error.splitlines()[0])}\n\n"
            f"Rerun it alone with `vnhealth run \"{escape_markdown(task.name)}\"` to see the whole message.\n:::\n")


def report_page(report: BuildReport) -> str:
    rows = "\n".join(f"| {escape_markdown(t['name'])} | {t['status']} | {t['seconds']:.1f} | {escape_markdown(t['reason'])} |"
                     for t in report.tasks)
    counts = {s: sum(t["status"] == s for t in report.tasks) for s in ("ran", "cached", "failed")}
    if report.lang == "vi":
        words = {"ran": "đã chạy", "cached": "dùng lại", "failed": "lỗi"}
        rows = "\n".join(f"| {escape_markdown(t['name'])} | {words[t['status']]} | {t['seconds']:.1f} | "
                         f"{escape_markdown(t['reason'])} |" for t in report.tasks)
        return (f"# Báo cáo dựng sách\n\nDựng lúc {report.started}, bộ chuẩn `{report.norm_set}`, ngôn ngữ "
                f"`{report.lang}`, {report.jobs} tiến trình song song: {counts['ran']} trang được chạy lại, "
                f"{counts['cached']} trang dùng lại từ bộ nhớ đệm, {counts['failed']} trang lỗi. Bản đầy đủ ở "
                f"`_build/report.json`.\n\n| Trang | Kết quả | Giây | Lý do |\n|---|---|---|---|\n{rows}\n")
    return (f"# Build report\n\nBuilt {report.started} with norm set `{report.norm_set}`, language `{report.lang}`, "
            f"{report.jobs} parallel job(s): {counts['ran']} page(s) executed, {counts['cached']} reused from the "
            f"cache, {counts['failed']} failed. Also in `_build/report.json`.\n\n"
            f"| Page | Result | Seconds | Why |\n|---|---|---|---|\n{rows}\n")


def _quiet_worker(log_path: str) -> None:
    """Send a worker's stderr (and its kernels' start-up chatter) to a log file instead of the terminal."""
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)


class LocalRunner:
    """Runs tasks in a local process pool (kernel chatter goes to _build/kernels.log)."""

    def __init__(self, jobs: int):
        BUILD_DIR.mkdir(exist_ok=True)
        self.pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_quiet_worker,
                                           initargs=(str(BUILD_DIR / "kernels.log"),))

    def submit(self, *args):
        return self.pool.submit(_run_task, *args)

    def as_completed(self, futures):
        return cf.as_completed(futures)

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """Sends tasks to an existing dask.distributed cluster."""

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError:
            raise VnHealthError("--scheduler needs dask.distributed", "pip install distributed") from None
        try:
            self.client = Client(address, timeout="10s")
        except OSError as exc:
            raise VnHealthError(f"cannot reach the Dask scheduler at {address} ({exc})",
                                "start it with `dask scheduler` or check HOST:PORT") from None

    def submit(self, *args):
        return self.client.submit(_run_task, *args, pure=False)

    def as_completed(self, futures):
        from distributed import as_completed

        return as_completed(futures)

    def close(self):
        self.client.close()


def execute(tasks: list[Task], jobs: int, force: bool, scheduler: str | None, echo=print) -> None:
    """Execute the tasks that are not cached, in parallel; fill in status, seconds and errors."""
    from tqdm import tqdm

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for leftover in CACHE_DIR.glob(".*.running.ipynb"):  # from an interrupted build
        leftover.unlink(missing_ok=True)
    todo = []
    for task in tasks:
        cached = CACHE_DIR / f"{task.key}.ipynb"
        if cached.exists() and not force:
            task.status, task.reason = "cached", "inputs unchanged"
        else:
            task.reason = why(task, force)
            todo.append(task)
    if todo:
        runner = DaskRunner(scheduler) if scheduler else LocalRunner(jobs)
        try:
            futures = {}
            for task in todo:
                tmp = CACHE_DIR / f".{task.key}.{os.getpid()}.running.ipynb"
                futures[runner.submit(str(task.template), str(tmp), task.parameters, str(REPO_ROOT))] = (task, tmp)
            bar = tqdm(total=len(todo), desc="executing", unit="page", file=sys.stderr, leave=False,
                       disable=not sys.stderr.isatty())
            for future in runner.as_completed(list(futures)):
                task, tmp = futures[future]
                task.status, task.seconds, task.error = future.result()
                if task.status == "ran":
                    os.replace(tmp, CACHE_DIR / f"{task.key}.ipynb")
                else:
                    tmp.unlink(missing_ok=True)
                bar.update(1)
                bar.clear()
                echo(f"  {task.status:<6} {task.seconds:5.1f}s  {task.name}")
                bar.refresh()
            bar.close()
        finally:
            runner.close()
    for task in tasks:
        if task.status == "cached":
            echo(f"  cached   0.0s  {task.name}")


def write_generated(tasks: list[Task], report: BuildReport) -> None:
    """Assemble generated/ (pages for the book) aside, then swap it in."""
    staging = REPO_ROOT / "generated.staging"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "units").mkdir(parents=True)
    for task in tasks:
        destination = staging / task.output.relative_to(GENERATED_DIR)
        if task.status == "failed":
            destination.with_suffix(".md").write_text(failure_page(task), encoding="utf-8")
        else:
            title = task.name if task.name != "overview" else None
            finish_page(CACHE_DIR / f"{task.key}.ipynb", destination, title, report.lang)
    for name, make in PAGES.items():
        (staging / name).write_text(make(report.lang), encoding="utf-8")
    (staging / "build_report.md").write_text(report_page(report), encoding="utf-8")
    for name, text in book_settings(report.lang, report.geography).items():
        (staging / name).write_text(text, encoding="utf-8")
    _keep_unchanged_mtimes(staging, GENERATED_DIR)
    old = REPO_ROOT / "generated.old"
    shutil.rmtree(old, ignore_errors=True)
    if GENERATED_DIR.exists():
        os.replace(GENERATED_DIR, old)
    os.replace(staging, GENERATED_DIR)
    shutil.rmtree(old, ignore_errors=True)


def book_settings(lang: str, geography: str = "2025") -> dict[str, str]:
    """The book's _config.yml and _toc.yml for one language (the committed ones are the English edition)."""
    import yaml

    def load(name: str) -> dict:
        path = REPO_ROOT / name
        if not path.exists():
            raise VnHealthError(f"{path}: file not found", "restore it with git checkout")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f", line {mark.line + 1}" if mark else ""
            raise VnHealthError(f"{path}{where}: malformed YAML ({getattr(exc, 'problem', exc)})",
                                "fix the indentation or quoting; compare with git diff") from None
        if not isinstance(data, dict):
            raise VnHealthError(f"{path}: expected a mapping of settings", "compare with git diff")
        return data

    config, toc = load("_config.yml"), load("_toc.yml")
    if geography == "pre2025":
        toc["parts"][0]["caption"] = "Provinces (63-province map, before 1 July 2025)"
    if lang == "vi":
        config["title"] = "vnhealth: chỉ tiêu y tế các tỉnh, thành Việt Nam so với chuẩn quốc gia"
        config["sphinx"]["config"]["language"] = "vi"
        config["html"]["extra_footer"] = "Số liệu trích từ các nguồn tiếng Việt; chuẩn từ các văn bản quốc gia."
        captions = {0: "Tỉnh, thành phố (bản đồ 34 đơn vị, 2025)" if geography == "2025" else
                    "Tỉnh, thành phố (bản đồ 63 tỉnh, trước 1/7/2025)", 1: "Về dữ liệu"}
        for i, part in enumerate(toc["parts"]):
            part["caption"] = captions.get(i, part["caption"])
    return {"_config.yml": yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
            "_toc.yml": yaml.safe_dump(toc, allow_unicode=True, sort_keys=False)}


def book_fingerprint() -> str:
    """Hash of everything the book is made of (pages, hand-written pages, styles), except the build report."""
    digest = hashlib.sha256()
    for root in (GENERATED_DIR, REPO_ROOT / "book"):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "build_report.md"):
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _keep_unchanged_mtimes(new: Path, current: Path) -> None:
    """A staged file identical to the current one keeps the current file's mtime: Sphinx then skips it."""
    for path in new.rglob("*"):
        before = current / path.relative_to(new)
        if path.is_file() and before.is_file() and before.read_bytes() == path.read_bytes():
            stat = before.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def build_book(echo=print, publish: bool = True) -> float:
    """Run Jupyter Book (Sphinx, warnings are errors) aside, then swap the result into _build/html."""
    start = time.perf_counter()
    jb_root = BUILD_DIR / "jb"
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jupyter_book), "build", str(REPO_ROOT), "--path-output", str(jb_root), "-W", "--keep-going", "-q",
           "--config", str(GENERATED_DIR / "_config.yml"), "--toc", str(GENERATED_DIR / "_toc.yml")]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO_ROOT)
    if result.returncode != 0:
        log = BUILD_DIR / "book-errors.log"
        log.write_text(result.stdout + result.stderr, encoding="utf-8")
        lines = [ln for ln in (result.stdout + result.stderr).splitlines() if "WARNING" in ln or "ERROR" in ln]
        raise VnHealthError("the Jupyter Book build failed; the previous _build/html is untouched:\n  "
                            + "\n  ".join(lines[:8] or (result.stdout + result.stderr).splitlines()[-8:]),
                            f"full log: {log}")
    new = BUILD_DIR / ("html.new" if publish else "html-candidate")
    shutil.rmtree(new, ignore_errors=True)
    shutil.copytree(jb_root / "_build" / "html", new)
    if not publish:
        return time.perf_counter() - start
    final, old = BUILD_DIR / "html", BUILD_DIR / "html.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(new, final)
    shutil.rmtree(old, ignore_errors=True)
    return time.perf_counter() - start


def build(norm_set: str = "NQ20-2017", lang: str = "en", jobs: int | None = None, force: bool = False,
          dry_run: bool = False, scheduler: str | None = None, publish_partial: bool = False,
          geography: str = "2025", echo=print) -> BuildReport:
    """Build the whole book. Returns the report; raises VnHealthError on bad input or a failed book build.

    When a unit fails, the other pages are still built and the new book (with a notice on the failed unit's
    page) goes to ``_build/html-candidate``; ``_build/html`` keeps the last complete book unless
    `publish_partial` is set.
    """
    started = time.perf_counter()
    check_lang(lang)
    check_norm_set(norm_set)
    jobs = jobs or os.cpu_count() or 1
    book_settings(lang, geography)  # a malformed _config.yml / _toc.yml stops the build before anything runs
    figures = load_figures()  # validates reference data, sources, sidecars and reviews before anything runs
    edition_figures(geography)  # validates the geography
    tasks = plan(norm_set, lang, geography)
    if dry_run:
        for task in tasks:
            cached = (CACHE_DIR / f"{task.key}.ipynb").exists() and not force
            echo(f"  {'cached   ' if cached else 'would run'}  {task.name}" + ("" if cached else f"  ({why(task, force)})"))
        return BuildReport(time.strftime("%Y-%m-%d %H:%M:%S"), norm_set, lang, jobs, geography)
    write_atomic_csv(figures, BUILD_DIR / "data" / "figures.csv")
    echo(f"vnhealth build: {len(tasks) - 1} unit page(s) + overview, {jobs} job(s)"
         + (f" on {scheduler}" if scheduler else ""))
    execute(tasks, jobs, force, scheduler, echo)
    save_manifest(tasks)
    report = BuildReport(time.strftime("%Y-%m-%d %H:%M:%S"), norm_set, lang, jobs, geography,
                         [{k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(t).items()} for t in tasks])
    write_generated(tasks, report)
    publish = publish_partial or not report.failed
    fingerprint = book_fingerprint()
    stamp = BUILD_DIR / "html" / ".vnhealth-book"
    try:
        if publish and stamp.exists() and stamp.read_text(encoding="utf-8") == fingerprint:
            report.book_status = "unchanged: the published book already shows these pages"
        else:
            report.book_seconds = build_book(echo, publish)
            report.book_status = "built" if publish else "built aside (_build/html-candidate): a unit failed"
            if publish:
                stamp.write_text(fingerprint, encoding="utf-8")
    except VnHealthError:
        report.book_status = "failed"
        raise
    finally:
        report.total_seconds = time.perf_counter() - started
        (BUILD_DIR / "report.json").write_text(json.dumps(asdict(report), indent=2, ensure_ascii=False), encoding="utf-8")
    where = "_build/html/index.html" if publish else "_build/html-candidate/index.html (the last complete book stays in _build/html)"
    echo(f"book: {where} ({report.book_seconds:.1f}s); total {report.total_seconds:.1f}s")
    for t in report.failed:
        echo(f"FAILED {t['name']}: {t['error']}")
    return report
