"""Finding phrase-shaped mentions: names, acronyms, descriptions and pronouns."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Sequence
from sys import intern

import regex

from claimscope._grammar import IRREGULAR_PASTS, SINGULAR_DETERMINERS
from claimscope.entities._imperative_openers import imperative_before_name
from claimscope.entities.candidates import FIRST_WORD, Known, candidate_pattern, opening_before
from claimscope.entities.headline import title_case
from claimscope.entities.mention import Mention as Mention  # re-exported
from claimscope.entities.name_lists import join_listed_names
from claimscope.entities.name_runs import PARTICLES, name_run, portfolio_after
from claimscope.entities.name_shape import _MODIFIED_HEAD, _modifies, name_parts, run_context
from claimscope.entities.name_shape import _the_before as _the_before  # re-exported
from claimscope.entities.plain import plain_candidate
from claimscope.entities.prefixes import _link_prefixes
from claimscope.entities.run_cap import MIN_LONG_CHARS, too_long_run
from claimscope.entities.window import EDGE, Unread, near_window
from claimscope.entities.words import (
    _ACRONYM,
    _AUXILIARIES,
    _CONNECTORS,
    _INDEFINITE,
    _NP_WORDS,
    _PREPOSITIONS,
    _PRONOUNS,
    _RELATIVES,
    _SHOUTED_NEVER,
    _STOP,
    Tok,
    _bare,
    _capitals,
    _given_names,
    _is_cap,
    _is_plural,
    _not_names,
    _org_lexicon,
    _outlets,
    _place_comma,
    _possessive,
    _singular,
    _starters,
    _titles,
    _tokens,
    participle_agent,
    plural_subject,
    shouted_imperative,
    verb_after_subject,
)


def find_mentions(
    text: str, sentences: Sequence[tuple[int, int]], speakers: Iterable[int] = ()
) -> list[Mention]:
    """Return the mentions of ``text`` in text order (see the package docstring).

    ``speakers`` holds the start offsets of source phrases the attribution stage
    found: a capitalised word opening a sentence there is a name (*Nomura said …*)
    even when the text never capitalises it elsewhere.

    Only the words that can start a mention (capitalised words, pronouns, source
    nouns) are looked at, found by one pattern per sentence; each is read with the
    few words around it.
    """
    # the candidates packed into one int each (see _pack), sentence after sentence:
    # a match object costs a hundred bytes or more, and a long text holds several
    # per sentence
    packed = array("q")
    firsts = array("q")  # where each sentence's first word starts
    ends = array("q")  # the end of each sentence's candidates in ``packed``
    headlines = bytearray()  # whether each sentence is a title-case headline
    inner: set[str] = set()  # words written capitalised inside a sentence
    pattern = candidate_pattern()
    first_word = FIRST_WORD.search
    for s0, s1 in sentences:
        first = first_word(text, s0, s1)
        first_at = s1 if first is None else first.start()
        firsts.append(first_at)
        caps: list[Candidate] = []
        mine: set[str] = set()  # this sentence's inner words (none from a headline)
        for m in pattern.finditer(text, s0, s1):
            start, end = m.span()
            kind: int = m.lastindex  # type: ignore[assignment]  # every match has a group
            length = end - start
            if length >= MIN_LONG_CHARS and kind == _CAP and too_long_run(text, start, end):
                continue  # hundreds of capitalised words in a row: no name (run_cap)
            packed.append(start << _SHIFT | (length if length < _LONG else 0) << 2 | kind)
            if kind == _CAP:
                caps.append((start, end, "cap"))
                run = m.group()
                if " " in run or "\t" in run or "\xa0" in run:
                    _add_inner(mine, run, start, first_at, text, s0)
                elif run[:1].isupper() and not (
                    start == first_at or opening_before(text, start, s0)
                ):
                    mine.add(_bare(_possessive(run) or run))  # one word: _add_inner's way
        headlines.append(title_case(text, s0, s1, caps))
        if mine and not headlines[-1]:
            inner |= mine
        ends.append(len(packed))
    known = Known(text, frozenset(inner), frozenset(speakers))
    out: list[Mention] = []
    lo = 0
    for s_index, (s0, s1) in enumerate(sentences):
        hi = ends[s_index]
        if hi > lo:
            candidates = _unpack(pattern, text, packed[lo:hi], s1)
            first_at, headline = firsts[s_index], bool(headlines[s_index])
            out.extend(
                _sentence_mentions(text, s0, s1, s_index, first_at, candidates, known, headline)
            )
            lo = hi
    return out


Candidate = tuple[int, int, str]
"""A candidate word or run: its start, its end and its kind (``cap``, ``pron`` or
``noun``, the name of the :func:`.candidate_pattern` group it matched)."""

_CAP = 1
"""The number of the ``cap`` group in :func:`.candidate_pattern` (``pron`` is 2,
``noun`` 3; a test holds them to the pattern)."""
_KINDS = ("", "cap", "pron", "noun")
_SHIFT = 18
"""A candidate is kept as one int: its start shifted by this, its length in the 16
bits below, its group's number in the two lowest."""
_LONG = 1 << (_SHIFT - 2)
"""A candidate this long or longer (a run of capitalised words running on) is kept
with length 0, and matched again where the scan found it to learn its end."""


