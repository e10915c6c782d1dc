"""Fuzz targets for claimscope, as plain functions of ``bytes``.

Each target decodes the fuzzer's bytes into an input, runs one public entry point and
checks the contract in ``SPEC.md``. A target returns normally when the library behaved
(including raising the documented error) and raises :class:`FuzzFinding` -- or lets an
unexpected exception escape -- when it did not. The functions need no fuzzing engine:
``fuzz_annotate.py`` drives them with atheris, and ``tests/test_robustness.py`` replays
the saved crashing inputs in ``tests/golden/fuzz_regressions.json`` through them.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from typing import Any

import claimscope
from claimscope import Document, SchemaError

__all__ = [
    "TARGETS",
    "FuzzFinding",
    "check_document",
    "check_html",
    "decode_text",
    "target_annotate",
    "target_cli_records",
    "target_from_dict",
    "target_json",
]


class FuzzFinding(AssertionError):
    """The library broke a SPEC invariant on a fuzzed input."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise FuzzFinding(message)


def decode_text(data: bytes) -> str:
    """Turn fuzzer bytes into a ``str`` that may hold anything, lone surrogates
    included (``surrogatepass``), falling back to Latin-1 for invalid UTF-8."""
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def check_document(doc: Document, text: str) -> None:
    """Check the SPEC invariants of ``doc`` = ``annotate(text)``."""
    _require(doc.text == text, "the document text differs from the input")
    previous_end = 0
    covered = bytearray(len(text))
    for i, s in enumerate(doc.sentences):
        _require(0 <= s.start < s.end <= len(text), f"sentence {i} span out of range")
        _require(s.start >= previous_end, f"sentence {i} overlaps the previous one")
        _require(text[s.start : s.end] == s.text, f"sentence {i} text is not its slice")
        previous_end = s.end
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace():
            raise FuzzFinding(f"non-space character {ch!r} at {i} is in no sentence")
    previous_start = 0
    for i, c in enumerate(doc.claims):
        _require(c.start >= previous_start, f"claim {i} is out of order")
        previous_start = c.start
        _require(0 <= c.sentence < len(doc.sentences), f"claim {i} names no sentence")
        first = doc.sentences[c.sentence]
        _require(first.start <= c.start, f"claim {i} starts before its sentence")
        inside = any(s.start <= c.end - 1 < s.end for s in doc.sentences) or c.end == c.start
        _require(inside, f"claim {i} ends outside every sentence")
        for role, start, end, piece in c.spans():
            if piece is None or start is None or end is None:
                continue
            _require(0 <= start <= end <= len(text), f"claim {i} {role} span out of range")
            _require(text[start:end] == piece, f"claim {i} {role} text is not its slice")
    _require(Document.from_dict(doc.to_dict()) == doc, "from_dict(to_dict()) differs")


def target_annotate(data: bytes) -> None:
    """``annotate`` on any text: the invariants hold and it is deterministic."""
    text = decode_text(data)
    doc = claimscope.annotate(text)
    check_document(doc, text)
    _require(claimscope.annotate(text) == doc, "annotate is not deterministic")


def target_json(data: bytes) -> None:
    """``to_json`` gives valid JSON that reads back, or a ``SchemaError`` for text
    UTF-8 cannot carry; ``ensure_ascii=True`` reads back too, or raises ``SchemaError``
    exactly when a high surrogate directly precedes a low one; HTML escapes everything."""
    text = decode_text(data)
    doc = claimscope.annotate(text)
    try:
        payload = doc.to_json()
    except SchemaError:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            raise FuzzFinding("to_json refused text that UTF-8 can encode") from None
    else:
        payload.encode("utf-8")
        _require(Document.from_json(payload) == doc, "from_json(to_json()) differs")
    try:
        ascii_payload = doc.to_json(ensure_ascii=True)
    except SchemaError:
        _require(
            re.search("[\ud800-\udbff][\udc00-\udfff]", text) is not None,
            "to_json(ensure_ascii=True) refused a text without a split surrogate pair",
        )
    else:
        _require(Document.from_json(ascii_payload) == doc, "ascii JSON differs")
    check_html(doc.to_html(standalone=True))


