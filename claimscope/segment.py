"""Offset-exact paragraph and sentence segmentation.

Sentences come from nltk's Punkt algorithm with parameters we ship (no training, no
download, no pickle): the abbreviations in ``lexicons/abbreviations.txt`` and the
sentence starters in ``lexicons/sentence_starters.txt``. On top of Punkt come the
rules news text needs:

* paragraph breaks (blank lines, form feeds, ``U+2029``) always end a sentence, and so
  does a single newline after a short or heading-like line (headlines, bylines,
  captions), unless the next line starts in lower case; long lines of hard-wrapped
  prose are left to Punkt;
* a sentence ending inside quotation marks keeps its closing marks (``…dead.”``), and
  a break Punkt puts before a lower-case word (``"Great." she said.``) or before a
  dash or comma (``PORTLAND, Ore. — Firefighters …``) is undone;
* an abbreviation, an initial, a run of initials (``U.S.``, ``E.M.``) or an ellipsis
  (``...``, ``…``, ``. . .``) ends a sentence only before a capitalised sentence
  starter (``The``, ``He``, ``But`` …). So "moved to the U.S. The move" splits and
  "the U.S. Senate" does not; the price is that "returned to the U.S. Officials said"
  stays one sentence;
* a bare list marker (``1.``, ``1.)``, ``a)``, ``•``) stays with the item it introduces.

Segmentation never rewrites the text: candidate boundaries are offsets into the
original string, the pieces between them partition it, and each piece is trimmed of
surrounding whitespace (``str.isspace``). So every non-space character lies in exactly
one sentence, and the decisions inside a paragraph never look outside it.
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

__all__ = ["paragraph_spans", "segment", "sentence_spans"]

_NEWLINE_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters ``str.splitlines`` breaks on."""

_LINE_BREAK = re.compile(
    rf"[{_NEWLINE_CHARS}](?:(?<=\r)\n)?"
    rf"(?:[^\S{_NEWLINE_CHARS}\x1f]*(?:\r\n|[{_NEWLINE_CHARS}]))*"
)
"""A line end, or a run of line ends with only horizontal whitespace between them.
``\\r\\n`` counts as one line end. Linear: the two alternatives share no character.
The stdlib engine finds the first character three times as fast when the pattern
opens with a plain class; ``\\x1f`` is left out of the horizontal space, which the
stdlib (unlike :mod:`regex`) counts in ``\\s``."""

_NEWLINE = regex.compile(rf"\r\n|[{_NEWLINE_CHARS}]")
"""One line end."""

_PARAGRAPH_CHAR = regex.compile("[\x0c\x1c\x1d\x1e\u2029]")
"""Characters that end a paragraph on their own (form feed, separators, ``U+2029``)."""

_LIST_START = regex.compile(
    r"(?:[•·▪‣◦*\-–]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})(?:\.\)|[.)])|\(?[A-Z]\))(?=\s)"
)
"""A list item's marker at the start of a line: ``1.``, ``1.)``, ``(a)``, ``iv.``,
``B)``, ``•``, ``-``. A line starting like this begins a new sentence. A capital
letter with a period is left out: at a line start it is more often an initial of
hard-wrapped prose (``J. R. Smith``) than a list marker."""

_LIST_MARKER = regex.compile(r"(?:[•·▪‣◦*\-–]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})(?:\.\)|[.)]))")
"""A piece that is only a list marker (used with ``fullmatch``); it joins the item
that follows it."""

_LIST_MARKER_MAX = 7
"""The longest text :data:`_LIST_MARKER` matches: ``(iv.)``-like markers."""

_STARTS_LOWER = regex.compile(r"[\"'“‘«(\[]{0,4}\p{Ll}(?!\p{Lu})")
"""A piece starting (after opening quotes or brackets) with a lower-case word. Not
``iPhone``: a lower-case letter followed by a capital is a brand, not a continuation."""

_CONTINUES = regex.compile(r"[—–,;:%)\]}]")
"""A piece starting with one of these continues the previous sentence: a dash after a
dateline (``PORTLAND, Ore. — …``), or punctuation that never opens a sentence."""

