"""Quotation spans: straight, curly, guillemet and low-9 marks, nested, multi-paragraph.

:func:`find_quotes` pairs quotation marks in one left-to-right pass over the marks of
each paragraph, with a stack of open quotes:

* Directional marks (``“ ” ‘ ’ « » „ ‚ ‹ ›``) say which way they face; a ``“`` closes
  an open ``„`` (German style) and a ``’`` closes an open ``‘`` or ``'``.
* Straight marks (``"`` and ``'``) are read from their neighbours: a mark with space
  (or the paragraph start) before it and a word after it opens; a word before and
  space, punctuation or the end after it closes; anything else alternates (close if a
  quote of that family is open, else open).
* Apostrophes are not quotes: a mark between two letters (*Russia’s*, *o’clock*), an
  elision before a digit or after a space (*’90s*, *rock ’n’ roll*), and a plural
  possessive (*students’ union*) when no single quote is open or a word follows.
* A closing mark with no open quote of its family is ignored; an opening mark never
  closed ends at the end of its paragraph (trimmed), with ``closed=False``.
* News convention: when a paragraph ends inside a quote and the next paragraph starts
  with an opening mark of the same family, the quote goes on; each paragraph adds one
  ``(start, end)`` piece and only the last piece ends with a closing mark.

A quote is ``SPEECH`` unless it is short (at most four words, no sentence punctuation)
and no speech verb stands next to it, in which case it is a ``TITLE`` (every word
capitalised: *“Saturday Night Live”*) or a ``SCARE`` quote (*called them
“deplorables”*). Naming verbs (*call*, *dub*, *label*) are not speech verbs.

Work is linear in the length of the text: every mark is pushed and popped at most
once, and the speech-verb check looks at a bounded window around short quotes only.
A long paragraph that is mostly quotation marks (see :data:`_MARK_HEAVY`) is not prose
and holds no quotations; skipping it bounds the work per character on such input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from claimscope.cues import _lowered, has_speech_cue
from claimscope.labels import QuoteRole

__all__ = ["Quote", "QuoteRole", "find_quotes", "quote_at"]


@attrs.frozen
class Quote:
    """One quotation: offsets of its marks, its role and its nesting depth.

    ``start`` is the offset of the opening mark and ``end`` the offset just after the
    closing mark; an unclosed quote ends at the end of its paragraph (trimmed of
    whitespace) and then ``inner_end == end``. ``pieces`` holds one ``(start, end)``
    pair per paragraph of a multi-paragraph quote (one pair otherwise).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    role: QuoteRole
    depth: int
    pieces: tuple[tuple[int, int], ...]

    def contains(self, offset: int) -> bool:
        """Return whether ``offset`` lies inside one of this quote's pieces."""
        return any(start <= offset < end for start, end in self.pieces)


_TWO_APOSTROPHES = "''"

_ALL_MARKS = frozenset("\"'“”„‟«»‹›‘’‚")

_ANY_MARK = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")
"""One of :data:`_ALL_MARKS`: counting its matches is one scan, not one per mark."""

_MARKS = re.compile(_ANY_MARK.pattern + "(?:(?<=')')?")
"""Every mark that can open or close a quotation (or be an apostrophe). Two straight
apostrophes ``''`` stand for a double quote, as in some newspaper archives. (A plain
class first lets the stdlib engine skip ahead twice as fast as ``''|[…]`` would.)"""

_MARK_HEAVY = (200, 2)
"""``(length, share)``: a paragraph of at least ``length`` characters of which more
than one in ``share`` is a quotation mark is not prose (a run of marks, ASCII art) and
is left without quotations; pairing it would cost several times as much per character
as news does."""
_DOUBLE_OPEN = frozenset("“„«‟")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‚‹")
_SINGLE_CLOSE = frozenset("’›")
_OPENERS_BEFORE = frozenset("([{—–-/\u00a0")
"""Characters after which a straight mark counts as opening (besides space/start)."""
_FINAL = frozenset(".!?:;\"'”’»")
"""A single newline after one of these ends a paragraph."""

