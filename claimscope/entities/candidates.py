"""Where a mention can start, and what the whole text says about its words.

:mod:`.mentions` reads only the words this module's one pattern finds (capitalised
runs, pronouns, source nouns), so that Python runs once per candidate rather than
once per word; :class:`Known` answers the questions about the whole text that
decide whether a capitalised word opening a sentence is a name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from claimscope import lexicon
from claimscope.entities.words import (
    _CONNECTORS,
    _PRONOUNS,
    Tok,
    _bare,
    _capitals,
    _given_names,
    _is_cap,
    _not_names,
    _nouns,
    _org_words,
    _verbs,
)

FIRST_WORD = re.compile(r"[^\W_]")
"""The first letter or digit of a sentence."""

LOWER_WORD = re.compile(r"(?<![\w'’])[a-zß-öø-ÿ]+\b")
"""Lower-case words: a capitalised word opening a sentence is a name only when the
text never writes it in lower case (*During*, *There*, *Responding*)."""

_LOWER_LETTERS = re.compile(r"[a-zß-öø-ÿ]+")
"""The letters of a :data:`LOWER_WORD`."""

_SCANS = 4
"""How many times over the text :meth:`Known.lowered` may read with ``str.find``
before it lists every lower-case word at once (a regular expression scan, some forty
times slower a character): a word never written in lower case costs a whole read,
and a long text may ask about thousands."""

_OCCURRENCE_COST = 256
"""What looking at one occurrence costs, in characters of ``str.find``."""

OPENERS = frozenset("\"“‘'(—–")
"""Marks after which a word opens a phrase as if it opened the sentence."""


def opening_before(text: str, offset: int, floor: int) -> bool:
    """True when an opening quote, bracket or dash stands just before ``offset``."""
    k = offset - 1
    while k >= floor and text[k] in " \u00a0\t":
        k -= 1
    return k >= floor and text[k] in OPENERS


_FIRST_TWO = re.compile(r"[A-Z][a-z]+[ \u00a0]+([a-z]+)\b")
"""A capitalised word then a lower-case word: where a source phrase opens *Royal
biographer …*."""


def _named_speakers(text: str, speakers: frozenset[int], nouns: dict[str, str]) -> frozenset[int]:
    """The starts of source phrases whose first word may be a name: ``speakers`` less
    those opening with a capitalised word before a role or group noun (*Royal
    biographer Hugh Farrant said*, *Local residents said*): that word modifies the
    noun, and the phrase naming a speaker says nothing about it."""
    kept = [
        s
        for s in speakers
        if (m := _FIRST_TWO.match(text, s)) is None
        or nouns.get(m.group(1)) not in ("role", "group")
    ]
    return speakers if len(kept) == len(speakers) else frozenset(kept)


class Known:
    """What the whole text says about its words: those it writes in lower case, those
    it capitalises inside a sentence (where only names are capitalised), and where
    the attribution stage found speakers.

    Whether a word is written in lower case is asked of a few sentence openers only,
    so it is looked up when asked (``str.find``, at C speed) rather than by listing
    every lower-case word of the text beforehand; once the look-ups have read the
    text :data:`_SCANS` times over, the list is made after all, which keeps the work
    linear in the text whatever it asks.
    """

    __slots__ = (
        *("_budget", "_lowered", "_words", "inner", "nouns", "runs", "speakers", "text"),
        "verbs",
    )

    def __init__(self, text: str, inner: frozenset[str], speakers: frozenset[int]) -> None:
        self.text = text
        self.inner = inner
        self.nouns = _nouns()
        self.speakers = _named_speakers(text, speakers, self.nouns)
        """The source nouns of the lexicons in force, read once for the whole text
        rather than through their cache at every word."""
        self.verbs = _verbs()
        """The reporting verb forms of the lexicons in force (as :attr:`nouns`)."""
        self.runs: dict[tuple[object, ...], tuple[int, int, list[Any]]] = {}
        """Capitalised runs already read, by their text and context: how far the
        reading went from the run's start, where the run started and what it gave (a
        name recurs, and is read the same way: moved to a new start, not read again)."""
        self._lowered: dict[str, bool] = {}
        self._words: frozenset[str] | None = None
        self._budget = _SCANS * len(text) + 16 * _OCCURRENCE_COST

    def lowered(self, word: str) -> bool:
        """True when the text holds ``word`` as a whole :data:`LOWER_WORD`."""
        if self._words is not None:
            return word in self._words
        found = self._lowered.get(word)
        if found is None:
            found = self._look_up(word)
            if self._budget < 0:
                self._words = _lower_words(self.text)
                return word in self._words
            self._lowered[word] = found
        return found

    def _look_up(self, word: str) -> bool:
        """:meth:`lowered` for one word, occurrence by occurrence: the word must stand
        after no word character or apostrophe and before no word character."""
        if _LOWER_LETTERS.fullmatch(word) is None:
            return False
        text, n = self.text, len(word)
        at = text.find(word)
        read = 0
        while at >= 0:
            self._budget -= at + n - read + _OCCURRENCE_COST
            read = at + 1
            if self._budget < 0:
                return False  # the caller lists the words instead
            before = text[at - 1] if at else " "
            after = text[at + n] if at + n < len(text) else " "
            if not (before.isalnum() or before in "_'’" or after.isalnum() or after == "_"):
                return True
            at = text.find(word, at + 1)
        self._budget -= len(text) - read
        return False


_PIECE = 1 << 16
"""How many characters :func:`_lower_words` lists at once (at least)."""


def _lower_words(text: str) -> frozenset[str]:
    """Every :data:`LOWER_WORD` of ``text``, listed a piece at a time: a list of every
    word of a long text, each its own string, would take several times the text's
    size before the set dropped the repeats. The pieces are cut at spaces, which no
    word holds and after which every word ends (``\\b``) as it does in the text."""
    words: set[str] = set()
    start, n = 0, len(text)
    while start < n:
        end = text.find(" ", start + _PIECE)
        if end < 0:
            end = n
        words.update(LOWER_WORD.findall(text, start, end))
        start = end
    return frozenset(words)


def _trie(words: Iterable[str]) -> str:
    """A pattern matching exactly ``words``, as nested alternatives on shared
    prefixes, so that the engine drops a position at its first letter."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        parts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return "(?:" + "|".join(parts) + ")?" if parts else ""
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(tree)


