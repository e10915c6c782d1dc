"""Run ``examples/notebook.ipynb`` and store its outputs in the file.

The notebook is kept with outputs so that it reads well where it cannot run (a
repository browser, the docs). Its outputs come from claimscope's annotation, so a
change of output (see ``tools/lock_output.py``) is a reason to refresh them::

    pip install nbclient nbformat ipykernel
    python tools/run_notebook.py            # runs in a temporary folder, rewrites the file

The cells run in a temporary working folder, which checks that the notebook runs from
anywhere (the example text comes from the package). Per-run timing metadata is dropped
so that a refresh without changes leaves the file as it was.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "notebook.ipynb"


def main() -> int:
    """Execute the notebook in place; return the exit status."""
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        print(
            "needs nbclient, nbformat and ipykernel: pip install nbclient nbformat ipykernel",
            file=sys.stderr,
        )
        return 2
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    with tempfile.TemporaryDirectory() as folder:
        client = NotebookClient(
            notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": folder}}
        )
        client.execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