_PROSE_CHAR = "[^\\s\\x1c-\\x1f" + regex.escape("".join(sorted(_FINAL))) + "]"
"""A character that is neither space (by :meth:`str.isspace`, which unlike
:mod:`regex` counts U+001C..U+001F) nor in :data:`_FINAL`."""

_PARAGRAPH_BREAK = regex.compile(
    r"\n[^\S\n]*+\n\s*+"
    rf"|(?<!{_PROSE_CHAR})\n(?=[^\S\n]*+[\"“„«‘‚‹'])"
    rf"|(?<!{_PROSE_CHAR})\n"
)
"""Blank lines, or a single newline; :func:`_paragraphs` decides which single
newlines end a paragraph (after sentence-final punctuation or before a quote mark).
A single newline right after any other non-space character never does, so the
pattern does not offer it: text with one word per line stays cheap."""

_DOUBLE = "double"
_SINGLE = "single"


@attrs.define
class _Open:
    family: str
    mark: str
    start: int
    depth: int
    pieces: list[tuple[int, int]] = attrs.Factory(list)
    piece_start: int = -1
    width: int = 1
    """Length of the opening mark (2 for ``''``)."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return trimmed ``(start, end)`` paragraph spans (see :data:`_PARAGRAPH_BREAK`)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    before = ""  # the last non-space character before ``scanned``
    scanned = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        # Look back only over the text not scanned yet, so the total work stays
        # linear (slicing the whole prefix here was quadratic on one char a line).
        start, end = m.span()
        i = start - 1
        while i >= scanned and text[i].isspace():
            i -= 1
        if i >= scanned:
            before = text[i]
        scanned = start
        if end - start == 1 and before and before not in _FINAL:
            continue  # a single newline (the one-character matches) inside prose
        spans.append((begin, start))
        begin = end
    spans.append((begin, len(text)))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_word(ch: str) -> bool:
    return ch != "" and (ch.isalnum() or ch == "_")


def _classify(text: str, i: int, lo: int, hi: int, open_families: dict[str, int]) -> str:
    """Return ``"open"``, ``"close"``, ``"apostrophe"`` or ``"toggle"`` for the mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    left_open = _is_space(prev) or prev in _OPENERS_BEFORE or prev in "\"'“‘«„‚‹"
    right_open = _is_space(nxt) or (not _is_word(nxt) and nxt not in "\"'“‘«„‚‹$£€#@(")
    if ch in ("'", "’", "‘"):
        if _is_word(prev) and _is_word(nxt):
            return "apostrophe"  # Russia's, o'clock, rock'n'roll
        if left_open and nxt.isdigit():
            return "apostrophe"  # '90s
        if left_open and text[i + 1 : i + 3].lower() in ("n" + ch, "n’", "n'"):
            return "apostrophe"  # rock 'n' roll (first mark)
        if prev.lower() == "n" and i >= 2 and text[i - 2] in "'’‘" and not _is_word(nxt):
            return "apostrophe"  # rock 'n' roll (second mark)
    if ch == "’":
        if left_open:
            return "apostrophe"  # ’em, ’tis: an elision, not an opening
        if not open_families.get(_SINGLE):
            return "apostrophe"  # students’ with no single quote open
        if prev in "sS" and nxt == " " and _is_word(text[i + 2 : i + 3]):
            return "apostrophe"  # the students’ union, inside a quote
        return "close"
    if ch == "'":
        if right_open and not left_open:
            if not open_families.get(_SINGLE):
                return "apostrophe"
            if prev in "sS" and nxt == " " and _is_word(text[i + 2 : i + 3]):
                return "apostrophe"
            return "close"
        if left_open and not right_open:
            return "open"
        return "apostrophe" if not open_families.get(_SINGLE) else "close"
    if ch == '"':
        if left_open and not right_open:
            return "open"
        if right_open and not left_open:
            return "close"
        return "toggle"
    if ch == "“" and open_families.get("„") and not (left_open and not right_open):
        return "close"  # German „…“
    if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
        return "open"
    if ch == "”" and left_open and _is_word(nxt) and not open_families.get(_DOUBLE):
        return "open"  # ”Mr. Trump …” ― a closing mark typed for the opening one
    return "close"


