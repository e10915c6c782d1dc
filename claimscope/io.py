"""Reading and writing annotations: flat claim tables, CSV and JSONL.

Everything here works from the plain ``claimscope/1`` dict (:meth:`Document.to_dict`),
so it serves documents read back from JSON as well as fresh ones.

The claim table has stable columns, :data:`CLAIM_COLUMNS`, always in that order and
always present (``None`` where a claim has no value), so that CSV files written by
different versions and runs line up.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import attrs

__all__ = [
    "CLAIM_COLUMNS",
    "FORMULA_STARTS",
    "JsonlRecord",
    "claims_table",
    "neutralise_formula",
    "parse_jsonl_line",
    "read_jsonl",
    "write_csv",
]

CLAIM_COLUMNS: tuple[str, ...] = (
    "claim",
    "start",
    "end",
    "text",
    "sentence",
    "quote",
    "confidence",
    "source_type",
    "source_text",
    "source_start",
    "source_end",
    "mention_text",
    "mention_start",
    "mention_end",
    "chain",
    "cue_text",
    "cue_start",
    "cue_end",
    "cue_kind",
    "cues",
    "rule",
)
"""The keys of every row of :func:`claims_table`, in column order.

``claim`` is the claim's index in the document; ``chain`` joins the intermediaries,
innermost first, as ``text (type)`` separated by ``" < "``; ``cues`` joins every cue
as ``text (kind)`` separated by ``"; "``.
"""


def _as_dict(doc: Any) -> Mapping[str, Any]:
    if isinstance(doc, Mapping):
        return doc
    to_dict = getattr(doc, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"expected a claimscope Document or its dict, got {type(doc).__name__}")
    result: Mapping[str, Any] = to_dict()
    return result


def _link(source: Mapping[str, Any]) -> str:
    text = source.get("text")
    return f"{text} ({source['type']})" if text is not None else f"({source['type']})"


def claims_table(doc: Any) -> list[dict[str, Any]]:
    """Return one flat dict per claim of ``doc`` (a Document or its dict).

    Every row has exactly the keys of :data:`CLAIM_COLUMNS`, in that order.
    """
    data = _as_dict(doc)
    rows = []
    for i, claim in enumerate(data.get("claims", [])):
        source = claim["source"]
        mention = source.get("mention") or {}
        cue = claim.get("cue") or {}
        rows.append(
            {
                "claim": i,
                "start": claim["start"],
                "end": claim["end"],
                "text": claim["text"],
                "sentence": claim["sentence"],
                "quote": claim["quote"],
                "confidence": claim["confidence"],
                "source_type": source["type"],
                "source_text": source.get("text"),
                "source_start": source.get("start"),
                "source_end": source.get("end"),
                "mention_text": mention.get("text"),
                "mention_start": mention.get("start"),
                "mention_end": mention.get("end"),
                "chain": " < ".join(_link(link) for link in claim.get("chain", [])),
                "cue_text": cue.get("text"),
                "cue_start": cue.get("start"),
                "cue_end": cue.get("end"),
                "cue_kind": cue.get("kind"),
                "cues": "; ".join(f"{c['text']} ({c['kind']})" for c in claim.get("cues", [])),
                "rule": claim.get("rule", ""),
            }
        )
    return rows


FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet read a cell as a formula: ``=``, ``+``,
``-``, ``@``, tab and carriage return (the OWASP list for CSV injection), and the
full-width ``＝ ＋ － ＠``, which some spreadsheets fold into them."""


def neutralise_formula(value: object) -> object:
    """Return ``value`` with a leading apostrophe if it is a string a spreadsheet would
    read as a formula (see :data:`FORMULA_STARTS`); anything else unchanged.

    This is the OWASP advice for CSV injection: a spreadsheet shows the apostrophe
    as "text follows" and does not evaluate the cell.

    >>> print(neutralise_formula('=HYPERLINK("http://example.com")'))
    '=HYPERLINK("http://example.com")
    >>> neutralise_formula("The mayor said so."), neutralise_formula(-3)
    ('The mayor said so.', -3)
    """
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


