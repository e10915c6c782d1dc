"""The data model: immutable records with offsets into the original text.

Every record is a frozen, slotted ``attrs`` class validated on construction. Offsets
are half-open ``[start, end)`` indices into the original Python string (code points),
and every stored ``text`` equals the slice it names; :class:`Document` checks this for
all of its spans when it is built.

Why this module is long: the records and their ``claimscope/1`` reading and writing
belong together (one place says what a field is, how it is checked and how it is
read back), and the entity records (:class:`Entity`, ``Source.entity``) add their
own validation of cross-references between claims and entities. The unchecked
builders the pipeline uses for its own slices of the text (:func:`trusted_span`,
:func:`trusted_sentence`, :func:`pack_spans`) sit next to the checks they skip.

The dict/JSON form is the ``claimscope/1`` interchange format described in
``SPEC.md``. :meth:`Document.from_dict` accepts exactly what :meth:`Document.to_dict`
produces and rejects anything else with a :class:`~claimscope.errors.SchemaError`
(a ``ValueError``) that names the offending field.
"""

from __future__ import annotations

import functools
import json
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

import attrs

from claimscope.errors import SchemaError
from claimscope.labels import Confidence, CueKind, QuoteKind, Rule, SourceType, _StrEnum

if TYPE_CHECKING:  # the views import this module; it imports them when called
    from claimscope.profile import DocumentProfile, SourceProfile

__all__ = [
    "SCHEMA",
    "Claim",
    "Confidence",
    "Cue",
    "CueKind",
    "Document",
    "Entity",
    "QuoteKind",
    "Rule",
    "Sentence",
    "Source",
    "SourceType",
    "Span",
]

SCHEMA = "claimscope/1"
"""The interchange format this version reads and writes."""

_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
"""A high surrogate directly followed by a low one: two code points that JSON's
``\\ud83d\\ude00`` escapes would read back as one (see :meth:`Document.to_json`)."""


# attrs converters to the enums that pass members through without calling the enum
# machinery: the common case, and a measurable share of building a claim.


def _cue_kind(value: object) -> CueKind:
    return value if type(value) is CueKind else CueKind(value)


def _source_type(value: object) -> SourceType:
    return value if type(value) is SourceType else SourceType(value)


def _quote_kind(value: object) -> QuoteKind:
    return value if type(value) is QuoteKind else QuoteKind(value)


def _confidence(value: object) -> Confidence:
    return value if type(value) is Confidence else Confidence(value)


def _rule(value: object) -> Rule:
    if type(value) is Rule:
        return value
    try:
        return Rule(value)
    except ValueError:
        allowed = ", ".join(repr(r.value) for r in Rule)
        raise ValueError(f"claim rule {value!r} is not a Rule; use one of {allowed}") from None


def _check_span(kind: str, text: object, start: object, end: object) -> None:
    """Validate a ``(text, start, end)`` triple in one pass (this runs for every record)."""
    if type(start) is not int or type(end) is not int:
        if not isinstance(start, int) or isinstance(start, bool):
            raise TypeError(f"{kind} start must be an int, got {type(start).__name__}")
        if not isinstance(end, int) or isinstance(end, bool):
            raise TypeError(f"{kind} end must be an int, got {type(end).__name__}")
    if not isinstance(text, str):
        raise TypeError(f"{kind} text must be a str, got {type(text).__name__}")
    if start < 0:
        raise ValueError(f"{kind} start must be >= 0, got {start}")
    if end < start:
        raise ValueError(f"{kind} end ({end}) must be >= start ({start})")
    if len(text) != end - start:
        raise ValueError(
            f"{kind} text {text!r} has length {len(text)} but the span "
            f"[{start}, {end}) has length {end - start}"
        )


@attrs.frozen
class Span:
    """A piece of the text: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        _check_span("span", self.text, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``claimscope/1`` form: ``{"text", "start", "end"}``."""
        return {"text": self.text, "start": self.start, "end": self.end}


_new = object.__new__
_set_text = Span.__dict__["text"].__set__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


def trusted_span(text: str, start: int, end: int) -> Span:
    """A :class:`Span` built without its checks, for the library's own use where
    ``text`` is by construction the slice ``[start, end)`` of the document (or of a
    span checked before): equal to ``Span(text, start, end)`` at a quarter of the
    cost. Anything built from outside input goes through ``Span(...)``."""
    span = _new(Span)
    _set_text(span, text)
    _set_start(span, start)
    _set_end(span, end)
    return span