def _classify_pair(text: str, i: int, lo: int, hi: int) -> str:
    """Classify ``''`` (a double quote typed as two apostrophes) like a straight ``"``."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 2] if i + 2 < hi else ""
    left_open = _is_space(prev) or prev in _OPENERS_BEFORE or prev in "\"'“‘«„‚‹"
    right_open = _is_space(nxt) or (not _is_word(nxt) and nxt not in "\"'“‘«„‚‹$£€#@(")
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "toggle"


def _family(ch: str) -> str:
    return _DOUBLE if ch in '"“”„‟«»' or ch == _TWO_APOSTROPHES else _SINGLE


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the quotations in ``text``, ordered by ``start``.

    Never raises on a ``str``: unbalanced marks are paired as well as the context
    allows (see the module docstring). Raises :class:`TypeError` for non-strings.

    >>> [q.role.value for q in find_quotes('She said: "We will win."')]
    ['speech']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes expects a str, got {type(text).__name__}")
    found: list[tuple[_Open, int, int, bool]] = []  # (open, inner_end, end, closed)
    carried: _Open | None = None
    heavy_length, heavy_share = _MARK_HEAVY
    for lo, hi in _paragraphs(text):
        if hi - lo >= heavy_length:
            marks = len(_ANY_MARK.findall(text, lo, hi))
            if marks * heavy_share > hi - lo:
                if carried is not None:
                    _finish_unclosed(carried, found)
                    carried = None
                continue
        stack: list[_Open] = []
        families: dict[str, int] = {}
        if carried is not None:
            if text[lo] in _ALL_MARKS and _reopens(text, lo, hi, carried):
                carried.piece_start = lo
                stack.append(carried)
                families[carried.family] = 1
                if carried.mark == "„":
                    families["„"] = 1
                first = lo + (2 if text.startswith(_TWO_APOSTROPHES, lo) else 1)
            else:
                _finish_unclosed(carried, found)
                first = lo
            carried = None
        else:
            first = lo
        _pair_marks(text, first, lo, hi, stack, families, found)
        if stack:
            bottom = stack[0]
            for inner in stack[1:]:
                inner.pieces.append((inner.piece_start, hi))
                found.append((inner, hi, hi, False))
            bottom.pieces.append((bottom.piece_start, hi))
            carried = bottom
    if carried is not None:
        _finish_unclosed(carried, found)
    lowered = _Lowered(text)
    quotes = [
        _build(text, entry, inner_end, end, closed, lowered)
        for entry, inner_end, end, closed in found
    ]
    quotes.sort(key=lambda q: (q.start, -q.end))
    return tuple(quotes)


def _pair_marks(
    text: str,
    first: int,
    lo: int,
    hi: int,
    stack: list[_Open],
    families: dict[str, int],
    found: list[tuple[_Open, int, int, bool]],
) -> None:
    """Pair the marks of the paragraph ``[lo, hi)`` from ``first`` on: open quotes go
    on ``stack`` (``families`` counts them by family), closed ones to ``found``."""
    for m in _MARKS.finditer(text, first, hi):
        i = m.start()
        ch = m.group()
        width = len(ch)
        if width == 2:
            kind = _classify_pair(text, i, lo, hi)
        else:
            kind = _classify(text, i, lo, hi, families)
        fam = _family(ch)
        if kind == "apostrophe":
            continue
        if kind == "toggle":
            kind = "close" if families.get(fam) else "open"
        if kind == "open":
            entry = _Open(fam, ch, i, len(stack), piece_start=i, width=width)
            stack.append(entry)
            families[fam] = families.get(fam, 0) + 1
            if ch == "„":
                families["„"] = families.get("„", 0) + 1
            continue
        # a closing mark: pop to the nearest open quote of its family
        if not families.get(fam):
            continue  # a stray closing mark (checked first: keeps the scan linear)
        target = -1
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].family == fam:
                target = k
                break
        if target < 0:
            continue  # a stray closing mark
        while len(stack) > target + 1:
            dropped = stack.pop()  # an inner opening that never closed: ignore it
            _forget(dropped, families)
        entry = stack.pop()
        _forget(entry, families)
        entry.pieces.append((entry.piece_start, i + width))
        found.append((entry, i, i + width, True))


def _reopens(text: str, lo: int, hi: int, carried: _Open) -> bool:
    """Whether the paragraph at ``lo`` starts by reopening the ``carried`` quote."""
    if text.startswith(_TWO_APOSTROPHES, lo):
        return carried.family == _DOUBLE and _classify_pair(text, lo, lo, hi) != "close"
    ch = text[lo]
    if _family(ch) != carried.family:
        return False
    kind = _classify(text, lo, lo, hi, {})
    return kind in ("open", "toggle")


def _forget(entry: _Open, families: dict[str, int]) -> None:
    families[entry.family] = families.get(entry.family, 1) - 1
    if entry.mark == "„":
        families["„"] = families.get("„", 1) - 1


def _finish_unclosed(entry: _Open, found: list[tuple[_Open, int, int, bool]]) -> None:
    end = entry.pieces[-1][1]
    found.append((entry, end, end, False))


_SHORT_WORDS = 4
_WORD = regex.compile(r"\w+(?:['’\-]\w+)*+")


class _Lowered:
    """The lower-cased copy of a text the speech-cue scan runs faster on
    (:func:`claimscope.cues._lowered`), made on first use: most texts have no short
    quote to ask about."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._value: str | None = None

    def __call__(self) -> str | None:
        if self._text is not None:
            self._value, self._text = _lowered(self._text), None
        return self._value


