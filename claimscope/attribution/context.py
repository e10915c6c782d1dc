"""The per-document context of the attribution stage, and the raw attribution record.

:class:`Context` holds what every pattern asks of the document (its sentences,
paragraphs, speech quotes and cues, with bisect indexes over them, and the tokens of
the current sentence); :class:`Raw` is an attribution as a pattern finds it, spans
only, before :mod:`claimscope.attribution.emit` types and resolves its source.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

import attrs
import regex

from claimscope.labels import Rule
from claimscope.model import Cue
from claimscope.quotes import Quote

__all__ = [
    "BOUNDARY",
    "BULLET",
    "BY_SPAN",
    "CLOSE_QUOTES",
    "DOUBLE_QUOTES",
    "OPEN_QUOTES",
    "SUBJECT_STOPS",
    "WORD_RUN",
    "Context",
    "Raw",
    "Token",
    "index_at",
    "tokenize",
    "trim_content",
]

Token = tuple[int, int, str]
"""A token: its start and end offsets and its text."""


BY_SPAN = operator.attrgetter("start", "end")
"""Sort key for claims and raw attributions: by span."""


TOKEN = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])|[^\W_]+(?:['’.&\-][^\W_]+)*(?:\.['’]s(?![^\W_]))?|\S"
)
"""Numbers with thousands commas (*78,000*: the comma separates no phrase), words
(letters and digits, with inner apostrophes, periods and hyphens, and the possessive
of an abbreviation: *B.C.'s*, *U.S.'s*, whose mark closes no quote) and single
other characters. The stdlib engine tokenizes a third faster than ``regex`` here, and
the pattern has no nested quantifier (each repetition starts with a fixed mark)."""


OPEN_QUOTES = frozenset("\"'“‘«„‚")


CLOSE_QUOTES = frozenset("\"'”’»")


DOUBLE_QUOTES = frozenset('"“”«»„')


BOUNDARY = frozenset(',;:()[]{}—–―"“”«»„') | {"--"}
"""Punctuation that ends a noun phrase when scanning for a source."""

SUBJECT_STOPS = BOUNDARY | OPEN_QUOTES | CLOSE_QUOTES
"""Tokens that end the subject scan of :func:`claimscope.attribution.who.left_source`
(one set: the scan tests every token it steps over)."""

WORD_RUN = regex.compile(r"\S+")
"""A run of non-space characters: the words a channel's name may end after."""

BULLET = regex.compile(r"(?:[•●◦▪■‣*·\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[^\S\n]+")
"""A list item's marker: a bullet or dash, ``1.``, ``(2)``, ``a)``."""


AS_REPORTED = regex.compile(
    r"\bas\s+(?P<who>(?:the\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,4}"
    r"|the\s+(?:paper|newspaper|outlet|publication|network|magazine|broadcaster|site))"
    r"\s+(?:first\s+|previously\s+|also\s+|earlier\s+)?(?:reported|revealed|noted|wrote"
    r"|disclosed)\b",
)
"""``…, as the paper reported``: a channel a claim was passed through."""


AS_REPORTED_VERB = re.compile(r"reported|revealed|noted|wrote|disclosed")
"""A sentence without one of these verbs has no :data:`AS_REPORTED` match; this
cheaper test runs first."""


INTERVIEW_CHANNEL = regex.compile(
    r"\bin[^\S\n]+an?[^\S\n]+(?:\p{L}+[^\S\n]+)?interview[^\S\n]+"
    r"(?:given[^\S\n]+to|with)[^\S\n]+",
    regex.I,
)
"""``in an interview given to the magazine``, ``in a recent interview with CNN``: a
channel follows, wherever the phrase stands in the sentence."""

INTERVIEW_WORD = regex.compile(r"interview", regex.I)
"""A sentence without this word has no :data:`INTERVIEW_CHANNEL`; the cheap test first."""

TRAILING = frozenset(".,;: \u00a0\t\n\r")


