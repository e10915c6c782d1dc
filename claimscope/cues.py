"""Find reporting, hedge, distancing and denial cues, with exact offsets.

All shipped cue lexicons (``reporting``, ``hedges``, ``distancing``, ``denial``, and
``boosters`` as suppressors) are compiled once, at first use, into ONE regular
expression shaped as a trie of their surface forms. It runs case-insensitively over
the original text (never a lower-cased copy) and, at each position, prefers the
longest form, so *so-called* wins over *called*, *is said to* over *said* and *could
not be clearer* (a booster, which yields no cue) over *could*. The trie has no
nested quantifiers; the only repetition is possessive whitespace between the words
of a phrase, so matching is linear in the length of the text.

Each match then passes the trap rules, each of which looks at a bounded window:

* **noun uses**: after a determiner or a possessive (*the report*, *his might*,
  *Russia's claims*) a verb form is not a reporting cue and a modal is not a hedge;
  the noun reading is kept when the lexicons have one (*the claims* → distancing,
  *a suspected smuggler* → hedge). ``noun_contexts.txt`` lists other words that
  make a form a noun (*insurance claims*, *military might*, *talk show*);
* **"May"** capitalised is the month or a name (*in May*, *Theresa May*), not a
  modal; the noun *might of* is not a hedge;
* **"could not"** is past inability (*could not meet its orders*), not a hedge; the
  negated verb after it is still found (*could not confirm*);
* **think tank** is not *think*; *I'll believe it when I see it* is doubt, no belief;
* **negation**: ``negated=True`` when *not*, *n't*, *never*, *cannot*, *no longer*
  or *hardly* stands at most two words before the cue (*did not immediately
  confirm*, *not likely*), unless it binds a quantifier (*not everyone*, *not
  only*);
* **senses in context** (:func:`sense`, issue 17): the part of speech from the
  neighbours (*with claims of abuse* is a noun), *possible* of degree (*as soon as
  possible*), modals in clauses of cause, purpose or concession (*so they could*,
  *while it may*), *could* of ability, *whether* after an action, predicative
  *apparent*, *be supposed to* of a schedule, attributive *false*/*fake* before a
  non-claim noun, *lies* of position, rejection of an action rather than a claim
  (*rejected the amendments*), attitude verbs only with a proposition (*worried
  about turnout* is neutral; *Rain is expected*, *said she thinks …* and *“I
  think …”* are hedges), agentless *was accused of* (distancing). A rule that
  changes a reading records itself in ``Cue.reason`` (:data:`SENSE_RULES`).

Cues inside quoted speech are reported like any other; a caller that needs to tell
the reporter's voice from a quoted source's voice asks
:func:`claimscope.quotes.quote_at` for each cue. When ``quotes`` is given, cues inside
quoted *titles* (*“Might Makes Right”*) and scare quotes are dropped, and an attitude
verb inside closed quoted speech becomes a hedge.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from claimscope import _grammar, lexicon
from claimscope._sense_words import felt_not_thought
from claimscope._spans import Coverage
from claimscope.cue_senses import (
    ATTITUDES,
    SENSE_RULES,
    TRAP_KEYS,
    WINDOW,
    context_free,
    in_question,
    normal,
    plural_noun,
    propositional,
    sense,
    trap_hedge,
)
from claimscope.errors import LexiconError
from claimscope.labels import QuoteRole
from claimscope.model import Cue, CueKind, trusted_cue

if TYPE_CHECKING:  # quotes asks has_speech_cue at run time: no import back
    from claimscope.quotes import Quote

__all__ = ["REPORTING_STANCES", "SENSE_RULES", "find_cues", "has_speech_cue"]

REPORTING_STANCES = lexicon.REPORTING_STANCES
"""The stances a reporting cue can carry (the second field of ``reporting.txt``)."""

_KIND_STANCE = {
    CueKind.HEDGE: "hedging",
    CueKind.DISTANCING: "distancing",
    CueKind.DENIAL: "denial",
}

_DETERMINERS = _grammar.DETERMINERS
"""Closed-class words after which a cue word is a noun or adjective, not a verb."""


_SPEECH_ADJECTIVES = frozenset(
    "brief detailed emailed formal joint lengthy oral separate terse verbal written".split()
)
"""Adjectives that stand between a determiner and a speech noun (*in a written reply*,
*a joint statement*, *a brief response*): the form after them is a noun, no verb
whose subject is *a written*; so are the ranking adjectives of *her main worry*,
*their biggest fear*, *the only hope* (not *chief* or *primary*, nouns too: *the chief
said*)."""

_RANK_ADJECTIVES = frozenset("biggest greatest main only".split())


def _quantifier_subject(prev: str, surface: str, left: str) -> bool:
    """*Another said*, *some argued*: a quantifier standing for people before a past
    form, which is a verb, not a noun after a determiner; so before a gerund after
    *with* (*with some claiming*, not *some warning signs*)."""
    folded = surface.casefold()
    if prev not in ("another", "some", "many", "several", "most", "few"):
        return False
    if folded.endswith("ing"):
        return _previous_word(left[: -len(prev) - 1]) == "with"
    return folded.endswith("ed") or folded in _grammar.IRREGULAR_PARTICIPLES


_CONTRACTIONS = frozenset(
    "that's it's he's she's there's here's what's who's where's let's".split()
)
"""Words ending in *'s* that are a pronoun and a verb, not a possessive: *That's
according to the agency*, *he's said*."""

