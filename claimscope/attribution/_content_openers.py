"""Words right after a cue that open no content of their own.

*The treasurer boasted of concessions in the bill*: the cue's verb governs the
preposition, and what was boasted of is the prepositional object (*concessions in the
bill*), as PolNeAR's annotators mark it (*boasted of* / *complained about* / *railed
against* are cues, their object the content). :func:`past_governed_preposition`
steps over such a preposition. *the bill it wants passed before Parliament rises*:
the object of *want* is the noun the relative clause hangs on, so the participle
after the cue opens no proposition (:func:`gapped_participle`).
"""

from __future__ import annotations

import regex

from claimscope.attribution.context import OPEN_QUOTES, Context

__all__ = [
    "gapped_participle",
    "gerund_subject",
    "noncommittal_noun",
    "past_governed_preposition",
]

GOVERNED_PREPOSITIONS = frozenset(("of", "about", "against"))
"""Prepositions a reporting verb or noun governs (*warned of*, *boasted about*,
*railed against*, *reports of*): the content is their object. (*on*, *at*, *in* open
adjuncts of place and time far more often: *said at a rally*, *said in 1998*.)"""

_APPROXIMATED = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "million billion half third quarter dozen".split()
)
"""Words after *about* (or after *about a*) that make it *roughly*, not a preposition:
*said about 20 people had applied*, *said about half of them left*."""

TOPIC_REACH = 8
"""How many tokens a topic may run before a quotation that is the content (*said of
the plan, “It will never work”*)."""


def _approximate(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether *about* at token ``i`` means *roughly* (a number follows)."""
    n = i + 1
    if n + 1 < len(tokens) and tokens[n][2].casefold() in ("a", "an"):
        n += 1  # "about a third of the staff"
    word = tokens[n][2].casefold()
    return word[:1].isdigit() or word[:1] in "$£€" or word in _APPROXIMATED


_NOT_OBJECTS = frozenset(
    "whether if how why in on at for with from to by during since before after as".split()
)
"""Words after a governed preposition that leave it where it is: an indirect
question (*worried about whether C*, kept whole) or another preposition (*what they
think about in 2015*: the preposition is stranded)."""


def past_governed_preposition(
    ctx: Context, tokens: list[tuple[int, int, str]], i: int, cue_end: int
) -> int:
    """The token index where a content starting at token ``i`` really starts: past a
    preposition right after the cue (ending at ``cue_end``) that the cue governs
    (*boasted of C*), or at the quotation after a topic the preposition names (*said
    of Clinton, “C”*). ``i`` itself otherwise (*said about 20 people left*: *about*
    is *roughly* there; *told the Star-Ledger of Newark*: part of a name)."""
    if i + 1 >= len(tokens) or tokens[i][2].casefold() not in GOVERNED_PREPOSITIONS:
        return i
    if ctx.text[cue_end : tokens[i][0]].strip():
        return i
    if tokens[i][2].casefold() == "about" and _approximate(tokens, i):
        return i
    following = tokens[i + 1][2]
    if not following[:1].isalnum() or following.casefold() in _NOT_OBJECTS:
        return i  # "talked about," / "about “C”" are left to the other rules
    for m in range(i + 1, min(len(tokens) - 1, i + TOPIC_REACH)):
        word = tokens[m][2]
        if word in (".", ";", "?", "!"):
            break
        if word in (",", ":") and tokens[m + 1][2] in OPEN_QUOTES:
            q = ctx.quote_containing(tokens[m + 1][0])
            if q is not None and q.start == tokens[m + 1][0]:
                return m + 1  # "said of the plan, “It will never work”": the quotation
    return i + 1


DESIRE_ENTRIES = frozenset(("want", "wish", "prefer", "need"))
"""Reporting entries whose object may be a noun and a participle (*wants the bill
passed*)."""

_PARTICIPLE = regex.compile(
    r"(?P<word>\p{Ll}{2,}ed|done|made|built|given|taken|shown|kept|held|sold|cut|shut|"
    r"set|put|paid|sent|brought|left|known|seen|written|broken|chosen|thrown)"
    r"[^\S\r\n]*+(?:,|\.|;|—|–|before|after|by|within|until|quickly|immediately|"
    r"now|soon|today|this|next|as|if|when|so|in|at|on|without)\b",
    regex.IGNORECASE,
)
"""A past participle followed by punctuation, an adverb of time or manner, or a
preposition (*passed before …*, *scrapped.*), not a noun (*improved access*)."""

_NOT_PARTICIPLES = frozenset(("need", "speed", "seed", "feed", "greed", "bed", "red", "hundred"))
"""Words in *-ed* that are no participle."""


def gapped_participle(text: str, cue_entry: str, cue_end: int, start: int) -> bool:
    """Whether a desire verb's content at ``start`` opens with a past participle right
    after the cue (*the bill it wants passed before Parliament rises*): the verb's
    object is the noun the relative clause hangs on, and the content left is no
    proposition. (*wants the bill passed* keeps its content.)"""
    if cue_entry not in DESIRE_ENTRIES or text[cue_end:start].strip():
        return False
    m = _PARTICIPLE.match(text, start)
    if m is None:
        return False
    return m.group("word").casefold() not in _NOT_PARTICIPLES


NONCOMMITTAL_ENTRIES = frozenset(("neither confirm nor deny",))
"""Reporting entries that neither state nor reject what follows them (*neither
confirmed nor denied*): only a clause after them is a claim, marked unverified."""

_THAT_BETWEEN = regex.compile(r"\bthat\b", regex.IGNORECASE)


def noncommittal_noun(text: str, cue_entry: str, cue_end: int, start: int) -> bool:
    """Whether the content at ``start`` of a non-committal cue (*neither confirmed nor
    denied the report*) is a plain noun phrase: the source neither said nor rejected
    anything, so there is no claim (*neither confirmed nor denied that C*, or *…
    reports that C*, keeps C)."""
    if cue_entry not in NONCOMMITTAL_ENTRIES or text[start : start + 1] in OPEN_QUOTES:
        return False
    return _THAT_BETWEEN.search(text, cue_end, start) is None


_GERUND_WITH_OBJECT = regex.compile(
    r"\p{Ll}{2,}ing[ \t]++(?:the|a|an|its|his|her|their|our|two|three|four|some|all|"
    r"them|it|\d)",
)
"""A gerund with an object (*keeping two carriers*, *raising the fee*): the subject
of a clause, not a noun in *-ing* after a determiner (*that meeting was cancelled*)."""


def gerund_subject(text: str, start: int) -> bool:
    """Whether the word at ``start`` (after *and that*) opens a clause whose subject is
    a gerund with an object (*said the fleet was stretched thin and that keeping two
    carriers there could delay repairs*)."""
    return _GERUND_WITH_OBJECT.match(text, start) is not None
