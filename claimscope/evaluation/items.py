"""Score claimscope claim by claim against item gold such as ``news-dev/gold.json``.

The gold is a JSON object whose ``items`` each name an article (``doc``, a file name
looked up in ``articles/`` beside the gold file, then beside it) and an ``anchor``:
2-10 words copied exactly from a claim's content, occurring once in the article. A
claim item gives the expected ``source`` (a string, a list of equally right strings, or
``null`` for ``author`` and ``unspecified``), ``type`` and ``confidence`` (a value or a
list of accepted values); an item with ``"none": true`` marks text no claim may cover
(headlines, bylines, captions, questions).

Definitions
-----------

These follow ``news-dev/README.md`` word for word, so that figures agree with it.

*Predicted claim*
    Among all the document's claims (the author's voice included), the one whose
    content overlaps the anchor by the most characters; on a tie, the first in
    document order. None when no claim overlaps the anchor.

*Source right*
    With both sides normalised by :func:`normalise` (case-folded; curly and straight
    quotes, brackets and ``.,:;`` replaced by spaces; whitespace collapsed), an
    expected string is contained in the predicted ``source.text``, or the predicted
    text (3 characters or more, and not a pronoun, :data:`PRONOUNS`) is contained in
    the expected one. For an expected ``null``, the predicted source has no text or
    is typed ``author`` or ``unspecified``.

*Type right*, *confidence right*
    The predicted value equals the expected one (or one of the expected list).

*Item right*
    A ``none`` item is right when no claim overlaps its anchor; a claim item is
    *fully right* when a claim was found and its source, type and confidence are right.

Reported: items fully right out of all items; claims found out of claim items; of the
claims found, how many have the right source, type and confidence; ``none`` items left
alone.

Example
-------

>>> from claimscope.model import Claim, Source
>>> text = 'The minister said the bridge would reopen in May.'
>>> claim = Claim(18, 48, text[18:48], 0, "indirect", "reported",
...               Source("person", "The minister", 0, 12))
>>> item = GoldItem("d.txt", "bridge would reopen", source=("minister",),
...                 types=("person",), confidences=("reported",))
>>> result = score_item(item, text, [claim])
>>> (result.found, result.source_ok, result.right)
(True, True, True)
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from claimscope.evaluation._common import Annotates, GoldFormatError, best_overlap, pooled
from claimscope.model import Claim, Document, SourceType
from claimscope.pipeline import Annotator

__all__ = [
    "PRONOUNS",
    "GoldItem",
    "ItemReport",
    "ItemResult",
    "ItemScores",
    "evaluate_items",
    "is_item_gold",
    "load_items",
    "normalise",
    "score_item",
    "score_items",
    "source_matches",
]

PRONOUNS = frozenset("he she it they him her them i we you his its their".split())
"""Predicted source texts that never count as contained in the expected source: a
pronoun names nobody on its own (``he`` is in *Stephen*)."""

_MARKS = regex.compile(r"[\u2018\u2019\u201c\u201d'\"()\[\]{}.,:;]")
"""Curly and straight quotes, brackets and ``.,:;``: one character class, linear."""

_NAMELESS = frozenset({SourceType.AUTHOR, SourceType.UNSPECIFIED})


def normalise(text: str) -> str:
    """Return ``text`` case-folded, with quotes, brackets and ``.,:;`` as spaces, and
    whitespace collapsed.

    >>> normalise('“The U.S. Attorney’s Office” (WDNY)')
    'the u s attorney s office wdny'
    """
    return " ".join(_MARKS.sub(" ", text.casefold()).split())


def source_matches(expected: Sequence[str] | None, claim: Claim) -> bool:
    """Whether ``claim``'s source is right for an item expecting ``expected``.

    ``expected`` is the tuple of accepted source strings, or ``None`` for an expected
    ``null`` (see the module docstring).

    >>> from claimscope.model import Claim, Source
    >>> c = Claim(0, 4, "Rain", 0, "indirect", "reported", Source("person", "He", 10, 12))
    >>> source_matches(("Stephen Hale",), c)
    False
    """
    text = claim.source.text or ""
    if expected is None:
        return not text or claim.source.type in _NAMELESS
    got = normalise(text)
    if not got:
        return False
    for want in map(normalise, expected):
        if want in got or (len(got) >= 3 and got not in PRONOUNS and got in want):
            return True
    return False


def _strings(value: object, where: str, *, nullable: bool) -> tuple[str, ...] | None:
    if value is None and nullable:
        return None
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(x, str) and x for x in items):
        what = (
            "a string, a list of strings or null" if nullable else "a string or a list of strings"
        )
        raise GoldFormatError(f"{where}: expected {what}, got {value!r}")
    return tuple(items)


@attrs.frozen
class GoldItem:
    """One gold item: an anchor in a document and what the claim there should say.

    ``source`` is ``None`` for an expected ``null`` source; ``types`` and
    ``confidences`` hold the accepted values. A ``none`` item expects no claim.
    """

    doc: str
    anchor: str
    source: tuple[str, ...] | None = None
    types: tuple[str, ...] = ()
    confidences: tuple[str, ...] = ()
    none: bool = False
    note: str = ""

    @classmethod
    def from_dict(cls, record: object, where: str) -> GoldItem:
        """Read one ``items`` entry; raise :class:`GoldFormatError` naming ``where``."""
        if not isinstance(record, dict):
            raise GoldFormatError(f"{where}: expected a JSON object")
        doc, anchor = record.get("doc"), record.get("anchor")
        if not isinstance(doc, str) or not doc:
            raise GoldFormatError(f"{where}.doc: expected the article's file name")
        if not isinstance(anchor, str) or not anchor:
            raise GoldFormatError(f"{where}.anchor: expected words from the claim's content")
        note = record.get("note") or ""
        if record.get("none"):
            return cls(doc, anchor, none=True, note=str(note))
        return cls(
            doc,
            anchor,
            _strings(record.get("source"), f"{where}.source", nullable=True),
            _strings(record.get("type"), f"{where}.type", nullable=False) or (),
            _strings(record.get("confidence"), f"{where}.confidence", nullable=False) or (),
            note=str(note),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the item as plain data (lists for the accepted values)."""
        if self.none:
            return {"doc": self.doc, "anchor": self.anchor, "none": True}
        return {
            "doc": self.doc,
            "anchor": self.anchor,
            "source": None if self.source is None else list(self.source),
            "type": list(self.types),
            "confidence": list(self.confidences),
        }