def _unpack(
    pattern: re.Pattern[str], text: str, packed: Iterable[int], end: int
) -> list[Candidate]:
    """The candidates packed by the scan of a sentence ending at ``end``."""
    found = []
    mask = _LONG - 1
    for p in packed:
        start = p >> _SHIFT
        length = p >> 2 & mask
        if not length:
            m = pattern.match(text, start, end)
            assert m is not None, "a candidate matched again where it was found"
            length = m.end() - start
        found.append((start, start + length, _KINDS[p & 3]))
    return found


def _add_inner(inner: set[str], run: str, start: int, first_at: int, text: str, s0: int) -> None:
    """Add to ``inner`` the capitalised words of the run ``run`` at ``start`` that do
    not open its sentence or a quotation (bare of a final period and a
    possessive)."""
    words = run.split()
    if start == first_at or opening_before(text, start, s0):
        del words[0]
    for w in words:
        if w[:1].isupper():
            if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
                w = w[:-2]  # the possessive (words._possessive)
            inner.add(w.rstrip("."))


_WINDOW_BEFORE = 60
"""How far before a source noun its description may start (six words or so)."""
_WINDOW_AFTER = 40
"""How far after a candidate word the words that decide it are read."""


def _first_word(tokens: list[Tok]) -> int:
    k = 0
    while k < len(tokens) and not tokens[k][2][:1].isalnum():
        k += 1
    return k


_CONTRACTION = regex.compile(r"(\p{L}+)['’](?:s|re|ll|d|ve)\Z")
"""A pronoun with a contraction (*He’s*, *they're*)."""

_VERB_OBJECTS = _NP_WORDS | _PRONOUNS.keys() | {"that", "how", "what", "why"}
"""Words after which a noun that is also a verb is a verb (*polls show the race …*)."""


def _sentence_mentions(
    text: str,
    s0: int,
    s1: int,
    s_index: int,
    first_at: int,
    candidates: list[Candidate],
    known: Known,
    headline: bool,
) -> list[Mention]:
    """The mentions of one sentence, from its candidate words (``headline``: the
    sentence is a title-case headline, :func:`.headline.title_case`)."""
    if headline:
        # a headline's capitals say nothing, but a short speaker label it holds is a
        # name ("Kasich: …")
        candidates = [
            c for c in candidates if c[0] in known.speakers and len(text[c[0] : c[1]].split()) <= 3
        ]
    found: list[Mention] = []
    done = s0  # words before this offset have been read
    runs = known.runs
    for candidate in candidates:
        start, end, kind = candidate
        if start < done:
            continue
        if kind == "pron":
            word = text[start:end]
            if "'" not in word and "’" not in word:
                opening = start == first_at or opening_before(text, start, s0)
                if word.islower() or (opening and word[1:].islower()):
                    found.append(
                        Mention(start, end, s_index, "pron", head=intern(word.casefold()),
                                subject=start == first_at)
                    )  # fmt: skip
                done = end
                continue
        key: tuple[object, ...] = ()
        if kind == "cap" and (
            (text.endswith(_MERIDIEMS, start, end) and _CLOCK.search(text, max(s0, start - 8), end))
            or (start == first_at and shouted_imperative(text, start, end))
        ):
            done = end  # "2:47 PM": a time of day; "SIGN UP to our newsletter": no name
            continue
        if kind == "cap":
            # names recur: read each run once per context
            key = run_context(text, s0, start, end, first_at, known.speakers) or ()
            seen = runs.get(key) if key else None
            if seen is not None:
                length, was, gave = seen
                for x in gave:
                    found.append(_moved(x, start - was, s_index))
                done = start + length
                continue
            decided, mention = plain_candidate(text, s0, start, end, s_index, first_at, known)
            if decided:  # plain words, read without their window
                gave = [] if mention is None else [mention]
                found += gave
                done = end
                if key:
                    runs[key] = (done - start, start, gave)
                continue
        before = len(found)
        done = _read(text, s0, s1, candidate, s_index, first_at, known, found)
        if key:
            runs[key] = (done - start, start, found[before:])
    return join_listed_names(_link_prefixes(found, text), text) if len(found) > 1 else found


