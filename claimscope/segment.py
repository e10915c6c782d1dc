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

import regex

from claimscope import lexicon
from claimscope._punkt import known_abbreviations, punkt_tokenizer, sentence_starters

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

_CONTINUES = regex.compile(r"[—–―,;:%)\]}]")
"""A piece starting with one of these continues the previous sentence: a dash after a
dateline (``PORTLAND, Ore. — …``), or punctuation that never opens a sentence."""

_ONLY_CLOSERS = regex.compile(r"[\"'”’»)\]]++[.!?…]*+")
"""A piece of closing quotes or brackets and a full stop alone (``".`` after ``…
under the headline "Where did the cash go?".``): the end of the sentence before, which
Punkt cut after the quoted question mark."""

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
    r"(?r)(?<![\p{L}\p{N}.'’])(\p{L}[\p{L}.]{0,11})\.[\"'”’»)\]]{0,3}\s*\Z"
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
    return word[0].isupper() and word.casefold() in sentence_starters()


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
    return word.lower() in known_abbreviations() or _INITIALS.fullmatch(word) is not None


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

_DENSE_BREAK = regex.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+\s++(?=[\"“‘(]?\p{Lu})")
"""A candidate sentence start in dense text: after end punctuation and space, before
a capital. A match starts only at the first mark of a run: started inside a run of
full stops it would read the same run again and end in the same place, so a text of
nothing but full stops would cost quadratic time."""


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
            chunk_start + s for s, _ in punkt_tokenizer().span_tokenize(text[chunk_start:chunk_end])
        )
        if chunk_start > start and _CHUNK_BREAK.match(text, chunk_start - 2, chunk_start + 1):
            cuts.add(chunk_start)
    cuts.discard(start)
    starters = sentence_starters()
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
                or _ONLY_CLOSERS.fullmatch(text, start, end) is not None
            )
        )
        if joins:
            current = (current[0], end)
            continue
        yield current
        current = (start, end)
    if current is not None:
        yield current
