"""Compact forms of what the pipeline holds while the entity stage runs.

The entity stage is the annotation's peak of memory (issues 18 and 20), and
everything the pipeline keeps alive across it adds to that peak: the claims (a
record, a ``str`` copy of its content and three ``int`` objects each, about 5 bytes
per byte of input with their sources and cues) and the sentence spans (a tuple and
two ``int`` objects each, about 1 byte per byte). Here they are held as columns of
machine ints, and each claim is built again, equal to the one packed, only when the
entity stage reads it; the texts are sliced again from the document's text, which
every one of them equals (offsets are the truth).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from claimscope.labels import Confidence, CueKind, QuoteKind, Rule, SourceType
from claimscope.model import (
    Claim,
    Cue,
    Source,
    trusted_claim,
    trusted_cue,
    trusted_source,
    trusted_span,
)

__all__ = ["ClaimParts", "HeldClaims", "HeldSpans", "int_column"]

_QUOTES = tuple(QuoteKind)
_CONFIDENCES = tuple(Confidence)
_RULES = tuple(Rule)
_CUE_KINDS = tuple(CueKind)
_SOURCE_TYPES = tuple(SourceType)
_NAMELESS = (SourceType.AUTHOR, SourceType.UNSPECIFIED)
_CODE = {
    member: k for members in (_QUOTES, _CONFIDENCES, _RULES) for k, member in enumerate(members)
}


def _fits_32(values: Sequence[int]) -> bool:
    """Whether every value of ``values`` fits a signed 32-bit int."""
    return not values or (min(values) >= -(1 << 31) and max(values) < 1 << 31)


def int_column(values: list[int]) -> array[int]:
    """``values`` as an array of machine ints: 32-bit when every value fits (offsets
    into a text under 2 GB), else 64-bit."""
    return array("i" if _fits_32(values) else "q", values)


def _narrow(values: array[int]) -> array[int]:
    """``values`` (64-bit) in 32 bits when every value fits."""
    return array("i", values) if _fits_32(values) else values


class HeldSpans(Sequence[tuple[int, int]]):
    """``(start, end)`` spans held as one array of machine ints (8 bytes a span
    instead of about 120); each span is a new tuple when read."""

    __slots__ = ("_flat",)

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._flat = int_column([x for span in spans for x in span])

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        flat = self._flat
        if type(index) is int and 0 <= index < len(flat) >> 1:  # the entity stage's asks
            return flat[2 * index], flat[2 * index + 1]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"span index {index} out of range for {len(self)} spans")
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        flat = self._flat
        return zip(flat[0::2], flat[1::2], strict=True)

    def flat(self) -> array[int]:
        """The offsets, flat: ``start, end, start, end, …`` (not a copy)."""
        return self._flat


class ClaimParts:
    """The parts of a held claim the entity stage reads (its source, chain, cue and
    rule: see :class:`~claimscope.entities.resolve.Attributed`), built without the
    rest of the claim. The cue is built when read: the stage reads it for the few
    sources that are no noun phrase."""

    __slots__ = ("_cues", "_i", "chain", "rule", "source")

    def __init__(
        self, source: Source, chain: tuple[Source, ...], cues: _HeldCues, i: int, rule: Rule
    ) -> None:
        self.source, self.chain, self.rule = source, chain, rule
        self._cues, self._i = cues, i

    @property
    def cue(self) -> Cue | None:
        """The claim's cue, built again from its row."""
        return self._cues.cue_of(self._i)