_CLOCK = regex.compile(r"(?<!\d)\d{1,2}(?:[:.]\d\d)?[^\S\n]?(?:AM|PM|A\.M\.|P\.M\.)\Z")
"""A clock time's *AM* or *PM* ending a candidate (*Updated 2:47 PM*): searched in
the few characters before it, so the match is short."""
_MERIDIEMS = ("AM", "PM", "A.M.", "P.M.")
"""How :data:`_CLOCK`'s candidates end: tested first, without the pattern."""


def _moved(m: Mention, by: int, sentence: int) -> Mention:
    """``m`` moved by ``by`` characters into sentence ``sentence``."""
    return Mention(
        m.start + by, m.end + by, sentence, m.kind, m.head, m.words, m.title, m.roles,
        m.definite, m.plural, m.subject, m.possessive,
    )  # fmt: skip


def _read(
    text: str,
    s0: int,
    s1: int,
    candidate: Candidate,
    s_index: int,
    first_at: int,
    known: Known,
    found: list[Mention],
) -> int:
    """Read the ``candidate`` with the words around it into ``found``; return the
    offset up to which the sentence has been read."""
    start, end, kind = candidate
    if kind == "noun":
        lo = max(s0, start - _WINDOW_BEFORE)
        while s0 < lo < start and text[lo - 1].isalnum():
            lo += 1  # start the window on a word boundary
        hi = min(s1, end + _WINDOW_AFTER)
        near_lo, near_hi = near_window(text, lo, hi, start, end)
        if lo <= first_at < near_lo:
            near_lo = first_at  # the first word's index decides the subject: keep it
        if near_lo > lo or near_hi < hi:
            before = len(found)
            tokens = _tokens(text, near_lo, near_hi)
            try:
                return _read_tokens(
                    tokens, near_lo > lo, near_hi < hi, candidate, s_index, first_at, known, found
                )
            except Unread:  # the reading went beyond the near window
                del found[before:]
    else:
        lo, hi = start - 8 if start - 8 > s0 else s0, end  # where the pattern ends a run
    return _read_tokens(
        _tokens(text, lo, hi), False, False, candidate, s_index, first_at, known, found
    )


def _read_tokens(
    tokens: list[Tok],
    cut_before: bool,
    cut_after: bool,
    candidate: Candidate,
    s_index: int,
    first_at: int,
    known: Known,
    found: list[Mention],
) -> int:
    """:func:`_read` on the tokens of its window; a cut end (``cut_before``,
    ``cut_after``) gets an :data:`~.window.EDGE` (see :mod:`.window`)."""
    start, end, kind = candidate
    i = bisect.bisect_left(tokens, (start,))  # the first token from ``start`` on
    if i == len(tokens):
        if cut_after:
            raise Unread
        return end
    f = bisect.bisect_left(tokens, (first_at,))
    first_word = f if f < len(tokens) and tokens[f][0] == first_at else -1
    if cut_before or cut_after:
        tokens = [EDGE, *tokens] if cut_before else list(tokens)
        if cut_after:
            tokens.append(EDGE)
        if cut_before:
            i += 1
            first_word += first_word >= 0
    j = _step(tokens, i, s_index, first_word, known, found)
    while kind == "cap" and j < len(tokens) and tokens[j][0] < end:
        # the rest of a run the pattern joined ("Barack Obama and Hillary Clinton")
        j = _step(tokens, j, s_index, first_word, known, found) if _is_cap(tokens[j][2]) else j + 1
    return tokens[j - 1][1] if j > i else end


