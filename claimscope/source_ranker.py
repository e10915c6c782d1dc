"""Learned source boundaries: a linear ranker over alternative source phrases.

The rule engine's subject scan (:mod:`claimscope.attribution.who`) picks one phrase
as a claim's source. Its boundaries are often a little off: it keeps an appositive
(*Sean Spicer, the RNC's spokesman*), a prepositional or relative tail (*a spokesman
for the mayor who*), both members of a coordination, or it stops inside a name
(*Minister Theresa May* of *British Prime Minister Theresa May*). Under
``Annotator(decisions="learned")`` this stage proposes **candidates** around each
rule source span and lets a small averaged-perceptron model pick one:

* the rule's span itself;
* the span cut before its first comma, semicolon, parenthesis or dash (without the
  appositive), and the part after its last comma (the appositive's name);
* the span cut before a prepositional or relative tail (*of*, *for*, *with*, *who* …);
* the first member of a coordination (*and*, *or*), not a later one: SPEC gives a
  mixed group the type of its leading member, so the group or its lead speaks
  (*Experts and brokerages*, not *brokerages*);
* every entity mention (:func:`claimscope.entities.mentions.find_mentions`) that
  overlaps the span, including one that reaches beyond it, but none after the
  span's first coordinator.

Each candidate is described by string features (:func:`features`): how it was made,
how it relates to the rule span, its length, its capitalisation pattern, its first
and last words, whether its last word is a source noun or a title, the words just
outside it and whether it is an entity mention (and of which kind). The weights are
shipped as text in ``weights/sources.txt`` and read once, lazily; they are trained by
``tools/train.py --sources`` on PolNeAR train only (``docs/learned.md``).
:func:`explain` shows the candidates of the claim at an offset and the features
that weighed most for the chosen one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from itertools import groupby

import attrs
import regex

from claimscope import _grammar, lexicon
from claimscope.attribution import who
from claimscope.entities.mentions import Mention, find_mentions
from claimscope.learned import Weights, load_weights
from claimscope.model import Claim, SourceType

__all__ = [
    "ENABLED",
    "Ranked",
    "candidates",
    "choose",
    "explain",
    "features",
    "rank_sources",
]

ENABLED = True
"""Whether ``Annotator(decisions="learned")`` runs the ranker (``decisions="rules"``
never does)."""

_WORD = regex.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*['’]?|[^\w\s]")
"""A word (with inner apostrophes, dots, ampersands or hyphens) or one mark."""

_LAST_WORD = regex.compile("(?r)" + _WORD.pattern)
""":data:`_WORD` searched backwards: the last word of a span, the one
``_WORD.findall`` lists last (a property test holds them equal), found without
listing the others."""

_CUT = regex.compile(r"[,;()\[\]—–]| - | -- ")
"""Where an appositive or an aside begins."""

_TAILS = frozenset("of for at from in with on to by about who whom whose which that".split())
"""Words opening a prepositional or relative tail after a noun phrase's head."""

_COORDINATORS = frozenset(("and", "or", "&"))

_DETERMINERS = _grammar.DETERMINERS

_ENDS = " \t\n\u00a0,;:.\"'“”‘’()[]—–-"
"""Stripped from both ends of a candidate."""


def _collapsed(shape: str) -> str:
    """``shape`` with each run of one letter written once, followed by ``+`` (*XXx*
    → *X+x*): the substitution of ``(.)`` followed by itself, as a loop, since
    ``regex`` parses a substitution's template anew on every call."""
    return "".join([c + "+" if len(list(run)) > 1 else c for c, run in groupby(shape)])


@functools.cache
def _titles() -> frozenset[str]:
    """Lower-case title words (*minister*, *senator*)."""
    return lexicon.words("titles") | lexicon.words("entity_titles")


@attrs.frozen
class Ranked:
    """One candidate source span: its offsets, how it was made, its features."""

    start: int
    end: int
    origins: tuple[str, ...]
    features: tuple[str, ...] = ()


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _ENDS:
        a += 1
    while b > a and text[b - 1] in _ENDS:
        b -= 1
    if b - a >= 2 and text[b - 2 : b] in ("'s", "’s"):
        pass  # a possessor keeps its mark: the rules' spans do
    return a, b


