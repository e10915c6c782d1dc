"""Files that ship inside the package, read with :mod:`importlib.resources`.

They work wherever claimscope is installed (a wheel, an editable checkout, a zip),
whatever the working directory:

>>> import claimscope
>>> schema = claimscope.load_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> text = claimscope.example_text()
>>> len(claimscope.annotate(text).claims) > 5
True
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["example_text", "load_schema", "schema_text"]

_SCHEMA = ("schema", "claimscope-1.schema.json")
_EXAMPLE = ("data", "example_article.txt")


def _read(folder: str, name: str) -> str:
    # One joinpath step at a time: Python 3.10's Traversable takes a single name.
    return files("claimscope").joinpath(folder).joinpath(name).read_text(encoding="utf-8")


def schema_text() -> str:
    """The JSON Schema of the ``claimscope/1`` format, as the text of the shipped file
    (``claimscope/schema/claimscope-1.schema.json``)."""
    return _read(*_SCHEMA)


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ``claimscope/1`` format, parsed.

    Validate with any JSON Schema library, e.g.
    ``jsonschema.validate(doc.to_dict(), claimscope.load_schema())``.
    """
    schema: dict[str, Any] = json.loads(schema_text())
    return schema


def example_text() -> str:
    """The text of the bundled example news article (an invented story, also in
    ``examples/article.txt`` of the repository)."""
    return _read(*_EXAMPLE)