def _step(
    tokens: list[Tok], i: int, s_index: int, first_word: int, known: Known, found: list[Mention]
) -> int:
    """Read the mention (if any) starting at ``tokens[i]`` into ``found``; return the
    index of the first token not read."""
    n = len(tokens)
    nouns, verbs = known.nouns, known.verbs
    a, b, w = tokens[i]
    folded = w.casefold()
    opening = i == first_word or _after_opening(tokens, i)
    cut = _CONTRACTION.match(w) if ("'" in w or "’" in w) else None
    if cut is not None and cut.group(1).casefold() in _PRONOUNS:
        # "He’s", "they're": the pronoun without its contraction
        b = a + len(cut.group(1))
        w = folded = cut.group(1).casefold()
        found.append(Mention(a, b, s_index, "pron", head=intern(folded), subject=i == first_word))
        return i + 1
    if folded in _PRONOUNS and (w == folded or (opening and w[1:].islower())):
        found.append(Mention(a, b, s_index, "pron", head=intern(folded), subject=i == first_word))
        return i + 1
    if (
        opening
        and folded in nouns
        and w[1:].islower()
        and w not in known.inner
        and not (i + 1 < n and _is_cap(tokens[i + 1][2]))
        and not portfolio_after(tokens, i)  # "Minister for Transport Ann Kelly said"
    ):
        w = folded  # "Officials said …": a description opening the sentence
    if _is_cap(w) and folded not in _PRONOUNS and w not in ("I", "I'm", "I’m"):
        j = name_run(tokens, i)
        if j > i:
            mention = _name_mention(tokens, i, j, s_index, first_word, known)
            if mention is not None:
                found.append(mention)
            return j
    owner = _possessive(w)
    if owner is not None and w.islower() and owner in nouns:
        # "the president's face": a description that owns something
        mention = _description(
            tokens, i, i + 1, s_index, owner, first_word, known, end=b - (len(w) - len(owner))
        )
        if mention is not None:
            found.append(mention)
        return i + 1
    if folded in nouns and w.islower():
        if folded in verbs and folded.endswith(("s", "ed")) and i and verb_after_subject(tokens, i):
            return i + 1  # "a poll shows voters …": the verb after its subject
        j = i + 1
        while (
            j < n
            and tokens[j][2] in nouns
            and tokens[j][2].islower()
            and not (
                tokens[j][2] in verbs
                and (
                    tokens[j][2].endswith(("s", "ed"))
                    or (j + 1 < n and tokens[j + 1][2].casefold() in _VERB_OBJECTS)
                )
            )
        ):
            j += 1  # compound heads: "news agency", "court filings", not "poll shows"
        head = tokens[j - 1][2]
        nxt = tokens[j][2] if j < n else ""
        if (
            nxt.isalpha()
            and nxt.islower()
            and nxt not in _STOP
            and nxt not in verbs
            and not nxt.endswith(("ly", "ed"))
            and nxt not in _RELATIVES
            and nxt not in IRREGULAR_PASTS
        ):
            return j  # "the first general election": the noun is a modifier here
        mention = _description(tokens, i, j, s_index, head, first_word, known)
        if mention is not None:
            found.append(mention)
        return j
    return i + 1


def _plural_possessive(tokens: list[Tok], a: int) -> bool:
    """Whether ``tokens[a]`` is the apostrophe of a plural possessor, right after a
    lower-case word in *s* and before a word (*the inspectors' report*)."""
    return (
        0 < a < len(tokens) - 1
        and tokens[a][2] in ("'", "’")
        and tokens[a - 1][1] == tokens[a][0]
        and tokens[a - 1][2].endswith("s")
        and tokens[a - 1][2].islower()  # not a name's: "Sanders’ campaign"
        and tokens[a + 1][2][:1].isalnum()
    )


def _after_opening(tokens: list[Tok], i: int) -> bool:
    return i > 0 and tokens[i - 1][2] in ('"', "“", "‘", "'", "(", "—", "–")


def _name_mention(
    tokens: list[Tok], i: int, j: int, s_index: int, first_word: int, known: Known
) -> Mention | None:
    """The name in the capitalised run ``tokens[i:j]``, if it holds one: sentence
    openers dropped from its front, a possessive cut from its end, an affiliation and
    a role or title split from the name (*Senate Minority Leader Harry Reid*)."""
    start_k = _name_start(tokens, i, j, first_word, known)
    end_k = j
    while end_k > start_k and tokens[end_k - 1][2] in _CONNECTORS:
        end_k -= 1  # trailing connectors never end a name
    if end_k <= start_k:
        return None
    words = [tokens[k][2] for k in range(start_k, end_k)]
    end = tokens[end_k - 1][1]
    cut = _possessive(words[-1])
    if cut is not None:
        end -= len(words[-1]) - len(cut)
        words[-1] = cut
    parts = name_parts(words, known.nouns, known.text, tokens[start_k][0])
    if parts is None:
        return None
    name_start, title, roles, name_words = parts
    span_k = start_k if title else start_k + name_start
    if tokens[span_k][2].casefold() in _SHOUTED_NEVER:
        span_k = start_k + name_start  # "TO Mr. Reyes": no qualifier of the title
    begin = tokens[span_k][0]
    if (
        span_k > 0
        and tokens[span_k - 1][2] in ("the", "The")
        and not title
        and _given_names().get(name_words[0].casefold()) is None
        and (cut is not None or not _modifies(known.text, end))
    ):
        begin = tokens[span_k - 1][0]  # "the White House", "The Daily Planet"
    return Mention(
        begin,
        end,
        s_index,
        "name",
        words=tuple(map(intern, name_words)),
        title=intern(title),
        roles=tuple(map(intern, roles)),
        subject=start_k <= first_word + 1,
        possessive=cut is not None,
    )


