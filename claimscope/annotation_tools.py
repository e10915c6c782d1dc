"""Annotation tools: brat/INCEpTION standoff and Label Studio, out and back.

Annotators correct claimscope's output in the tools they know, and their corrections
come back as gold that ``claimscope evaluate`` scores against (and that a training
script can read):

- :func:`to_brat` gives a document as brat standoff, a ``.txt`` (the text, unchanged)
  and a ``.ann`` (``T`` spans typed ``Content``, ``Source`` and ``Cue``; ``R``
  relations from each content to its source, attribution cue, other cues and chain
  links; ``A`` attributes for the confidence, source type, quote kind and cue kind).
  :data:`BRAT_ANNOTATION_CONF` declares these types for brat; INCEpTION imports the
  same files with its brat format. :func:`write_brat` writes the files.
- :func:`read_brat` (and :func:`read_brat_dir`) read standoff back as gold records in
  the PolNeAR shape that ``claimscope evaluate`` reads, one JSON object a line:
  ``{"id", "text", "attributions": [{"id", "source", "cue", "content", ...}]}``.
- :func:`to_label_studio` gives a Label Studio task with pre-annotations
  (``predictions``): ``labels`` regions, per-region ``choices`` for the labels, and
  ``relation`` items; :data:`LABEL_STUDIO_CONFIG` is the matching labeling config.

Offsets everywhere are Python code points into the original text, as in claimscope,
brat and current Label Studio. A span that crosses a line break is written to brat as
fragments split at the break (brat's ``.ann`` lines cannot hold one), and read back as
their hull.

>>> import claimscope
>>> doc = claimscope.annotate("Officials said the talks may collapse.")
>>> txt, ann = to_brat(doc)
>>> txt == doc.text
True
>>> print(ann)  # doctest: +NORMALIZE_WHITESPACE
T1	Content 15 37	the talks may collapse
A1	Confidence T1 hedged
A2	SourceType T1 anonymous
A3	Quote T1 indirect
T2	Source 0 9	Officials
R1	HasSource Arg1:T1 Arg2:T2
T3	Cue 10 14	said
A4	CueKind T3 reporting
R2	HasCue Arg1:T1 Arg2:T3
T4	Cue 25 28	may
A5	CueKind T4 hedge
R3	HasMarker Arg1:T1 Arg2:T4
<BLANKLINE>
>>> gold = read_brat(txt, ann, id="talks")
>>> gold["id"], gold["text"] == doc.text
('talks', True)
>>> gold["attributions"]  # doctest: +NORMALIZE_WHITESPACE
[{'id': 'T1', 'content': [15, 37], 'source': [0, 9], 'cue': [10, 14],
  'source_type': 'anonymous', 'confidence': 'hedged', 'quote': 'indirect'}]
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from claimscope.errors import ClaimscopeError
from claimscope.model import Claim, Document

__all__ = [
    "BRAT_ANNOTATION_CONF",
    "LABEL_STUDIO_CONFIG",
    "BratFormatError",
    "read_brat",
    "read_brat_dir",
    "to_brat",
    "to_label_studio",
    "write_brat",
]


class BratFormatError(ClaimscopeError, ValueError):
    """A brat ``.ann`` file that cannot be read: the message names the line and says
    what was expected."""


BRAT_ANNOTATION_CONF = """\
# claimscope attribution annotation: who says what, and how firmly.
[entities]
Content
Source
Cue

[relations]
HasSource	Arg1:Content, Arg2:Source
HasCue	Arg1:Content, Arg2:Cue
HasMarker	Arg1:Content, Arg2:Cue
HasChain	Arg1:Content, Arg2:Source
<OVERLAP>	Arg1:Content, Arg2:Content, <OVL-TYPE>:<ANY>
<OVERLAP>	Arg1:Source, Arg2:Source|Content, <OVL-TYPE>:<ANY>
<OVERLAP>	Arg1:Cue, Arg2:Cue|Content, <OVL-TYPE>:<ANY>

