"""Bad input everywhere: wrong types, text that cannot be encoded, control and
separator characters, huge documents, malformed dicts and JSON, hostile files on the
command line. Each gets a clear error (or a correct result), never a traceback or a
half-built object."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import strategies
from hypothesis import given
from hypothesis import strategies as st

from claimscope import Annotator, Document, SchemaError, annotate
from claimscope.cli import main
from claimscope.testing import check_document

STORY = (
    "“The cables are older than anyone expected,” said Jane Doe, the council's chief "
    "engineer. Officials said the bridge may close for six months."
)

# -- not a str --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name"),
    [(b"The mayor said so.", "bytes"), (bytearray(b"x"), "bytearray"), (None, "NoneType"),
     (42, "int"), (4.5, "float"), (["The mayor said so."], "list"),
     (memoryview(b"x"), "memoryview")],
)  # fmt: skip
def test_non_str_is_a_type_error_naming_the_type(value: object, name: str) -> None:
    """annotate() refuses anything but str with a TypeError naming the type; bytes get
    a hint to decode first. It never silently str()s the value."""
    with pytest.raises(TypeError, match=name) as info:
        annotate(value)  # type: ignore[arg-type]
    if name in ("bytes", "bytearray", "memoryview"):
        assert "decode" in str(info.value)


@given(value=strategies.non_str_values())
def test_no_non_str_value_is_accepted(value: object) -> None:
    """Any non-str value raises TypeError, from annotate and from Annotator.pipe."""
    with pytest.raises(TypeError):
        annotate(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        list(Annotator().pipe(["The mayor said so.", value]))  # type: ignore[list-item]


# -- text that cannot be encoded; odd characters --------------------------------------


def test_lone_surrogate_annotates_but_json_names_the_problem() -> None:
    """A lone surrogate is annotated; to_json() raises SchemaError naming the offset,
    and ensure_ascii=True still gives JSON that reads back."""
    text = "Officials said the \ud800 bridge may close."
    doc = annotate(text)
    check_document(doc, text)
    with pytest.raises(SchemaError, match=r"offset 19"):
        doc.to_json()
    payload = doc.to_json(ensure_ascii=True)
    assert payload.isascii()
    assert Document.from_json(payload) == doc


@pytest.mark.parametrize(
    "text",
    [
        "The mayor\x00 said the bridge\x00 would reopen.\x00",
        "\ufeffThe mayor said the bridge would reopen.",
        "The mayor said the bridge would reopen.\rCritics disagree.\r\rThe end.",
        "The mayor said it.\u2028Critics disagree.\u2029“It is late,” she said.",
        "Der Bürgermeister sagte: Мэр заявил, что 市长说 the bridge would reopen, officials said.",
        "İSTANBUL — Officials said the İzmir ferry may be delayed. \u200f\u202bשלום\u202c",
        "\x0b\x0c\x1c\x1d\x1e\x85 The mayor said so.\x7f",
        "e\u0301" * 50 + " said the mayor." + "\U0001f6a7" * 20,
    ],
    ids=["nul", "bom", "cr", "line-separators", "mixed-scripts", "rtl", "controls", "combining"],
)
def test_odd_characters_keep_every_invariant(text: str) -> None:
    """NUL bytes, a BOM, bare \\r, U+2028/U+2029, mixed scripts, right-to-left marks,
    control characters and combining marks: offsets stay exact, JSON is valid."""
    doc = annotate(text)
    check_document(doc, text)
    assert json.loads(doc.to_json())["text"] == text
    assert Document.from_json(doc.to_json().encode("utf-8")) == doc


def test_whitespace_only_text_is_an_empty_document() -> None:
    """Empty or whitespace-only text gives an empty Document, not an error."""
    for text in ("", " ", "\n\n\r\n", "\u00a0\u2028\t", "\u200b"):
        doc = annotate(text)
        check_document(doc, text)
        assert doc.claims == ()


def test_a_huge_document_is_annotated() -> None:
    """A 2 MB document of ordinary news paragraphs is annotated with exact offsets."""
    text = (STORY + "\n\n") * (2_000_000 // (len(STORY) + 2))
    doc = annotate(text)
    assert len(doc.sentences) == 2 * text.count("\n\n")
    assert doc.claims[-1].text == doc.text[doc.claims[-1].start : doc.claims[-1].end]


def test_one_long_paragraph_of_abbreviations_is_annotated() -> None:
    """A 1 MB paragraph of "U.S. U.S. ..." is annotated (slowly), not an error."""
    text = "U.S. " * 200_000
    doc = annotate(text)
    assert doc.text == text


# -- from_dict / from_json on malformed data ------------------------------------------

GOOD = annotate("The mayor said the bridge would reopen. Critics disagree.").to_dict()


def mutated(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A copy of :data:`GOOD` with the field at ``path`` replaced by ``value``."""
    data = copy.deepcopy(GOOD)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


