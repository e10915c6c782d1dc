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
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import attrs

__all__ = [
    "CLAIM_COLUMNS",
    "JsonlRecord",
    "claims_table",
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


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    out: IO[str],
    *,
    extra_columns: tuple[str, ...] = (),
    header: bool = True,
) -> int:
    """Write claim rows as CSV to ``out`` (opened with ``newline=""``); return the
    number of rows written.

    The columns are ``extra_columns`` (e.g. a document id) followed by
    :data:`CLAIM_COLUMNS`; ``None`` becomes an empty cell. Rows missing a column or
    holding an unknown one raise ``ValueError`` naming it.
    """
    columns = [*extra_columns, *CLAIM_COLUMNS]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    if header:
        writer.writeheader()
    n = 0
    for row in rows:
        missing = [c for c in columns if c not in row]
        if missing:
            raise ValueError(f"CSV row {n} lacks the column(s) {', '.join(missing)}")
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


def parse_jsonl_line(
    line: str, number: int, *, text_field: str = "text", id_field: str | None = "id"
) -> JsonlRecord | None:
    """Parse line ``number`` (1-based) of a JSONL stream; ``None`` for a blank line.

    A malformed line, a record that is not an object, a missing ``text_field`` or
    one that is not a string gives a record with ``error`` set (the reason, without
    the line number, which is in ``line``).
    """
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return JsonlRecord(number, None, None, f"not valid JSON ({e})")
    except RecursionError:
        return JsonlRecord(number, None, None, "not a record: the JSON nests too deeply")
    if not isinstance(record, dict):
        return JsonlRecord(number, None, None, f"expected an object, got {type(record).__name__}")
    key = record.get(id_field) if id_field is not None else None
    if text_field not in record:
        return JsonlRecord(number, key, None, f"no field {text_field!r}")
    text = record[text_field]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return JsonlRecord(number, key, None, f"field {text_field!r} is {kind}, not a string")
    return JsonlRecord(number, key, text, None)


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
