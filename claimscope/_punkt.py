"""nltk's Punkt sentence tokenizer with the parameters claimscope ships, memoised.

:mod:`claimscope.segment` asks Punkt for candidate sentence boundaries. This module
holds everything Punkt-specific: the parameters built from ``lexicons/abbreviations.txt``
and ``lexicons/sentence_starters.txt`` (no training, no download, no pickle), the
language variables that run its patterns without nltk's wall-clock guard, and
:class:`MemoPunkt`, a subclass that memoises its per-token and per-candidate
decisions (a property test holds it to nltk's own tokenizer, :func:`bare_punkt`).
It overrides private names of nltk's Punkt implementation, so ``setup.cfg`` bounds
the nltk version.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

import regex
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from claimscope import lexicon

__all__ = [
    "MemoPunkt",
    "UnguardedLanguageVars",
    "bare_punkt",
    "forget_memos",
    "known_abbreviations",
    "punkt_parameters",
    "punkt_tokenizer",
    "sentence_starters",
]

_CLOSING = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb\u200b\u200c\u200d\u2060\ufeff"
"""Marks that stay with the sentence before them when they follow its final period.
Curly quotes and guillemets are listed so behaviour does not depend on the nltk
version (nltk < 3.10 only knows straight quotes); zero-width characters, which
``str.isspace`` does not count as space, so that ``left.\u200b He`` still breaks."""


class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's English language variables, with curly quotes and guillemets treated as
    punctuation, so ``dead.”`` ends a sentence and keeps its quote."""

    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,\u2018\u201c\xab]"
    """Opening curly quotes and guillemets, like ``"``, never start a word, so
    ``“Mr. Doe`` still sees the abbreviation ``Mr.``."""

    re_boundary_realignment = re.compile(
        rf"[{re.escape(_CLOSING)}]+?(?:\s+|(?=--)|$)",
        re.MULTILINE,
    )

    @property
    def _re_non_word_chars(self) -> str:
        return r"(?:[)\";}\]\*:@\'\({\[%s%s])" % (  # noqa: UP031 - nltk's own format
            re.escape(_CLOSING),
            re.escape("".join(set(self.sent_end_chars) - {"."})),
        )


class UnguardedLanguageVars(_NewsLanguageVars):
    """:class:`_NewsLanguageVars` for the memoised tokenizer: the same patterns, run
    bare."""

    def period_context_re(self) -> Any:
        """Punkt's candidate-boundary pattern, without nltk's wall-clock guard.

        nltk >= 3.10 wraps its patterns in a ReDoS guard that adds a Python layer to
        every match. This pattern is linear (each lookahead scans one token) and
        Punkt only ever sees chunks of at most :data:`_CHUNK` characters, so the bare
        pattern, compiled from the same source and flags under the stdlib engine
        (:func:`_stdlib`), is used.
        """
        try:
            return self._bare_period_context
        except AttributeError:
            self._bare_period_context: Any = _stdlib(_unguarded(super().period_context_re()))
            return self._bare_period_context

    def _word_tokenizer_re(self) -> Any:
        """Punkt's word pattern, without the guard: it is linear (a word ends at the
        first boundary its lookahead sees) and only ever runs on one candidate's
        context."""
        try:
            return self._bare_word_tokenizer
        except AttributeError:
            self._bare_word_tokenizer: Any = _stdlib(_unguarded(super()._word_tokenizer_re()))
            return self._bare_word_tokenizer


def _unguarded(pattern: Any) -> Any:
    """``pattern`` itself if it is a compiled pattern, else (nltk's ReDoS wrapper) the
    same source and flags compiled with :mod:`regex`, which is what nltk wraps."""
    if isinstance(pattern, re.Pattern | regex.Pattern):
        return pattern
    return regex.compile(pattern.pattern, pattern.flags)