_SPEECH_VERBS = frozenset(
    "said says told tells added adds insisted insists wrote writes warned warns".split()
)
"""Forms of speech verbs that are never a noun or an adjective: after a name in *'s*
(*Sainsbury's said*, *McDonald's insists*) the name is the shop, not a possessive."""

_NAME_IN_S = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}.&-]*+['’]s[^\S\r\n]++\Z")
"""A capitalised word in *'s* right before a form (*Hartwell's said*)."""


def _name_then_speech(left: str, surface: str) -> bool:
    """Whether a name in *'s* (a shop or a firm: *Sainsbury's*, *Macy's*) is the
    subject of a speech verb right after it, not its possessor."""
    return surface.casefold() in _SPEECH_VERBS and _NAME_IN_S.search(left) is not None


_MODALS = frozenset({"may", "might", "could"})
"""Hedge modals that are nouns after a determiner (*his might*)."""

_NEGATION = regex.compile(
    r"(?:\b(?:not|never|cannot|hardly|neither|nobody|none)|\bno[^\S\r\n]+(?:longer|one)|n['’]t)"
    r"(?:[^\S\r\n]++[\w'’-]++){0,2}+[^\S\r\n]*+\Z",
    regex.IGNORECASE,
)
"""A negation at most two words before the cue (searched in a 40-character window),
also a negative subject (*neither said*, *none of them said*, *no one said*)."""


_NOT_QUANTIFIER = regex.compile(
    r"\bnot[^\S\r\n]++(?:only|just|merely|every|everyone|everybody|all)\b"
    r"(?:[^\S\r\n]++[\w'’-]++){0,1}+[^\S\r\n]*+\Z",
    regex.IGNORECASE,
)
"""*not only*, *not everyone*, *not all*: the negation binds a quantifier or a focus
word, not the cue (*Not everyone finds the pitch compelling*)."""


def _negation_hint(folded: str) -> bool:
    """Whether the case-folded window holds a substring without which
    :data:`_NEGATION` cannot match: a cheap test run first (spelled out, not a loop,
    because it runs for every cue)."""
    return (
        "not" in folded
        or "n't" in folded
        or "n’t" in folded
        or "never" in folded
        or "hardly" in folded
        or "longer" in folded
        or "neither" in folded  # negative subjects: neither, nobody, none, no one said
        or "nobod" in folded
        or "none" in folded
        or "no one" in folded
    )


def _previous_word(left: str) -> str:
    """Return the word that ends ``left`` (after trailing spaces), in lower case."""
    end = len(left)
    while end and left[end - 1] in " \t\u00a0":
        end -= 1
    start = end
    while start and (left[start - 1].isalnum() or left[start - 1] in "'’_"):
        start -= 1
    return left[start:end].lower().replace("’", "'")


_OUTLET_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’])[\p{Lu}\p{N}][\p{L}\p{N}.&-]*+[^\S\r\n]++\p{Lu}\p{L}*+[^\S\r\n]++$"
)
"""Two capitalised words right before a form (*Bloomberg News reports*, *Associated
Press reports*): the word before the form ends a name, so a noun context in
``lexicons/noun_contexts.txt`` (*news reports*) does not make the form a noun. Not
after a possessive (*ABC’s TV show*: the show is a thing the name owns)."""