_HEADING_WORD = regex.compile(r"\p{L}[\p{L}'’\-]{3,}")
"""Words of four letters or more: their capitalisation tells a heading from prose."""

_TERMINAL_END = regex.compile(r"[.?!,;:\"'”’»)\]]\Z")
"""A line ending with sentence or clause punctuation is not a heading."""

_WRAP_MIN = 50
"""A line shorter than this, followed by a single newline, ends its sentence
(headlines, bylines, captions). Longer lines may be hard-wrapped prose."""

_HEADING_SHARE = 0.75
"""A long line without final punctuation whose long words are at least this share
capitalised is a heading (``Sanders Blames the Rise of … Invasion of Iraq``)."""

_ABBREVIATION_END = regex.compile(
    r"(?r)(?<![\p{L}\p{N}.])(\p{L}[\p{L}.]{0,11})\.[\"'”’»)\]]{0,3}\s*\Z"
)
"""A word with a final period at the end of a piece; group 1 is the word without it.
It is an abbreviation when listed or when it is a run of initials (:data:`_INITIALS`).

The search runs backwards (``(?r)``) from the end it is anchored to: a forward search
tried every start in the window first. Only the start of the run of letters and
periods before the final period can match, so both directions find the same match."""

_INITIALS = regex.compile(r"(?:\p{L}\.)*\p{L}")
"""Initials without the final period: ``J``, ``U.S``, ``E.M``, ``D.C``. Punkt only
knows the listed runs; this treats every run as an abbreviation."""

_ABBREVIATION_WINDOW = 24
"""How far back from a boundary :data:`_ABBREVIATION_END` looks (bounds the work)."""

_MARKER_AFTER_COLON = regex.compile(
    r"[:;][^\S\n]+(\(?(?:\d{1,2}[.)]|[a-z][.)]|[A-Z]\)))[^\S\n]+(?=[\"“‘(]?\p{Lu})"
)
"""``steps: 1. Cut taxes.``, ``options: a) A bridge.``: an inline list marker after a
colon, before a capital, starts a sentence (its item); Punkt would end one after the
marker instead, or nowhere. ``A.`` is left out: after a colon it is more often an
initial (``Panel 3: A. Smith``)."""

_CLOCK_END = regex.compile(r"(?<![\p{L}\p{N}.])[AaPp]\.[Mm]\.[^\S\n]+(?=[\"“‘(]?\p{Lu})")
"""A clock time's ``a.m.``/``p.m.`` and the space before a capital: ``5 p.m. Jane Doe
left`` ends a sentence there unless a day, month or time zone follows
(``lexicons/after_time.txt``)."""


_DOTTED_ZONE = regex.compile(r"\p{Lu}\.\p{Lu}\.")
"""A dotted time zone after a clock time (``9 p.m. E.T.``) continues the sentence."""


@functools.cache
def _after_time() -> frozenset[str]:
    return frozenset(entry.text for entry in lexicon.load("after_time"))


def _clock_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """Sentence starts after ``a.m.``/``p.m.`` (see :data:`_CLOCK_END`)."""
    for match in _CLOCK_END.finditer(text, start, end):
        word = _NEXT_WORD.match(text, match.end(), end)
        if (
            word is not None
            and word.group(1) not in _after_time()
            and _DOTTED_ZONE.match(text, match.end(), end) is None
        ):
            yield match.end()


_SPACED_ELLIPSIS = regex.compile(r"\.(?:[^\S\n]\.){2,}")
"""A spaced ellipsis, ``. . .`` (optionally after a period: ``. . . .``)."""

_UNICODE_ELLIPSIS = regex.compile(r"…+")
"""The ellipsis character."""

_AFTER_ELLIPSIS = regex.compile(r"[\"'”’»)\]]{0,3}\s+")
"""What may follow an ellipsis before the next sentence: closing marks and space."""

_NEXT_WORD = regex.compile(r"[\"'“‘«(\[]{0,4}(\p{L}[\p{L}'’]{0,23})")
"""The word starting a piece, after opening quotes or brackets (at most 24 letters:
longer words are never sentence starters)."""

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