class HeldClaims(Sequence[Claim]):
    """Claims of ``text`` held as columns: offsets and sentence index in an array of
    machine ints, quote kind, confidence and rule as one byte each, cues as rows of
    ints (:class:`_HeldCues`), sources and chains as references (the shared
    ``author`` source and the empty tuple of most claims cost a pointer). Reading a
    claim builds it again, equal to the one packed, its text sliced from ``text``."""

    __slots__ = ("_chains", "_codes", "_cues", "_ints", "_sources", "_text")

    def __init__(self, text: str, claims: Sequence[Claim]) -> None:
        self._text = text
        self._ints = int_column([x for c in claims for x in (c.start, c.end, c.sentence)])
        self._codes = bytes(_CODE[x] for c in claims for x in (c.quote, c.confidence, c.rule))
        self._sources = _HeldSources(text, (c.source for c in claims))
        self._chains: list[tuple[Source, ...]] = [c.chain for c in claims]
        self._cues = _HeldCues(claims)

    def __len__(self) -> int:
        return len(self._chains)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> list[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | list[Claim]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"claim index {index} out of range for {len(self)} claims")
        return self._claim(index)

    def __iter__(self) -> Iterator[Claim]:
        return map(self._claim, range(len(self)))

    def named(self) -> array[int]:
        """The indices of the claims whose source or chain names someone in the text
        (the claims the entity stage resolves; the others, the author's voice and
        unnamed sources, it leaves as they are), as machine ints."""
        sources, chains = self._sources, self._chains
        return int_column([i for i in range(len(chains)) if sources.named(i) or chains[i]])

    def parts(self, indices: Sequence[int]) -> Sequence[ClaimParts]:
        """The :class:`ClaimParts` of the claims at ``indices``, in that order, each
        built when it is read: what the entity stage reads of a claim, for a fraction
        of the cost of building it (a text of short attributed sentences holds a
        claim every few words, and the stage reads each twice)."""
        return _Parts(self, indices)

    def _parts(self, i: int) -> ClaimParts:
        return ClaimParts(
            self._sources.of(i), self._chains[i], self._cues, i, _RULES[self._codes[3 * i + 2]]
        )

    def local_starts(self, indices: Sequence[int]) -> array[int]:
        """Where the local span of each source at ``indices`` starts (its mention,
        else its span), skipping the sources without one (the author's, unnamed
        ones): the first reading of :func:`~claimscope.entities.resolve.sources_resolved`
        (its ``salient``), read from the columns with no source built."""
        sources = self._sources
        return int_column([a for a in map(sources.local_start, indices) if a >= 0])

    def set_sources(self, i: int, source: Source, chain: tuple[Source, ...]) -> None:
        """Hold ``source`` and ``chain`` as claim ``i``'s (the entity stage's
        resolved ones: see :func:`~claimscope.entities.resolve.sources_resolved`),
        with no claim built."""
        self._sources.objects[i] = source
        self._chains[i] = chain

    def _claim(self, i: int) -> Claim:
        # read item by item: slicing the columns makes two short-lived copies a claim
        ints, codes, k = self._ints, self._codes, 3 * i
        start, end = ints[k], ints[k + 1]
        cue, cues = self._cues.of(i)
        return trusted_claim(
            start,
            end,
            self._text[start:end],
            ints[k + 2],
            _QUOTES[codes[k]],
            _CONFIDENCES[codes[k + 1]],
            self._sources.of(i),
            self._chains[i],
            cue,
            cues,
            _RULES[codes[k + 2]],
        )


class _HeldSources:
    """The sources of many claims. A source named by a span of the text (most of
    them: a claim's own, made by the attribution) is held as a row of machine ints
    (type, offsets, and its mention's offsets or -1), its texts sliced again from
    ``text`` when read; any other (the shared ``author`` and ``unspecified``
    sources, one with an entity or a reason) is kept as it is in :attr:`objects`."""

    __slots__ = ("_rows", "_text", "objects")

    def __init__(self, text: str, sources: Iterable[Source]) -> None:
        self._text = text
        self.objects: list[Source | None] = []
        rows: list[int] = []
        for source in sources:
            row = self._row(source)
            self.objects.append(source if row is None else None)
            rows.extend((-1, 0, 0, 0, 0) if row is None else row)
        self._rows = int_column(rows)

    def _row(self, source: Source) -> tuple[int, int, int, int, int] | None:
        """``source`` as a row, or ``None`` when it is not one a row holds."""
        start, end, said, mention = source.start, source.end, source.text, source.mention
        if start is None or end is None or source.entity is not None or source.reason:
            return None
        text = self._text
        if said != text[start:end]:
            return None
        if mention is None:
            return _SOURCE_TYPES.index(source.type), start, end, -1, -1
        if mention.text != text[mention.start : mention.end]:
            return None
        return _SOURCE_TYPES.index(source.type), start, end, mention.start, mention.end

    def named(self, i: int) -> bool:
        """Whether source ``i`` names a span of the text."""
        source = self.objects[i]
        return source is None or source.start is not None

    def local_start(self, i: int) -> int:
        """Where source ``i``'s local span (its mention, else its span) starts, or
        -1 when it has none (:func:`claimscope.entities.resolve._local`)."""
        source = self.objects[i]
        if source is None:  # a row: a span of the text
            rows, k = self._rows, 5 * i
            if _SOURCE_TYPES[rows[k]] in _NAMELESS:
                return -1
            return rows[k + 1] if rows[k + 3] < 0 else rows[k + 3]
        if source.type in _NAMELESS or source.start is None or source.end is None:
            return -1
        return source.start if source.mention is None else source.mention.start

    def of(self, i: int) -> Source:
        """Source ``i``, built again when held as a row."""
        source = self.objects[i]
        if source is not None:
            return source
        kind, start, end, m0, m1 = self._rows[5 * i : 5 * i + 5]
        text = self._text
        mention = None if m0 < 0 else trusted_span(text[m0:m1], m0, m1)
        return trusted_source(_SOURCE_TYPES[kind], text[start:end], start, end, mention, None, "")