def is_item_gold(data: object) -> bool:
    """Whether parsed JSON has the shape of item gold (an object with an ``items`` list)."""
    return isinstance(data, dict) and isinstance(data.get("items"), list)


def load_items(path: str | os.PathLike[str]) -> tuple[list[GoldItem], dict[str, str]]:
    """Read item gold and its articles: ``(items, {doc name: text})``.

    Articles are read from ``articles/NAME`` beside the gold file, else ``NAME`` beside
    it. Raises ``OSError`` when a file cannot be read and :class:`GoldFormatError`
    when the gold does not have the item shape or an anchor is not in its article.
    """
    name = os.fspath(path)
    with open(path, encoding="utf-8") as f:
        try:
            data = json.load(f)
        except json.JSONDecodeError as e:
            raise GoldFormatError(f"{name}: not valid JSON: {e}") from e
    if not is_item_gold(data):
        raise GoldFormatError(f"{name}: expected a JSON object with an 'items' list")
    items = [GoldItem.from_dict(r, f"{name}: items[{i}]") for i, r in enumerate(data["items"])]
    texts: dict[str, str] = {}
    base = Path(path).parent
    for i, item in enumerate(items):
        if item.doc not in texts:
            texts[item.doc] = _read_article(base, item.doc)
        if item.anchor not in texts[item.doc]:
            raise GoldFormatError(
                f"{name}: items[{i}].anchor {item.anchor!r} does not occur in {item.doc}"
            )
    return items, texts


def _read_article(base: Path, doc: str) -> str:
    for candidate in (base / "articles" / doc, base / doc):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(f"article {doc!r} is neither in {base / 'articles'} nor in {base}")


@attrs.frozen
class ItemResult:
    """The scoring of one item: the predicted claim (or ``None``) and what is right."""

    item: GoldItem
    claim: Claim | None
    source_ok: bool = False
    type_ok: bool = False
    confidence_ok: bool = False

    @property
    def found(self) -> bool:
        """Whether some claim overlaps the anchor."""
        return self.claim is not None

    @property
    def right(self) -> bool:
        """A ``none`` item left alone, or a claim item fully right."""
        if self.item.none:
            return self.claim is None
        return self.source_ok and self.type_ok and self.confidence_ok

    @property
    def flags(self) -> str:
        """What is wrong, as letters: ``S``ource, ``T``ype, ``C``onfidence; ``MISSED``
        for a claim item with no claim, ``NONE`` for a covered ``none`` item."""
        if self.item.none:
            return "" if self.claim is None else "NONE"
        if self.claim is None:
            return "MISSED"
        wrong = (("S", self.source_ok), ("T", self.type_ok), ("C", self.confidence_ok))
        return "".join(letter for letter, ok in wrong if not ok)

    def to_dict(self) -> dict[str, Any]:
        """Return the item, the claim it got (source text, type, confidence, rule, span)
        and the flags as plain data."""
        got = None
        if self.claim is not None:
            c = self.claim
            got = {
                "source": c.source.text,
                "type": c.source.type.value,
                "confidence": c.confidence.value,
                "rule": c.rule,
                "content": {"text": c.text, "start": c.start, "end": c.end},
            }
        return {**self.item.to_dict(), "right": self.right, "flags": self.flags, "got": got}


