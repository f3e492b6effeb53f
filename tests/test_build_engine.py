"""The build engine: cached, incremental, failure-isolated, interrupt-safe, and the same on a Dask cluster."""

import os
import re
import signal
import subprocess
import time

import pytest

from conftest import BIN, add_source, page_hashes, report, run_vnhealth

pytestmark = pytest.mark.slow


def statuses(project):
    return {t["name"]: t["status"] for t in report(project)["tasks"]}


def test_noop_rebuild_executes_nothing_and_one_change_executes_that_unit_and_the_overview(small):
    assert run_vnhealth(small, "build").returncode == 0
    first = statuses(small)
    assert set(first.values()) == {"ran"} and "Cà Mau" in first
    start = time.perf_counter()
    result = run_vnhealth(small, "build")
    assert result.returncode == 0, result.stderr
    assert set(statuses(small).values()) == {"cached"}
    assert time.perf_counter() - start < 20
    # one unit's data changes: a new figure nobody else in its region has
    add_source(small, "901_ca_mau", "Cà Mau: nhân lực y tế\n\nNăm 2025, tỉnh Cà Mau có 14,2 điều dưỡng/vạn dân.\n")
    dry = run_vnhealth(small, "build", "--dry-run")
    assert "would run  Cà Mau  (changed: data)" in dry.stdout and "would run  overview  (changed: data)" in dry.stdout
    assert run_vnhealth(small, "build").returncode == 0
    ran = {name for name, status in statuses(small).items() if status == "ran"}
    assert ran == {"Cà Mau", "overview"}


def test_a_failing_unit_leaves_the_others_built_and_the_previous_book_intact(small):
    assert run_vnhealth(small, "build").returncode == 0
    before = page_hashes(small)
    env_result = subprocess.run([str(BIN / "vnhealth"), "build", "--force"], cwd=small, capture_output=True, text=True,
                                env=dict(os.environ, VNHEALTH_ROOT=str(small), VNHEALTH_FAIL_UNITS="96"), timeout=600)
    assert env_result.returncode == 1
    assert "FAILED Cà Mau" in env_result.stdout and "deliberate failure" in env_result.stdout
    assert "Traceback" not in env_result.stdout + env_result.stderr
    result = statuses(small)
    assert result["Cà Mau"] == "failed" and all(s == "ran" for n, s in result.items() if n != "Cà Mau")
    assert page_hashes(small) == before  # the published book is untouched
    notice = (small / "_build" / "html-candidate" / "generated" / "units" / "ca-mau.html").read_text(encoding="utf-8")
    assert "could not be built" in notice and "deliberate failure" in notice
    assert "Traceback" not in notice


def test_a_build_killed_midway_leaves_the_previous_book_intact(small):
    assert run_vnhealth(small, "build").returncode == 0
    before = page_hashes(small)
    process = subprocess.Popen([str(BIN / "vnhealth"), "build", "--force", "--jobs", "2"], cwd=small,
                               env=dict(os.environ, VNHEALTH_ROOT=str(small)), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(6)  # notebooks are executing
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert page_hashes(small) == before
    assert (small / "generated" / "overview.ipynb").exists()  # generated/ is swapped whole, never half-written
    assert run_vnhealth(small, "build").returncode == 0  # and the next build recovers


def _page_text(project, name):
    html = (project / "_build" / "html" / "generated" / "units" / name).read_text(encoding="utf-8")
    return re.sub(r"Built [^<]*|Dựng lúc [^<]*", "", html)


def test_dask_cluster_builds_the_same_pages_as_local(small, tmp_path):
    from distributed import LocalCluster

    local = small
    assert run_vnhealth(local, "build").returncode == 0
    from conftest import small_project

    remote = small_project(tmp_path / "remote")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = run_vnhealth(remote, "build", "--scheduler", cluster.scheduler_address)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted(p.name for p in (local / "_build" / "html" / "generated" / "units").glob("*.html"))
    assert pages == sorted(p.name for p in (remote / "_build" / "html" / "generated" / "units").glob("*.html"))
    for name in pages:
        assert _page_text(local, name) == _page_text(remote, name), name


@pytest.mark.parametrize("failures, expected", [(1, "ran"), (2, "failed")])
def test_a_kernel_dying_while_starting_is_started_once_more(monkeypatch, failures, expected):
    import papermill

    from vnhealth import build

    monkeypatch.setenv("VNHEALTH_ROOT", os.getcwd())  # _run_task sets it; restored after the test
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) <= failures:
            raise RuntimeError(build.KERNEL_START_FAILURE)

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    status, _, error = build._run_task("t.ipynb", "o.ipynb", {}, os.getcwd())
    assert (status, len(calls)) == (expected, 2)
    assert expected == "ran" or "kernel_info" in error


def test_a_failing_cell_is_not_run_again(monkeypatch):
    import papermill

    from vnhealth import build

    monkeypatch.setenv("VNHEALTH_ROOT", os.getcwd())
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("cell failed")

    monkeypatch.setattr(papermill, "execute_notebook", failing)
    assert build._run_task("t.ipynb", "o.ipynb", {}, os.getcwd())[0] == "failed" and len(calls) == 1
