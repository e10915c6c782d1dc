"""Learned cue decisions: a small linear model between cue finding and attribution.

The rule engine (:mod:`claimscope.cues`) finds reporting cues with word lists. Word
lists cannot tell *fears* the noun from *fears* the verb, nor find the long tail of
verbs and nouns that open an attribution (*derided … as*, *the agency's decision
to*). This stage looks at every **candidate** token, decides whether it opens an
attribution, and hands attribution a corrected list of cues:

* candidates are every reporting cue the rules found and every token whose
  lower-cased form often headed a gold cue the rules missed in the training data
  (``lexicons/cue_candidates.txt``, mined by ``tools/train.py``; the colon is one);
* each candidate is described by string **features** (:func:`features`): the word,
  a crude stem, its neighbours two tokens either side and their shapes, what follows
  it (*that*, *to*, a colon, a quote, a comma), whether a determiner or possessive
  stands before it (a noun use), whether it is inside a quotation, where it stands in
  its sentence, its stance in the reporting lexicon and the rule engine's reading;
* an averaged perceptron's weights, shipped as text in ``weights/cues.txt`` and read
  once, lazily, score the features; a rule cue scoring below zero is **vetoed**
  (dropped), a new candidate scoring above zero is **added** as a reporting cue.

No tagger, no numpy, nothing downloaded: the model is a dictionary of floats.
:func:`explain` shows the features that weighed most in one decision. The weights are
trained by ``tools/train.py`` on PolNeAR train only (see ``docs/learned.md``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from claimscope import _grammar, _learned_guards, lexicon
from claimscope._learned_bounds import _settled, _shipped_bounds, _subject_bounds
from claimscope._spans import Coverage
from claimscope._weights import (
    DECIMALS,
    FORMAT_VERSION,
    Weights,
    format_weights,
    load_weights,
    parse_weights,
)
from claimscope.attribution import who
from claimscope.attribution.context import index_at, tokenize
from claimscope.cues import _lower as lower_text
from claimscope.model import Cue, CueKind
from claimscope.quotes import Quote, QuoteRole

__all__ = [
    "DECIMALS",
    "FORMAT_VERSION",
    "Candidate",
    "Decided",
    "Decision",
    "Weights",
    "candidates",
    "decide",
    "explain",
    "features",
    "format_weights",
    "load_weights",
    "parse_weights",
    "thresholds",
]

LEARNED = "learned"
"""What :attr:`Decision.by` holds for a cue the model added."""

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|--|[^\w\s]")
"""A word (with inner apostrophes), a double hyphen, or one punctuation mark."""

_NEXT_TWO = re.compile(r"[\s_]*(" + _TOKEN.pattern + r")?[\s_]*(" + _TOKEN.pattern + r")?")
"""The first two :data:`_TOKEN` of a span, as ``_TOKEN.findall`` finds them (every
character it skips is a space or an underscore), without reading the rest."""

_DASHES = frozenset({":", "—", "–", "―", "--", "-"})
"""Punctuation that may open an attribution (*Trump: “We will win.”*)."""

_DETERMINERS = _grammar.DETERMINERS
"""Closed-class words after which a word is a noun, not a verb (the set the shipped
weights were trained with)."""

_QUOTES = frozenset("\"'“”‘’«»„")

_SUFFIXES = ("ing", "ed", "es", "s")
"""Stripped, longest first, for a crude stem (*claimed*, *claims* → *claim*)."""


def _stem(word: str) -> str:
    """A crude stem: the word without an inflection ending, if enough is left."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=8192)
def _word_features(word: str) -> tuple[str, tuple[str, ...]]:
    """The stem of a lower-cased word and the features that depend on the word
    alone (computed once per word)."""
    stem = _stem(word)
    stance = _lexicon_stances().get(word, "none")
    return stem, ("bias", "w=" + word, "stem=" + stem, "suf=" + word[-3:], "lex=" + stance)


@functools.lru_cache(maxsize=8192)
def _shape(token: str) -> str:
    """The token's shape: ``X`` capitalised word, ``x`` lower, ``d`` digits, else itself."""
    if not token:
        return "_"
    if token[0].isdigit():
        return "d"
    if token[0].isalpha():
        return "X" if token[0].isupper() else "x"
    return "q" if token in _QUOTES else token