[events]

[attributes]
Confidence	Arg:Content, Value:asserted|reported|hedged|alleged|denied
SourceType	Arg:Content, Value:person|anonymous|organization|media|document|unspecified|author
Quote	Arg:Content, Value:direct|partial|indirect|none
CueKind	Arg:Cue, Value:reporting|hedge|distancing|denial
"""
"""brat's ``annotation.conf`` for the files :func:`to_brat` writes (relation
``HasSource``: content → source; ``HasCue``: content → attribution cue; ``HasMarker``:
content → another cue; ``HasChain``: content → an intermediary, innermost first).
Relation types are named apart from the entity types, as brat keeps one namespace."""

LABEL_STUDIO_CONFIG = """\
<View>
  <Labels name="label" toName="text">
    <Label value="Content" background="#d6eaff"/>
    <Label value="Source" background="#b2f2bb"/>
    <Label value="Cue" background="#ffe066"/>
  </Labels>
  <Relations>
    <Relation value="source"/>
    <Relation value="cue"/>
    <Relation value="marker"/>
    <Relation value="chain"/>
  </Relations>
  <Text name="text" value="$text"/>
  <Choices name="confidence" toName="text" perRegion="true" visibleWhen="region-selected"
           whenLabelValue="Content">
    <Choice value="asserted"/><Choice value="reported"/><Choice value="hedged"/>
    <Choice value="alleged"/><Choice value="denied"/>
  </Choices>
  <Choices name="source_type" toName="text" perRegion="true" visibleWhen="region-selected"
           whenLabelValue="Content">
    <Choice value="person"/><Choice value="anonymous"/><Choice value="organization"/>
    <Choice value="media"/><Choice value="document"/><Choice value="unspecified"/>
    <Choice value="author"/>
  </Choices>
  <Choices name="quote" toName="text" perRegion="true" visibleWhen="region-selected"
           whenLabelValue="Content">
    <Choice value="direct"/><Choice value="partial"/><Choice value="indirect"/>
    <Choice value="none"/>
  </Choices>
  <Choices name="cue_kind" toName="text" perRegion="true" visibleWhen="region-selected"
           whenLabelValue="Cue">
    <Choice value="reporting"/><Choice value="hedge"/><Choice value="distancing"/>
    <Choice value="denial"/>
  </Choices>
</View>
"""
"""The Label Studio labeling config that :func:`to_label_studio`'s tasks fit."""

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
"""Characters ``str.splitlines`` breaks at: a brat ``.ann`` line cannot hold them."""