_TANK = regex.compile(r"[^\S\r\n]++tanks?\b", regex.IGNORECASE)
"""*think tank* is a noun, not the verb *think*."""
_DOUBT = regex.compile(r" ++it ++when ++(?:i|we|you) ++see\b", regex.IGNORECASE)
"""*I'll believe it when I see it* voices doubt, no belief."""

_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*+[^\S\r\n]++$")
_NAME_AFTER = regex.compile(r"[^\S\r\n]++(\p{Lu}\p{L}*+)")


def _inside_a_name(text: str, start: int, end: int, left: str) -> bool:
    """*the Local Democracy Reporting Service*, *the Flood Warning Centre*: a capitalised
    cue form between a capitalised word and a word that names an institution is part of
    the institution's name, not a verb."""
    if not text[start].isupper() or _NAME_BEFORE.search(left) is None:
        return False
    after = _NAME_AFTER.match(text, end, min(len(text), end + 40))
    institutions = lexicon.words("organization_name_words")
    return after is not None and after.group(1).casefold() in institutions


def _compound_tail(text: str, start: int) -> bool:
    """*one-sided news*, *his co-accused*, *self-described*: a form hyphened to the
    word before it is part of a compound word, no cue."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


@attrs.frozen
class _Reading:
    """One way to read a matched form: the cue it makes, or a booster (kind None)."""

    kind: CueKind | None
    entry: str
    stance: str | None


def _with_adverb(form: str) -> list[str]:
    """``is also said to``, ``are widely understood to``: the impersonal passives of
    ``reporting.txt`` (*is said to*) with an adverb after *be*, or an aside set off by
    commas (*is, however, said to*)."""
    words = form.split()
    if len(words) != 3 or words[0] not in _grammar.BE_FORMS or words[2] != "to":
        return []
    asides = [f"{words[0]}, {a}, {words[1]} to" for a in sorted(_grammar.INTERRUPTING_ADVERBS)]
    return [f"{words[0]} {a} {words[1]} to" for a in sorted(_grammar.PASSIVE_ADVERBS)] + asides


@lexicon.cached()
def _table() -> dict[str, tuple[_Reading, ...]]:
    """Map every surface form to its readings, verb (reporting) readings first."""
    table: dict[str, list[_Reading]] = {}

    def add(form: str, reading: _Reading) -> None:
        readings = table.setdefault(normal(form), [])
        if reading not in readings:
            readings.append(reading)

    reporting = [
        (name, e) for name in ("reporting", "reporting_in_context") for e in lexicon.load(name)
    ]
    for name, e in reporting:
        if len(e.fields) != 2 or e.fields[0] not in REPORTING_STANCES:
            raise LexiconError(
                f"lexicons/{name}.txt, line {e.line}: expected 'lemma | stance | forms' "
                f"with a stance in {REPORTING_STANCES}"
            )
        for form in e.fields[1].split(","):
            add(form, _Reading(CueKind.REPORTING, e.text, e.fields[0]))
            for variant in _with_adverb(form):
                add(variant, _Reading(CueKind.REPORTING, e.text, e.fields[0]))
    for name, kind in (
        ("hedges", CueKind.HEDGE),
        ("distancing", CueKind.DISTANCING),
        ("denial", CueKind.DENIAL),
    ):
        for e in lexicon.load(name):
            add(e.text, _Reading(kind, normal(e.text), _KIND_STANCE[kind]))
    for e in lexicon.load("boosters"):
        table[normal(e.text)] = [_Reading(None, normal(e.text), None)]
    return {form: tuple(readings) for form, readings in table.items()}


@functools.cache
def _noun_contexts() -> dict[str, frozenset[str]]:
    return {
        normal(e.text): frozenset(w.lower() for w in e.fields[0].split())
        for e in lexicon.load("noun_contexts")
    }


@functools.cache
def _naming() -> frozenset[str]:
    return frozenset(normal(e.text) for e in lexicon.load("naming"))


_SPACE = r"[^\S\r\n]++"
_APOSTROPHE = "['’]"


def _trie_pattern(forms: Sequence[str], *, lower_only: bool = False) -> str:
    """Return a regex matching exactly ``forms``, longest first at each branch.

    The pattern is a trie: each character is tested once per branch, so the cost at
    a position is bounded by the longest form, whatever the input. Case is matched
    with explicit ``[sS]`` classes rather than the IGNORECASE flag, which makes the
    scan about three times faster; forms are stored in lower case. With
    ``lower_only`` the pattern is for text already in lower case: plain letters.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        terminal = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            if ch == " ":
                atom = _SPACE
            elif ch == "'":
                atom = _APOSTROPHE
            elif not lower_only and ch.upper() != ch and len(ch.upper()) == 1:
                atom = "[" + regex.escape(ch) + regex.escape(ch.upper()) + "]"
            else:
                atom = regex.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return "(?:" + body + ")?"
        return body

    return emit(root)