@attrs.frozen
class Sentence:
    """An offset-exact sentence span, trimmed of surrounding whitespace."""

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        _check_span("sentence", self.text, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``claimscope/1`` form: ``{"start", "end"}``."""
        return {"start": self.start, "end": self.end}


_set_sentence = {name: Sentence.__dict__[name].__set__ for name in ("start", "end", "text")}


def trusted_sentence(start: int, end: int, text: str) -> Sentence:
    """A :class:`Sentence` built without its checks, for the pipeline's segmenter
    spans: the :class:`Document` it goes into checks every sentence against the
    text all the same (order, bounds, slice)."""
    sentence = _new(Sentence)
    _set_sentence["start"](sentence, start)
    _set_sentence["end"](sentence, end)
    _set_sentence["text"](sentence, text)
    return sentence


@attrs.frozen
class Cue:
    """A word or phrase that signals attribution, hedging, distancing or denial.

    ``entry`` is the lexicon entry that matched (``"say"`` for *has repeatedly
    said*), ``stance`` the stance recorded for it (``"neutral"``, ``"endorsing"``,
    ``"distancing"``, ``"hedging"``, ``"denial"``) or ``None``, and ``negated`` is
    true when a negation governs it (*did not deny*, *not likely*). ``reason`` says
    which context rule gave the cue its kind and stance when the lexicon entry alone
    did not (*"passive attitude participle"* for *Rain is expected*); it is empty
    when the entry decided.
    """

    text: str
    start: int
    end: int
    kind: CueKind = attrs.field(converter=_cue_kind)
    entry: str = ""
    stance: str | None = None
    negated: bool = False
    reason: str = ""

    def __attrs_post_init__(self) -> None:
        _check_span("cue", self.text, self.start, self.end)
        if not isinstance(self.entry, str):
            raise TypeError(f"cue entry must be a str, got {type(self.entry).__name__}")
        if self.stance is not None and not isinstance(self.stance, str):
            raise TypeError(f"cue stance must be a str or None, got {type(self.stance).__name__}")
        if not isinstance(self.negated, bool):
            raise TypeError(f"cue negated must be a bool, got {type(self.negated).__name__}")
        if not isinstance(self.reason, str):
            raise TypeError(f"cue reason must be a str, got {type(self.reason).__name__}")

    def to_dict(self) -> dict[str, Any]:
        """Return the ``claimscope/1`` form of this cue (``reason`` only when set)."""
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "entry": self.entry,
            "stance": self.stance,
            "negated": self.negated,
        }
        if self.reason:
            d["reason"] = self.reason
        return d


# one setter per field, in field order (a field added to Cue fails this unpacking)
_cue_text, _cue_start, _cue_end, _cue_kind_, _cue_entry, _cue_stance, _cue_negated, _cue_why = (
    Cue.__dict__[f.name].__set__ for f in attrs.fields(Cue)
)


def trusted_cue(
    text: str,
    start: int,
    end: int,
    kind: CueKind,
    entry: str,
    stance: str | None,
    negated: bool,
    reason: str,
) -> Cue:
    """A :class:`Cue` of these fields (each of its final type) built without its
    checks: for the pipeline's own cues held compactly (:mod:`claimscope._held`),
    built again from the fields of a cue that passed them. Anything built from
    outside input goes through ``Cue(...)``. (The setters are called one by one, not
    in a loop: a third faster, and a long text's claims are built several times.)"""
    cue = _new(Cue)
    _cue_text(cue, text)
    _cue_start(cue, start)
    _cue_end(cue, end)
    _cue_kind_(cue, kind)
    _cue_entry(cue, entry)
    _cue_stance(cue, stance)
    _cue_negated(cue, negated)
    _cue_why(cue, reason)
    return cue


@attrs.frozen
class Source:
    """Who a claim comes from.

    ``text``/``start``/``end`` name the most informative mention of the source (a full
    name rather than a pronoun); they are ``None`` for the ``author`` and
    ``unspecified`` types. ``mention`` is the mention next to the claim when it
    differs from that (a pronoun, a surname, *the outlet*).
    """

    type: SourceType = attrs.field(converter=_source_type)
    text: str | None = attrs.field(default=None)
    start: int | None = None
    end: int | None = None
    mention: Span | None = attrs.field(default=None)
    entity: int | None = None
    """The ``id`` of the source's :class:`Entity` in ``Document.entities``."""
    reason: str = ""
    """Why the source has its type, in a few words (*title Mr*, *pronoun → Jane Doe*)."""

    def __attrs_post_init__(self) -> None:
        if self.entity is not None and (type(self.entity) is not int or self.entity < 0):
            raise ValueError(f"source entity must be an int >= 0 or None, got {self.entity!r}")
        if not isinstance(self.reason, str):
            raise TypeError(f"source reason must be a str, got {type(self.reason).__name__}")
        if self.text is None and self.start is None and self.end is None:
            pass
        elif self.text is None or self.start is None or self.end is None:
            raise ValueError("source text, start and end must all be set or all be None")
        else:
            _check_span("source", self.text, self.start, self.end)
            if self.type in _NAMELESS:
                raise ValueError(f"a {self.type.value!r} source has no text span")
        if self.mention is not None and not isinstance(self.mention, Span):
            raise TypeError(f"source mention must be a Span, got {type(self.mention).__name__}")

    @property
    def span(self) -> Span | None:
        """The source's best mention as a :class:`Span`, or ``None``."""
        if self.text is None or self.start is None or self.end is None:
            return None
        return Span(self.text, self.start, self.end)

    def to_dict(self, *, mention: bool = True) -> dict[str, Any]:
        """Return the ``claimscope/1`` form; chains leave out ``mention``."""
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type.value,
        }
        if mention:
            d["mention"] = None if self.mention is None else self.mention.to_dict()
        if mention or self.entity is not None:
            d["entity"] = self.entity
            d["reason"] = self.reason
        return d


# one setter per field, in field order (a field added to Source fails this unpacking)
(
    _set_source_type,
    _set_source_text,
    _set_source_start,
    _set_source_end,
    _set_source_mention,
    _set_source_entity,
    _set_source_reason,
) = (Source.__dict__[f.name].__set__ for f in attrs.fields(Source))


def trusted_source(
    type: SourceType,
    text: str | None,
    start: int | None,
    end: int | None,
    mention: Span | None,
    entity: int | None,
    reason: str,
) -> Source:
    """A :class:`Source` of these fields (each of its final type) built without its
    checks: for the entity stage's own sources, whose text is an entity's name, a
    slice of the document. Anything built from outside input goes through
    ``Source(...)``. (The setters are called one by one: see :func:`trusted_cue`;
    a long text's sources are built several times.)"""
    source = _new(Source)
    _set_source_type(source, type)
    _set_source_text(source, text)
    _set_source_start(source, start)
    _set_source_end(source, end)
    _set_source_mention(source, mention)
    _set_source_entity(source, entity)
    _set_source_reason(source, reason)
    return source


_NAMELESS = frozenset({SourceType.AUTHOR, SourceType.UNSPECIFIED})

AUTHOR = Source(SourceType.AUTHOR)
"""The source of every author-voiced claim."""


_PackedSpans = tuple[Any, ...]
"""Spans held compactly (an entity of a long text has thousands of mentions): one
tuple of their offsets, as ``start, end`` pairs of unsigned 32-bit ints (64-bit
past 4 G) packed in ``bytes``, followed by their texts, equal texts sharing one
``str``. About 20 bytes a span instead of 190 for a :class:`Span` with its own
text and two ``int`` objects. A plain tuple of ``bytes`` and ``str``, which the
garbage collector stops tracking (a text of short attributed sentences has an
entity every few words: a tuple subclass, always tracked, was traversed by every
full collection to the annotation's end)."""


def _width(packed: _PackedSpans) -> int:
    """The bytes of one packed offset: 4, or 8 past 4 G."""
    return 4 if len(packed[0]) == 8 * (len(packed) - 1) else 8


def _packed_offsets(packed: _PackedSpans) -> list[int]:
    """The packed spans' offsets, flat: ``start, end, start, end, …``."""
    flat: list[int] = array("I" if _width(packed) == 4 else "Q", packed[0]).tolist()
    return flat


def _packed_between(packed: _PackedSpans, start: int, stop: int) -> tuple[Span, ...]:
    """Packed spans ``start`` to ``stop`` (not included), built afresh."""
    width = _width(packed)
    flat = array("I" if width == 4 else "Q", packed[0][2 * width * start : 2 * width * stop])
    texts = packed[1 + start : 1 + stop]
    return tuple(map(trusted_span, texts, flat[0::2], flat[1::2]))  # checked when packed


def _packed_all(packed: _PackedSpans) -> tuple[Span, ...]:
    """The packed spans, built afresh (equal to the ones packed)."""
    texts = packed[1:]
    if not texts:
        return ()
    flat = _packed_offsets(packed)
    return tuple(map(trusted_span, texts, flat[0::2], flat[1::2]))  # checked when packed


def _is_packed(value: object) -> TypeGuard[_PackedSpans]:
    """Whether ``value`` has the packed form (:data:`_PackedSpans`)."""
    if type(value) is not tuple or not value or type(value[0]) is not bytes:
        return False
    n = len(value) - 1
    return len(value[0]) in (8 * n, 16 * n) and all(type(t) is str for t in value[1:])


def pack_spans(offsets: Sequence[tuple[int, int]], texts: Sequence[str]) -> _PackedSpans:
    """The packed form of the spans ``texts[i]`` at ``offsets[i]``, for
    :class:`Entity`'s ``mentions``, built without a :class:`Span` for each: the
    library's own fast path for slices of the text it annotates (the entity checks
    its mentions' order and its name on construction all the same)."""
    flat = [x for at in offsets for x in at]
    code = "I" if not flat or max(flat) < 1 << 32 else "Q"
    return (array(code, flat).tobytes(), *texts)


def _packed_spans(value: object) -> _PackedSpans:
    if _is_packed(value):
        return value  # attrs.evolve passes the stored form back
    spans: tuple[Span, ...] = _checked_tuple(value, Span)
    shared: dict[str, str] = {}
    flat = [x for s in spans for x in (s.start, s.end)]
    code = "I" if not flat or max(flat) < 1 << 32 else "Q"
    offsets = array(code, flat).tobytes()
    return (offsets, *[shared.setdefault(s.text, s.text) for s in spans])


@attrs.frozen(repr=False)
class Entity:
    """Someone or something the text mentions: a person, organisation, outlet,
    document or unnamed group, with every mention of it.

    ``id`` is its index in ``Document.entities``; ``name`` its most informative
    mention (a full name rather than a surname, role noun or pronoun); ``mentions``
    every mention in text order, ``name`` among them; ``reason`` why it has its
    ``type`` (*given name*, *outlet lexicon*, *pseudonym*).
    """

    id: int
    type: SourceType = attrs.field(converter=_source_type)
    name: Span = attrs.field()
    _mentions: _PackedSpans = attrs.field(converter=_packed_spans, alias="mentions")
    reason: str = ""

    @property
    def mentions(self) -> tuple[Span, ...]:
        """Every mention in text order (a tuple of :class:`Span`, built on each
        access from a compact form: keep it in a variable inside a loop)."""
        return _packed_all(self._mentions)

    def _mention_count(self) -> int:
        return len(self._mentions) - 1

    def _mention_slices(self, size: int) -> Iterator[tuple[Span, ...]]:
        """The mentions ``size`` at a time, each slice built when it is reached (for
        writing the output of a long text, whose most mentioned entity's spans all
        at once would be the largest object at the end of the run)."""
        for k in range(0, self._mention_count(), size):
            yield _packed_between(self._mentions, k, k + size)

    def __attrs_post_init__(self) -> None:
        if type(self.id) is not int or self.id < 0:
            raise ValueError(f"entity id must be an int >= 0, got {self.id!r}")
        if not isinstance(self.name, Span):
            raise TypeError(f"entity name must be a Span, got {type(self.name).__name__}")
        if self.type in _NAMELESS:
            raise ValueError(f"an entity cannot have the type {self.type.value!r}")
        # checked on the packed offsets: no Span is built for the check
        flat = _packed_offsets(self._mentions) if len(self._mentions) > 1 else []
        starts = flat[0::2]
        name = self.name
        if (name.start, name.end, name.text) not in zip(
            starts, flat[1::2], self._mentions[1:], strict=True
        ):
            raise ValueError(f"entity {self.id}: its name {name.text!r} is not among its mentions")
        if starts != sorted(starts):
            raise ValueError(f"entity {self.id}: mentions must be in text order")
        if not isinstance(self.reason, str):
            raise TypeError(f"entity reason must be a str, got {type(self.reason).__name__}")

    def __repr__(self) -> str:
        return (
            f"Entity(id={self.id!r}, type={self.type!r}, name={self.name!r}, "
            f"mentions={self.mentions!r}, reason={self.reason!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the ``claimscope/1`` form of this entity."""
        return {
            "id": self.id,
            "type": self.type.value,
            "name": self.name.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "reason": self.reason,
        }


# one setter per field, in field order (a field added to Entity fails this unpacking)
_set_entity_id, _set_entity_type, _set_entity_name, _set_entity_mentions, _set_entity_reason = (
    Entity.__dict__[f.name].__set__ for f in attrs.fields(Entity)
)


def trusted_entity(
    id: int, type: SourceType, name: Span, mentions: _PackedSpans, reason: str
) -> Entity:
    """An :class:`Entity` built without its checks, for the entity stage's own
    entities: ``mentions`` packed by :func:`pack_spans` from spans in text order that
    hold ``name``, slices of the document. Anything built from outside input goes
    through ``Entity(...)``."""
    entity = _new(Entity)
    _set_entity_id(entity, id)
    _set_entity_type(entity, type)
    _set_entity_name(entity, name)
    _set_entity_mentions(entity, mentions)
    _set_entity_reason(entity, reason)
    return entity


def _checked_tuple(value: object, kind: type) -> tuple[Any, ...]:
    if type(value) is tuple:
        items: tuple[Any, ...] = value  # the common case: no ABC check, no copy
    elif not isinstance(value, Iterable) or isinstance(value, str | bytes):
        raise TypeError(f"expected a sequence of {kind.__name__}, got {type(value).__name__}")
    else:
        items = tuple(value)
    for found in set(map(type, items)):  # the items' types, gathered in C: most are one
        if not issubclass(found, kind):
            bad = next(item for item in items if not isinstance(item, kind))
            raise TypeError(f"expected {kind.__name__} items, got {type(bad).__name__}")
    return items


def _sources(value: object) -> tuple[Source, ...]:
    return _checked_tuple(value, Source)


def _cues(value: object) -> tuple[Cue, ...]:
    return _checked_tuple(value, Cue)


class _PackedSentences(tuple[Any, ...]):
    """Sentence spans held compactly (a long text has hundreds of thousands): a
    tuple of the array type code and the ``start, end`` offsets packed in ``bytes``;
    each :class:`Sentence` and its text are built again from the document's text.
    About 8 bytes a sentence instead of 200 with its own text and ``int`` objects."""

    __slots__ = ()

    def offsets(self) -> array[int]:
        """The offsets, flat: ``start, end, start, end, …``."""
        return array(self[0], self[1])


def pack_sentences(offsets: Iterable[int]) -> _PackedSentences:
    """The packed form of sentence spans given as flat offsets (``start, end, …``),
    for :class:`Document`'s ``sentences``: the pipeline's own fast path, which
    builds no :class:`Sentence` (the document checks the spans all the same)."""
    flat = array("Q", offsets)
    if not flat or max(flat) < 1 << 32:
        flat = array("I", flat)
    return _PackedSentences((flat.typecode, flat.tobytes()))


_NO_SENTENCES = pack_sentences(())


def _sentences(value: object) -> tuple[Sentence, ...] | _PackedSentences:
    if type(value) is _PackedSentences:
        return value  # attrs.evolve passes the stored form back
    return _checked_tuple(value, Sentence)  # packed once checked against the text


def _claims(value: object) -> tuple[Claim, ...]:
    return _checked_tuple(value, Claim)


def _entities(value: object) -> tuple[Entity, ...]:
    return _checked_tuple(value, Entity)


@attrs.frozen
class Claim:
    """One proposition the text puts forward, with its source and confidence.

    ``start``/``end``/``text`` are the content span (the quote, the reported clause,
    or for author-voiced claims the sentence). ``sentence`` is the index of the
    sentence the content starts in. ``chain`` lists the intermediaries the claim was
    passed through, innermost first. ``cue`` is the attribution cue (``None`` for the
    author's voice) and ``cues`` every cue that bears on the claim. ``rule`` names
    the attribution pattern that produced the claim, so a user can ask *why*.
    """

    start: int
    end: int
    text: str
    sentence: int
    quote: QuoteKind = attrs.field(converter=_quote_kind)
    confidence: Confidence = attrs.field(converter=_confidence)
    source: Source = attrs.field()
    chain: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    cue: Cue | None = None
    cues: tuple[Cue, ...] = attrs.field(default=(), converter=_cues)
    rule: Rule = attrs.field(default=Rule.NONE, converter=_rule)

    def __attrs_post_init__(self) -> None:
        _check_span("claim", self.text, self.start, self.end)
        if type(self.sentence) is not int or self.sentence < 0:
            raise ValueError(f"claim sentence must be an int >= 0, got {self.sentence!r}")
        if not isinstance(self.source, Source):
            raise TypeError(f"claim source must be a Source, got {type(self.source).__name__}")
        if self.cue is not None and not isinstance(self.cue, Cue):
            raise TypeError(f"cue must be a Cue or None, got {type(self.cue).__name__}")

    def with_sources(self, source: Source, chain: tuple[Source, ...]) -> Claim:
        """This claim with ``source`` and ``chain`` in place of its own: equal to
        ``attrs.evolve(self, source=source, chain=chain)`` without re-running the
        checks on the fields it keeps (they passed when this claim was built).

        Raises ``TypeError`` when ``source`` is not a :class:`Source` or ``chain``
        not a tuple of them.
        """
        if not isinstance(source, Source):
            raise TypeError(f"claim source must be a Source, got {type(source).__name__}")
        return trusted_claim(
            self.start,
            self.end,
            self.text,
            self.sentence,
            self.quote,
            self.confidence,
            source,
            _sources(chain),
            self.cue,
            self.cues,
            self.rule,
        )

    @property
    def source_type(self) -> SourceType:
        """Shortcut for ``claim.source.type``."""
        return self.source.type

    def spans(self) -> Iterator[tuple[str, int | None, int | None, str | None]]:
        """Yield ``(role, start, end, text)`` for every span this claim holds."""
        yield ("content", self.start, self.end, self.text)
        yield ("source", self.source.start, self.source.end, self.source.text)
        if self.source.mention is not None:
            m = self.source.mention
            yield ("mention", m.start, m.end, m.text)
        for link in self.chain:
            yield ("chain", link.start, link.end, link.text)
        if self.cue is not None:
            yield ("cue", self.cue.start, self.cue.end, self.cue.text)
        for cue in self.cues:
            yield ("cues", cue.start, cue.end, cue.text)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``claimscope/1`` form of this claim."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "quote": self.quote.value,
            "confidence": self.confidence.value,
            "source": self.source.to_dict(),
            "chain": [link.to_dict(mention=False) for link in self.chain],
            "cue": None if self.cue is None else self.cue.to_dict(),
            "cues": [cue.to_dict() for cue in self.cues],
            "rule": self.rule.value,
        }


_set_slot = {f.name: Claim.__dict__[f.name].__set__ for f in attrs.fields(Claim)}
# one setter per field, in field order (a field added to Claim fails this unpacking)
(
    _claim_start,
    _claim_end,
    _claim_text,
    _claim_sentence,
    _claim_quote,
    _claim_confidence,
    _claim_source,
    _claim_chain,
    _claim_cue,
    _claim_cues,
    _claim_rule,
) = _set_slot.values()


def trusted_claim(
    start: int,
    end: int,
    text: str,
    sentence: int,
    quote: QuoteKind,
    confidence: Confidence,
    source: Source,
    chain: tuple[Source, ...],
    cue: Cue | None,
    cues: tuple[Cue, ...],
    rule: Rule,
) -> Claim:
    """A :class:`Claim` of these fields (each of its final type) built without its
    checks: for the pipeline's own claims held compactly (:mod:`claimscope._held`),
    built again from the fields of a claim that passed them. Anything built from
    outside input goes through ``Claim(...)``. (The setters are called one by one:
    see :func:`trusted_cue`.)"""
    claim = _new(Claim)
    _claim_start(claim, start)
    _claim_end(claim, end)
    _claim_text(claim, text)
    _claim_sentence(claim, sentence)
    _claim_quote(claim, quote)
    _claim_confidence(claim, confidence)
    _claim_source(claim, source)
    _claim_chain(claim, chain)
    _claim_cue(claim, cue)
    _claim_cues(claim, cues)
    _claim_rule(claim, rule)
    return claim


def sentence_dicts(flat: array[int]) -> Iterator[dict[str, int]]:
    """The ``claimscope/1`` form of the sentences at the flat offsets ``flat``
    (``start, end, …``), one at a time: no :class:`Sentence` is built."""
    for k in range(0, len(flat), 2):
        yield {"start": flat[k], "end": flat[k + 1]}


def _check_sentence_texts(text: str, sentences: Sequence[Sentence]) -> None:
    """Each sentence's text equals the slice of ``text`` it names (where it lies
    inside ``text``: the bounds are checked with the order)."""
    n = len(text)
    for i, sentence in enumerate(sentences):
        if sentence.end <= n and text[sentence.start : sentence.end] != sentence.text:
            raise ValueError(f"sentence {i} text does not equal the slice it names")


def _check_document(doc: Document) -> None:
    text = doc.text
    n = len(text)
    previous_end = 0
    flat = doc._sentence_offsets()
    starts = flat[0::2]
    for i, (a, b) in enumerate(zip(starts, flat[1::2], strict=True)):
        if b > n:
            raise ValueError(f"sentence {i} [{a}, {b}) ends past the text ({n})")
        if a < previous_end:
            raise ValueError(f"sentence {i} starts at {a}, inside the previous sentence")
        previous_end = b
    # one pass over the claims checks their spans and gathers their entity uses
    uses: dict[int, array[int]] | None = {} if doc.entities else None
    faults: list[tuple[int, int, str]] = []
    previous_start = 0
    for i, claim in enumerate(doc.claims):
        start = claim.start
        if start < previous_start:
            raise ValueError(f"claim {i} starts at {start}, before claim {i - 1}")
        previous_start = start
        if claim.sentence >= len(starts):
            raise ValueError(f"claim {i} names sentence {claim.sentence}, which does not exist")
        if start < starts[claim.sentence]:
            raise ValueError(f"claim {i} starts before the sentence it names")
        # each piece's common case tested here, the call (which raises) made only
        # when it fails: a text of short attributed sentences has a claim every few
        # words, each with three or four pieces
        end = claim.end
        if end > n or text[start:end] != claim.text:
            _check_piece(text, i, "content", start, end, claim.text)
        source = claim.source
        s0, s1, piece = source.start, source.end, source.text
        if (
            piece is not None
            and s0 is not None
            and s1 is not None
            and (s1 > n or text[s0:s1] != piece)
        ):
            _check_piece(text, i, "source", s0, s1, piece)
        m = source.mention
        if m is not None:
            _check_piece(text, i, "mention", m.start, m.end, m.text)
        chain = claim.chain
        for link in chain:
            _check_piece(text, i, "chain", link.start, link.end, link.text)
        cue = claim.cue
        if cue is not None and (cue.end > n or text[cue.start : cue.end] != cue.text):
            _check_piece(text, i, "cue", cue.start, cue.end, cue.text)
        for other in claim.cues:
            if other is not cue:  # a claim's cue among its cues is checked once
                _check_piece(text, i, "cues", other.start, other.end, other.text)
        if uses is not None and (chain or source.entity is not None):
            _entity_uses(doc, i, claim, uses, faults)
    if uses is not None:
        _check_entities(doc, uses, faults)


def _check_piece(
    text: str, i: int, role: str, start: int | None, end: int | None, piece: str | None
) -> None:
    """Check that the ``role`` span of claim ``i`` (when it has one) is a slice of
    ``text``."""
    if piece is None or start is None or end is None:
        return
    if text[start:end] == piece and end <= len(text):
        return
    if end > len(text):
        raise ValueError(f"claim {i} {role} span [{start}, {end}) ends past the text ({len(text)})")
    raise ValueError(f"claim {i} {role} text {piece!r} does not equal the slice it names")


def _entity_uses(
    doc: Document,
    i: int,
    claim: Claim,
    uses: dict[int, array[int]],
    faults: list[tuple[int, int, str]],
) -> None:
    """Keep the uses of entities by claim ``i``'s source and chain in ``uses`` (its
    index and the source's place, flat), a use of no entity in ``faults``."""
    source = claim.source
    for j, named in enumerate((source, *claim.chain) if claim.chain else (source,)):
        k = named.entity
        if k is None:
            continue
        if k >= len(doc.entities):
            faults.append((i, j, f"names entity {k}, which does not exist"))
            continue
        if named.mention is not None or (
            named.text is not None and named.start is not None and named.end is not None
        ):  # it has a local span (:func:`_local`)
            at = uses.get(k)
            if at is None:
                uses[k] = array("q", (i, j))
            else:
                at.extend((i, j))


def _check_entities(
    doc: Document, uses: dict[int, array[int]], faults: list[tuple[int, int, str]]
) -> None:
    """Check the entities, and that each use in ``uses`` (claim index and the
    source's place, flat) names a mention of its entity; ``faults`` holds the uses
    of entities that do not exist."""
    text = doc.text
    n = len(text)
    entities = doc.entities
    claims = doc.claims
    previous_first = -1
    for k, entity in enumerate(entities):
        if entity.id != k:
            raise ValueError(f"entity {k} has id {entity.id}; ids must be 0, 1, 2, … in order")
        packed = entity._mentions  # read packed: no Span is built for the check
        flat = _packed_offsets(packed)
        first = flat[0]
        if first < previous_first:
            raise ValueError(f"entity {k} is mentioned first before entity {k - 1}")
        previous_first = first
        for start, end, piece in zip(flat[0::2], flat[1::2], packed[1:], strict=True):
            if end > n or text[start:end] != piece:
                raise ValueError(
                    f"entity {k} mention {piece!r} [{start}, {end}) is not a slice of the text"
                )
        used = uses.get(k)
        if used is None:
            continue
        # each use is looked up in the packed offsets, its span read again from its
        # claim (the document is built at the annotation's peak of memory)
        for i, j in zip(used[0::2], used[1::2], strict=True):
            named = claims[i].source if j == 0 else claims[i].chain[j - 1]
            m = named.mention
            if m is not None:
                m0, m1, said = m.start, m.end, m.text
            elif named.start is None or named.end is None or named.text is None:
                continue  # no local span: never kept as a use
            else:
                m0, m1, said = named.start, named.end, named.text
            if not _among(m0, m1, said, flat, packed):
                fault = f"mention {said!r} [{m0}, {m1}) is not a mention of entity {k}"
                faults.append((i, j, fault))
    if faults:
        i, j, fault = min(faults)
        where = f"claim {i} source" if j == 0 else f"claim {i} chain[{j - 1}]"
        raise ValueError(f"{where} {fault}")


def _among(start: int, end: int, text: str, offsets: Sequence[int], packed: _PackedSpans) -> bool:
    """Whether the span ``text`` [``start``, ``end``) is one of the packed spans
    (``offsets`` their flat offsets, in start order): a binary search on the starts,
    no :class:`Span` built (the most mentioned entity of a long text has a hundred
    thousand mentions, and the document is checked at the annotation's end, beside
    everything it holds)."""
    lo, hi = 0, len(offsets) // 2
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[2 * mid] < start:
            lo = mid + 1
        else:
            hi = mid
    while 2 * lo < len(offsets) and offsets[2 * lo] == start:
        if offsets[2 * lo + 1] == end and packed[1 + lo] == text:
            return True
        lo += 1
    return False


@attrs.frozen(repr=False)
class Document:
    """The result of annotating a text: its sentences and its claims.

    Building a ``Document`` checks that every span lies inside ``text`` and equals
    the slice it names, that sentences are ordered and disjoint, and that claims are
    ordered by ``start``.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    _sentences: _PackedSentences = attrs.field(
        default=_NO_SENTENCES, converter=_sentences, alias="sentences"
    )
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)

    def __attrs_post_init__(self) -> None:
        given = self._sentences
        if type(given) is not _PackedSentences:
            _check_sentence_texts(self.text, given)
            flat = (x for sentence in given for x in (sentence.start, sentence.end))
            object.__setattr__(self, "_sentences", pack_sentences(flat))
        _check_document(self)

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences in text order, built from a compact form on first access
        (each ``Sentence.text`` sliced from :attr:`text`) and kept."""
        text, flat = self.text, self._sentences.offsets()
        starts, ends = flat[0::2], flat[1::2]
        return tuple(
            map(trusted_sentence, starts, ends, map(text.__getitem__, map(slice, starts, ends)))
        )

    def _sentence_offsets(self) -> array[int]:
        """The sentences' offsets, flat (``start, end, …``), no sentence built."""
        return self._sentences.offsets()

    def __repr__(self) -> str:
        return (
            f"Document(text={self.text!r}, sentences={self.sentences!r}, "
            f"claims={self.claims!r}, entities={self.entities!r})"
        )

    def to_dict(self, *, profile: bool = False) -> dict[str, Any]:
        """Return the document in the ``claimscope/1`` interchange format.

        With ``profile=True`` a ``"profile"`` block (see :meth:`profile`) is added;
        :meth:`from_dict` accepts and ignores it.
        """
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "text": self.text,
            "sentences": list(sentence_dicts(self._sentence_offsets())),
            "claims": [c.to_dict() for c in self.claims],
            "entities": [e.to_dict() for e in self.entities],
        }
        if profile:
            d["profile"] = self.profile().to_dict(self)
        return d

    def to_json(self, *, indent: int | None = None, ensure_ascii: bool = False) -> str:
        """Return :meth:`to_dict` as a JSON string that :meth:`from_json` reads back
        to an equal document, or raise :class:`~claimscope.errors.SchemaError` up
        front, naming the character and its offset.

        What holds, for every text :func:`~claimscope.annotate` accepts (any ``str``):

        * ``ensure_ascii=False`` (the default) gives UTF-8-encodable JSON; it refuses
          text holding any surrogate code point (U+D800-U+DFFF), which UTF-8 cannot
          carry.
        * ``ensure_ascii=True`` gives pure ASCII JSON and also carries lone
          surrogates, as ``\\udXXX`` escapes. It refuses only a high surrogate
          directly followed by a low one (two code points, as in CESU-8 data or text
          decoded with ``surrogatepass``): JSON reads that escape pair back as one
          character, which would shift every later offset. Join such pairs first,
          e.g. ``text.encode("utf-16", "surrogatepass").decode("utf-16")``.
        """
        data = self.to_dict()
        if not ensure_ascii:
            try:
                self.text.encode("utf-8")
            except UnicodeEncodeError as e:
                raise SchemaError(
                    f"the text holds a character that UTF-8 cannot encode "
                    f"({self.text[e.start]!r} at offset {e.start}); clean the input "
                    "(e.g. decode with errors='replace') or pass ensure_ascii=True"
                ) from e
        else:
            pair = _SURROGATE_PAIR.search(self.text)
            if pair is not None:
                high, low = pair.group()[0], pair.group()[1]
                raise SchemaError(
                    f"the text holds the surrogate pair {high!r} {low!r} at offset "
                    f"{pair.start()} as two code points, which JSON reads back as the "
                    "single character "
                    f"{(high + low).encode('utf-16', 'surrogatepass').decode('utf-16')!r}; "
                    "join such pairs first, e.g. "
                    "text.encode('utf-16', 'surrogatepass').decode('utf-16')"
                )
        return json.dumps(data, ensure_ascii=ensure_ascii, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from its ``claimscope/1`` dict.

        Raises :class:`~claimscope.errors.SchemaError` (a ``ValueError``) naming the
        field at fault when ``data`` is not a valid ``claimscope/1`` document.
        """
        return _from_dict(data)

    @classmethod
    def from_json(cls, payload: str | bytes) -> Document:
        """Rebuild a document from :meth:`to_json` output.

        Raises :class:`~claimscope.errors.SchemaError` when ``payload`` is not valid
        UTF-8 JSON (or nests too deeply to read) or not a ``claimscope/1`` document.
        """
        try:
            data = json.loads(payload)
        except json.JSONDecodeError as e:
            raise SchemaError(f"not valid JSON: {e}") from e
        except UnicodeDecodeError as e:
            raise SchemaError(
                f"not valid UTF-8 JSON: byte 0x{e.object[e.start]:02x} at offset {e.start}; "
                "claimscope/1 JSON is UTF-8"
            ) from e
        except RecursionError as e:
            raise SchemaError("not a claimscope/1 document: the JSON nests too deeply") from e
        return _from_dict(data)

    # -- views (thin delegates; the logic lives in profile.py, io.py, render.py) ----

    def sources(self) -> tuple[SourceProfile, ...]:
        """The distinct sources of the document, each a
        :class:`~claimscope.profile.SourceProfile` with its mentions and claims."""
        from claimscope.profile import sources

        return sources(self)

    def profile(self) -> DocumentProfile:
        """A :class:`~claimscope.profile.DocumentProfile`: the sources and the share
        of claims by source type and by confidence."""
        from claimscope.profile import profile

        return profile(self)

    def claims_table(self) -> list[dict[str, Any]]:
        """One flat dict per claim, keys :data:`claimscope.io.CLAIM_COLUMNS`."""
        from claimscope.io import claims_table

        return claims_table(self.to_dict())

    def to_pandas(self, *, flat: bool = False) -> Any:
        """The claims as a typed ``pandas.DataFrame`` (needs the ``pandas`` extra):
        :data:`~claimscope.io.CLAIM_COLUMNS` with ``Int64`` offsets, categorical labels,
        and ``chain``/``cues`` as lists of dicts (strings with ``flat=True``)."""
        from claimscope.integrations.pandas import to_pandas

        return to_pandas(self.to_dict(), flat=flat)

    def to_html(self, *, standalone: bool = False) -> str:
        """Render the document as HTML: claims highlighted by confidence, sources
        underlined by type, cues marked, tooltips giving the reasons, and a legend.
        All text is escaped. ``standalone=True`` gives a complete page."""
        from claimscope.render import render_html

        return render_html(self.to_dict(), standalone=standalone)

    def _repr_html_(self) -> str:
        """The notebook view (Jupyter calls this)."""
        return self.to_html()


# -- reading claimscope/1 -------------------------------------------------------------

T = TypeVar("T")


def _get(d: Mapping[str, Any], key: str, kind: type[T] | tuple[type, ...], where: str) -> T:
    if key not in d:
        raise SchemaError(f"{where}: missing key {key!r}")
    value = d[key]
    if isinstance(value, bool) and kind is int:
        raise SchemaError(f"{where}.{key}: expected int, got bool")
    if not isinstance(value, kind):
        name = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise SchemaError(f"{where}.{key}: expected {name}, got {type(value).__name__}")
    return value  # type: ignore[return-value]


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise SchemaError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise SchemaError(f"{where}: expected a list, got {type(value).__name__}")
    return list(value)


def _enum(enum_type: type[_StrEnum], value: object, where: str) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise SchemaError(f"{where}: {value!r} is not one of {allowed}") from None


def _optional_span_fields(d: Mapping[str, Any], where: str) -> tuple[Any, Any, Any]:
    values = []
    for key in ("text", "start", "end"):
        if key not in d:
            raise SchemaError(f"{where}: missing key {key!r}")
        value = d[key]
        if value is not None:
            kind: type = str if key == "text" else int
            if not isinstance(value, kind) or isinstance(value, bool):
                raise SchemaError(f"{where}.{key}: expected {kind.__name__} or null")
        values.append(value)
    return values[0], values[1], values[2]


def _build(where: str, factory: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    try:
        return factory(*args, **kwargs)
    except (TypeError, ValueError) as e:
        if isinstance(e, SchemaError):
            raise
        raise SchemaError(f"{where}: {e}") from e


def _span_from(value: object, where: str) -> Span:
    d = _mapping(value, where)
    return _build(
        where,
        Span,
        _get(d, "text", str, where),
        _get(d, "start", int, where),
        _get(d, "end", int, where),
    )


def _source_from(value: object, where: str, *, mention: bool) -> Source:
    d = _mapping(value, where)
    text, start, end = _optional_span_fields(d, where)
    kind = _enum(SourceType, _get(d, "type", str, where), f"{where}.type")
    local = None
    if mention and d.get("mention") is not None:
        local = _span_from(d["mention"], f"{where}.mention")
    entity = d.get("entity")
    if entity is not None and (not isinstance(entity, int) or isinstance(entity, bool)):
        raise SchemaError(f"{where}.entity: expected int or null")
    reason = d.get("reason", "")
    if not isinstance(reason, str):
        raise SchemaError(f"{where}.reason: expected str")
    return _build(where, Source, kind, text, start, end, local, entity, reason)


def _entity_from(value: object, where: str) -> Entity:
    d = _mapping(value, where)
    reason = d.get("reason", "")
    if not isinstance(reason, str):
        raise SchemaError(f"{where}.reason: expected str")
    return _build(
        where,
        Entity,
        _get(d, "id", int, where),
        _enum(SourceType, _get(d, "type", str, where), f"{where}.type"),
        _span_from(_get(d, "name", Mapping, where), f"{where}.name"),
        tuple(
            _span_from(m, f"{where}.mentions[{j}]")
            for j, m in enumerate(_list(_get(d, "mentions", list, where), f"{where}.mentions"))
        ),
        reason,
    )


def _cue_from(value: object, where: str) -> Cue:
    d = _mapping(value, where)
    stance = d.get("stance")
    if stance is not None and not isinstance(stance, str):
        raise SchemaError(f"{where}.stance: expected str or null")
    negated = d.get("negated", False)
    if not isinstance(negated, bool):
        raise SchemaError(f"{where}.negated: expected bool")
    entry = d.get("entry", "")
    if not isinstance(entry, str):
        raise SchemaError(f"{where}.entry: expected str")
    reason = d.get("reason", "")
    if not isinstance(reason, str):
        raise SchemaError(f"{where}.reason: expected str")
    return _build(
        where,
        Cue,
        _get(d, "text", str, where),
        _get(d, "start", int, where),
        _get(d, "end", int, where),
        _enum(CueKind, _get(d, "kind", str, where), f"{where}.kind"),
        entry,
        stance,
        negated,
        reason,
    )


def _claim_from(value: object, where: str) -> Claim:
    d = _mapping(value, where)
    cue = d.get("cue")
    rule = _enum(Rule, d.get("rule", ""), f"{where}.rule")
    return _build(
        where,
        Claim,
        start=_get(d, "start", int, where),
        end=_get(d, "end", int, where),
        text=_get(d, "text", str, where),
        sentence=_get(d, "sentence", int, where),
        quote=_enum(QuoteKind, _get(d, "quote", str, where), f"{where}.quote"),
        confidence=_enum(Confidence, _get(d, "confidence", str, where), f"{where}.confidence"),
        source=_source_from(_get(d, "source", Mapping, where), f"{where}.source", mention=True),
        chain=tuple(
            _source_from(link, f"{where}.chain[{j}]", mention=False)
            for j, link in enumerate(_list(d.get("chain", []), f"{where}.chain"))
        ),
        cue=None if cue is None else _cue_from(cue, f"{where}.cue"),
        cues=tuple(
            _cue_from(c, f"{where}.cues[{j}]")
            for j, c in enumerate(_list(d.get("cues", []), f"{where}.cues"))
        ),
        rule=rule,
    )


def _from_dict(data: object) -> Document:
    d = _mapping(data, "document")
    schema = d.get("schema")
    if schema != SCHEMA:
        raise SchemaError(
            f"document.schema: expected {SCHEMA!r}, got {schema!r}; this version of "
            "claimscope reads only that format"
        )
    text = _get(d, "text", str, "document")
    sentences = []
    for i, item in enumerate(_list(_get(d, "sentences", list, "document"), "document.sentences")):
        where = f"document.sentences[{i}]"
        s = _mapping(item, where)
        start = _get(s, "start", int, where)
        end = _get(s, "end", int, where)
        if not 0 <= start <= end <= len(text):
            raise SchemaError(f"{where}: span [{start}, {end}) is not inside the text")
        sentences.append(_build(where, Sentence, start, end, text[start:end]))
    claims = [
        _claim_from(item, f"document.claims[{i}]")
        for i, item in enumerate(_list(_get(d, "claims", list, "document"), "document.claims"))
    ]
    entities = [
        _entity_from(item, f"document.entities[{i}]")
        for i, item in enumerate(_list(d.get("entities", []), "document.entities"))
    ]
    return _build("document", Document, text, tuple(sentences), tuple(claims), tuple(entities))
