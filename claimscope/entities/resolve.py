"""Mapping each claim's source and chain links to the document's entities."""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from claimscope.entities.cluster import (
    _Model,
    build_entities,
)
from claimscope.entities.epithets import EPITHET, epithet_antecedent
from claimscope.entities.kinds import _Classified, _type_of, who_is_a_person
from claimscope.entities.mentions import Mention
from claimscope.entities.name_lists import in_longer_name
from claimscope.entities.phrase_head import _QUANTIFIERS, _noun_phrase_head, _shape
from claimscope.entities.postmod import postmodified_end, takes_postmodifier
from claimscope.entities.role_holders import holder_name
from claimscope.entities.spanmap import SpanMap
from claimscope.entities.words import (
    _PREPOSITIONS,
    _RELATIVES,
    Tok,
    _nouns,
)
from claimscope.labels import Rule
from claimscope.model import (
    Claim,
    Cue,
    Entity,
    Source,
    SourceType,
    Span,
    pack_spans,
    trusted_entity,
    trusted_source,
    trusted_span,
)


def resolve_sources(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[Claim],
    quotes: Sequence[tuple[int, int]] = (),
    *,
    in_place: bool = False,
) -> tuple[list[Claim], tuple[Entity, ...]]:
    """Map every claim's source and chain links to the document's entities.

    Returns the claims with ``source.text`` set to the entity's most informative
    mention, ``source.mention`` to the local one when it differs, ``source.entity``
    and ``source.reason`` filled in (chain links likewise, without a mention), and
    the entities ordered by first mention. With ``in_place`` (``claims`` a list the
    caller hands over) that list is returned, each claim replaced as its sources
    are made, so the old and new claims are never all held at once.
    """
    entities, changes = sources_resolved(text, sentences, claims, quotes)
    out: list[Claim] = claims if in_place and isinstance(claims, list) else list(claims)
    for i, source, chain in changes:
        out[i] = out[i].with_sources(source, chain)  # its other fields stay checked
    return out, entities


class Attributed(Protocol):
    """What :func:`sources_resolved` reads of a claim: a :class:`Claim` has it, and
    so has the pipeline's lighter view of a claim it holds packed
    (:class:`claimscope._held.ClaimParts`)."""

    @property
    def source(self) -> Source: ...

    @property
    def chain(self) -> tuple[Source, ...]: ...

    @property
    def cue(self) -> Cue | None: ...

    @property
    def rule(self) -> Rule: ...


_Change = tuple[int, Source, tuple[Source, ...]]
"""A claim's index with its resolved source and chain."""


def sources_resolved(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[Attributed],
    quotes: Sequence[tuple[int, int]] = (),
    *,
    salient: Iterable[int] | None = None,
) -> tuple[tuple[Entity, ...], Iterator[_Change]]:
    """The work of :func:`resolve_sources` without rebuilding the claims: the
    entities, and, one at a time, each claim whose source or chain changes, as its
    index with its new source and chain (equal to the resolved claim's). ``claims``
    (claims, or just the parts of them it reads: :class:`Attributed`) is read twice,
    in order (each may be built when read: the pipeline holds the claims packed),
    and never after this returns: a caller holding claims packed stores the new
    sources without building any claim again. ``salient``, when given, is where
    each claim's local source span (its mention, else its span) starts, in order,
    skipping the claims without one: the first reading, which a caller holding the
    claims packed has for less."""
    # what is kept per claim until the entities are emitted is the least it can be:
    # this is the annotation's peak of memory (no list of local spans, no pairs)
    if salient is None:
        salient = [span[0] for span in map(_local, (c.source for c in claims)) if span]
    resolver = _Resolver(text, build_entities(text, sentences, salient, quotes), quotes)
    del salient
    uses = _Uses()
    links: dict[int, _Linked] = {}  # the few claims with a chain
    for i, claim in enumerate(claims):
        local = _local(claim.source)
        uses.append(None if local is None else resolver.source(claim, local))
        if claim.chain:
            links[i] = (
                claim.source,
                claim.chain,
                tuple(
                    None
                    if link.start is None or link.end is None or link.type in _NAMELESS
                    else resolver.link((link.start, link.end), link.type)
                    for link in claim.chain
                ),
            )
    resolver.release()
    entities, ids = resolver.emit(uses, (made for _source, _chain, made in links.values()))
    return entities, _changes(resolver, uses, links, ids, entities)