def _build(
    text: str, entry: _Open, inner_end: int, end: int, closed: bool, lowered: _Lowered
) -> Quote:
    inner_start = entry.start + entry.width
    role = _role(text, entry.start, inner_start, inner_end, end, len(entry.pieces), lowered)
    return Quote(
        start=entry.start,
        end=end,
        inner_start=inner_start,
        inner_end=max(inner_end, inner_start) if closed else end,
        closed=closed,
        role=role,
        depth=entry.depth,
        pieces=tuple(entry.pieces),
    )


def _role(
    text: str,
    start: int,
    inner_start: int,
    inner_end: int,
    end: int,
    n: int,
    lowered: _Lowered,
) -> QuoteRole:
    """Tell speech from scare quotes and titles (see the module docstring)."""
    if n > 1 or inner_end - inner_start > 60:
        return QuoteRole.SPEECH
    inner = text[inner_start:inner_end]
    words = _WORD.findall(inner)
    if not words or len(words) > _SHORT_WORDS:
        return QuoteRole.SPEECH
    if inner.rstrip()[-1:] in (".", "!", "?", ",", "…") or inner.lstrip()[:1] in ("…",):
        return QuoteRole.SPEECH
    before = text[max(0, start - 3) : start].rstrip()
    if before.endswith(":"):
        return QuoteRole.SPEECH
    lower = lowered()
    if has_speech_cue(text, max(0, start - 80), start, lower) or has_speech_cue(
        text, end, min(len(text), end + 40), lower
    ):
        return QuoteRole.SPEECH
    if all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) > 3) and any(
        w[:1].isupper() for w in words
    ):
        return QuoteRole.TITLE
    return QuoteRole.SCARE


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """Return the innermost quote whose pieces contain ``offset``, or ``None``.

    "Innermost" is the deepest (largest ``depth``) containing quote; among equals the
    one that starts last. Offsets of the quotation marks themselves count as inside.
    """
    best: Quote | None = None
    for quote in quotes:
        if quote.start > offset:
            break
        if quote.contains(offset) and (
            best is None or (quote.depth, quote.start) >= (best.depth, best.start)
        ):
            best = quote
    return best