def candidates(text: str, span: tuple[int, int], mentions: Sequence[Mention] = ()) -> list[Ranked]:
    """Return the candidate spans around the rule source ``span``, the span first.

    ``mentions`` are entity mentions of the sentence (any order); those overlapping
    the span become candidates. Candidates are distinct and never empty.
    """
    a, b = span
    found: dict[tuple[int, int], list[str]] = {(a, b): ["rule"]}

    def add(lo: int, hi: int, origin: str) -> None:
        lo, hi = _strip(text, lo, hi)
        if lo < hi and any(ch.isalnum() for ch in text[lo:hi]):
            found.setdefault((lo, hi), []).append(origin)

    cut = _CUT.search(text, a, b)
    if cut is not None:
        add(a, cut.start(), "appos-cut")
        last = None
        for m in _CUT.finditer(text, a, b):
            last = m
        if last is not None:
            add(last.end(), b, "appos-after")
    words = list(_WORD.finditer(text, a, b))
    for i, m in enumerate(words[1:], start=1):
        if m.group().casefold() in _TAILS and words[i - 1].group()[:1].isalpha():
            add(a, words[i - 1].end(), "tail-cut")
            break
    group = b  # where the first coordinator inside the span stands (none: its end)
    for i, m in enumerate(words[1:-1], start=1):
        if m.group().casefold() in _COORDINATORS:
            add(a, words[i - 1].end(), "coord-left")
            group = m.start()
            break
    tails = [m.start() for m in words if m.group().casefold() in _TAILS]
    for mention in mentions:
        if mention.kind == "pron" or not (mention.start < b and a < mention.end):
            continue  # a pronoun inside a phrase is its possessor (*His surrogates*)
        if any(a < t < mention.start for t in tails):
            continue  # the object of a tail (*the family* of *attorneys for the family*)
        if mention.start > group:
            continue  # a later member of a group (SPEC: the group speaks, typed by its lead)
        add(mention.start, mention.end, "mention=" + mention.kind)
    return [Ranked(lo, hi, tuple(origins)) for (lo, hi), origins in found.items()]


def _shape(word: str) -> str:
    if word[:1].isupper():
        return "X"
    if word[:1].isdigit():
        return "d"
    if word[:1].isalpha():
        return "x"
    return word


def _outside(text: str, at: int, *, before: bool, limit: tuple[int, int]) -> str:
    """The word just before (or after) offset ``at`` within ``limit``, lower-cased
    when it is a lower-case word, else its shape."""
    lo, hi = limit
    if before:
        last = _LAST_WORD.search(text, max(lo, at - 40), at)
        word = last.group() if last is not None else "^"
    else:
        m = _WORD.search(text, at, min(hi, at + 40))
        word = m.group() if m is not None else "$"
    if word[:1].islower() or not word[:1].isalnum():
        return word.casefold()
    return _shape(word)


def features(
    text: str,
    cand: Ranked,
    rule: tuple[int, int],
    sentence: tuple[int, int],
) -> tuple[str, ...]:
    """The features of candidate ``cand`` of the rule source span ``rule`` in the
    sentence ``sentence`` (offsets in ``text``)."""
    words = _WORD.findall(text, cand.start, cand.end)
    alnum = [w for w in words if w[:1].isalnum()] or words
    first, last = alnum[0], alnum[-1]
    lfirst, llast = first.casefold(), last.casefold()
    shape = "".join(_shape(w) for w in words)
    collapsed = _collapsed(shape)[:8]
    a, b = rule
    if (cand.start, cand.end) == rule:
        relation = "same"
    elif a <= cand.start and cand.end <= b:
        relation = "inside"
    elif cand.start <= a and b <= cand.end:
        relation = "covers"
    else:
        relation = "crosses"
    n = len(alnum)
    feats = [
        "bias",
        "rel=" + relation,
        "len=" + (str(n) if n < 6 else "6+"),
        "shape=" + collapsed,
        "first=" + (lfirst if first[:1].islower() or lfirst in _DETERMINERS else "X"),
        "last=" + (llast if last[:1].islower() else "X"),
        "before=" + _outside(text, cand.start, before=True, limit=sentence),
        "after=" + _outside(text, cand.end, before=False, limit=sentence),
    ]
    if a < cand.end < b:
        feats.append("cut-before=" + _outside(text, cand.end, before=False, limit=rule)[:1])
    if a < cand.start < b:
        feats.append("cut-after=" + _outside(text, cand.start, before=True, limit=rule)[:1])
    feats += ["from=" + o for o in cand.origins]
    feats += [f"from|rel={o}|{relation}" for o in cand.origins]
    if who.is_source_word(llast):
        feats.append("head=source")
    if llast in _titles():
        feats.append("head=title")
    if lfirst in _titles() or (n > 1 and alnum[-2].casefold() in _titles()):
        feats.append("title-name")
    if last[:1].isupper() and n > 1 and words[0][:1].islower():
        feats.append("lower-then-name")
    if any(w in (",", ";", "(") for w in words):
        feats.append("has-comma")
    if any(w.casefold() in _COORDINATORS for w in words):
        feats.append("has-and")
    if any(w.casefold() in _TAILS for w in words[1:]):
        feats.append("has-tail")
    if llast.endswith(("'s", "’s")):
        feats.append("possessive")
    return tuple(sorted(set(feats)))


def choose(ranked: Sequence[Ranked], weights: Weights) -> tuple[int, list[float]]:
    """The index of the best-scoring candidate (the first on ties) and all scores."""
    scores = [weights.score(c.features) for c in ranked]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best, scores


def _sentence_of(
    sentences: Sequence[tuple[int, int]], starts: Sequence[int], offset: int
) -> tuple[int, int]:
    """The sentence holding ``offset`` (``starts``: the sentences' starts, in order),
    else ``(0, 0)``; a binary search, so a long text stays linear."""
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0 and sentences[k][0] <= offset < sentences[k][1]:
        return sentences[k]
    return (0, 0)