def _changes(
    resolver: _Resolver,
    uses: _Uses,
    links: dict[int, _Linked],
    ids: dict[int, int],
    entities: tuple[Entity, ...],
) -> Iterator[_Change]:
    """The claims whose source or chain the decided ``uses`` and ``links`` change
    (see :func:`sources_resolved`), each source made when its turn comes."""
    make = resolver.make
    for i, use in enumerate(uses):
        linked = links.get(i)
        if linked is None:
            if use is not None:
                yield i, make(use, ids, entities), ()
            continue
        source, old, made = linked
        chain = tuple(
            link if m is None else make(m, ids, entities, chain=True)
            for link, m in zip(old, made, strict=True)
        )
        if use is not None:
            yield i, make(use, ids, entities), chain
        elif chain != old:
            yield i, source, chain


_NAMELESS = (SourceType.AUTHOR, SourceType.UNSPECIFIED)


def _local(source: Source) -> tuple[int, int] | None:
    """The span of a source next to its claim: its mention, else its span."""
    if source.type in _NAMELESS or source.start is None or source.end is None:
        return None
    if source.mention is not None:
        return source.mention.start, source.mention.end
    return source.start, source.end


_Use = tuple[int, tuple[int, int], "Mention | None"]
"""One claim's (or chain link's) source decided: entity ``k`` (a build index), the
local span kept as the mention, and the mention that decided it (a plain tuple: one
is held per claim until the entities are emitted)."""

_Linked = tuple[Source, tuple[Source, ...], tuple[_Use | None, ...]]
"""A claim with a chain: its source and chain, and the decided uses of its links."""


class _Uses:
    """The decided uses of a document's claims' sources, one per claim (``None``
    when a claim's source is nobody's), in claim order. They are held from the first
    claim decided until the entities are emitted, across the annotation's peak of
    memory: flat, as the entity index and the local span's offsets in arrays and
    the deciding mention in a list, not as a use and a span tuple per claim."""

    __slots__ = ("ends", "ks", "mentions", "starts")

    def __init__(self) -> None:
        self.ks = array("q")  # -1: no use
        self.starts = array("q")
        self.ends = array("q")
        self.mentions: list[Mention | None] = []

    def append(self, use: _Use | None) -> None:
        """Keep the next claim's use."""
        if use is None:
            k, start, end, m = -1, 0, 0, None
        else:
            k, (start, end), m = use
        self.ks.append(k)
        self.starts.append(start)
        self.ends.append(end)
        self.mentions.append(m)

    def __iter__(self) -> Iterator[_Use | None]:
        for k, start, end, m in zip(self.ks, self.starts, self.ends, self.mentions, strict=True):
            yield None if k < 0 else (k, (start, end), m)


_PHRASE_NAME_MAX = 80
"""The longest source phrase that may become the name of an unnamed entity (*a
report from Kotak Institutional Equities* for *a report*)."""