def _as_document(doc: Document | Mapping[str, Any]) -> Document:
    if isinstance(doc, Document):
        return doc
    if isinstance(doc, Mapping):
        return Document.from_dict(doc)
    raise TypeError(
        f"expected a claimscope Document or its claimscope/1 dict, got {type(doc).__name__}"
    )


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` split at line breaks, without empty pieces."""
    pieces = []
    lo = start
    for i in range(start, end):
        if text[i] in _LINE_BREAKS:
            if i > lo:
                pieces.append((lo, i))
            lo = i + 1
    if end > lo:
        pieces.append((lo, end))
    return pieces


class _Ann:
    """Builds a ``.ann`` file: numbered T, R and A lines, each span typed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.spans: dict[tuple[str, int, int], str] = {}
        self.counts = {"T": 0, "R": 0, "A": 0}

    def _next(self, kind: str) -> str:
        self.counts[kind] += 1
        return f"{kind}{self.counts[kind]}"

    def span(self, kind: str, start: int, end: int) -> tuple[str, bool]:
        """The id of the ``kind`` span ``[start, end)``, and whether it is new (each
        claim has a ``Content`` span of its own; sources and cues are shared)."""
        key = (kind, start, end)
        if key in self.spans and kind != "Content":
            return self.spans[key], False
        pieces = _fragments(self.text, start, end) or [(start, end)]
        tid = self._next("T")
        offsets = ";".join(f"{a} {b}" for a, b in pieces)
        covered = " ".join(self.text[a:b] for a, b in pieces)
        self.lines.append(f"{tid}\t{kind} {offsets}\t{covered}")
        self.spans[key] = tid
        return tid, True

    def attribute(self, name: str, target: str, value: str) -> None:
        self.lines.append(f"{self._next('A')}\t{name} {target} {value}")

    def relation(self, name: str, arg1: str, arg2: str) -> None:
        self.lines.append(f"{self._next('R')}\t{name} Arg1:{arg1} Arg2:{arg2}")


def _add_claim(ann: _Ann, claim: Claim) -> None:
    content, _ = ann.span("Content", claim.start, claim.end)
    ann.attribute("Confidence", content, claim.confidence.value)
    ann.attribute("SourceType", content, claim.source.type.value)
    ann.attribute("Quote", content, claim.quote.value)
    source = claim.source.mention or claim.source.span
    if source is not None:
        sid, _ = ann.span("Source", source.start, source.end)
        ann.relation("HasSource", content, sid)
    attribution = None
    if claim.cue is not None and claim.cue.end > claim.cue.start:
        attribution = (claim.cue.start, claim.cue.end)
        cid, new = ann.span("Cue", *attribution)
        if new:
            ann.attribute("CueKind", cid, claim.cue.kind.value)
        ann.relation("HasCue", content, cid)
    for cue in claim.cues:
        if (cue.start, cue.end) == attribution or cue.end <= cue.start:
            continue
        cid, new = ann.span("Cue", cue.start, cue.end)
        if new:
            ann.attribute("CueKind", cid, cue.kind.value)
        ann.relation("HasMarker", content, cid)
    for link in claim.chain:
        if link.start is not None and link.end is not None and link.end > link.start:
            lid, _ = ann.span("Source", link.start, link.end)
            ann.relation("HasChain", content, lid)


def to_brat(doc: Document | Mapping[str, Any]) -> tuple[str, str]:
    """Return ``(txt, ann)``: brat standoff for a document (or its ``claimscope/1`` dict).

    ``txt`` is the text as it is (write it without newline translation, e.g.
    :func:`write_brat`, so the offsets hold); ``ann`` has, per claim, a ``Content`` span
    with ``Confidence``, ``SourceType`` and ``Quote`` attributes, and ``HasSource`` (to
    the mention next to the claim, else the best one), ``HasCue``, ``HasMarker`` and
    ``HasChain`` relations to ``Source`` and ``Cue`` spans, which carry a ``CueKind``.
    A source or cue span shared by claims is written once; each claim has its own
    ``Content`` span.
    """
    found = _as_document(doc)
    ann = _Ann(found.text)
    for claim in found.claims:
        _add_claim(ann, claim)
    return found.text, "".join(line + "\n" for line in ann.lines)


def write_brat(
    doc: Document | Mapping[str, Any], directory: str | os.PathLike[str], name: str
) -> tuple[Path, Path]:
    """Write ``<name>.txt`` and ``<name>.ann`` into ``directory`` (created if needed),
    plus brat's ``annotation.conf`` when the folder has none; return the two paths."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    txt, ann = to_brat(doc)
    txt_path, ann_path = folder / f"{name}.txt", folder / f"{name}.ann"
    with open(txt_path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)
    with open(ann_path, "w", encoding="utf-8", newline="") as f:
        f.write(ann)
    conf = folder / "annotation.conf"
    if not conf.exists():
        conf.write_text(BRAT_ANNOTATION_CONF, encoding="utf-8")
    return txt_path, ann_path


# -- reading brat back as gold ---------------------------------------------------------


def _parse_offsets(field: str, where: str, size: int) -> list[tuple[int, int]]:
    pieces = []
    for piece in field.split(";"):
        parts = piece.split()
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise BratFormatError(f"{where}: expected offsets 'START END', got {piece!r}")
        a, b = int(parts[0]), int(parts[1])
        if not 0 <= a <= b <= size:
            raise BratFormatError(f"{where}: span [{a}, {b}) is not inside the text ({size})")
        pieces.append((a, b))
    return pieces


def _span_value(pieces: list[tuple[int, int]] | None) -> list[int] | list[list[int]] | None:
    if not pieces:
        return None
    if len(pieces) == 1:
        return [pieces[0][0], pieces[0][1]]
    return [[a, b] for a, b in pieces]


class _AnnReader:
    """Reads the lines of one ``.ann`` file: spans, attributes and Source/Cue links."""

    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size
        self.spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        self.pending: list[tuple[str, str, str, str]] = []  # where, role, arg1, arg2

    def line(self, number: int, line: str) -> None:
        """Read one line (``T``, ``A``/``M``, ``R`` and ``E``; others are ignored)."""
        where = f"{self.name}.ann:{number}"
        head, _, rest = line.partition("\t")
        body = rest.partition("\t")[0]
        if head.startswith("T"):
            kind, _, offsets = body.partition(" ")
            if not offsets:
                raise BratFormatError(f"{where}: expected 'T<n>\\t<Type> START END\\t<text>'")
            self.spans[head] = (kind, _parse_offsets(offsets, where, self.size))
        elif head.startswith(("A", "M")):
            parts = body.split()
            if len(parts) < 2:
                raise BratFormatError(f"{where}: expected 'A<n>\\t<Name> <T id> [<value>]'")
            value = parts[2] if len(parts) > 2 else "true"
            self.attributes.setdefault(parts[1], {})[parts[0]] = value
        elif head.startswith("R"):
            parts = body.split()
            args = dict(p.split(":", 1) for p in parts[1:] if ":" in p)
            if len(parts) != 3 or "Arg1" not in args or "Arg2" not in args:
                raise BratFormatError(f"{where}: expected 'R<n>\\t<Type> Arg1:<id> Arg2:<id>'")
            role = parts[0].removeprefix("Has")
            self.pending.append((where, role, args["Arg1"], args["Arg2"]))
        elif head.startswith("E"):
            self.event(where, body)

    def event(self, where: str, body: str) -> None:
        """``E<n>\\t<EventType>:<trigger> <Role>:<T> ...``: the trigger is the cue
        unless a ``Cue`` argument is given."""
        event = [p.split(":", 1) for p in body.split() if ":" in p]
        roles = {pair[0].rstrip("0123456789"): pair[1] for pair in event[1:]}
        if event:
            roles.setdefault("Cue", event[0][1])
        content = roles.get("Content")
        if content is not None:
            for role in ("Source", "Cue"):
                if role in roles:
                    self.pending.append((where, role, content, roles[role]))

    def links(self) -> dict[str, dict[str, str]]:
        """For each Content id, the ids of its first Source and Cue."""
        links: dict[str, dict[str, str]] = {}
        spans = self.spans
        for where, role, arg1, arg2 in self.pending:
            for tid in (arg1, arg2):
                if tid not in spans:
                    raise BratFormatError(f"{where}: {tid} is not defined by a T line")
            # Either argument order: the Content span is the one typed Content.
            if spans[arg1][0] != "Content" and spans[arg2][0] == "Content":
                arg1, arg2 = arg2, arg1
            if spans[arg1][0] == "Content" and role in ("Source", "Cue"):
                links.setdefault(arg1, {}).setdefault(role, arg2)
        return links

    def attributions(self) -> list[dict[str, Any]]:
        """The gold attributions, in text order."""
        links = self.links()
        found = []
        for tid, (kind, pieces) in self.spans.items():
            values = self.attributes.get(tid, {})
            linked = links.get(tid, {})
            source_type = values.get("SourceType")
            if kind != "Content" or source_type == "author" or (not source_type and not linked):
                continue
            record: dict[str, Any] = {"id": tid, "content": _span_value(pieces)}
            for role in ("Source", "Cue"):
                other = linked.get(role)
                record[role.lower()] = None if other is None else _span_value(self.spans[other][1])
            for key, name in _GOLD_ATTRIBUTES:
                if name in values:
                    record[key] = values[name]
            found.append(record)
        found.sort(key=lambda r: (_first(r["content"]), r["id"]))
        return found


_GOLD_ATTRIBUTES = (("source_type", "SourceType"), ("confidence", "Confidence"), ("quote", "Quote"))
"""Gold record keys and the brat attributes they come from."""


def read_brat(txt: str, ann: str, *, id: str) -> dict[str, Any]:
    """Read brat standoff as a gold record in the PolNeAR shape.

    Returns ``{"id", "text", "attributions": [...]}``, each attribution
    ``{"id", "content", "source", "cue"}`` (spans ``[start, end]``, a list of such pieces
    for a discontinuous span, or ``None``) plus ``source_type``, ``confidence`` and
    ``quote`` when the ``.ann`` has those attributes. A ``Content`` span is an
    attribution unless its ``SourceType`` is ``author``, or, without that attribute,
    when nothing links it to a source or a cue (the author's own voice). Its source
    and cue come from ``HasSource`` and ``HasCue`` relations (``R`` lines; the names
    ``Source`` and ``Cue`` are read too, in either argument order) or from an event
    (``E`` line) with a ``Content`` argument, whose trigger is the cue unless a ``Cue``
    argument is given. Notes and other lines are ignored.

    Raises :class:`BratFormatError` (a ``ValueError``) naming the line when a line
    cannot be read or refers to an id that no ``T`` line defines.
    """
    reader = _AnnReader(id, len(txt))
    for number, line in enumerate(ann.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            reader.line(number, line)
    return {"id": id, "text": txt, "attributions": reader.attributions()}


def _first(span: list[Any]) -> int:
    return int(span[0][0]) if isinstance(span[0], list) else int(span[0])


def read_brat_dir(directory: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Read every ``<name>.ann`` of a folder with its ``<name>.txt`` as gold records
    (see :func:`read_brat`), in name order; the id of each is ``<name>``.

    Raises ``FileNotFoundError`` naming the ``.txt`` an ``.ann`` lacks.
    """
    for ann_path in sorted(Path(directory).glob("*.ann")):
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.exists():
            raise FileNotFoundError(f"{ann_path} has no text file beside it ({txt_path.name})")
        with open(txt_path, encoding="utf-8", newline="") as f:
            txt = f.read()
        ann = ann_path.read_text(encoding="utf-8")
        yield read_brat(txt, ann, id=ann_path.stem)


# -- Label Studio ----------------------------------------------------------------------


class _Task:
    """Builds the ``result`` list of a Label Studio prediction: regions (each claim its
    own content region; sources and cues shared), per-region choices, relations."""

    _PREFIXES: Mapping[str, str] = {"Content": "c", "Source": "s", "Cue": "k"}

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.ids: dict[tuple[str, int, int], str] = {}

    def _value(self, start: int, end: int, key: str, value: str) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.text[start:end], key: [value]}

    def region(self, label: str, start: int, end: int) -> tuple[str, bool]:
        """The id of the ``label`` region ``[start, end)``, and whether it is new."""
        key = (label, start, end)
        if key in self.ids and label != "Content":
            return self.ids[key], False
        rid = f"{self._PREFIXES[label]}{len(self.ids) + 1}"
        self.ids[key] = rid
        self.regions.append(
            {
                "id": rid,
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": self._value(start, end, "labels", label),
            }
        )
        return rid, True

    def choice(self, rid: str, name: str, start: int, end: int, value: str) -> None:
        """A per-region choice ``name`` = ``value`` on region ``rid``."""
        self.regions.append(
            {
                "id": rid,
                "from_name": name,
                "to_name": "text",
                "type": "choices",
                "value": self._value(start, end, "choices", value),
            }
        )

    def relate(self, a: str, b: str, label: str) -> None:
        """A relation from region ``a`` to region ``b``."""
        self.relations.append(
            {"type": "relation", "from_id": a, "to_id": b, "direction": "right", "labels": [label]}
        )

    def add(self, claim: Claim) -> None:
        """The regions, choices and relations of one claim."""
        cid, _ = self.region("Content", claim.start, claim.end)
        self.choice(cid, "confidence", claim.start, claim.end, claim.confidence.value)
        self.choice(cid, "source_type", claim.start, claim.end, claim.source.type.value)
        self.choice(cid, "quote", claim.start, claim.end, claim.quote.value)
        source = claim.source.mention or claim.source.span
        if source is not None:
            self.relate(cid, self.region("Source", source.start, source.end)[0], "source")
        attribution = None
        cues = [] if claim.cue is None else [(claim.cue, "cue")]
        cues += [(c, "marker") for c in claim.cues]
        for cue, role in cues:
            if cue.end <= cue.start or (role == "marker" and (cue.start, cue.end) == attribution):
                continue
            if role == "cue":
                attribution = (cue.start, cue.end)
            kid, new = self.region("Cue", cue.start, cue.end)
            if new:
                self.choice(kid, "cue_kind", cue.start, cue.end, cue.kind.value)
            self.relate(cid, kid, role)
        for link in claim.chain:
            if link.start is not None and link.end is not None and link.end > link.start:
                self.relate(cid, self.region("Source", link.start, link.end)[0], "chain")

    def result(self) -> list[dict[str, Any]]:
        """Regions and choices, then relations (which refer to the regions)."""
        return [*self.regions, *self.relations]


def to_label_studio(
    doc: Document | Mapping[str, Any],
    *,
    data: Mapping[str, Any] | None = None,
    model_version: str | None = None,
) -> dict[str, Any]:
    """Return a Label Studio task for a document, with claimscope's output as a
    pre-annotation, for :data:`LABEL_STUDIO_CONFIG`.

    The task is ``{"data": {**data, "text": ...}, "predictions": [{"model_version",
    "result"}]}`` (``data`` adds fields such as an id; the text is always the
    document's). ``result`` holds a ``labels`` region (``from_name`` ``"label"``,
    ``to_name`` ``"text"``, ``value`` with ``start``, ``end``, ``text``, ``labels``) per
    claim's content and per source and cue span (shared ones once), per-region ``choices`` for a
    content's ``confidence``, ``source_type`` and ``quote`` and a cue's ``cue_kind``, and
    ``relation`` items (labels ``source``, ``cue``, ``marker``, ``chain``) from each
    content to its pieces. Import a list of such tasks as JSON.

    >>> import claimscope
    >>> task = to_label_studio(claimscope.annotate("Officials said the talks may collapse."))
    >>> [(r["value"]["text"], r["value"]["labels"]) for r in task["predictions"][0]["result"]
    ...  if r["type"] == "labels"]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('the talks may collapse', ['Content']), ('Officials', ['Source']),
     ('said', ['Cue']), ('may', ['Cue'])]
    >>> [(r["from_id"], r["to_id"], r["labels"]) for r in task["predictions"][0]["result"]
    ...  if r["type"] == "relation"]
    [('c1', 's2', ['source']), ('c1', 'k3', ['cue']), ('c1', 'k4', ['marker'])]
    """
    found = _as_document(doc)
    if model_version is None:
        from claimscope import __version__

        model_version = f"claimscope {__version__}"
    task = _Task(found.text)
    for claim in found.claims:
        task.add(claim)
    return {
        "data": {**(data or {}), "text": found.text},
        "predictions": [{"model_version": model_version, "result": task.result()}],
    }
