"""Streaming a document's claimscope/1 JSON piece by piece (for the CLI).

The dict of a 50 MB text and its JSON string are each several times the text's size;
the pieces written here are one sentence, claim or entity at a time, and join to exactly
``json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from claimscope.model import Document

_TEXT_SLICE = 1 << 16
"""Characters of the document text escaped at a time when JSON is streamed. Small:
the JSON is written at the end of the run, beside the whole document, where a slice
of a million characters and its escaped copy took 4 to 6 MB more (the pieces cost
nothing measurable in time)."""


@attrs.frozen
class _StreamedJson:
    """A document to be written as ``json.dumps(doc.to_dict(profile=profile),
    ensure_ascii=False, indent=indent)``, piece by piece (see :meth:`chunks`).

    Used when the work runs in this process: the dict of a 50 MB text and its JSON
    string are each several times the text's size, while the pieces are one
    sentence, claim or entity at a time.
    """

    doc: Document
    profile: bool
    indent: int | None

    def chunks(self) -> Iterator[str]:
        """The JSON text in order; ``"".join`` of them equals ``json.dumps``."""
        doc = self.doc
        # The top level of to_dict() with the long lists left empty, then filled
        # lazily; tests/test_cli_safety.py checks the result against json.dumps.
        shell = attrs.evolve(doc, sentences=(), claims=(), entities=()).to_dict()
        if self.profile:
            shell["profile"] = doc.profile().to_dict(doc)
        lazy: dict[str, Iterable[Any]] = {
            "sentences": doc.sentences,
            "claims": doc.claims,
            "entities": doc.entities,
        }
        indent = self.indent
        newline = "" if indent is None else "\n"
        pad = "" if indent is None else " " * indent
        item_sep = ", " if indent is None else ",\n"
        yield "{" + newline
        for k, (key, value) in enumerate(shell.items()):
            yield (item_sep if k else "") + pad + json.dumps(key) + ": "
            if key == "text":
                yield from _json_string(value)
            elif key in lazy and value == []:
                yield from _json_list(lazy[key], indent)
            else:
                yield _nested(json.dumps(value, ensure_ascii=False, indent=indent), pad)
        yield newline + "}"


def _nested(encoded: str, pad: str) -> str:
    """``encoded`` (JSON made with the same indent) indented one level deeper: JSON
    strings never hold a raw line end, so every line end is layout."""
    return encoded.replace("\n", "\n" + pad) if pad else encoded


def _json_string(text: str) -> Iterator[str]:
    """``json.dumps(text, ensure_ascii=False)`` in pieces (escaping is per character,
    and the text holds no surrogate that a slice could split)."""
    yield '"'
    for start in range(0, len(text), _TEXT_SLICE):
        yield json.dumps(text[start : start + _TEXT_SLICE], ensure_ascii=False)[1:-1]
    yield '"'


def _json_list(items: Iterable[Any], indent: int | None) -> Iterator[str]:
    """The JSON list of ``item.to_dict()`` for each item, one nesting level deep."""
    inner = "" if indent is None else " " * (2 * indent)
    sep = ", " if indent is None else ",\n"
    opened = False
    for item in items:
        encoded = json.dumps(item.to_dict(), ensure_ascii=False, indent=indent)
        if not opened:
            yield "[" + ("" if indent is None else "\n")
            opened = True
        else:
            yield sep
        yield inner + _nested(encoded, inner)
    if not opened:
        yield "[]"
    else:
        yield ("" if indent is None else "\n" + " " * indent) + "]"