BAD_DICTS: dict[str, Any] = {
    "not a mapping": ["claimscope/1"],
    "None": None,
    "schema missing": {k: v for k, v in GOOD.items() if k != "schema"},
    "future schema": mutated(("schema",), "claimscope/2"),
    "schema is a list": mutated(("schema",), ["claimscope/1"]),
    "text is None": mutated(("text",), None),
    "sentences is a dict": mutated(("sentences",), {}),
    "sentence start is a float": mutated(("sentences", 0, "start"), 1.0),
    "sentence start is NaN": mutated(("sentences", 0, "start"), float("nan")),
    "sentence end is huge": mutated(("sentences", 0, "end"), 10**100),
    "sentences overlap": mutated(
        ("sentences",), [{"start": 0, "end": 20}, {"start": 5, "end": 30}]
    ),
    "claim start negative": mutated(("claims", 0, "start"), -1),
    "claim end past the text": mutated(("claims", 0, "end"), 10**6),
    "claim text is not its slice": mutated(("claims", 0, "text"), "zzz"),
    "claim sentence out of range": mutated(("claims", 0, "sentence"), 99),
    "claim sentence is a bool": mutated(("claims", 0, "sentence"), True),
    "unknown quote kind": mutated(("claims", 0, "quote"), "verbatim"),
    "confidence is a dict": mutated(("claims", 0, "confidence"), {}),
    "source is a list": mutated(("claims", 0, "source"), []),
    "source type is a list": mutated(("claims", 0, "source", "type"), ["person"]),
    "author source with a span": mutated(("claims", 0, "source", "type"), "author"),
    "source half a span": mutated(("claims", 0, "source", "start"), None),
    "mention is a str": mutated(("claims", 0, "source", "mention"), "she"),
    "cue is a list": mutated(("claims", 0, "cue"), []),
    "cue start negative": mutated(("claims", 0, "cue", "start"), -5),
    "cue stance is an int": mutated(("claims", 0, "cue", "stance"), 3),
    "cues is a str": mutated(("claims", 0, "cues"), "said"),
    "chain holds None": mutated(("claims", 0, "chain"), [None]),
    "deeply nested junk": mutated(("claims",), json.loads("[" * 400 + "]" * 400)),
    "junk claims": mutated(("claims",), [[[[{"start": [[[]]]}]]]]),
}
"""Malformed and adversarial claimscope/1 dicts, by what is wrong with them."""


@pytest.mark.parametrize("name", sorted(BAD_DICTS))
def test_malformed_dicts_raise_schema_error(name: str) -> None:
    """from_dict rejects each malformed dict with a SchemaError (a ValueError) that
    names a field, never another exception or a half-built Document."""
    with pytest.raises(SchemaError) as info:
        Document.from_dict(BAD_DICTS[name])
    assert isinstance(info.value, ValueError)
    assert "document" in str(info.value)


@pytest.mark.parametrize(
    "payload",
    [b'{"schema": "\xff"}', "[" * 100_000, b"[" * 100_000, "", "{", "null", '"claimscope/1"',
     '{"schema":"claimscope/1","text":"a","sentences":[{"start":NaN,"end":1}],"claims":[]}'],
    ids=["not-utf8", "deep-str", "deep-bytes", "empty", "truncated", "null", "string", "nan"],
)  # fmt: skip
def test_malformed_json_raises_schema_error(payload: str | bytes) -> None:
    """from_json turns bad UTF-8, unreadably deep nesting and non-documents into a
    SchemaError saying what was wrong."""
    with pytest.raises(SchemaError):
        Document.from_json(payload)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)  # fmt: skip