def _overlapping(mentions: Sequence[Mention]) -> Callable[[tuple[int, int]], list[Mention]]:
    """A lookup of the mentions overlapping a span, in their order in ``mentions``:
    a binary search over their starts, bounded by the longest mention, instead of a
    scan of every mention for every claim (quadratic in a long text)."""
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    starts = [mentions[k].start for k in order]
    longest = max((m.end - m.start for m in mentions), default=0)

    def near(span: tuple[int, int]) -> list[Mention]:
        lo = bisect.bisect_left(starts, span[0] - longest)
        hi = bisect.bisect_left(starts, span[1])
        hits = sorted(k for k in order[lo:hi] if mentions[k].end > span[0])
        return [mentions[k] for k in hits]

    return near


def claim_candidates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[Claim],
    *,
    lone: bool = True,
) -> list[tuple[int, tuple[int, int], list[Ranked]]]:
    """For every claim whose source is a span with no separate mention: its index,
    its rule span and its candidates with their features, mentions found once for
    the sentences that hold a source. With ``lone`` false, a claim whose only
    candidate is its rule span (nothing to choose) is left out, unscored."""
    todo: list[tuple[int, tuple[int, int], tuple[int, int]]] = []
    starts = [s[0] for s in sentences]
    for i, claim in enumerate(claims):
        src = claim.source
        if src.type in _NAMELESS or src.start is None or src.end is None:
            continue
        if src.mention is not None:
            continue
        todo.append((i, (src.start, src.end), _sentence_of(sentences, starts, src.start)))
    if not todo:
        return []
    held = sorted({s for _, _, s in todo if s[1] > s[0]})
    mentions = find_mentions(text, held, [span[0] for _, span, _ in todo]) if held else []
    overlapping = _overlapping(mentions)
    out = []
    for i, span, sentence in todo:
        near = overlapping(span)
        limit = sentence if sentence[1] > sentence[0] else span
        found = candidates(text, span, near)
        if len(found) == 1 and not lone:
            continue
        ranked = [Ranked(c.start, c.end, c.origins, features(text, c, span, limit)) for c in found]
        out.append((i, span, ranked))
    return out


_NAMELESS = (SourceType.AUTHOR, SourceType.UNSPECIFIED)


def rank_sources(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[Claim],
    *,
    weights: Weights | None = None,
) -> list[Claim]:
    """Return ``claims`` with each source span replaced by the ranker's choice.

    A claim whose source has no span, or has a separate mention, is kept as it is;
    so is one whose best candidate is the rule's own span. ``weights`` default to
    the shipped ``weights/sources.txt``.
    """
    model = load_weights("sources") if weights is None else weights
    out = list(claims)
    for i, span, ranked in claim_candidates(text, sentences, claims, lone=False):
        best, _ = choose(ranked, model)
        c = ranked[best]
        if (c.start, c.end) == span:
            continue
        src = attrs.evolve(claims[i].source, text=text[c.start : c.end], start=c.start, end=c.end)
        out[i] = attrs.evolve(claims[i], source=src)
    return out


def explain(text: str, offset: int, *, top: int = 6) -> str:
    """Say which source the ranker picked for the claim whose cue or source covers
    ``offset`` (annotating ``text`` with learned decisions) and why.

    Returns one line per candidate, the chosen one marked ``*``, with its score and,
    for the chosen one, the ``top`` features that weighed most. Raises
    :class:`ValueError` when no ranked claim's cue or rule source covers ``offset``.
    """
    from claimscope.attribution import attribute
    from claimscope.cues import find_cues
    from claimscope.learned import decide
    from claimscope.quotes import find_quotes
    from claimscope.segment import segment

    spans, paragraphs = segment(text)
    quotes = find_quotes(text)
    cues = decide(text, spans, quotes, find_cues(text, quotes)).cues
    claims = attribute(text, spans, paragraphs, quotes, cues)
    model = load_weights("sources")
    for i, span, ranked in claim_candidates(text, spans, claims):
        cue = claims[i].cue
        on_cue = cue is not None and cue.start <= offset < cue.end
        if not (on_cue or span[0] <= offset < span[1]):
            continue
        best, scores = choose(ranked, model)
        lines = []
        for k, (c, s) in enumerate(zip(ranked, scores, strict=True)):
            mark = "*" if k == best else " "
            lines.append(f"{mark} {text[c.start : c.end]!r} (score {s:.2f}; {','.join(c.origins)})")
        weighed = sorted(
            ((model.weights.get(f, 0.0), f) for f in ranked[best].features),
            key=lambda p: (-abs(p[0]), p[1]),
        )
        shown = ", ".join(f"{f} {w:+.2f}" for w, f in weighed[:top] if w)
        return "\n".join(lines) + f"\nchosen for: {shown}"
    raise ValueError(
        f"no claim with a ranked source has its cue or source at offset {offset}; "
        "only claims whose source is a phrase in the text are ranked"
    )