class _UnguardedLanguageVars(_NewsLanguageVars):
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
    once per word: :meth:`_MemoPunkt._first_pass` memoises them.)"""

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


class _MemoPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
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
def _starters() -> frozenset[str]:
    return frozenset(entry.text for entry in lexicon.load("sentence_starters"))


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Listed abbreviations, without those restricted to ``before-number``."""
    entries = lexicon.load("abbreviations")
    return frozenset(e.text for e in entries if "before-number" not in e.fields)


@functools.cache
def _parameters() -> PunktParameters:
    """The Punkt parameters we ship: abbreviations, collocations, and starters.

    ``before-number`` abbreviations become collocations with Punkt's number type, so
    "No. 10" holds together while "said no. Council" ends a sentence. Sentence
    starters get the orthographic context "capitalised at a sentence start, lower
    case inside one", which makes Punkt break after an abbreviation or initial only
    when one of them follows.
    """
    params = PunktParameters()
    params.abbrev_types = set(_abbreviations())
    for entry in lexicon.load("abbreviations"):
        if "before-number" in entry.fields:
            params.collocations.add((entry.text, "##number##"))
    for word in _starters():
        params.sent_starters.add(word)
        params.ortho_context[word] = _ORTHO_BEG_UC | _ORTHO_MID_LC
    return params


@functools.cache
def _tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer :func:`sentence_spans` uses: the shipped parameters
    (:func:`_parameters`), news language variables, memoised decisions."""
    return _MemoPunkt(_parameters(), _UnguardedLanguageVars())


def _forget_memos() -> None:
    """Empty the Punkt memos (benchmarks use this to time text never seen before)."""
    tokenizer = _tokenizer()
    tokenizer._pairs.clear()
    tokenizer._tokens.clear()
    tokenizer._alone.clear()
    tokenizer._contexts.clear()


@functools.cache
def _bare_punkt() -> PunktSentenceTokenizer:
    """nltk's own Punkt with the shipped parameters and language variables: no news
    rules, no memo. The reference the memoised tokenizer is tested and timed against."""
    return PunktSentenceTokenizer(_parameters(), lang_vars=_NewsLanguageVars())


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _paragraphs(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield untrimmed ``[start, end)`` spans between paragraph breaks, and whether
    the paragraph holds a single line end (so its lines need looking at)."""
    last = 0
    wrapped = False
    for match in _LINE_BREAK.finditer(text):
        breaks = match.group()
        if breaks != "\n" and (
            # two "\n" are two line ends (a blank line, the common case); else count
            breaks.count("\n") > 1
            or len(_NEWLINE.findall(breaks)) > 1
            or _PARAGRAPH_CHAR.search(breaks)
        ):
            yield last, match.start(), wrapped
            last = match.end()
            wrapped = False
        else:
            wrapped = True  # "\n" is the common single line end, tested first
    yield last, len(text), wrapped


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the paragraphs of ``text``, trimmed.

    A paragraph ends at a blank line (two line ends with only spaces between them), a
    form feed or a paragraph separator (``U+2029``).
    """
    if not isinstance(text, str):
        raise TypeError(f"paragraph_spans() takes a str, not {type(text).__name__}")
    return [s for s in (_trim(text, a, b) for a, b, _ in _paragraphs(text)) if s is not None]


def _is_heading(line: str) -> bool:
    if _TERMINAL_END.search(line):
        return False
    words = _HEADING_WORD.findall(line)
    if len(words) < 3:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised >= _HEADING_SHARE * len(words)


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Yield offsets in ``(start, end)`` where a single line end ends a sentence."""
    line_start = start
    for match in _LINE_BREAK.finditer(text, start, end):
        after = match.end()
        first = text[after : after + 1]
        if (
            first.islower()
            and first not in "ivx"
            and (second := text[after + 1 : after + 2]) not in ".)"
            and not second.isupper()
        ):
            # the line runs on in lower case and is no list marker: the common case,
            # decided without the regular expressions below
            line_start = after
            continue
        line = text[line_start : match.start()].strip()
        line_start = after
        if _LIST_START.match(text, after, end):
            yield after
        elif _STARTS_LOWER.match(text, after, end):
            continue
        elif len(line) < _WRAP_MIN or _is_heading(line):
            yield after


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Whether a capitalised sentence starter begins at ``pos``."""
    match = _NEXT_WORD.match(text, pos, end)
    if match is None:
        return False
    word = match.group(1)
    return word[0].isupper() and word.casefold() in _starters()


def _after_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation (listed, or initials)."""
    match = _ABBREVIATION_END.search(text, start, end)
    if match is None:
        return False
    return _is_abbreviation(match.group(1))


