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

from claimscope.model import Document, Entity, sentence_dicts

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
            "sentences": sentence_dicts(doc._sentence_offsets()),
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


def _json_list(items: Iterable[Any], indent: int | None, depth: int = 1) -> Iterator[str]:
    """The JSON list of ``item.to_dict()`` for each item, ``depth`` nesting levels
    deep; an entity with many mentions is written a slice of them at a time."""
    inner = "" if indent is None else " " * ((depth + 1) * indent)
    sep = ", " if indent is None else ",\n"
    opened = False
    for item in items:
        if not opened:
            yield "[" + ("" if indent is None else "\n")
            opened = True
        else:
            yield sep
        if isinstance(item, Entity) and item._mention_count() > _MENTION_SLICE:
            yield inner
            yield from _entity_json(item, indent, depth + 1)
        else:
            data = item if isinstance(item, dict) else item.to_dict()
            encoded = json.dumps(data, ensure_ascii=False, indent=indent)
            yield inner + _nested(encoded, inner)
    if not opened:
        yield "[]"
    else:
        yield ("" if indent is None else "\n" + " " * (depth * indent)) + "]"


_MENTION_SLICE = 1000
"""Mentions of one entity encoded at a time. The most mentioned entity of a long text
(a name every article repeats) has one mention every few hundred characters: its
dict of mention dicts, built whole, took 12.8 MB for a 6 MB text, at the end of the
run beside the whole document."""


def _entity_json(entity: Entity, indent: int | None, depth: int) -> Iterator[str]:
    """``json.dumps(entity.to_dict(), ensure_ascii=False, indent=indent)``, indented
    ``depth`` levels, its mentions encoded a slice at a time."""
    pad = "" if indent is None else " " * (depth * indent)
    shell = attrs.evolve(entity, mentions=(entity.name,)).to_dict()  # one mention
    encoded = json.dumps(shell, ensure_ascii=False, indent=indent)
    # the shell's list of one mention, as it stands in the shell (one level deep);
    # the name is a dict, not a list, so only the mentions list can match
    one = json.dumps(shell["mentions"], ensure_ascii=False, indent=indent)
    if indent is not None:
        one = _nested(one, " " * indent)
    head, found, tail = encoded.partition(one)
    if not found:
        raise AssertionError(f"entity {entity.id}: its JSON shell has no mentions list")
    if indent is None:
        nest, opener, sep, closer, strip = "", "[", ", ", "]", 1
    else:
        nest = pad + " " * indent
        opener, sep, closer, strip = "[\n" + nest, ",\n" + nest, "\n" + nest + "]", 2
    yield _nested(head, pad)
    yield opener
    for k, piece in enumerate(entity._mention_slices(_MENTION_SLICE)):
        listed = json.dumps([m.to_dict() for m in piece], ensure_ascii=False, indent=indent)
        if k:
            yield sep
        yield _nested(listed[strip:-strip], nest)  # the items, without the brackets
    yield closer
    yield _nested(tail, pad)
