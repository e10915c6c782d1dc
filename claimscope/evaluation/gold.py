"""PolNeAR-format gold attributions: the records and the JSONL loader."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from claimscope.evaluation._common import GoldFormatError, Offsets, _hull, _is_int

# -- gold data ------------------------------------------------------------------------


def _offsets(value: Sequence[Offsets]) -> tuple[Offsets, ...]:
    return tuple((int(a), int(b)) for a, b in value)


@attrs.frozen
class GoldAttribution:
    """One gold attribution: content, source and cue, each as a tuple of pieces.

    ``source`` and ``cue`` are empty tuples when the gold has none (PolNeAR's
    ``Attribution-no-source``). ``content`` has at least one piece.
    """

    id: str
    content: tuple[Offsets, ...] = attrs.field(converter=_offsets)
    source: tuple[Offsets, ...] = attrs.field(default=(), converter=_offsets)
    cue: tuple[Offsets, ...] = attrs.field(default=(), converter=_offsets)
    kind: str = "Attribution"

    def __attrs_post_init__(self) -> None:
        if not self.content:
            raise ValueError(f"attribution {self.id!r} has no content span")
        for role in ("content", "source", "cue"):
            for start, end in getattr(self, role):
                if not 0 <= start <= end:
                    raise ValueError(
                        f"attribution {self.id!r} {role} piece [{start}, {end}) is not a "
                        "span with 0 <= start <= end"
                    )

    @property
    def span(self) -> Offsets:
        """The content span: the hull of the content pieces."""
        return _hull(self.content)


def _attributions(value: Iterable[GoldAttribution]) -> tuple[GoldAttribution, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, GoldAttribution):
            raise TypeError(f"expected GoldAttribution items, got {type(item).__name__}")
    return items


@attrs.frozen
class GoldDocument:
    """A gold document: its text and its attributions, plus descriptive metadata."""

    id: str
    text: str
    attributions: tuple[GoldAttribution, ...] = attrs.field(converter=_attributions)
    split: str | None = None
    publisher: str | None = None
    title: str | None = None

    def __attrs_post_init__(self) -> None:
        n = len(self.text)
        for a in self.attributions:
            for role in ("content", "source", "cue"):
                for start, end in getattr(a, role):
                    if end > n:
                        raise ValueError(
                            f"attribution {a.id!r} {role} [{start}, {end}) ends past the "
                            f"text of document {self.id!r} ({n} characters)"
                        )


def _pieces(value: object, where: str, *, required: bool) -> tuple[Offsets, ...]:
    if value is None:
        if required:
            raise GoldFormatError(f"{where}: must not be null")
        return ()
    if not isinstance(value, list) or not value:
        raise GoldFormatError(
            f"{where}: expected [start, end], a list of [start, end] pieces or null, got {value!r}"
        )
    items = [value] if _is_int(value[0]) else value
    pieces = []
    for item in items:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(_is_int(x) for x in item)
            or not 0 <= item[0] <= item[1]
        ):
            raise GoldFormatError(
                f"{where}: {item!r} is not a [start, end] pair with 0 <= start <= end"
            )
        pieces.append((item[0], item[1]))
    return tuple(pieces)


def _optional_str(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(f"{where}.{key}: expected a string or null")
    return value


def _gold_document(record: object, where: str) -> GoldDocument:
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    text = record.get("text")
    attributions = record.get("attributions")
    if not isinstance(doc_id, str):
        raise GoldFormatError(f"{where}.id: expected a string")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}.text: expected a string")
    if not isinstance(attributions, list):
        raise GoldFormatError(f"{where}.attributions: expected a list")
    gold = []
    for i, item in enumerate(attributions):
        here = f"{where}.attributions[{i}]"
        if not isinstance(item, dict):
            raise GoldFormatError(f"{here}: expected a JSON object")
        kind = item.get("kind", "Attribution")
        if not isinstance(kind, str):
            raise GoldFormatError(f"{here}.kind: expected a string")
        try:
            gold.append(
                GoldAttribution(
                    str(item.get("id", f"A{i}")),
                    _pieces(item.get("content"), f"{here}.content", required=True),
                    _pieces(item.get("source"), f"{here}.source", required=False),
                    _pieces(item.get("cue"), f"{here}.cue", required=False),
                    kind,
                )
            )
        except GoldFormatError:
            raise
        except ValueError as e:
            raise GoldFormatError(f"{here}: {e}") from e
    try:
        return GoldDocument(
            doc_id,
            text,
            tuple(gold),
            _optional_str(record, "split", where),
            _optional_str(record, "publisher", where),
            _optional_str(record, "title", where),
        )
    except GoldFormatError:
        raise
    except ValueError as e:
        raise GoldFormatError(f"{where}: {e}") from e


def load_gold(
    path: str | os.PathLike[str], split: str | None = None, limit: int | None = None
) -> list[GoldDocument]:
    """Read gold documents from a PolNeAR-format JSONL file.

    ``split`` keeps only records whose ``split`` field equals it; ``limit`` keeps the
    first ``limit`` documents (after the split filter). Blank lines are skipped.

    Raises ``OSError`` when the file cannot be read, ``UnicodeDecodeError`` when it is
    not UTF-8, and :class:`GoldFormatError` (a ``ValueError``) naming the file, line and
    field when a record does not follow the format.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be None or >= 0, got {limit}")
    docs: list[GoldDocument] = []
    name = os.fspath(path)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{where}: not valid JSON: {e}") from e
            if split is not None and isinstance(record, dict) and record.get("split") != split:
                continue
            docs.append(_gold_document(record, where))
    return docs