_RENDER_TAGS = frozenset(
    "b body div h2 head hr html li mark meta ol p section span style title".split()
)
"""Tags the HTML renderer itself writes; any other tag came from unescaped text."""

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]{0,40})")


def check_html(page: str) -> None:
    """Every tag in ``page`` is one the renderer writes, so no text became markup."""
    for m in _TAG.finditer(page):
        _require(m.group(1).lower() in _RENDER_TAGS, f"unescaped markup {m.group(0)!r}")


def target_from_dict(data: bytes) -> None:
    """``from_dict`` on any JSON value (and on mutations of a real document) either
    builds a valid document or raises ``SchemaError`` -- nothing else."""
    text = decode_text(data)
    candidates: list[Any] = []
    with contextlib.suppress(ValueError, RecursionError):
        candidates.append(json.loads(text))
    # A real document with one field replaced by a fuzzed value.
    doc = claimscope.annotate("The mayor said the bridge would reopen. Critics disagree.")
    base = doc.to_dict()
    junk: list[Any] = [text, len(text), -len(text), None, [text], {"k": text}, True, 1e308]
    pick = junk[len(data) % len(junk)]
    paths: list[tuple[Any, ...]] = [
        ("schema",),
        ("text",),
        ("sentences",),
        ("sentences", 0, "start"),
        ("sentences", 0, "end"),
        ("claims", 0, "start"),
        ("claims", 0, "end"),
        ("claims", 0, "source"),
        ("claims", 0, "source", "start"),
        ("claims", 0, "source", "type"),
        ("claims", 0, "cue"),
        ("claims", 0, "cues"),
        ("claims", 0, "chain"),
        ("claims", 0, "sentence"),
        ("claims", 0, "quote"),
    ]
    path = paths[sum(data) % len(paths)]
    mutated = json.loads(json.dumps(base))
    target: Any = mutated
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = pick
    candidates.append(mutated)
    for candidate in candidates:
        try:
            rebuilt = Document.from_dict(candidate)
        except SchemaError:
            continue
        _require(isinstance(rebuilt, Document), "from_dict returned a non-Document")
        _require(Document.from_dict(rebuilt.to_dict()) == rebuilt, "round trip differs")


def _not_json(name: str) -> Any:
    raise FuzzFinding(f"the CLI wrote {name}, which is not JSON")


def target_cli_records(data: bytes) -> None:
    """The CLI's JSONL record mode on any bytes: no traceback, a documented exit
    status, and one output line per readable record."""
    from claimscope.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "wb") as f:
            f.write(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["annotate", path, "--jsonl-field", "text", "-q"])
    _require(status in (0, 1), f"unexpected exit status {status}")
    _require("Traceback" not in err.getvalue(), "the CLI printed a traceback")
    nonblank = 0
    for raw in data.split(b"\n"):
        try:
            if raw.decode("utf-8").strip():
                nonblank += 1
        except UnicodeDecodeError:
            nonblank += 1
    lines = out.getvalue().split("\n")
    _require(lines[-1] == "", "the output does not end with a line end")
    lines = lines[:-1] if nonblank else []
    _require(len(lines) == nonblank, f"{nonblank} records in, {len(lines)} lines out")
    for line in lines:
        record = json.loads(line, parse_constant=_not_json)
        _require(("document" in record) != ("error" in record), "record has no outcome")
        if "document" in record:
            Document.from_dict(record["document"])
    failed = any("error" in json.loads(line, parse_constant=_not_json) for line in lines)
    _require((status == 1) == failed, f"exit status {status} but failed records: {failed}")


TARGETS: dict[str, Callable[[bytes], None]] = {
    "annotate": target_annotate,
    "json": target_json,
    "from_dict": target_from_dict,
    "cli_records": target_cli_records,
}
"""Every target by name (the names used in ``tests/golden/fuzz_regressions.json``)."""