@functools.cache
def _lexicon_stances() -> dict[str, str]:
    """Every surface form of the shipped reporting lexicon (user lexicons do not
    change the model's features), lower case, to its stance."""
    table: dict[str, str] = {}
    for e in lexicon.shipped("reporting"):
        for form in e.fields[1].split(","):
            table.setdefault(form.strip().lower(), e.fields[0])
    return table


@functools.cache
def _candidate_words() -> frozenset[str]:
    """The shipped candidate vocabulary (``lexicons/cue_candidates.txt``)."""
    return frozenset(e.text for e in lexicon.load("cue_candidates"))


@attrs.frozen
class Candidate:
    """One token that may open an attribution.

    ``start`` and ``end`` are its offsets, ``word`` its lower-cased text and ``rule``
    the reporting cue the rule engine found there, if any. ``features`` are the
    strings :func:`features` computed for it.
    """

    start: int
    end: int
    word: str
    rule: Cue | None
    features: tuple[str, ...]


_WINDOW = 60
"""Characters looked at either side of a candidate for its neighbours."""


@functools.cache
def _finder(words: frozenset[str]) -> re.Pattern[str]:
    """One regular expression matching any of ``words`` as a whole token, in
    lower-case text: a trie (see :func:`claimscope.cues._trie_pattern`), so the scan
    is linear in the text whatever the vocabulary."""
    from claimscope.cues import _trie_pattern

    alpha = sorted(w for w in words if w[:1].isalnum())
    marks = sorted(w for w in words if w and not w[:1].isalnum())
    branches = []
    if alpha:
        trie = _trie_pattern(alpha, lower_only=True)
        branches.append(r"(?<![^\W_])(?:" + trie + r")(?![^\W_]|['’][^\W_])")
    branches += [re.escape(m) for m in marks]
    if not branches:
        return re.compile(r"(?!)")
    return re.compile("|".join(branches))


def candidates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    cues: Sequence[Cue],
    *,
    vocabulary: Iterable[str] | None = None,
) -> list[Candidate]:
    """Return the candidate tokens of ``text`` with their features, in text order.

    ``sentences`` are the sentence spans, ``quotes`` and ``cues`` what the quote and
    cue finders returned. Every rule reporting cue is a candidate; so is every token
    whose lower-cased form is in ``vocabulary`` (default: the shipped
    ``cue_candidates`` lexicon, which may hold a colon or a dash) where no rule cue
    of any kind overlaps it.
    """
    scan = _Scan(text, sentences, quotes, cues, vocabulary)
    found = []
    for spot in scan.spots:
        start, end, word, rule, _ = spot
        found.append(Candidate(start, end, word, rule, scan.features(spot) + scan.subject(spot)))
    return found


_Left = tuple[int, int, int] | None
"""What :func:`claimscope.attribution.who.left_source` returns."""

_Spot = tuple[int, int, str, Cue | None, tuple[int, int]]
"""A candidate before its features: start, end, word, rule cue and sentence."""