def _name_start(tokens: list[Tok], i: int, j: int, first_word: int, known: Known) -> int:
    """Where the name in ``tokens[i:j]`` starts: past words that are never names and
    past a capitalised word opening a sentence that the text does not treat as a name
    (*During*, *There*, *Responding*, *Children*)."""
    titles, not_names = _titles(), _not_names()
    start_k = i
    while start_k < j:
        w = tokens[start_k][2]
        bare = w.rstrip(".")
        if bare in not_names or (w in _CONNECTORS and w not in PARTICLES):
            start_k += 1  # nor a connector left by a dropped opener: "In the Acme Bank"
            continue
        if not (start_k == first_word or _after_opening(tokens, start_k)):
            break  # most names: a word inside the sentence is kept as it stands
        folded = bare.casefold()
        if folded in titles:
            break
        head = folded.split("'")[0].split("’")[0]
        plain = _bare(_possessive(w) or w)
        if (
            head in _starters()
            or head in _NP_WORDS
            or _modifies_head(tokens, start_k, j, known.text)
            or imperative_before_name(tokens, start_k, j)  # "Join The Courier's channel"
        ):
            start_k += 1
            continue
        if not (
            plain in known.inner
            or tokens[start_k][0] in known.speakers
            or folded in _given_names()
            or _ACRONYM.match(plain)
            or (j - start_k > 1 and not known.lowered(folded))
            or folded in _outlets()
            or folded in _capitals()
            or folded in _org_lexicon()
            or _alias_in_brackets(known.text, tokens[start_k], j - start_k)
        ):
            start_k += 1
            continue
        break
    return start_k


def _alias_in_brackets(text: str, tok: Tok, length: int) -> bool:
    """Whether the one word ``tok`` stands alone in brackets right after a
    capitalised word: a name's short form (*… of Labour Inspection (Sunafil)*)."""
    a, b, w = tok
    if length != 1 or len(w) < 3 or not w[1:].islower() or not w.isalpha():
        return False
    if text[a - 2 : a] != " (" or not text.startswith(")", b):
        return False
    before = text[max(0, a - 40) : a - 2].rsplit(None, 1)
    return bool(before) and before[-1].isalpha() and _is_cap(before[-1])


def _modifies_head(tokens: list[Tok], k: int, j: int, text: str) -> bool:
    """Whether the lone capitalised word ``tokens[k]`` opening a sentence modifies a
    following head that needs a modifier (*Loved ones say*, *Young ones*): a
    modifier, never a name."""
    return j == k + 1 and _MODIFIED_HEAD.match(text, tokens[k][1]) is not None


_THING_PRONOUNS = frozenset({"something", "anything", "nothing", "everything"})
"""Pronouns for things, which end a description on the left: no modifier of it."""


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})
"""Lower-case words between two capitalised words of one name (*Department of Health
and Social Care*)."""


