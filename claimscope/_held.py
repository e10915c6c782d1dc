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
from collections.abc import Iterator, Sequence
from typing import overload

from claimscope.labels import Confidence, QuoteKind, Rule
from claimscope.model import Claim, Cue, Source, trusted_claim

__all__ = ["HeldClaims", "HeldSpans"]

_QUOTES = tuple(QuoteKind)
_CONFIDENCES = tuple(Confidence)
_RULES = tuple(Rule)
_CODE = {
    member: k for members in (_QUOTES, _CONFIDENCES, _RULES) for k, member in enumerate(members)
}


class HeldSpans(Sequence[tuple[int, int]]):
    """``(start, end)`` spans held as one array of machine ints (16 bytes a span
    instead of about 120); each span is a new tuple when read."""

    __slots__ = ("_flat",)

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._flat = array("q", [x for span in spans for x in span])

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
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


class HeldClaims(Sequence[Claim]):
    """Claims of ``text`` held as columns: offsets and sentence index in an array of
    machine ints, quote kind, confidence and rule as one byte each, the sources,
    chains and cues as references (the shared ``author`` source and the empty tuple
    of most claims cost a pointer). Reading a claim builds it again, equal to the
    one packed, its text sliced from ``text``."""

    __slots__ = ("_chains", "_codes", "_cue_lists", "_cues", "_ints", "_sources", "_text")

    def __init__(self, text: str, claims: Sequence[Claim]) -> None:
        self._text = text
        self._ints = array("q", [x for c in claims for x in (c.start, c.end, c.sentence)])
        self._codes = bytes(_CODE[x] for c in claims for x in (c.quote, c.confidence, c.rule))
        self._sources: list[Source] = [c.source for c in claims]
        self._chains: list[tuple[Source, ...]] = [c.chain for c in claims]
        self._cues: list[Cue | None] = [c.cue for c in claims]
        self._cue_lists: list[tuple[Cue, ...]] = [c.cues for c in claims]

    def __len__(self) -> int:
        return len(self._sources)

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

    def named(self) -> list[int]:
        """The indices of the claims whose source or chain names someone in the text
        (the claims the entity stage resolves; the others, the author's voice and
        unnamed sources, it leaves as they are)."""
        sources, chains = self._sources, self._chains
        return [i for i, s in enumerate(sources) if s.start is not None or chains[i]]

    def replaced(self, indices: Sequence[int], claims: Sequence[Claim]) -> list[Claim]:
        """Every claim, the one at ``indices[k]`` replaced by ``claims[k]`` (indices
        ascending): those are not built again, so a claim is never held twice."""
        out: list[Claim] = []
        at = dict(zip(indices, claims, strict=True))
        for i in range(len(self)):
            claim = at.pop(i, None)
            out.append(self._claim(i) if claim is None else claim)
        return out

    def only(self, indices: Sequence[int]) -> Sequence[Claim]:
        """The claims at ``indices``, in that order, each built when it is read."""
        return _Some(self, indices)

    def _claim(self, i: int) -> Claim:
        start, end, sentence = self._ints[3 * i : 3 * i + 3]
        quote, confidence, rule = self._codes[3 * i : 3 * i + 3]
        return trusted_claim(
            start,
            end,
            self._text[start:end],
            sentence,
            _QUOTES[quote],
            _CONFIDENCES[confidence],
            self._sources[i],
            self._chains[i],
            self._cues[i],
            self._cue_lists[i],
            _RULES[rule],
        )


class _Some(Sequence[Claim]):
    """Some of the claims of a :class:`HeldClaims`, built when read."""

    __slots__ = ("_held", "_indices")

    def __init__(self, held: HeldClaims, indices: Sequence[int]) -> None:
        self._held, self._indices = held, indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> list[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | list[Claim]:
        if isinstance(index, slice):
            return [self._held[i] for i in self._indices[index]]
        return self._held[self._indices[index]]

    def __iter__(self) -> Iterator[Claim]:
        return map(self._held._claim, self._indices)