class _Scan:
    """The candidates of one text, and what their features read: the lower-cased
    text, the quotation and rule-cue offsets, and the tokens of the latest sentence
    whose subject was asked for (most candidates share a sentence with the next).

    The features of a candidate come in two parts, :meth:`features` (its words and
    surroundings) then :meth:`subject` (the rule engine's subject scan, the dearer
    part), so that :func:`decide` can leave the second out when the first already
    settles the decision (see :mod:`claimscope._learned_bounds`)."""

    __slots__ = (
        "_tokenized",
        "_tokens",
        "ends_at",
        "rule_ends",
        "rule_starts",
        "speech",
        "spots",
        "subjects",
        "text",
    )

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        cues: Sequence[Cue],
        vocabulary: Iterable[str] | None,
    ) -> None:
        self.text = text
        self._tokens: list[tuple[int, int, str]] = []
        self._tokenized = (-1, -1)
        self.subjects: dict[tuple[int, int], dict[int, tuple[int, int, int] | None]] = {}
        """The subject scans :meth:`subject` made, by sentence span and token."""
        words = _candidate_words() if vocabulary is None else frozenset(vocabulary)
        lowered = lower_text(text)
        if len(lowered) != len(text):  # "İ" grows: offsets would drift
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        reporting = [c for c in cues if c.kind is CueKind.REPORTING]
        others = Coverage((c.start, c.end) for c in cues)
        found: list[tuple[int, int, Cue | None]] = [(c.start, c.end, c) for c in reporting]
        for m in _finder(words).finditer(lowered):
            start, end = m.span()
            if not others.overlaps(start, end):
                found.append((start, end, None))
        found.sort(key=lambda spot: (spot[0], spot[1]))
        self.spots = list(_with_sentences(lowered, sentences, found))
        self.speech = Coverage(p for q in quotes if q.role is not QuoteRole.TITLE for p in q.pieces)
        self.rule_starts = sorted(c.start for c in reporting)
        self.ends_at = {c.start: c.end for c in reporting}
        self.rule_ends = set(self.ends_at.values())
        """Where the rule reporting cues end, but those :func:`decide` vetoed."""

    def features(self, spot: _Spot) -> tuple[str, ...]:
        """The features of ``spot`` but its subject's (:func:`_features`)."""
        start, end, word, rule, sentence = spot
        return _features(self.text, start, end, word, sentence, self.speech, rule, self.rule_starts)

    def _left(self, spot: _Spot) -> tuple[list[tuple[int, int, str]], int, _Left]:
        """The tokens of the sentence of ``spot``, the index of its token, and the rule
        engine's subject scan before it (None past the last token)."""
        sentence = spot[4]
        if sentence != self._tokenized:
            self._tokens, self._tokenized = tokenize(self.text, *sentence), sentence
        tokens = self._tokens
        k = index_at(tokens, spot[0])
        if k >= len(tokens):
            return tokens, k, None
        made = self.subjects.setdefault(sentence, {})
        if k not in made:
            made[k] = who.left_source(tokens, k)
        return tokens, k, made[k]

    def subject(self, spot: _Spot) -> tuple[str, ...]:
        """The subject features of ``spot`` (:func:`_subject_features`)."""
        tokens, k, left = self._left(spot)
        return () if k >= len(tokens) else _subject_features(tokens, k, left)

    def nested(self, spot: _Spot) -> bool:
        """Whether the subject the rule engine finds before ``spot`` stands right after
        another reporting cue not vetoed, or its *that* (*said officers believe C*).
        Without such a cue before it in its sentence, no subject scan is made."""
        start, lo = spot[0], spot[4][0]
        starts = self.rule_starts
        ends = self.rule_ends  # of the rule cues still standing
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, start, i)
        if not any(self.ends_at[s] in ends for s in starts[i:j]):
            return False
        tokens, _, left = self._left(spot)
        if left is None or left[2] < 0:
            return False
        b = left[2] - (tokens[left[2]][2].casefold() == "that" and left[2] > 0)
        return tokens[b][1] in ends


def _with_sentences(
    lowered: str,
    sentences: Sequence[tuple[int, int]],
    found: list[tuple[int, int, Cue | None]],
) -> Iterable[_Spot]:
    """Each found ``(start, end, rule)`` in text order with its word (lower case) and
    its sentence (the span itself outside every sentence)."""
    sentence_starts = [s[0] for s in sentences]
    held = (-1, -1)  # the sentence of the latest spot: most spots share one with the next
    for start, end, rule in found:
        if held[0] <= start < held[1]:
            sentence = held
        else:
            s = bisect.bisect_right(sentence_starts, start) - 1
            if s >= 0 and start < sentences[s][1]:
                sentence = held = sentences[s]
            else:
                sentence = (start, end)
        word = lowered[start:end] if rule is None else rule.text.split()[0].lower()
        yield start, end, word, rule, sentence


def _subject_features(
    tokens: list[tuple[int, int, str]], k: int, left: tuple[int, int, int] | None
) -> tuple[str, ...]:
    """What the rule engine's subject scan (:func:`~claimscope.attribution.who.left_source`)
    finds before token ``k``: no subject, or a pronoun, capitalised, numeric or
    lower-case phrase, with the token that bounds it (an inversion stands after a
    comma or quote), and whether its last word is a source noun (*officials*).
    ``left`` is that scan's answer (``k`` a token of ``tokens``)."""
    if left is None:
        j = who.skip_before(tokens, k - 1)
        return ("subj=none|" + (_shape(tokens[j][2]) if j >= 0 else "^"),)
    first = tokens[left[0]][2]
    kind = "pron" if first.casefold() in _grammar.SUBJECT_PRONOUNS else _shape(first)
    bound = _shape(tokens[left[2]][2]) if left[2] >= 0 else "^"
    feats: tuple[str, ...] = ("subj=" + kind, f"subj|b={kind}|{bound}")
    if who.is_source_word(tokens[left[1] - 1][2].casefold()):
        feats += ("subj=source",)
    return feats