def _left_edge(tokens: list[Tok], i: int, verbs: frozenset[str]) -> tuple[int, bool]:
    """Where a description whose first word so far is ``tokens[i]`` starts, extended
    left over determiners, modifiers and possessors, and whether it is definite."""
    k = i
    definite = False
    joiners = 0
    while k > 0 and i - k < 6 + 2 * joiners:
        w = tokens[k - 1][2]
        folded = w.casefold()
        if tokens[k][2][:1].isdigit() and _number_sign(tokens, k):
            k -= 1 if w == "No" else 2  # "a No 10 spokesperson": not "no" here
            continue
        if _plural_possessive(tokens, k - 1):
            k -= 2  # "The inspectors' report": a plural possessor, then on to its opener
            definite = True
            continue
        if not w[:1].isalnum() and w not in ("-", "/") and not _place_comma(tokens, k - 1):
            break  # "the Columbus, Ohio-based company" reads on over its comma
        if w == "-" and tokens[k - 1][1] < tokens[k][0]:
            break  # "BANGKOK - Thailand's finance minister": a spaced dash, no hyphen
        if (
            folded in _NAME_JOINERS
            and k >= 2
            and _is_cap(tokens[k - 2][2])
            and _is_cap(tokens[k][2])
        ):
            k -= 1  # "a Ministry of Defence source": a joiner inside the name before the noun
            joiners += 1
            continue
        if (
            folded in _STOP
            or folded in verbs
            or (folded in _PRONOUNS and folded not in ("his", "her", "its", "their"))
            or folded in _THING_PRONOUNS  # "C, something critics have warned about"
        ):
            break
        if folded in _NP_WORDS:
            k -= 1
            definite = folded not in _INDEFINITE
            break
        if (
            folded.endswith("ed")
            and folded not in ("retired", "unnamed", "unidentified")
            and "-" not in folded  # "a Washington-based developer"
        ):
            break
        k -= 1
        if _possessive(w) is not None:
            definite = True
    return k, definite


def _description(
    tokens: list[Tok],
    i: int,
    j: int,
    s_index: int,
    head: str,
    first_word: int,
    known: Known,
    end: int = -1,
) -> Mention | None:
    """A description ending with the head noun ``tokens[j-1]``, extended left over
    determiners, modifiers and possessors. Given an ``end`` (where the owner in a
    possessive head ends: *the president's* → *the president*), it ends there and is
    possessive; otherwise it is possessive before a plural possessor's apostrophe."""
    verbs, nouns = known.verbs, known.nouns
    k, definite = _left_edge(tokens, i, verbs)
    start_word = tokens[k][2].casefold()
    if start_word in _PREPOSITIONS or start_word in _AUXILIARIES or start_word in ("-", "/"):
        return None
    before = tokens[j - 2][2] if j - 2 >= k else ""
    verb_after = j < len(tokens) and tokens[j][2] in verbs  # "the IMF report stated"
    verb_after = verb_after or participle_agent(tokens, j)  # "reports seen by the BBC"
    if (
        head in verbs
        and not verb_after
        and (before.casefold() in nouns or plural_subject(before, head))
    ):
        return None  # "a poll shows", "the returns show"
    if (
        head in verbs
        and not verb_after
        and (
            (_is_cap(before) and before.casefold() not in _NP_WORDS)
            or not (definite or any(t[2].islower() for t in tokens[k : j - 1]))
        )
    ):
        return None  # "Bloomberg reports", "The Post reports", "Video shows": a verb
    head = head.casefold()
    plural = _is_plural(head) and head not in ("news",)
    owner_end = end
    end = tokens[j - 1][1]
    singular = _singular(head) if plural else head
    if (
        nouns.get(singular) == "document"
        and j + 1 < len(tokens)
        and tokens[j][2] in ("from", "by", "of")
        and _is_cap(tokens[j + 1][2])
    ):
        # "a report from Kotak Institutional Equities": whose document it is
        e = j + 1
        while e < len(tokens) and tokens[e][0] - tokens[e - 1][1] <= 1 and _is_cap(tokens[e][2]):
            e += 1
        end = tokens[e - 1][1]
        cut = _possessive(tokens[e - 1][2])
        if cut is not None:
            end -= len(tokens[e - 1][2]) - len(cut)
    if owner_end >= 0:
        end, possessive = owner_end, True
    else:
        possessive = _plural_possessive(tokens, j)
        if possessive and plural and start_word in SINGULAR_DETERMINERS:
            return None  # "a farmers' union": the article is the union's
    return Mention(
        tokens[k][0],
        end,
        s_index,
        "desc",
        head=intern(singular),
        definite=definite,
        plural=plural,
        subject=k <= first_word + 1,
        possessive=possessive,
    )


def _number_sign(tokens: list[Tok], k: int) -> bool:
    """Whether the tokens before ``tokens[k]`` (a number) are *No* or *No.*
    abbreviating *number* (*No 10*, *No. 10*), not the determiner *no*."""
    w = tokens[k - 1][2]
    if w == "." and k > 1 and tokens[k - 2][1] == tokens[k - 1][0]:
        w = tokens[k - 2][2]
    return w == "No"


# -- clustering -----------------------------------------------------------------------
