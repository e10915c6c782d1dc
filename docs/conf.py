"""Sphinx configuration for the claimscope documentation (MyST Markdown).

Build with warnings as errors, as CI does::

    python -m pip install -e ".[docs]"
    python -m sphinx -W --keep-going -b html docs docs/_build/html

The build needs only the package and the ``docs`` extra: no network, no data sets.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cli_reference  # noqa: E402  (lives next to this file)

import claimscope  # noqa: E402

project = "claimscope"
author = "claimscope developers"
copyright = "claimscope developers, MIT licence"
release = claimscope.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
# The Dask and spaCy helpers import their libraries at module level; the docs build
# must not need them.
autodoc_mock_imports = ["dask", "distributed", "pandas", "spacy"]


nitpicky = False
html_theme = "furo"
html_title = f"claimscope {release}"
html_static_path: list[str] = []


def _refresh_cli_page(app: Any) -> None:
    """Regenerate cli.md from the argument parser before the sources are read."""
    cli_reference.write()


def setup(app: Any) -> dict[str, Any]:
    """Sphinx hook: keep the generated CLI page current."""
    app.connect("builder-inited", _refresh_cli_page)
    return {"parallel_read_safe": True}