class _HeldCues:
    """The cues of many claims: each claim's cue, then its cues, as references into
    rows of machine ints (offsets, kind, and text, entry, stance, reason as indices
    into a table of words, so equal cue words share one ``str`` as they did; the
    negation in the reason's low bit). A cue more than one claim
    holds is kept as it is, so the claims built again share it as before; within a
    claim its cue and the same cue among its cues are one record too."""

    __slots__ = ("_at", "_refs", "_rows", "_shared", "_words")

    def __init__(self, claims: Sequence[Claim]) -> None:
        users: Counter[int] = Counter()
        for c in claims:
            cue, cues = c.cue, c.cues
            if len(cues) == 1 and cues[0] is cue:
                # most claims: the cue is its only cue (counted without the call
                # Counter makes for a key it does not hold yet)
                key = id(cue)
                users[key] = users.get(key, 0) + 1
            else:
                users.update({id(x) for x in (cue, *cues)})
        shared: dict[int, int] = {}  # id -> index in _shared
        self._shared: list[Cue] = []
        rows: dict[int, int] = {}  # id -> row
        words: dict[str, int] = {}
        self._words: list[str] = []
        self._rows = array("q")

        def ref(cue: Cue | None) -> int:
            """``cue``'s reference: -1 no cue, -2 - k shared cue k, else a row."""
            if cue is None:
                return -1
            key = id(cue)
            if users[key] > 1:
                k = shared.get(key)
                if k is None:
                    k = shared[key] = len(self._shared)
                    self._shared.append(cue)
                return -2 - k
            row = rows.get(key)
            if row is None:
                row = rows[key] = self._pack(cue, words)
            return row

        refs = array("q")
        at = array("q", [0])  # where each claim's references end
        for c in claims:
            cue = c.cue
            first = ref(cue)
            refs.append(first)
            for other in c.cues:
                refs.append(first if other is cue else ref(other))
            at.append(len(refs))
        self._rows, self._refs, self._at = map(_narrow, (self._rows, refs, at))

    def _pack(self, cue: Cue, words: dict[str, int]) -> int:
        """Pack ``cue`` as a new row; return its number."""
        stance = -1 if cue.stance is None else self._word(cue.stance, words)
        entry, reason = self._word(cue.entry, words), self._word(cue.reason, words)
        kind, said = _CUE_KINDS.index(cue.kind), self._word(cue.text, words)
        self._rows.extend((cue.start, cue.end, kind, entry, stance, 2 * reason + cue.negated))
        self._rows.append(said)
        return len(self._rows) // 7 - 1

    def _word(self, word: str, words: dict[str, int]) -> int:
        at = words.get(word)
        if at is None:
            at = words[word] = len(self._words)
            self._words.append(word)
        return at

    def of(self, i: int) -> tuple[Cue | None, tuple[Cue, ...]]:
        """Claim ``i``'s cue and cues (a reference met twice, as a claim's cue among
        its cues, is built once)."""
        refs, a, b = self._refs, self._at[i], self._at[i + 1]
        first = refs[a]
        cue = self._cue(first)
        if b - a == 1:
            return cue, ()
        if b - a == 2 and refs[a + 1] == first:  # most claims: the cue is its only cue
            return cue, () if cue is None else (cue,)
        rest = refs[a + 1 : b]
        built: dict[int, Cue | None] = {first: cue}
        cues = []
        for ref in rest:
            found = built[ref] if ref in built else built.setdefault(ref, self._cue(ref))
            if found is not None:
                cues.append(found)
        return cue, tuple(cues)

    def cue_of(self, i: int) -> Cue | None:
        """Claim ``i``'s cue (without its cues)."""
        return self._cue(self._refs[self._at[i]])

    def _cue(self, ref: int) -> Cue | None:
        if ref == -1:
            return None
        if ref < -1:
            return self._shared[-2 - ref]
        rows, words, k = self._rows, self._words, 7 * ref  # item by item, as in a claim
        stance, reason = rows[k + 4], rows[k + 5]
        return trusted_cue(
            words[rows[k + 6]],
            rows[k],
            rows[k + 1],
            _CUE_KINDS[rows[k + 2]],
            words[rows[k + 3]],
            None if stance < 0 else words[stance],
            bool(reason & 1),
            words[reason >> 1],
        )


class _Parts(Sequence[ClaimParts]):
    """The :class:`ClaimParts` of some of the claims of a :class:`HeldClaims`, built
    when read."""

    __slots__ = ("_held", "_indices")

    def __init__(self, held: HeldClaims, indices: Sequence[int]) -> None:
        self._held, self._indices = held, indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> ClaimParts: ...

    @overload
    def __getitem__(self, index: slice) -> list[ClaimParts]: ...

    def __getitem__(self, index: int | slice) -> ClaimParts | list[ClaimParts]:
        parts = self._held._parts
        if isinstance(index, slice):
            return [parts(i) for i in self._indices[index]]
        return parts(self._indices[index])

    def __iter__(self) -> Iterator[ClaimParts]:
        return map(self._held._parts, self._indices)