@given(
    path=st.sampled_from(
        [("schema",), ("text",), ("sentences",), ("sentences", 0), ("sentences", 0, "end"),
         ("claims",), ("claims", 0), ("claims", 0, "source"), ("claims", 0, "cue"),
         ("claims", 0, "cues"), ("claims", 0, "chain"), ("claims", 0, "start")]
    ),
    value=JSON_VALUES,
)  # fmt: skip
def test_any_junk_in_any_field_is_a_schema_error_or_a_valid_document(
    path: tuple[Any, ...], value: Any
) -> None:
    """Replacing any field by any JSON value gives a SchemaError or a Document that
    keeps every invariant -- nothing in between."""
    try:
        doc = Document.from_dict(mutated(path, value))
    except SchemaError:
        return
    check_document(doc)


# -- the command line -------------------------------------------------------------------


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return (status, stdout, stderr)."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_binary_and_odd_files_are_reported_and_good_ones_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PNG, a CESU-8 surrogate, a UTF-16 file and a truncated UTF-8 sequence are
    named on stderr; an empty file, a file with NULs and a BOM are annotated; the
    status is 1."""
    files = {
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "surrogate.txt": b"The mayor \xed\xa0\x80 said so.",
        "utf16.txt": STORY.encode("utf-16"),
        "truncated.txt": STORY.encode("utf-8") + b"\xe2\x80",
        "empty.txt": b"",
        "nul.txt": b"The mayor said\x00 the bridge would reopen.",
        "bom.txt": b"\xef\xbb\xbf" + STORY.encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    status, out, err = run_cli(
        ["annotate", *(str(tmp_path / n) for n in files), "--format", "jsonl"], capsys
    )
    assert status == 1
    assert "Traceback" not in err
    for bad in ("image.png", "surrogate.txt", "utf16.txt", "truncated.txt"):
        assert f"{tmp_path / bad}: not valid UTF-8" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [("document" in r) for r in records] == [False] * 4 + [True] * 3
    assert Document.from_dict(records[4]["document"]).claims == ()
    assert Document.from_dict(records[6]["document"]).text.startswith("\ufeff")


def test_empty_stdin_is_an_empty_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Empty input on stdin gives an empty claimscope/1 document and status 0."""
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    status, out, err = run_cli(["annotate", "-"], capsys)
    assert status == 0 and err == ""
    assert Document.from_dict(json.loads(out)[0]["document"]) == Document("")


def test_non_utf8_stdin_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Latin-1 bytes on stdin are reported as <stdin> with the bad byte; status 1."""
    import io

    data = "Le maire a déclaré.".encode("latin-1")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, _, err = run_cli(["annotate", "-"], capsys)
    assert status == 1
    assert "<stdin>: not valid UTF-8 (byte 0xe9" in err


def test_record_mode_with_only_blank_and_junk_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSONL stream of nothing usable reports every line and exits 1, no traceback
    (a line nested 5,000 deep once escaped as a RecursionError)."""
    stream = tmp_path / "junk.jsonl"
    stream.write_bytes(b"\n\x00\n[1, 2]\n" + b"[" * 5000 + b'\n"text"\n')
    status, out, err = run_cli(["annotate", str(stream), "--jsonl-field", "text"], capsys)
    assert status == 1 and "Traceback" not in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in records] == [2, 3, 4, 5]
    assert all("error" in r for r in records)


@pytest.mark.parametrize("fmt", ["text", "csv", "html", "json"])
def test_closed_stdout_in_every_format_ends_quietly(tmp_path: Path, fmt: str) -> None:
    """`claimscope annotate many files | head -c 1`: no traceback, status 1 or 0."""
    names = []
    for i in range(40):
        path = tmp_path / f"story{i}.txt"
        path.write_text(STORY * 20, encoding="utf-8")
        names.append(str(path))
    cmd = [sys.executable, "-m", "claimscope", "annotate", *names, "--format", fmt, "-q"]
    producer = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.read(1)
    producer.stdout.close()
    err = producer.stderr.read()
    status = producer.wait(timeout=120)
    producer.stderr.close()
    assert b"Traceback" not in err and b"Exception" not in err
    assert status in (0, 1)