def _features(
    text: str,
    start: int,
    end: int,
    word: str,
    sentence: tuple[int, int],
    speech: Coverage,
    rule: Cue | None,
    rule_starts: list[int],
) -> tuple[str, ...]:
    lo, hi = sentence
    left = _TOKEN.findall(text, max(lo, start - _WINDOW), start)
    following = _NEXT_TWO.match(text, end, min(hi, end + _WINDOW))  # always matches
    n1, n2 = following.groups("") if following is not None else ("", "")
    n = len(left)
    p1 = left[-1] if n else ""
    p2 = left[-2] if n > 1 else ""
    l1, m1 = p1.lower(), n1.lower()
    sp1, sn1, sp2, sn2 = _shape(p1), _shape(n1), _shape(p2), _shape(n2)
    stem, static = _word_features(word)
    # tokens from the sentence start, bucketed
    if start - lo > _WINDOW:
        n = 99
    tok = text[start:end]
    feats = [
        *static,
        "p1=" + l1,
        "p2=" + p2.lower(),
        "n1=" + m1,
        "n2=" + n2.lower(),
        "p1s=" + sp1,
        "n1s=" + sn1,
        f"p2s|p1s={sp2}|{sp1}",
        f"n1s|n2s={sn1}|{sn2}",
        f"w|n1={stem}|{m1}",
        f"p1|w={l1}|{stem}",
        _POSITION[n] if n < 8 else "pos=8+",
        "shape=" + _shape(tok),
    ]
    # features that are off for most candidates are left out rather than set to
    # False, so that explanations name only what was there
    if rule is not None:
        feats.append("ruled")
        feats.append("rule=" + rule.entry)
        if rule.negated:
            feats.append("negated")
    if speech.covers(start):
        feats.append("quote")
    if rule_starts:
        nearby = bisect.bisect_left(rule_starts, start) - bisect.bisect_left(
            rule_starts, max(lo, start - 40)
        )
        after = bisect.bisect_right(rule_starts, min(hi, end + 40)) - bisect.bisect_right(
            rule_starts, end
        )
        if nearby:
            feats.append("ruleBefore=2" if nearby > 1 else "ruleBefore=1")
        if after:
            feats.append("ruleAfter=2" if after > 1 else "ruleAfter=1")
    if tok[:1].isupper() and left:
        feats.append("cap")
    if l1 in _DETERMINERS or l1.endswith(("'s", "’s")) or (l1 == "s" and p2 in ("'", "’")):
        feats.append("noun")
    if m1 in _NEXT:
        feats.append(_NEXT[m1])
    elif n1 in _QUOTES:
        feats.append("next=q")
    if m1 in _OBJECT_STARTS:
        feats.append("object")
    if tok in _DASHES:
        feats.append(f"dash|p1s={sp1}|{n < 6}")
    if not n1 or n1 in ".?!":
        feats.append("last")
    return tuple(feats)


_POSITION = ("pos=0", "pos=1", "pos=2") + ("pos=3-7",) * 5
_NEXT = {w: "next=" + w for w in ("that", "to", ":", ",")}
_OBJECT_STARTS = frozenset(("the", "a", "an", "his", "her", "their"))


def features(
    text: str,
    offset: int,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    quotes: Sequence[Quote] | None = None,
    cues: Sequence[Cue] | None = None,
) -> tuple[str, ...]:
    """Return the features of the candidate token at ``offset`` in ``text``.

    Sentences, quotes and cues are found with the library's own stages unless given.
    Raises :class:`ValueError` when no candidate token covers ``offset``.
    """
    found = _candidate_at(text, offset, sentences, quotes, cues)
    return found.features


def _candidate_at(
    text: str,
    offset: int,
    sentences: Sequence[tuple[int, int]] | None,
    quotes: Sequence[Quote] | None,
    cues: Sequence[Cue] | None,
) -> Candidate:
    from claimscope.cues import find_cues
    from claimscope.quotes import find_quotes
    from claimscope.segment import segment

    if sentences is None:
        sentences = segment(text)[0]
    if quotes is None:
        quotes = find_quotes(text)
    if cues is None:
        cues = find_cues(text, quotes)
    for c in candidates(text, sentences, quotes, cues):
        if c.start <= offset < c.end:
            return c
    raise ValueError(
        f"no cue candidate covers offset {offset}; candidates are reporting cues, "
        "words listed in lexicons/cue_candidates.txt, colons and dashes"
    )