class _LineFeedEnding:
    """Ends each CSV row with ``\\n`` although the writer's line terminator is
    ``\\r\\n``: the csv module quotes a cell only for the characters of its line
    terminator, so with ``\\n`` alone a cell holding a carriage return was written
    bare and split the row in every reader."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, row: str) -> int:
        if row.endswith("\r\n"):
            row = row[:-2] + "\n"
        return self.out.write(row)


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    out: IO[str],
    *,
    extra_columns: tuple[str, ...] = (),
    header: bool = True,
    escape_formulas: bool = True,
) -> int:
    """Write claim rows as CSV to ``out`` (opened with ``newline=""``); return the
    number of rows written.

    The columns are ``extra_columns`` (e.g. a document id) followed by
    :data:`CLAIM_COLUMNS`; ``None`` becomes an empty cell. Rows missing a column or
    holding an unknown one raise ``ValueError`` naming it.

    With ``escape_formulas`` (the default) every string cell, ids and claim texts
    included, that a spreadsheet would run as a formula gets a leading apostrophe
    (:func:`neutralise_formula`), so that opening an annotated untrusted text in
    Excel or LibreOffice cannot run anything. Pass ``escape_formulas=False`` to write
    the cells exactly as they are (for programs, not spreadsheets). For Excel, open
    ``out`` with ``encoding="utf-8-sig"`` so that it starts with a byte order mark and
    Excel reads it as UTF-8.
    """
    columns = [*extra_columns, *CLAIM_COLUMNS]
    writer = csv.DictWriter(
        _LineFeedEnding(out), fieldnames=columns, extrasaction="raise", lineterminator="\r\n"
    )
    if header:
        writer.writeheader()
    n = 0
    for row in rows:
        missing = [c for c in columns if c not in row]
        if missing:
            raise ValueError(f"CSV row {n} lacks the column(s) {', '.join(missing)}")
        if escape_formulas:
            row = {key: neutralise_formula(value) for key, value in row.items()}
        writer.writerow(row)
        n += 1
    return n


@attrs.frozen
class JsonlRecord:
    """One line of a JSONL stream: the parsed ``text`` and ``id``, or why it failed.

    ``line`` is 1-based. Exactly one of ``text`` and ``error`` is set; ``id`` is the
    record's id when it could be read (``None`` otherwise).
    """

    line: int
    id: Any
    text: str | None
    error: str | None


class _NonFinite(ValueError):
    """A NaN or infinite number in a JSONL line (not JSON, and not writable as JSON)."""


def _reject_constant(name: str) -> Any:
    raise _NonFinite(f"holds {name}, which is not a JSON number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _NonFinite(f"holds the number {literal[:40]}, too large to be finite")
    return value


def _loads(line: str) -> Any:
    """Strict ``json.loads``: ``NaN``, ``Infinity`` and numbers that overflow to an
    infinity are refused (raising :class:`_NonFinite`), so no non-finite number can
    reach the output, where it would not be JSON."""
    return json.loads(line, parse_constant=_reject_constant, parse_float=_finite_float)


def _read_error(e: BaseException) -> str:
    """A short reason for a line ``json.loads`` could not read."""
    if isinstance(e, _NonFinite):
        return f"not valid JSON: it {e}"
    if isinstance(e, json.JSONDecodeError):
        return f"not valid JSON ({e})"
    if isinstance(e, RecursionError):
        return "not a record: the JSON nests too deeply"
    if isinstance(e, ValueError) and "integer string conversion" in str(e):
        return "cannot be read: it holds an integer of more than 4300 digits"
    return f"cannot be read: {type(e).__name__}: {e}"


def parse_jsonl_line(
    line: str, number: int, *, text_field: str = "text", id_field: str | None = "id"
) -> JsonlRecord | None:
    """Parse line ``number`` (1-based) of a JSONL stream; ``None`` for a blank line.

    Never raises for any ``line``: a line that is not valid JSON (including one
    holding ``NaN``, ``Infinity``, a number too large to be finite, or an integer of
    more than 4300 digits, which Python refuses to convert), a record that is not an
    object, a missing ``text_field`` or one that is not a string gives a record
    with ``error`` set (the reason, without the line number, which is in ``line``).
    So a non-finite number never reaches the output: its line is an error record.
    """
    try:
        if not line.strip():
            return None
        try:
            record = _loads(line)
        except (ValueError, RecursionError) as e:
            return JsonlRecord(number, None, None, _read_error(e))
        if not isinstance(record, dict):
            kind = "null" if record is None else type(record).__name__
            return JsonlRecord(number, None, None, f"expected an object, got {kind}")
        key = record.get(id_field) if id_field is not None else None
        if text_field not in record:
            return JsonlRecord(number, key, None, f"no field {text_field!r}")
        text = record[text_field]
        if not isinstance(text, str):
            kind = "null" if text is None else type(text).__name__
            return JsonlRecord(number, key, None, f"field {text_field!r} is {kind}, not a string")
        return JsonlRecord(number, key, text, None)
    except Exception as e:  # any other surprise is this line's error, not the stream's end
        return JsonlRecord(number, None, None, _read_error(e))


def read_jsonl(
    lines: Iterable[str], *, text_field: str = "text", id_field: str | None = "id"
) -> Iterator[JsonlRecord]:
    """Parse a JSONL stream lazily, one :class:`JsonlRecord` per non-blank line.

    Bad lines give records with ``error`` set (see :func:`parse_jsonl_line`);
    reading goes on.
    """
    for number, line in enumerate(lines, start=1):
        record = parse_jsonl_line(line, number, text_field=text_field, id_field=id_field)
        if record is not None:
            yield record