def _stdlib(pattern: Any) -> Any:
    """``pattern`` (a :mod:`regex` pattern, or a stdlib one) under the stdlib engine,
    which runs Punkt's candidate pattern about twice as fast. ``regex`` does not count
    the information separators U+001C..U+001F as ``\\s``, the stdlib does: the
    translation spells both classes out so the matches stay the same. A pattern the
    stdlib cannot compile is returned as it is."""
    if isinstance(pattern, re.Pattern):
        return pattern
    flags = 0
    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE"):
        if pattern.flags & getattr(regex, name):
            flags |= getattr(re, name)
    source = (
        pattern.pattern.replace(r"\s", "\0")
        .replace(r"\S", r"[\S\x1c-\x1f]")
        .replace("\0", r"[^\S\x1c-\x1f]")
    )
    try:
        return re.compile(source, flags)
    except re.error:
        return pattern


_WHITESPACE = " \t\n\r\x0b\x0c"
"""``string.whitespace``: where nltk's search for the word before a candidate stops."""


def _last_whitespace(text: str, lo: int, hi: int) -> int:
    """The offset of the last :data:`_WHITESPACE` character in ``text[lo:hi]``, or -1."""
    found = text.rfind(" ", lo, hi)
    if text[max(found + 1, lo) : hi].isprintable():
        return found  # the other five are unprintable, so none lies after the space
    for ch in _WHITESPACE[1:]:
        position = text.rfind(ch, max(found + 1, lo), hi)
        if position > found:
            found = position
    return found


_PLAIN_CONTEXT = re.compile(r"[A-Za-z]+\.?(?:[ \n]+[A-Za-z]+\.?)*")
"""A candidate's context made of plain words (``said. The``): Punkt's word tokenizer
splits it at the spaces and nowhere else, so :meth:`str.split` does its job. More
than half of the candidates in news text look like this."""


class _UnguardedToken(PunktToken):  # type: ignore[misc]
    """Punkt's token, its patterns (number, ellipsis, initial, alphabetic) run without
    nltk's wall-clock guard: they are linear and match one token. (Tokens are built
    once per word: :meth:`MemoPunkt._first_pass` memoises them.)"""

    __slots__ = ()

    _RE_NUMERIC = _unguarded(PunktToken._RE_NUMERIC)
    _RE_ELLIPSIS = _unguarded(PunktToken._RE_ELLIPSIS)
    _RE_INITIAL = _unguarded(PunktToken._RE_INITIAL)
    _RE_ALPHA = _unguarded(PunktToken._RE_ALPHA)


_ONE_SENTENCE = re.compile(rf"[^.!?]*[.!?][{re.escape(_CLOSING)}]*")
"""A text whose only ``.``, ``?`` or ``!`` ends it, before closing marks: Punkt has at
most that one candidate, and a break there leaves only closing marks, which it
realigns into the sentence. Two in five news paragraphs look like this."""

_UNKNOWN = object()
"""Marks a token whose verdict is not memoised yet."""

_TOKEN_SLOTS: tuple[str, ...] = tuple(PunktToken.__slots__)
"""Everything a Punkt token holds (it has no ``__dict__``)."""


class MemoPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Punkt, with its decision at each candidate boundary memoised.

    Punkt decides whether a candidate (a period, ``?`` or ``!`` with the words around
    it) ends a sentence by tokenising the candidate's context, annotating each token
    and asking whether any token but the last is a sentence break. A token's
    annotation depends only on its own text and the next token's text, so the answer
    is "does any adjacent pair of tokens make a break", and each pair's answer is
    computed once (with Punkt's own annotation methods) and then looked up. News text
    repeats its pairs (``said. The``, ``Mr. Obama``), so most candidates cost a dict
    lookup instead of building and annotating token objects.

    Better still, Punkt's second pass only looks at the next token when the first is
    an abbreviation, an ellipsis, an initial, a number or the head of a collocation
    (section 4 of Kiss & Strunk, 2006); for every other token (*said.*, *“*, *?*) the
    verdict is its first-pass one, memoised per token, so an unseen pair after a
    plain word costs nothing. The output is exactly that of
    :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer`; a property test holds the
    two together.
    """

    _PAIR_LIMIT = 1 << 16
    """Memoised pairs kept at most; the memo starts afresh when it fills up."""

    def __init__(self, params: PunktParameters, lang_vars: PunktLanguageVars) -> None:
        super().__init__(params, lang_vars=lang_vars, token_cls=_UnguardedToken)
        self._pairs: dict[tuple[str, str], bool] = {}
        self._tokens: dict[str, PunktToken] = {}
        self._alone: dict[str, bool | None] = {}
        self._contexts: dict[str, bool] = {}
        self._candidates = lang_vars.period_context_re()
        self._collocation_heads = frozenset(first for first, _ in params.collocations)

    def span_tokenize(
        self, text: str, realign_boundaries: bool = True
    ) -> Iterator[tuple[int, int]]:
        """Punkt's sentence spans; a text with one sentence-final mark, at its end
        (before closing marks only), is one sentence whatever Punkt's verdict on that
        mark, and skips Punkt's machinery."""
        if _ONE_SENTENCE.fullmatch(text):
            return iter([(0, len(text))])
        return super().span_tokenize(text, realign_boundaries)  # type: ignore[no-any-return]

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        """Punkt's sentence slices before realignment, as nltk's
        ``_slices_from_text`` makes them: a break at each candidate whose context
        holds one (memoised per context)."""
        last_break = 0
        for match, context_start in self._candidate_contexts(text):
            if self._context_breaks(text[context_start : match.end("after_tok")]):
                yield slice(last_break, match.end())
                following = match.start("next_tok")
                last_break = following if following >= 0 else match.end()
        yield slice(last_break, len(text.rstrip()))

    def _candidate_contexts(self, text: str) -> Iterator[tuple[re.Match[str], int]]:
        """The candidates nltk's ``_match_potential_end_contexts`` keeps, each with
        where its context (the word before it) starts.

        The same candidates and overlap rule, but the context is left to be one slice
        of ``text``, the word before a candidate is found with :meth:`str.rfind`
        rather than a character loop, and the pattern runs under the stdlib engine.
        """
        word_start = word_end = 0  # nltk's previous_slice
        previous: re.Match[str] | None = None
        for match in self._candidates.finditer(text):
            start = match.start()
            space = _last_whitespace(text, word_end, start)
            # nltk keeps the previous word's start when the only space is at its index 0
            next_start = space + 1 if space > word_end else word_start
            if previous is not None and word_end <= next_start:
                yield previous, word_start
            previous = match
            word_start, word_end = next_start, start
        if previous is not None:
            yield previous, word_start

    def _context_breaks(self, context: str) -> bool:
        """:meth:`text_contains_sentbreak`, memoised per context."""
        contexts = self._contexts
        breaks = contexts.get(context)
        if breaks is None:
            breaks = self.text_contains_sentbreak(context)
            if len(contexts) >= self._PAIR_LIMIT:
                contexts.clear()
            contexts[context] = breaks
        return breaks

    def _realign_boundaries(self, text: str, slices: Iterator[slice]) -> Iterator[slice]:
        """nltk's realignment of closing marks after a break (``(Sent1.) Sent2.``), the
        same slices, matching in place instead of on copies of each sentence."""
        realignment = self._lang_vars.re_boundary_realignment
        realign = 0
        pending: slice | None = None
        for following in slices:
            if pending is not None:
                start = pending.start + realign
                m = realignment.match(text, following.start, following.stop)
                if m:
                    yield slice(start, following.start + len(m.group(0).rstrip()))
                    realign = m.end() - following.start
                else:
                    realign = 0
                    if start < pending.stop:
                        yield slice(start, pending.stop)
            pending = following
        if pending is not None:
            start = pending.start + realign
            if start < pending.stop:
                yield slice(start, pending.stop)

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether a token of ``text`` other than the last ends a sentence."""
        if _PLAIN_CONTEXT.fullmatch(text):
            words = text.split()  # what Punkt's word tokenizer makes of plain words
        else:
            tokenize = self._lang_vars.word_tokenize
            # as nltk's _tokenize_words: a line with only whitespace (by str.strip) has none
            words = [w for line in text.split("\n") if line.strip() for w in tokenize(line)]
        pairs = self._pairs
        alone = self._alone
        for pair in itertools.pairwise(words):
            breaks = alone.get(pair[0], _UNKNOWN)
            if breaks is _UNKNOWN:
                breaks = self._verdict_alone(pair[0])
                if len(alone) >= self._PAIR_LIMIT:
                    alone.clear()
                alone[pair[0]] = breaks
            if breaks is None:  # the next token matters
                breaks = pairs.get(pair)
                if breaks is None:
                    breaks = self._pair_breaks(*pair)
                    if len(pairs) >= self._PAIR_LIMIT:
                        pairs.clear()
                    pairs[pair] = breaks
            if breaks:
                return True
        return False

    def _verdict_alone(self, word: str) -> bool | None:
        """Punkt's verdict on the token ``word`` whatever follows it, or ``None`` when
        the second pass would consult the next token."""
        token = self._first_pass(word)
        if token.period_final and (
            token.abbr
            or token.ellipsis
            or token.is_initial
            or token.type_no_period == "##number##"
            or token.type_no_period in self._collocation_heads
        ):
            return None
        return bool(token.sentbreak)

    def _pair_breaks(self, first: str, second: str) -> bool:
        """Punkt's verdict on the token ``first`` when ``second`` follows it.

        The second pass changes only the first token of a pair, so it works on a copy
        of that token's first-pass state and reads the second one's as it is.
        """
        model = self._first_pass(first)
        token = object.__new__(type(model))
        for name in _TOKEN_SLOTS:
            setattr(token, name, getattr(model, name))
        self._second_pass_annotation(token, self._first_pass(second))
        return bool(token.sentbreak)

    def _first_pass(self, word: str) -> PunktToken:
        """The token ``word`` after Punkt's first pass (memoised; do not modify)."""
        tokens = self._tokens
        found = tokens.get(word)
        if found is None:
            found = self._Token(word)
            self._first_pass_annotation(found)
            if len(tokens) >= self._PAIR_LIMIT:
                tokens.clear()
            tokens[word] = found
        return found


# Orthographic-context flags, as nltk.tokenize.punkt defines them: "seen capitalised at
# the start of a sentence" and "seen in lower case inside a sentence".
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5


@functools.cache
def sentence_starters() -> frozenset[str]:
    return frozenset(entry.text for entry in lexicon.load("sentence_starters"))


@functools.cache
def known_abbreviations() -> frozenset[str]:
    """Listed abbreviations, without those restricted to ``before-number``."""
    entries = lexicon.load("abbreviations")
    return frozenset(e.text for e in entries if "before-number" not in e.fields)


@functools.cache
def punkt_parameters() -> PunktParameters:
    """The Punkt parameters we ship: abbreviations, collocations, and starters.

    ``before-number`` abbreviations become collocations with Punkt's number type, so
    "No. 10" holds together while "said no. Council" ends a sentence. Sentence
    starters get the orthographic context "capitalised at a sentence start, lower
    case inside one", which makes Punkt break after an abbreviation or initial only
    when one of them follows.
    """
    params = PunktParameters()
    params.abbrev_types = set(known_abbreviations())
    for entry in lexicon.load("abbreviations"):
        if "before-number" in entry.fields:
            params.collocations.add((entry.text, "##number##"))
    for word in sentence_starters():
        params.sent_starters.add(word)
        params.ortho_context[word] = _ORTHO_BEG_UC | _ORTHO_MID_LC
    return params


@functools.cache
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer :func:`sentence_spans` uses: the shipped parameters
    (:func:`punkt_parameters`), news language variables, memoised decisions."""
    return MemoPunkt(punkt_parameters(), UnguardedLanguageVars())


def forget_memos() -> None:
    """Empty the Punkt memos (benchmarks use this to time text never seen before)."""
    tokenizer = punkt_tokenizer()
    tokenizer._pairs.clear()
    tokenizer._tokens.clear()
    tokenizer._alone.clear()
    tokenizer._contexts.clear()


@functools.cache
def bare_punkt() -> PunktSentenceTokenizer:
    """nltk's own Punkt with the shipped parameters and language variables: no news
    rules, no memo. The reference the memoised tokenizer is tested and timed against."""
    return PunktSentenceTokenizer(punkt_parameters(), lang_vars=_NewsLanguageVars())