@functools.cache
def _upper_class() -> str:
    """A character class of the capital letters, for the stdlib engine (which has no
    ``\\p{Lu}``); built once from the Unicode database of the running Python."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        ch = chr(code)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


@lexicon.cached()
def candidate_pattern() -> re.Pattern[str]:
    """Where a mention can start: a run of capitalised words (with the connectors a
    name may hold), a third-person pronoun (with a contraction), a source noun (with a
    possessive). The stdlib engine: this pattern scans every sentence."""
    cap = _upper_class() + r"[\w.&'’\-]*"
    # "to" joins the run only to be read word by word: a name holds it after a few
    # words (*Alliance to Reclaim Our Schools*, see :mod:`.mentions`)
    connectors = "|".join(sorted((_CONNECTORS - {"&"}) | {"to"})) + "|&"
    pronouns = _trie({p for w in _PRONOUNS for p in (w, w.capitalize())})
    edge = r"(?<![\w\-])(?<!\w['’])"
    # the word edge is tested once, before the alternatives, not once in each: the
    # engine tries the pattern at every position, and most are inside a word
    # a comma before a capitalised word and *and* (*Ministry of Trade, Industry and
    # Energy*), *and the* (*Ministry of Sustainability and the Environment*), *for the*
    # and *of the* (*National Campaign for the Arts*) and two
    # particles (*Karin van der Merwe*) join the run too: whether they go on with a
    # name is :mod:`.name_runs`' question
    sp = r"[ \t\u00a0]+"
    listed = rf",{sp}(?={cap}{sp}and{sp})"
    particles = rf"(?:van|von|de|da|del){sp}(?:der|den|de|la|las|los|le)"  # van der
    joint = rf"{sp}(?:(?:{connectors}|(?:and|of|for){sp}the|{particles}){sp})?|{listed}"
    # a particle joined to a capitalised word goes on with a name (*Khalid al-Muraikhi*)
    joined = rf"(?:al|el|as|ash|at|ad|ar|az|an|abu|bin|ibn|d|l)[\-'’]{cap}"
    return re.compile(
        rf"{edge}(?:(?P<cap>{cap}(?:(?:{joint})(?:{cap}|{joined}))*)"
        rf"|(?P<pron>{pronouns}(?:['’](?:s|re|ll|d|ve))?(?!\w))"
        rf"|(?P<noun>{_trie(_nouns())}(?:['’]s)?(?![\w\-])))"
    )


def goes_on_to(tokens: list[Tok], j: int) -> bool:
    """Whether *to* at ``tokens[j]`` goes on with the name before it and a verb
    (*Committee to Protect Journalists*): after one of :data:`_TO_NAMES`, before a
    capitalised word that names no place, body or person (*the Committee to Parliament*,
    *… to Brussels*)."""
    if j + 1 >= len(tokens) or _bare(tokens[j - 1][2]) not in _TO_NAMES:
        return False
    word = _bare(tokens[j + 1][2])
    folded = word.casefold()
    return (
        _is_cap(word)
        and word not in _org_words()
        and word not in _not_names()
        and folded not in _capitals()
        and folded not in _given_names()
        and folded not in lexicon.words("countries")
    )


_TO_NAMES = frozenset("Alliance Campaign Coalition Committee League Movement Society".split())
"""Words after which a name goes on with *to* and a verb (*Campaign to End Loneliness*);
not a company's or a bank's (*loans from the Acme Bank to Greece*)."""