# -- decisions ------------------------------------------------------------------------


@attrs.frozen
class Decision:
    """The model's decision on one candidate: its score, and what became of it.

    ``action`` is ``"kept"`` (a rule cue the model accepts), ``"vetoed"`` (a rule
    cue it rejects), ``"added"`` (a new cue) or ``"ignored"`` (a new candidate it
    rejects).
    """

    candidate: Candidate
    score: float
    action: str


VETO_BELOW = 0.0
"""A rule reporting cue scoring below this is vetoed, unless the weights file's
``veto-below`` header field says otherwise."""

ADD_ABOVE = 0.0
"""A new candidate scoring above this becomes a reporting cue, unless the weights
file's ``add-above`` header field says otherwise."""


def thresholds(weights: Weights) -> tuple[float, float]:
    """The ``(add_above, veto_below)`` thresholds of ``weights``: its header's
    ``add-above`` and ``veto-below`` fields, else :data:`ADD_ABOVE` and
    :data:`VETO_BELOW`."""
    add, veto = weights.field("add-above"), weights.field("veto-below")
    return (float(add) if add else ADD_ABOVE, float(veto) if veto else VETO_BELOW)


def _action(rule: Cue | None, score: float, limits: tuple[float, float]) -> str:
    if rule is not None:
        return "vetoed" if score < limits[1] else "kept"
    return "added" if score > limits[0] else "ignored"


def _decisions(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    cues: Sequence[Cue],
    weights: Weights,
) -> list[Decision]:
    out = []
    limits = thresholds(weights)
    for c in candidates(text, sentences, quotes, cues):
        s = weights.score(c.features)
        out.append(Decision(c, s, _action(c.rule, s, limits)))
    return out


@attrs.frozen
class Decided:
    """What :func:`decide` returns: the cues for attribution and what changed.

    ``cues`` are ordered by start and do not overlap; ``added`` holds the cues the
    model added (they are in ``cues`` too) and ``vetoed`` the rule cues it dropped.
    """

    cues: tuple[Cue, ...]
    added: tuple[Cue, ...] = ()
    vetoed: tuple[Cue, ...] = ()


def decide(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    cues: Sequence[Cue],
    *,
    weights: Weights | None = None,
    subjects: dict[tuple[int, int], dict[int, tuple[int, int, int] | None]] | None = None,
) -> Decided:
    """Return the cues after the model's decisions, with those it added and vetoed.

    Rule cues other than reporting cues pass through. A rule reporting cue the model
    vetoes is dropped, but one of hedging stance that is no gerund (*expected*),
    outside quotation marks, stays as a ``HEDGE`` cue (its reason ``"vetoed
    reporting cue kept as a hedge"``): it opens no attribution, yet still hedges the
    claim it stands in. A new candidate it accepts becomes
    ``Cue(kind=REPORTING, entry=<the word, lower case>, stance=<lexicon stance or
    "neutral">, reason="learned cue (score S)")``, so a claim built on it says why
    (:func:`explain` gives the features behind the score). ``weights`` default to
    the shipped ones.

    The decisions are those of the full scores (:func:`explain`), but a candidate
    whose score without the subject features already settles its action (far from
    the thresholds: most are) is not given the rule engine's subject scan.

    ``subjects``, when given, receives the subject scans made (by sentence span,
    then cue token: see :class:`~claimscope.attribution.context.Context`), which
    the attribution stage then need not make again.
    """
    model = load_weights() if weights is None else weights
    limits = thresholds(model)
    bounds = _shipped_bounds() if weights is None else _subject_bounds(model.weights)
    score = model.score
    vetoed: list[Cue] = []
    added: list[Cue] = []
    hedges: list[Cue] = []  # vetoed cues that still hedge (see _still_hedges)
    scan = _Scan(text, sentences, quotes, cues, None)
    for spot in scan.spots:
        start, end, word, rule, _ = spot
        feats = scan.features(spot)
        action = _settled(score(feats), rule, limits, bounds)
        if action is None:
            full = score(feats + scan.subject(spot))
            action = _action(rule, full, limits)
        if action == "added" and _learned_guards.guard(text, start, end, word, spot[4][1]):
            action = "ignored"  # the rule engine has a reason it is no attribution
        if (
            action == "vetoed"
            and rule is not None
            and _learned_guards.keeper(rule, scan.nested(spot))
        ):
            action = "kept"  # the rule engine's reading is one SPEC names
        if action == "vetoed" and rule is not None:
            vetoed.append(rule)
            scan.rule_ends.discard(rule.end)
            if _still_hedges(rule) and not scan.speech.covers(rule.start):
                hedges.append(attrs.evolve(rule, kind=CueKind.HEDGE, reason=_HEDGE_KEPT))
        elif action == "added":
            stance = _lexicon_stances().get(word, "neutral")
            added.append(
                Cue(
                    text[start:end],
                    start,
                    end,
                    CueKind.REPORTING,
                    word,
                    stance,
                    reason=f"learned cue (score {full:.2f})",
                )
            )
    if subjects is not None:
        subjects.update(scan.subjects)
    if not vetoed and not added:
        return Decided(tuple(cues))
    dropped = {id(c) for c in vetoed}
    kept = [c for c in cues if id(c) not in dropped]
    merged = sorted(kept + added + hedges, key=lambda c: (c.start, c.end))
    return Decided(tuple(merged), tuple(added), tuple(vetoed))