@attrs.frozen
class Raw:
    """An attribution found by a pattern, before sources are typed and resolved."""

    start: int
    end: int
    sentence: int
    rule: Rule
    cue: Cue | None
    source: tuple[int, int] | None
    unspecified: bool = False
    chain: tuple[tuple[int, int], ...] = ()
    clause: tuple[int, int] | None = None
    """The attribution clause (source and cue), whose cues also bear on the claim."""
    relative: tuple[int, int] | None = None
    """The relative pronoun next to the cue (*who said*), kept as the local mention of
    a source named just before it."""
    relayed: tuple[Cue, ...] = ()
    """The cues of the attributions this one was nested in (*X said* in *X said Y
    believes C*), which bear on the claim too."""


Subjects = dict[int, "tuple[int, int, int] | None"]
"""The subject scans (:func:`claimscope.attribution.who.left_source`) of one
sentence, by the token index of the cue they scan back from."""


class Context:
    """Per-document lookups shared by the pattern functions.

    ``subjects`` holds subject scans already made, by sentence span (the learned cue
    decisions scan before the stage runs, for many of the same cues)."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        paragraphs: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        cues: Sequence[Cue],
        subjects: dict[tuple[int, int], Subjects] | None = None,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        speech = [q for q in quotes if q.depth == 0]
        self.quotes = speech
        self.quote_starts = [q.start for q in speech]
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.sentence_starts = [s[0] for s in sentences]
        self._tokens: tuple[int, list[tuple[int, int, str]]] = (-1, [])
        self._known_subjects = subjects if subjects is not None else {}
        self._subjects: tuple[int, Subjects] = (-1, {})
        self._as_reported: tuple[tuple[int, int], list[tuple[int, int]]] = ((-1, -1), [])
        self._interviews: tuple[tuple[int, int], list[tuple[int, int]]] = ((-1, -1), [])

    def tokens_of(self, s_index: int) -> list[tuple[int, int, str]]:
        """The tokens of sentence ``s_index``.

        Only the latest sentence's tokens are kept: attribution asks for one sentence
        at a time, and letting the rest go at once keeps tens of thousands of tuples
        out of the garbage collector's older generations.
        """
        cached, found = self._tokens
        if cached != s_index:
            start, end = self.sentences[s_index]
            if (
                self.text.startswith(BULLETS, start)
                and self.text[start + 1 : start + 2] == " "
                and self.text[max(0, start - 1) : start] in ("", "\n")
            ):
                start += 2  # "- Deputies say C": the bullet of a list item is no word of it
            elif self.text[max(0, start - 1) : start] in ("", "\n"):
                dateline = DATELINE.match(self.text, start, end)
                if dateline is not None:
                    start = dateline.end()  # "BANGKOK (Reuters) - The army said C"
            found = tokenize(self.text, start, end)
            self._tokens = (s_index, found)
        return found

    def subjects_of(self, s_index: int) -> Subjects:
        """The subject scans made in sentence ``s_index`` so far, by cue token (see
        :func:`claimscope.attribution.who.subject_of`): those the learned cue
        decisions made there first (handed over once), then the stage's own. Kept
        for the latest sentence only, as its tokens are."""
        cached, found = self._subjects
        if cached != s_index:
            known, sentence = self._known_subjects, self.sentences[s_index]
            found = known.pop(sentence) if sentence in known else {}
            self._subjects = (s_index, found)
        return found

    def as_reported(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The *who* spans of :data:`AS_REPORTED` in ``sentence`` (*as the paper
        reported*), kept for the latest sentence: each attribution in it asks."""
        cached, found = self._as_reported
        if cached != sentence:
            text = self.text
            found = []
            if AS_REPORTED_VERB.search(text, sentence[0], sentence[1]) is not None:
                found = [m.span("who") for m in AS_REPORTED.finditer(text, *sentence)]
            self._as_reported = (sentence, found)
        return found

    def interviews(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of :data:`INTERVIEW_CHANNEL` matches
        in ``sentence`` (*in an interview given to*), kept for the latest sentence:
        each attribution in it asks, and a fresh search each time would be quadratic
        in a sentence of many cues."""
        cached, found = self._interviews
        if cached != sentence:
            found = []
            if INTERVIEW_WORD.search(self.text, *sentence) is not None:
                found = [m.span() for m in INTERVIEW_CHANNEL.finditer(self.text, *sentence)]
            self._interviews = (sentence, found)
        return found

    def quote_containing(self, offset: int) -> Quote | None:
        """The top-level quote whose span holds ``offset``, if any."""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
        return None

    def quote_ending_at(self, offset: int) -> Quote | None:
        """A top-level quote whose closing mark ends exactly at ``offset``."""
        q = self.quote_containing(offset - 1) if offset else None
        if q is not None and q.end == offset:
            return q
        return None

    def quotes_between(self, start: int, end: int) -> list[Quote]:
        lo = bisect.bisect_left(self.quote_starts, start)
        hi = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[lo:hi]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        lo = bisect.bisect_left(self.cue_starts, start)
        hi = bisect.bisect_left(self.cue_starts, end, lo)
        if lo == hi:
            return []
        if hi - lo == 1:  # most asks: one cue (no comprehension's frame for it)
            cue = self.cues[lo]
            return [cue] if cue.end <= end else []
        return [c for c in self.cues[lo:hi] if c.end <= end]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` as ``(start, end, text)``."""
    found = list(TOKEN.finditer(text, start, end))
    # the three Match methods mapped over all matches at once: a third faster than
    # a comprehension calling them on each match (this runs for every sentence)
    tokens = list(zip(map(_START, found), map(_END, found), map(_GROUP, found), strict=True))
    if text.find(HORIZONTAL_BAR, start, end) >= 0:
        # "The film ― which … ― explains": some outlets set the em dash as a horizontal
        # bar; the patterns read it as the dash it stands for (offsets unchanged)
        tokens = [(a, b, "—" if w == HORIZONTAL_BAR else w) for a, b, w in tokens]
    return tokens


HORIZONTAL_BAR = "\u2015"

BULLETS = ("-", "•", "*", "–", "·")
"""Marks that open an item of a bulleted list (followed by a space)."""


def bulleted(text: str, start: int) -> bool:
    """Whether a list item's bullet and a space open a line at ``start``."""
    return (
        text.startswith(BULLETS, start)
        and text[start + 1 : start + 2] == " "
        and text[max(0, start - 1) : start] in ("", "\n")
    )


DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'’/\-]+(?:[ ,]+(?:\p{Lu}[\p{L}.'’\-]*|[0-9]{1,2}\b)){0,4}"
    r"(?:[^\S\n]*\([^)\n]{1,30}\)[^\S\n]*(?:—|–|―|--|-(?=[^\S\n]))"
    r"|[^\S\n]*(?:—|–|―|--)|[^\S\n]+-(?=[^\S\n]+\p{Lu}))[^\S\n]*"
)
"""``PORTVILLE —``, ``WASHINGTON (AP) —``, ``SANTIAGO, March 4 (Reuters) -`` or
``BANGKOK -`` opening a paragraph: where and when the story was filed, not part of
what a source said (a single hyphen after the agency's name in brackets, or spaced
on both sides before a capital: not *NATO - which has 32 members - will meet*)."""


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a list item's bullet (*\\* The blast happened …*) and
    sentence-final punctuation, keeping closing quotes."""
    while start < end and text[start].isspace():
        start += 1
    if bulleted(text, start) and start + 2 < end:
        start += 2  # "* The blast happened at 14:10, according to the brigade"
        while start < end and text[start].isspace():
            start += 1
    while end > start and (text[end - 1] in TRAILING or text[end - 1].isspace()):
        end -= 1
    return start, end


def index_at(tokens: list[tuple[int, int, str]], offset: int) -> int:
    return bisect.bisect_left(tokens, (offset, -1, ""))