@functools.lru_cache(maxsize=4096)
def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its final period) is listed or a run of initials.

    Cached: dense text (lists of initials, "U.S. U.S. ...") asks about the same few
    words at every full stop."""
    return word.lower() in _abbreviations() or _INITIALS.fullmatch(word) is not None


_CHUNK = 20_000
"""Punkt sees at most this many characters at once. nltk runs its regular expressions
under a wall-clock guard that raises ``TimeoutError`` on very long inputs; feeding it
bounded chunks keeps every block well inside that guard and the work linear."""

_CHUNK_BREAK = regex.compile(r"[.!?]\s\p{Lu}")
"""A chunk boundary that falls after a full stop and before a capital is a sentence
start."""


_MAY_END = re.compile(r"[.!?…]")
"""A block without any of these has no sentence boundary for Punkt or the ellipsis
rules to find, so neither runs on it."""

_DENSE = 12
"""A chunk with more than one full stop per this many characters is not prose."""

_DENSE_MIN = 2_000
"""Only chunks at least this long are tested for density: Punkt is cheap on short
text, and its judgement is better."""

_DENSE_BREAK = regex.compile(r"[.!?]++[\"'”’)\]]*+\s++(?=[\"“‘(]?\p{Lu})")
"""A candidate sentence start in dense text: after end punctuation and space, before
a capital."""


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split ``text[start:end]`` into pieces of about :data:`_CHUNK` characters, each
    ending after a space (preferably one after a full stop)."""
    while end - start > _CHUNK:
        limit = start + _CHUNK
        cut = -1
        for mark in (". ", "? ", "! ", " "):
            found = text.rfind(mark, start + _CHUNK // 2, limit)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = limit
        yield start, cut
        start = cut
    yield start, end


def _block_cuts(text: str, start: int, end: int) -> list[int]:
    """Return the sentence starts inside the trimmed block ``text[start:end]``.

    Punkt proposes the boundaries. A boundary after an abbreviation or initials is
    dropped when a capitalised word that is not a sentence starter follows (this also
    undoes Punkt's break in ``“Mr. D’Souza?”``, where the ``?`` in the next word
    misleads it); ellipses are held to the abbreviation rule too.
    """
    if not _MAY_END.search(text, start, end):
        return []  # nothing can end a sentence here (one word per line, a heading …)
    cuts: set[int] = set()
    for chunk_start, chunk_end in _chunks(text, start, end):
        size = chunk_end - chunk_start
        if size >= _DENSE_MIN and text.count(".", chunk_start, chunk_end) * _DENSE > size:
            # not prose (a list of initials, "U.S. U.S. …"): Punkt's per-candidate
            # work would dominate, so propose every full stop before a capital and let
            # the abbreviation rules below decide
            cuts.update(m.end() for m in _DENSE_BREAK.finditer(text, chunk_start, chunk_end))
            continue
        cuts.update(
            chunk_start + s for s, _ in _tokenizer().span_tokenize(text[chunk_start:chunk_end])
        )
        if chunk_start > start and _CHUNK_BREAK.match(text, chunk_start - 2, chunk_start + 1):
            cuts.add(chunk_start)
    cuts.discard(start)
    starters = _starters()
    for cut in list(cuts):
        if _after_abbreviation(text, max(start, cut - _ABBREVIATION_WINDOW), cut):
            # the next word is capitalised and no sentence starter (_starts_sentence,
            # inlined: dense text asks at every full stop)
            word = _NEXT_WORD.match(text, cut, end)
            if word and word.group(1)[0].isupper() and word.group(1).casefold() not in starters:
                cuts.discard(cut)
    if text.find(":", start, end) >= 0 or text.find(";", start, end) >= 0:
        for marker in _MARKER_AFTER_COLON.finditer(text, start, end):
            cuts.discard(marker.end())
            cuts.add(marker.start(1))
    if text.find(".m.", start, end) >= 0 or text.find(".M.", start, end) >= 0:
        cuts.update(_clock_cuts(text, start, end))
    # each pattern runs only where it can match: a spaced ellipsis has three full stops
    patterns = [
        pattern
        for pattern, possible in (
            (_SPACED_ELLIPSIS, text.count(".", start, end) >= 3),
            (_UNICODE_ELLIPSIS, text.find("…", start, end) >= 0),
        )
        if possible
    ]
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            follow = _AFTER_ELLIPSIS.match(text, match.end(), end)
            after = follow.end() if follow else match.end()
            for position in range(match.start() + 1, after + 1):
                cuts.discard(position)
            if follow and after < end and _starts_sentence(text, after, end):
                cuts.add(after)
    return sorted(cuts)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of ``text``.

    Spans are ordered, disjoint, trimmed of whitespace, and together cover every
    non-space character of ``text``. Text after a paragraph break is segmented the
    same whatever precedes it.

    >>> text = "Mr. Doe left the U.S. on Monday. “It is over.” she said."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Mr. Doe left the U.S. on Monday.', '“It is over.” she said.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_spans() takes a str, not {type(text).__name__}")
    return segment(text)[0]


def segment(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return ``(sentence_spans(text), paragraph_spans(text))`` in one pass."""
    sentences: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    for para_start, para_end, wrapped in _paragraphs(text):
        trimmed = _trim(text, para_start, para_end)
        if trimmed is not None:
            paragraphs.append(trimmed)
        sentences.extend(_paragraph_sentences(text, para_start, para_end, wrapped))
    return sentences, paragraphs


def _paragraph_sentences(
    text: str, start: int, end: int, wrapped: bool = True
) -> Iterator[tuple[int, int]]:
    """Segment one paragraph: lines into blocks, blocks into pieces, pieces merged.

    ``wrapped`` is false when the paragraph has no line end inside it, which spares
    the search for one.
    """
    pieces: list[tuple[int, int, bool]] = []  # (start, end, follows a line break)
    lines = [start, *_line_breaks(text, start, end), end] if wrapped else [start, end]
    for line_start, line_end in itertools.pairwise(lines):
        block = _trim(text, line_start, line_end)
        if block is None:
            continue
        cuts = [block[0], *_block_cuts(text, *block), block[1]]
        for i, (a, b) in enumerate(itertools.pairwise(cuts)):
            piece = _trim(text, a, b)
            if piece is not None:
                pieces.append((piece[0], piece[1], i == 0))
    if len(pieces) == 1:
        yield pieces[0][:2]  # one piece: nothing to merge
        return
    yield from _merge(text, pieces)


_ITEM_START = regex.compile(r"\(?[a-z][.)][^\S\n]+[\"“‘(]?\p{Lu}")
"""A piece opening with a lettered marker and a capital (``a) A new bridge.``) is a
list item, not a lower-case continuation."""


def _merge(text: str, pieces: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int]]:
    """Undo breaks that news text does not want (see the module docstring)."""
    current: tuple[int, int] | None = None
    for start, end, after_line_break in pieces:
        if current is None:
            current = (start, end)
            continue
        marker = current[1] - current[0] <= _LIST_MARKER_MAX
        joins = (marker and _LIST_MARKER.fullmatch(text, *current) is not None) or (
            not after_line_break
            and (
                (
                    _STARTS_LOWER.match(text, start, end) is not None
                    and _ITEM_START.match(text, start, end) is None
                )
                or _CONTINUES.match(text, start, end) is not None
            )
        )
        if joins:
            current = (current[0], end)
            continue
        yield current
        current = (start, end)
    if current is not None:
        yield current