@lexicon.cached()
def _pattern() -> re.Pattern[str]:
    # The stdlib engine runs this one large, anchored trie about twice as fast as
    # ``regex`` does; the trie has no nested quantifier (each space run is followed
    # by a fixed letter), so it stays linear. ``re`` in Python 3.10 has no
    # possessive quantifiers, hence the plain ``+`` for spaces here.
    # Every form starts with a letter, so the lookbehind is the word boundary; the
    # engine tests it faster than ``\b``, and faster still behind a lookahead for
    # the letters a form can start with, which it uses to skip ahead.
    return _compile_trie(lower_only=False)


@lexicon.cached()
def _lower_pattern() -> re.Pattern[str]:
    """:func:`_pattern` for a lower-cased copy of the text (a third faster)."""
    return _compile_trie(lower_only=True)


@lexicon.cached()
def _lower_after_break() -> re.Pattern[str]:
    """:func:`_lower_pattern` with the non-word character before a form matched
    instead of looked behind at. Opening with a plain class, it lets the engine skip
    from one non-word character to the next rather than try the trie at every
    letter: the scan takes a third less time. (Each form ends with a letter or digit,
    so a match never ends on the non-word character the next one needs.)"""
    return _compile_trie(lower_only=True, after_break=True)


def _compile_trie(*, lower_only: bool, after_break: bool = False) -> re.Pattern[str]:
    forms = sorted(_table())
    trie = _trie_pattern(forms, lower_only=lower_only).replace(_SPACE, _SPACE[:-1])
    if after_break:
        return re.compile(r"\W(?:" + trie + r")(?!\w)")
    firsts = {form[0] for form in forms}
    if not lower_only:
        firsts |= {form[0].upper() for form in forms}
    lookahead = f"(?=[{''.join(sorted(firsts))}])"
    return re.compile(lookahead + r"(?<!\w)" + trie + r"(?!\w)")