_HEDGE_KEPT = "vetoed reporting cue kept as a hedge"
"""The ``reason`` of a hedge :func:`decide` keeps in place of a vetoed cue."""


def _still_hedges(cue: Cue) -> bool:
    """Whether a vetoed rule cue still marks its words as uncertain (*the government
    expected production to recover*): an attitude verb of hedging stance, not a
    gerund, outside quotation marks (where the cue finder already made the attitude
    verbs hedges). The model only says it opens no attribution of its own; SPEC
    counts the hedge wherever it stands in a claim's content (the test the
    attribution stage applies to a reporting cue inside another's content,
    ``emit.claim_cues``)."""
    return cue.stance == "hedging" and cue.text[-3:].lower() != "ing"


def explain(text: str, offset: int, *, top: int = 8) -> str:
    """Say why the model decided as it did on the candidate at ``offset``.

    Returns one line with the action, the score and the ``top`` features that
    weighed most, e.g. ``added 'decision' (score 1.23): n1=to +0.80, noun +0.41``.
    Raises :class:`ValueError` when no candidate covers ``offset``.

    >>> explain("Officials said the bridge would close.", 10).split(" (")[0]
    "kept 'said'"
    """
    weights = load_weights()
    c = _candidate_at(text, offset, None, None, None)
    score = weights.score(c.features)
    action = _action(c.rule, score, thresholds(weights))
    guarded = ""
    if action == "vetoed" and c.rule is not None:
        name = _kept_as(text, c)
        if name is not None:
            action = "kept"
            guarded = f"; kept as {name}: {_learned_guards.KEEPERS[name]}"
    if action == "added":
        name = _learned_guards.guard(text, c.start, c.end, c.word, _sentence_end(text, c.end))
        if name is not None:
            action = "ignored"
            guarded = f"; guard {name}: {_learned_guards.GUARDS[name]}"
    ranked = sorted(
        ((weights.weights.get(f, 0.0), f) for f in c.features),
        key=lambda p: (-abs(p[0]), p[1]),
    )
    shown = ", ".join(f"{f} {w:+.2f}" for w, f in ranked[:top] if w)
    return f"{action} {text[c.start : c.end]!r} (score {score:.2f}{guarded}): {shown}"


def _kept_as(text: str, c: Candidate, weights: Weights | None = None) -> str | None:
    """The reading for which the rule cue of ``c`` stays, as in :func:`decide`."""
    from claimscope.cues import find_cues
    from claimscope.quotes import find_quotes
    from claimscope.segment import segment

    quotes = find_quotes(text)
    scan = _Scan(text, segment(text)[0], quotes, find_cues(text, quotes), None)
    model = load_weights() if weights is None else weights
    for spot in scan.spots:
        rule = spot[3]
        kept = None if rule is None else _learned_guards.keeper(rule, scan.nested(spot))
        if spot[0] == c.start:
            return None if c.rule is None else kept
        score = model.score(scan.features(spot) + scan.subject(spot))
        if rule is not None and kept is None and score < thresholds(model)[1]:
            scan.rule_ends.discard(rule.end)  # vetoed: no cue for a later one to nest in
    return None


def _sentence_end(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` ends, by the library's segmenter."""
    from claimscope.segment import segment

    return next((e for s, e in segment(text)[0] if s <= offset < e), len(text))