class _Resolver:
    """Decides each source's entity, then names, types and numbers the entities."""

    def __init__(self, text: str, model: _Model, quotes: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.model = model
        self.quotes = quotes  # sorted, not overlapping (see quotes.find_quotes)
        self.classify = _Classified()
        # one (type, reason) pair for each distinct one: a long text has many
        # entities and a few dozen reasons, held until the entities are emitted
        self.pairs: dict[tuple[SourceType, str], tuple[SourceType, str]] = {}
        pairs = self.pairs
        self.types = [
            pairs.setdefault(pair, pair)
            for pair in (_type_of(text, e, self.classify) for e in model.entities)
        ]
        for e in model.entities:
            e.guess = _NO_GUESS  # typed: clustering's guess at its kind is read no more
        # an entity's name when it is not the model's: a phrase's entity, a longer phrase
        self.names: dict[int, tuple[int, int]] = {}
        # each used entity's local spans, gathered once every source is decided: a
        # tuple while it holds one span (most entities: a tuple of ints the garbage
        # collector stops tracking, where a list would be traversed by every full
        # collection up to the end of the stage), a list from the second
        self.uses: dict[int, tuple[tuple[int, int]] | list[tuple[int, int]]] = {}
        self.phrases: dict[tuple[int, int], int] = {}
        self.spans: dict[tuple[int, int], Span] = {}
        self.shapes: dict[str, tuple[Tok | None, bool, str]] = {}  # phrase -> _shape(phrase)
        self.strings: dict[str, str] = {}  # one string for each mention text (see emit)

    # deciding -------------------------------------------------------------------

    def source(self, claim: Attributed, local: tuple[int, int]) -> _Use:
        """Decide the entity of a claim's source whose local span is ``local``."""
        text = self.text
        source = claim.source
        target = local
        relative = text[local[0] : local[1]].casefold() in _RELATIVES
        if relative and source.start is not None and source.end is not None:
            target = (source.start, source.end)  # "who": the named phrase before it
        target = holder_name(text, *target) or target  # "A trader, Mrs Jane Roe"
        m, shaped = self._mention_in(*target)
        coordinated = target == local and self._coordinated(*target)
        exact = self.model.of.get(target) if coordinated else None
        if exact is not None:
            # a group the entity model already knows ("Mr. Grassley and Mr. Leahy")
            return self._use(exact.k, local, self._exact(target))
        if shaped and m is not None and coordinated:
            # "Jane Doe and her aides": a group of its own, typed by its leading member
            k = self._phrase_entity(target, source.type)
            lead = self._entity_of(m)
            if lead is not None:
                kind, reason = self.types[lead]
                self.types[k] = (kind, f"leading member: {reason}")
            return self._use(k, local, None)
        if (
            shaped
            and m is not None
            and m.kind == "name"
            and target == local
            and m.start > target[0]
            and text[target[0] : m.start].split()[0].casefold() in _QUANTIFIERS
        ):
            m = None  # "many African-Americans", "two Democratic speechwriters": a group
        if m is None and shaped:
            m = self._pseudonym_in(*target)  # "a man going by the name of 'Sam'"
        epithet = EPITHET.fullmatch(text, *target)
        epithet_use = epithet is not None
        if epithet is not None:  # "…," counsel said ("Defence" is no name of its own)
            m = self._epithet_antecedent(target[0], epithet.group(1))
        if m is None and not shaped:
            m = self._first_in(*target)
            if (
                m is None
                and claim.cue is not None
                and 0 <= claim.cue.start - target[1] <= _SUBJECT_REACH
            ):
                # "During the call, he asked …": the subject after the adjunct
                m = self._first_in(target[1], claim.cue.start)
                if m is None:
                    m = self._first_in(target[1], claim.cue.start, owner=True)
            if m is None and claim.cue is not None:
                m = self._subject_before(claim.cue.start)
        found = None if m is None else self._entity_of(m)
        if m is None or found is None:
            return self._use(self._phrase_entity(target, source.type), local, None)
        k = found
        if claim.rule == "X: C" and self.types[k][1] == "acronym":
            self.types[k] = (SourceType.PERSON, "speaker label")  # "MORALES: We opened …"
        if target != local or epithet_use:
            kept = local  # "who", "the 22-year-old" and "counsel" stay the local mention
        elif shaped and target[0] <= m.start and m.end <= target[1]:
            kept = local  # the attribution's phrase, holding the mention
            if m.kind == "desc" and target[1] - target[0] <= _PHRASE_NAME_MAX:
                self._better_name(k, local)
        elif shaped and m.start < target[0] < m.end:
            kept = (m.start, max(m.end, target[1]))  # a phrase stopping inside a name
        else:
            kept = (m.start, m.end)  # a phrase that is no noun phrase: its mention
        return self._use(k, kept, m)

    def link(self, span: tuple[int, int], kind: SourceType) -> _Use:
        """Decide the entity of a chain link."""
        m, _shaped = self._mention_in(*span)
        k = None if m is None else self._entity_of(m)
        if m is None or k is None:
            return self._use(self._phrase_entity(span, kind), span, None)
        return self._use(k, span, m)

    def _name(self, k: int) -> tuple[int, int]:
        """The span of entity ``k``'s name."""
        named = self.names.get(k)
        if named is None:
            name = self.model.entities[k].name
            return name.start, name.end
        return named

    def _use(self, k: int, local: tuple[int, int], m: Mention | None) -> _Use:
        return k, local, m

    def _better_name(self, k: int, phrase: tuple[int, int]) -> None:
        """An unnamed entity takes the longest source phrase about it as its name."""
        if k >= len(self.model.entities) or self.model.entities[k].name.kind == "name":
            return
        a, b = self._name(k)
        if phrase[1] - phrase[0] > b - a:
            self.names[k] = phrase

    def _postmodified_name(self, k: int) -> None:
        """An unnamed role takes its first description with its post-modifier as its
        name when that is longer (*a spokesman for the governor* for *a spokesman* …
        *the spokesman*)."""
        e = self.model.entities[k]
        if e.name.kind == "name":
            return
        for m in e.mentions:
            if m.kind == "desc" and takes_postmodifier(_nouns().get(m.head, "")):
                end = postmodified_end(self.text, m.end, definite=m.definite)
                if end is not None:
                    self._better_name(k, (m.start, end))
                return

    def _mention_in(self, a: int, b: int) -> tuple[Mention | None, bool]:
        """The mention holding the head of the phrase ``[a, b)`` (*A spokesman* in *A
        spokesman for Mayor Frank Jackson*, *Josh Earnest* in *White House spokesman
        Josh Earnest*, *Trump* in *Trump urges supporters*), and whether the phrase is
        phrase-shaped."""
        text = self.text
        phrase = text[a:b]
        shape = self.shapes.get(phrase)
        if shape is None:
            if len(self.shapes) >= _SHAPES_KEPT:
                self.shapes.clear()  # the phrases met again are the few short ones
            shape = self.shapes[phrase] = _shape(phrase)
        head, shaped, first_word = shape
        if head is None:
            return None, shaped
        head = (head[0] + a, head[1] + a, head[2])
        held = self._holding(head[0], head[1])
        if held is None and head[2].islower() and head[2] not in _nouns() and head[0] > a:
            # "Trump avoids": the last word is no noun but a verb; the name before it
            first = self._first_in(a, head[0])
            if first is not None and not _noun_phrase_head(text, first_word, first.end, head):
                return first, False
        return held, shaped

    def _exact(self, span: tuple[int, int]) -> Mention | None:
        """The mention whose span is exactly ``span``."""
        ms = self.model.mentions
        k = bisect.bisect_left(self.model.starts, span[0])
        while k < len(ms) and ms[k].start == span[0]:
            if ms[k].end == span[1]:
                return ms[k]
            k += 1
        return None

    def _coordinated(self, a: int, b: int) -> bool:
        """True when the phrase joins members with *and* (*Jane Doe and her aides*)."""
        phrase = self.text[a:b]
        if "and" not in phrase.split()[1:-1] or "," in phrase:
            return False  # most sources: the cheap tests first
        # *and* inside a listed name joins no members
        return not in_longer_name(self.model.mentions, self.model.starts, a, b)

    def _holding(self, h0: int, h1: int) -> Mention | None:
        """The mention holding ``[h0, h1)``: a description rather than a name inside
        it (*the BBC's North America editor*), a role prefix's name after it."""
        ms = self.model.mentions
        lo = bisect.bisect_right(self.model.starts, h0)  # every mention before lo starts by h0
        best: Mention | None = None
        of = self.model.of
        for k in range(lo - 1, max(-1, lo - 9), -1):
            m = ms[k]
            end = m.end
            if (
                end >= h1
                and (m.start, end) in of
                and (best is None or (best.kind == "name" and m.kind == "desc"))
            ):
                best = m
        if best is not None and best.kind == "desc" and best.words == ("→",):
            after = self.model.of.name_at(best.end + 1)
            end = best.end
            if after is not None:
                best = next((m for m in after.mentions if m.start == end + 1), best)
        return best

    def _first_in(self, a: int, b: int, *, owner: bool = False) -> Mention | None:
        """The first name or subject pronoun inside a phrase that is no noun phrase
        (*Trump took to Twitter overnight to*); with ``owner``, the first owner of
        something, as a last resort (*a flicker across the president's face as if to
        say*)."""
        ms = self.model.mentions
        for k in range(bisect.bisect_left(self.model.starts, a), len(ms)):
            m = ms[k]
            if m.start >= b:
                break
            if owner:
                found = m.possessive and (m.start, m.end) in self.model.of
                if found and (m.kind == "name" or _nouns().get(m.head) == "role"):
                    return m
                continue
            if (
                m.end <= b
                and m.kind in ("name", "pron")
                and not m.possessive
                and m.head not in _OBJECT_PRONOUNS
                and (m.start, m.end) in self.model.of
            ):
                before = self.text[a : m.start].split()
                if not before or before[-1].casefold() not in _PREPOSITIONS:
                    return m
        return None

    def _pseudonym_in(self, a: int, b: int) -> Mention | None:
        """A pseudonym named inside the phrase ``[a, b)``."""
        ms = self.model.mentions
        for k in range(bisect.bisect_left(self.model.starts, a), len(ms)):
            m = ms[k]
            if m.start >= b:
                break
            if m.kind != "name":
                continue
            e = self.model.of.get((m.start, m.end))
            if e is not None and e.pseudonym:
                return m
        return None

    def _epithet_antecedent(self, at: int, age: str | None) -> Mention | None:
        """The person an epithet at ``at`` stands for (see :mod:`.epithets`)."""

        def person(m: Mention) -> bool:
            found = self._entity_of(m)
            return found is not None and self.types[found][0] is SourceType.PERSON

        model = self.model
        return epithet_antecedent(
            self.text, model.mentions, model.starts, self.quotes, at, age, person
        )

    def _subject_before(self, cue: int) -> Mention | None:
        """The nearest name or subject pronoun before the cue, in its clause."""
        ms = self.model.mentions
        for k in range(bisect.bisect_left(self.model.starts, cue) - 1, -1, -1):
            m = ms[k]
            between = self.text[m.end : cue]
            if len(between) > 120 or any(ch in between for ch in ".;:!?\n"):
                return None
            if (
                m.kind in ("name", "pron")
                and not m.possessive
                and m.head not in _OBJECT_PRONOUNS
                and (m.start, m.end) in self.model.of
            ):
                return m
        return None

    def _entity_of(self, m: Mention) -> int | None:
        e = self.model.of.get((m.start, m.end))
        return None if e is None or e.k < 0 else e.k

    def _phrase_entity(self, span: tuple[int, int], kind: SourceType) -> int:
        """An entity of its own for a source phrase no mention covers."""
        k = self.phrases.get(span)
        if k is None:
            k = len(self.types)
            phrase = self.text[span[0] : span[1]]
            found, reason = who_is_a_person(self.text, span[1], phrase, *self.classify(phrase))
            words = phrase.split()
            first = words[0].casefold() if words else ""
            if found is SourceType.PERSON and first in _QUANTIFIERS:
                found, reason = SourceType.ANONYMOUS, "unnamed group"  # "Many Democrats"
            if found not in _NAMELESS:
                kind = found
            elif kind in _NAMELESS:
                kind = SourceType.PERSON
            pair = (kind, reason)
            self.types.append(self.pairs.setdefault(pair, pair))
            self.names[k] = span
            self.phrases[span] = k
        return k

    # emitting -------------------------------------------------------------------

    def release(self) -> None:
        """Let go of the mention tables once every source is decided: only the
        entities are needed to emit them."""
        self.model = _Model(self.model.entities, SpanMap(()), (), ())

    def emit(
        self, uses: Iterable[_Use | None], links: Iterable[Iterable[_Use | None]] = ()
    ) -> tuple[tuple[Entity, ...], dict[int, int]]:
        """The entities (every source's, and every other one with a name or a
        description), ordered by first mention, and the map from build index to id;
        ``uses`` and ``links`` hold the decided sources (see :meth:`source`).

        The order is worked out first from each entity's first offset; each entity's
        spans are then made only when its turn comes, its mentions let go at once, so
        the spans of every mention of the text are never held together. The
        mentions are packed from offsets and texts (one string for each mention
        text: "he", "Trump"), with no :class:`Span` but the name's."""
        used = self.uses
        for use in itertools.chain(uses, itertools.chain.from_iterable(links)):
            if use is not None:
                k, local, _m = use
                at = used.get(k)
                if at is None:
                    used[k] = (local,)
                elif isinstance(at, list):
                    at.append(local)
                else:
                    used[k] = [*at, local]
        ids: dict[int, int] = {}
        entities: list[Entity] = []
        text = self.text
        strings = self.strings
        types = self.types
        for k in self._emitted():
            spans_ = self._spans_of(k)
            ids[k] = len(entities)
            kind, reason = types[k]
            texts: list[str] = []
            for a, b in spans_:
                piece = text[a:b]
                texts.append(strings.setdefault(piece, piece))
            named = self._name(k)  # among the mentions
            name = trusted_span(texts[bisect.bisect_left(spans_, named)], *named)
            mentions = pack_spans(spans_, texts)
            del spans_, texts
            entities.append(trusted_entity(len(entities), kind, name, mentions, reason))
        return tuple(entities), ids

    def _emitted(self) -> list[int]:
        """The build indices of the entities to emit, ordered by their first offset
        (then index): those a source uses, and every other one but an unresolved
        pronoun (an unresolved "it" is nobody)."""
        model = self.model.entities
        uses, names = self.uses, self.names
        for k in uses:
            if k < len(model):
                self._postmodified_name(k)
        order: list[tuple[int, int]] = []
        for k, e in enumerate(model):
            ms = e.mentions
            if e.kind == "pron" and k not in uses and all(m.kind == "pron" for m in e.mentions):
                continue
            named = names.get(k)
            first = e.name.start if named is None else named[0]
            if len(ms) == 1:
                first = min(first, ms[0].start)  # most entities: one mention
            elif ms:
                first = min(first, min(map(_START_OF, ms)))
            used = uses.get(k)
            if used:
                first = min(first, min(at[0] for at in used))
            order.append((first, k))
        for k in range(len(model), len(self.types)):  # the phrases' entities
            first = names[k][0]
            used = uses.get(k)
            if used:
                first = min(first, min(at[0] for at in used))
            order.append((first, k))
        order.sort()
        return [k for _, k in order]

    def _spans_of(self, k: int) -> list[tuple[int, int]]:
        """Entity ``k``'s spans in text order: its mentions', the sources' local spans
        that name it and its name's; its mentions are let go once read."""
        used = self.uses.get(k, ())
        if k < len(self.model.entities):
            e = self.model.entities[k]
            ms = e.mentions
            e.mentions = []
            if not used and len(ms) == 1 and ms[0] is e.name and k not in self.names:
                return [(e.name.start, e.name.end)]  # one mention, its name
            spans = set(used)
            spans.update(map(_SPAN_OF, ms))
        else:
            named = self.names[k]
            if len(used) == 1 and used[0] == named:
                return [named]  # a source phrase of its own, used once
            spans = set(used)
        spans.add(self._name(k))
        return sorted(spans)

    def span(self, at: tuple[int, int]) -> Span:
        """The :class:`Span` of the text at ``at``, made once per document (an entity's
        name is one of its mentions and often a source's mention too)."""
        made = self.spans.get(at)
        if made is None:
            piece = self.text[at[0] : at[1]]
            piece = self.strings.setdefault(piece, piece)
            made = self.spans[at] = trusted_span(piece, *at)
        return made

    def make(
        self,
        use: _Use,
        ids: dict[int, int],
        entities: tuple[Entity, ...],
        *,
        chain: bool = False,
    ) -> Source:
        """The :class:`Source` for a decided use."""
        k, local, m = use
        entity = entities[ids[k]]
        name = entity.name
        reason = entity.reason
        if m is not None and m.kind == "pron":
            reason = f"pronoun → {name.text}"
        elif (
            m is not None
            and m.kind == "desc"
            and (m.start, m.end) != (name.start, name.end)
            and k < len(self.model.entities)
            and self.model.entities[k].name.kind == "name"
        ):
            reason = f"{self.text[m.start : m.end].casefold()} → {name.text}"
        mention = None
        if not chain and local != (name.start, name.end):
            mention = self.span(local)
        # the fields are the entity's name, checked slices of the text
        return trusted_source(
            entity.type, name.text, name.start, name.end, mention, entity.id, reason
        )


_NO_GUESS: tuple[object, str] = ((), "")

_SHAPES_KEPT = 4096
"""How many source phrases' shapes the resolver remembers at once: every claim's
phrase would be a copy of a third of the text's claims."""

_SPAN_OF = operator.attrgetter("start", "end")
"""A mention's ``(start, end)``."""

_START_OF = operator.attrgetter("start")
"""A mention's start."""

_SUBJECT_REACH = 200
"""How far after a phrase that is no noun phrase its clause's subject is looked for,
before the cue (*During the call, he asked …*)."""

_OBJECT_PRONOUNS = frozenset("him her them his its their himself herself".split())
