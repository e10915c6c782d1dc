"""Every example in examples/ runs: scripts as subprocesses, the notebook cell by cell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_script(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run examples/<name> with a timeout; return the finished process."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.slow
def test_quickstart_runs() -> None:
    """The quickstart prints claims and the source profile."""
    done = run_script("quickstart.py")
    assert done.returncode == 0, done.stderr
    assert "claims" in done.stdout and "share of claims from anonymous sources" in done.stdout


@pytest.mark.slow
def test_html_report_writes_a_page(tmp_path: Path) -> None:
    """The HTML report example writes a standalone page."""
    out = tmp_path / "report.html"
    done = run_script("html_report.py", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.slow
def test_jsonl_pipeline_keeps_ids_and_reports_the_bad_record() -> None:
    """The JSONL example prints one line per good record and one error line."""
    done = run_script("jsonl_pipeline.py")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["n1", "n2", "n4", "n3"]
    assert lines[-1]["error"] == "no field 'text'"


@pytest.mark.slow
def test_dask_job_runs() -> None:
    """The Dask example runs on a local cluster (skipped without dask)."""
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    done = run_script("dask_job.py")
    assert done.returncode == 0, done.stderr
    assert "40 documents" in done.stdout


def test_notebook_cells_run_in_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The notebook's code cells run in order in one namespace from any folder (the
    example text comes from the package), and the document cell's rich HTML view
    renders (no Jupyter needed)."""
    notebook = json.loads((EXAMPLES / "notebook.ipynb").read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "__notebook__"}
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert cells
    for i, cell in enumerate(cells):
        source = "".join(cell["source"])
        code = compile(source, f"notebook.ipynb[cell {i}]", "exec")
        exec(code, namespace)
    doc = namespace["doc"]
    assert doc._repr_html_().startswith("<style>")
    assert namespace["rows"] == doc.claims_table()


def test_notebook_is_stored_with_its_outputs() -> None:
    """Every code cell carries the outputs of one run in order (refresh them with
    ``python tools/run_notebook.py``), and the document cell has its HTML view."""
    notebook = json.loads((EXAMPLES / "notebook.ipynb").read_text(encoding="utf-8"))
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
    assert all(c["outputs"] for c in cells)
    kinds = {key for c in cells for o in c["outputs"] for key in o.get("data", {})}
    assert "text/html" in kinds