def score_item(item: GoldItem, text: str, claims: Sequence[Claim]) -> ItemResult:
    """Score one item against a document's claims (see the module docstring).

    Raises ``ValueError`` when the anchor is not in ``text``.
    """
    start = text.find(item.anchor)
    if start < 0:
        raise ValueError(f"anchor {item.anchor!r} does not occur in the text of {item.doc!r}")
    claim = best_overlap(claims, ((start, start + len(item.anchor)),))
    if item.none or claim is None:
        return ItemResult(item, claim)
    return ItemResult(
        item,
        claim,
        source_matches(item.source, claim),
        claim.source.type.value in item.types,
        claim.confidence.value in item.confidences,
    )


@attrs.frozen
class ItemScores:
    """Counts over items; add two to pool them."""

    items: int = 0
    right: int = 0
    claims: int = 0
    found: int = 0
    source: int = 0
    type: int = 0
    confidence: int = 0
    nones: int = 0
    nones_right: int = 0

    def __add__(self, other: ItemScores) -> ItemScores:
        if not isinstance(other, ItemScores):
            return NotImplemented
        return pooled(self, other)

    @classmethod
    def of(cls, results: Iterable[ItemResult]) -> ItemScores:
        """Count a sequence of item results."""
        total = cls()
        for r in results:
            claim = not r.item.none
            total += cls(
                1,
                int(r.right),
                int(claim),
                int(claim and r.found),
                int(claim and r.source_ok),
                int(claim and r.type_ok),
                int(claim and r.confidence_ok),
                int(r.item.none),
                int(r.item.none and r.right),
            )
        return total

    def ratios(self) -> dict[str, float]:
        """Items right / items, found / claims, source, type and confidence / found,
        nones right / nones (0.0 for an empty denominator)."""

        def div(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "items_right": div(self.right, self.items),
            "claims_found": div(self.found, self.claims),
            "source": div(self.source, self.found),
            "type": div(self.type, self.found),
            "confidence": div(self.confidence, self.found),
            "nones_left_alone": div(self.nones_right, self.nones),
        }

    def summary(self) -> str:
        """One line: the README's report, counts and ratios."""
        r = self.ratios()
        return (
            f"items fully right {self.right}/{self.items} = {r['items_right']:.3f}; "
            f"claims found {self.found}/{self.claims} = {r['claims_found']:.3f}; "
            f"of found: source {r['source']:.3f} type {r['type']:.3f} "
            f"confidence {r['confidence']:.3f}; "
            f"non-claims left alone {self.nones_right}/{self.nones} = "
            f"{r['nones_left_alone']:.3f}"
        )

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios as plain data."""
        return {"counts": attrs.asdict(self), **self.ratios()}


def score_items(
    items: Iterable[GoldItem], documents: Mapping[str, Document]
) -> tuple[ItemResult, ...]:
    """Score every item against the annotated document its ``doc`` names."""
    results = []
    for item in items:
        if item.doc not in documents:
            raise KeyError(f"no annotated document for item document {item.doc!r}")
        doc = documents[item.doc]
        results.append(score_item(item, doc.text, doc.claims))
    return tuple(results)


@attrs.frozen
class ItemReport:
    """The result of :func:`evaluate_items`: per-item results and pooled counts."""

    path: str
    results: tuple[ItemResult, ...]
    seconds: float = 0.0

    @property
    def scores(self) -> ItemScores:
        """Counts over every item."""
        return ItemScores.of(self.results)

    def by_document(self) -> dict[str, ItemScores]:
        """Counts per article, in the order articles first appear in the gold."""
        groups: dict[str, list[ItemResult]] = {}
        for r in self.results:
            groups.setdefault(r.item.doc, []).append(r)
        return {doc: ItemScores.of(rs) for doc, rs in groups.items()}

    def wrong(self) -> Iterator[ItemResult]:
        """The items not right, in gold order."""
        return (r for r in self.results if not r.right)

    def to_dict(self) -> dict[str, Any]:
        """Pooled and per-document figures and every item's result, as plain data."""
        return {
            "path": self.path,
            "seconds": self.seconds,
            "scores": self.scores.to_dict(),
            "per_document": {d: s.to_dict() for d, s in self.by_document().items()},
            "items": [r.to_dict() for r in self.results],
        }


def evaluate_items(
    path: str | os.PathLike[str],
    annotator: Annotates | None = None,
    *,
    n_process: int = 1,
) -> ItemReport:
    """Annotate every article of the item gold at ``path`` and score each item."""
    items, texts = load_items(path)
    annotator = Annotator() if annotator is None else annotator
    names = list(texts)
    began = time.perf_counter()
    docs = list(annotator.pipe((texts[n] for n in names), n_process=n_process))
    seconds = time.perf_counter() - began
    documents = dict(zip(names, docs, strict=True))
    return ItemReport(os.fspath(path), score_items(items, documents), seconds)