def _lower_spans(lowered: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans :func:`_lower_pattern` finds in ``lowered[lo:hi]``, in order: a form
    at ``lo`` itself (where the non-word character before it, if any, lies outside
    the range), then the forms after each non-word character."""
    first = _lower_pattern().match(lowered, lo, hi)
    if first is not None:
        yield first.span()
        lo = first.end()
    for m in _lower_after_break().finditer(lowered, lo, hi):
        yield m.start() + 1, m.end()


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset and every match of the cased
    trie, else ``None``. Only two characters lower-case to an ASCII letter without
    being one: ``İ`` (which also grows to two characters) and the Kelvin sign."""
    if "\u212a" in text:
        return None
    lowered = _lower(text)
    return None if len(lowered) != len(text) else lowered


_LOWER_SLICE = 1 << 18
"""Characters lower-cased at a time by :func:`_lower`."""


def _lower(text: str) -> str:
    """``text.lower()``, a slice at a time: ``str.lower`` works in a buffer of 12
    bytes per character (up to three UCS-4 characters each), six times the text's
    own size in a text with curly quotes, and the whole text's buffer was the
    annotation's peak of memory. Slices end after a space or line end, which no
    case rule looks across (final sigma stops at them), so the result is the same."""
    if len(text) <= _LOWER_SLICE:
        return text.lower()
    parts = []
    start = 0
    while start < len(text):
        end = start + _LOWER_SLICE
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = len(text) if cut < 0 else cut + 1  # no break: the rest at once
        parts.append(text[start:end].lower())
        start = end
    return "".join(parts)


def lowered_places(text: str, words: Sequence[str]) -> list[list[int]] | None:
    """For each of ``words`` (lower case), every place it occurs in ``text.lower()``
    (overlapping ones too), in order; ``None`` when lower-casing changes the length
    of the text (``İ``), so a place in the lowered text is not one in ``text``.

    The text is lower-cased :data:`_LOWER_SLICE` characters at a time, each slice
    reaching far enough into the next to hold a word starting in it, never whole: a
    lowered copy of a long text (twice its size while its pieces are joined) was the
    peak of memory of the stage that made it. A slice lowers as the whole text does
    but for sigma (the one letter lowered by its neighbours), which ``words`` must
    not hold."""
    found: list[list[int]] = [[] for _ in words]
    reach = max(map(len, words), default=1) - 1
    size = _LOWER_SLICE
    for lo in range(0, len(text), size):
        piece = text[lo : lo + size + reach]
        low = piece.lower()
        if len(low) != len(piece):
            return None
        for word, places in zip(words, found, strict=True):
            k = low.find(word)
            while 0 <= k < size:
                places.append(lo + k)
                k = low.find(word, k + 1)
    return found


@attrs.frozen
class _Form:
    """What the scan needs to know of one matched form, worked out once per form: in
    *said said said …* every word is a cue, so only the context is read per match."""

    key: str
    readings: tuple[_Reading, ...]
    """The form's readings in the lexicons (:func:`_table`), verb readings first."""
    noun_readings: tuple[_Reading, ...]
    """The readings left when the form is a noun where it stands (no reporting
    verb, no modal)."""
    noun_words: frozenset[str]
    """The words before the form that make it a noun that is no cue
    (``noun_contexts.txt``: *insurance claims*)."""
    plural: bool
    """Whether :func:`plural_noun` can hold: one word ending in *-s*."""
    trap: bool
    """Whether :func:`trap_hedge` can drop it (*may*, *might*, *could*)."""
    tank: bool
    """*think*/*thinks*, which *tank* after it makes a noun, or *believe* (an idiom)."""
    free: bool
    """Whether :func:`sense` keeps the first reading wherever the form stands."""
    noun_free: bool
    """The same for the first of :attr:`noun_readings`."""


def _free(key: str, readings: tuple[_Reading, ...]) -> bool:
    """Whether :func:`sense` keeps the first of ``readings`` wherever ``key`` stands."""
    r = readings[0] if readings else None
    return r is not None and context_free(r.kind or CueKind.HEDGE, key, r.entry, r.stance)


@lexicon.cached()
def _forms() -> dict[str, _Form]:
    """Every cue form of :func:`_table` (boosters left out) by its key."""
    nouns = _noun_contexts()
    forms = {}
    for key, readings in _table().items():
        if readings[0].kind is None:
            continue  # a booster: it suppresses the shorter forms and yields no cue
        noun_readings = tuple(
            r for r in readings if r.kind is not CueKind.REPORTING and r.entry not in _MODALS
        )
        forms[key] = _Form(
            key=key,
            readings=readings,
            noun_readings=noun_readings,
            noun_words=nouns.get(key, frozenset()),
            plural=key.endswith("s") and " " not in key,
            trap=key in TRAP_KEYS,
            tank=key in ("think", "thinks", "believe"),
            free=_free(key, readings),
            noun_free=_free(key, noun_readings),
        )
    return forms


_key = functools.lru_cache(maxsize=4096)(normal)
""":func:`~claimscope.cue_senses.normal`, memoised: surface forms repeat."""

_Sense = tuple[int, int, str, _Form, _Reading, CueKind, "str | None", str, str]
"""What :func:`_senses` yields: ``(start, end, surface, form, reading, kind, stance,
reason, left)``."""


def _senses(text: str, lo: int, hi: int, lowered: str | None = None) -> Iterator[_Sense]:
    """The cue forms in ``text[lo:hi]`` that keep a cue reading after the trap and
    sense rules, ordered by start, each with the kind, stance and reason it takes
    there and ``left``, the :data:`WINDOW` characters before it.

    ``lowered`` is :func:`_lowered` of ``text``, if the caller has it: the scan then
    runs the faster lower-case trie on it (offsets are the same).
    """
    forms = _forms()
    if lowered is None:
        spans: Iterator[tuple[int, int]] = (m.span() for m in _pattern().finditer(text, lo, hi))
    else:
        spans = _lower_spans(lowered, lo, hi)
    last_report = -WINDOW  # where the last speech cue ended (embedded attitudes)
    for start, end in spans:
        surface = text[start:end]
        form = forms.get(_key(surface))
        if form is None:
            continue  # a booster, or a case-folded form the table does not know
        if _compound_tail(text, start):
            continue  # "his co-accused", "self-reported data": part of a compound word
        left = text[max(0, start - WINDOW) : start]
        prev = _previous_word(left)
        noun_context = prev in form.noun_words and _OUTLET_NAME_BEFORE.search(left) is None
        nominal = (
            (prev in _DETERMINERS and not _quantifier_subject(prev, surface, left))
            or (
                prev.endswith(("'s", "s'"))
                and prev not in _CONTRACTIONS
                and not _name_then_speech(left, surface)
            )
            or noun_context
            or (
                (prev in _SPEECH_ADJECTIVES or prev in _RANK_ADJECTIVES)
                and _previous_word(left[: -len(prev) - 1]) in _DETERMINERS
            )
        )
        noun_reason = SENSE_RULES[0] if nominal else ""
        if not nominal and form.plural and plural_noun(text, end, form.key, prev):
            nominal, noun_reason = True, SENSE_RULES[1]
        if nominal:
            if noun_context or not form.noun_readings:
                continue
            reading, free = form.noun_readings[0], form.noun_free
        else:
            reading, free = form.readings[0], form.free
        if (
            form.trap
            and reading.kind is CueKind.HEDGE
            and trap_hedge(form.key, surface, text[end : end + 12])
        ):
            continue
        if form.tank and (_TANK if form.key[0] == "t" else _DOUBT).match(text[end : end + 24]):
            continue
        if _inside_a_name(text, start, end, left):
            continue
        kind = reading.kind or CueKind.HEDGE
        stance, reason = reading.stance, ""
        if not free:
            reading_here = sense(
                text, start, end, kind, reading.entry, reading.stance, prev, last_report
            )
            if reading_here is None:
                continue
            kind, stance, reason = reading_here
        if noun_reason and not reason and reading is not form.readings[0]:
            reason = noun_reason
        if kind is CueKind.REPORTING and stance in ("neutral", "endorsing"):
            last_report = end
        yield start, end, surface, form, reading, kind, stance, reason, left


def _scan(text: str, lo: int, hi: int, lowered: str | None = None) -> Iterator[Cue]:
    """Yield the cues in ``text[lo:hi]`` after the trap rules, ordered by start
    (``lowered`` as for :func:`_senses`). Cues with the same surface share one ``str``
    (a long text has thousands of *said*)."""
    shared: dict[str, str] = {}
    for start, end, surface, _form, reading, kind, stance, reason, left in _senses(
        text, lo, hi, lowered
    ):
        surface = shared.setdefault(surface, surface)
        negated = (
            _negation_hint(left.lower())
            and _NEGATION.search(left) is not None
            and _NOT_QUANTIFIER.search(left) is None
        )
        # every field is of its final type and ``surface`` the slice at [start, end):
        # no checks to run (a text of short attributed sentences has a cue every
        # few words)
        yield trusted_cue(surface, start, end, kind, reading.entry, stance, negated, reason)


def _not_str(function: str, value: object) -> str:
    """The message for a non-``str`` argument, with a hint for bytes."""
    name = type(value).__name__
    hint = "; decode it to str first" if isinstance(value, bytes | bytearray) else ""
    return f"{function} expects a str, got {name}{hint}"


def find_cues(text: str, quotes: Sequence[Quote] | None = None) -> tuple[Cue, ...]:
    """Return every reporting, hedge, distancing and denial cue in ``text``.

    Cues are ordered by ``start`` and never overlap; each ``Cue.text`` equals the
    slice of ``text`` it names. ``entry`` is the lexicon lemma (*say* for *said*) or
    phrase, ``stance`` the stance (see :data:`REPORTING_STANCES`) and ``negated`` is
    true when a negation governs the cue. With ``quotes`` (from
    :func:`~claimscope.quotes.find_quotes`), cues inside quoted titles are dropped.
    Raises :class:`TypeError` when ``text`` is not a ``str``.

    >>> [(c.text, c.kind.value, c.entry) for c in find_cues("Officials said it may rain.")]
    [('said', 'reporting', 'say'), ('may', 'hedge', 'may')]
    """
    if not isinstance(text, str):
        raise TypeError(_not_str("find_cues", text))
    cues = tuple(_scan(text, 0, len(text), _lowered(text)))
    if quotes:
        named = Coverage(p for q in quotes if q.role is QuoteRole.TITLE for p in q.pieces)
        scare = Coverage(p for q in quotes if q.role is QuoteRole.SCARE for p in q.pieces)
        if named or scare:
            # a hedge in scare quotes still hedges ('attacks were "likely"')
            cues = tuple(
                c
                for c in cues
                if not named.covers(c.start)
                and (c.kind is CueKind.HEDGE or not scare.covers(c.start))
            )
        speech = Coverage(
            p for q in quotes if q.role is QuoteRole.SPEECH and q.closed for p in q.pieces
        )
        if speech:
            # only a hedging reporting cue can change: test that before the coverage
            cues = tuple(
                _quoted_attitude(text, c)
                if c.stance == "hedging" and c.kind is CueKind.REPORTING and speech.covers(c.start)
                else c
                for c in cues
            )
    return cues


def _quoted_attitude(text: str, cue: Cue) -> Cue:
    """An attitude verb with a propositional complement inside closed quoted speech
    (*“I think it will pass”*) is the speaker hedging their own words: a hedge, not a
    new attribution (but *older than anyone expected* is a comparison)."""
    if (
        cue.kind is CueKind.REPORTING
        and cue.stance == "hedging"
        and normal(cue.text) in ATTITUDES
        and propositional(text, cue.start, cue.end)
        and not in_question(text, cue.end)
        and not felt_not_thought(text, cue.start, cue.end)  # "feel like spare parts"
    ):
        return attrs.evolve(cue, kind=CueKind.HEDGE, reason=SENSE_RULES[4])
    return cue


def has_speech_cue(text: str, lo: int, hi: int, lowered: str | None = None) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting cue that is not a naming verb.

    Used by the quotation finder to tell quoted speech from scare quotes; naming
    verbs (*called*, *dubbed*, ``naming.txt``) introduce labels, not speech.
    ``lowered`` is :func:`_lowered` of ``text``, if the caller has it (the scan is
    then the faster lower-case one, with the same answer).
    """
    naming = _naming()
    return any(
        sensed[5] is CueKind.REPORTING and sensed[3].key not in naming
        for sensed in _senses(text, lo, hi, lowered)
    )
