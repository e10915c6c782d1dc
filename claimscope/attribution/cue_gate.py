"""Which reporting cues may head an attribution at all.

A cue heads one unless it qualifies another (*in a statement*), sits inside a closed
quote, names a channel (*sources cited by the outlet*) or names a thing (*a PAC called
Future45*). A passive with *by* names its source instead (*has been accused by X of
C*, *C was reported by X.*): :func:`passive_with_agent` finds that agent.
"""

from __future__ import annotations

import bisect

import regex

from claimscope import lexicon
from claimscope.attribution import what, who
from claimscope.attribution._non_reporting_objects import caused_finding
from claimscope.attribution.context import Context, index_at
from claimscope.attribution.phrase_shape import relative_on_subject
from claimscope.model import Cue, CueKind

PARTICIPLE_BY = regex.compile(
    r"[^\S\n]+by[^\S\n]+(?!(?:" + lexicon.alternation("speaking_means") + r")\b)"
)
"""``sources cited by the outlet``: a cue followed by *by* names a channel, not a claim
(but *said by telephone* is a manner of speaking)."""


PARTICIPLE_BY_WINDOW = 40
"""How far past a cue :data:`PARTICIPLE_BY` looks. Without an end, :mod:`regex`
searches the rest of the text for the literal *by* before matching, at every cue:
quadratic in a long sentence with no *by* in it."""


ADJUNCT_ENTRY = regex.compile(r"(?:in an? |speaking |on condition)")
"""Reporting phrases that qualify an attribution (*in a statement*, *speaking on
condition of anonymity*) rather than introduce one: never a claim's main cue."""

_ADJUNCT_STARTS = ("in a ", "in an ", "speaking ", "on condition")
""":data:`ADJUNCT_ENTRY` as the prefixes it matches (tested on every reporting cue)."""


NAMING_PARTICIPLES = lexicon.words("naming_participles")
"""*called*, *dubbed*: after a lower-case noun they name, not report."""

NAMED_THING = regex.compile(r"[^\S\n]+[\"“‘'\p{Lu}]")


def naming_use(text: str, cue: Cue) -> bool:
    """``a super PAC called Future45``: a naming verb after a noun names, not reports."""
    if cue.text.casefold() not in NAMING_PARTICIPLES:
        return False
    before = text[max(0, cue.start - 30) : cue.start].rstrip()
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    return (
        bool(last) and last.islower() and last.isalpha() and bool(NAMED_THING.match(text, cue.end))
    )


PASSIVE_AGENT_VERBS = lexicon.fields("passive_agent_verbs")
"""Reporting lemmas whose passive names the source after *by*, mapped to the word that
opens the content (*accused by X of C*, *told by X that C*)."""


def passive_with_agent(
    tokens: list[tuple[int, int, str]], k: int, entry: str
) -> tuple[int, int, int] | None:
    """For the one-token passive cue ``tokens[k]`` of lemma ``entry`` (*has been
    accused by X of C*): the agent's span and the index of the token that opens the
    content (*of*, *that*), else ``None``."""
    opener = PASSIVE_AGENT_VERBS.get(entry.casefold())
    if opener is None or not who.is_passive(tokens, k):
        return None
    found = who.passive_agent(tokens, k)
    if found is None:
        return None
    (a, b), j = found
    if tokens[j][2].casefold() != opener or j + 1 >= len(tokens):
        return None
    return a, b, j


def is_attribution_cue(ctx: Context, sentence: tuple[int, int], cue: Cue) -> bool:
    """Whether ``cue`` may head an attribution in ``sentence``: a reporting cue, not a
    qualifying phrase (*in a statement*), not quoted, not a channel (*cited by*), not a
    naming verb after a noun (*a PAC called Future45*)."""
    if cue.kind is not CueKind.REPORTING or cue.entry.startswith(_ADJUNCT_STARTS):
        return False
    inside = ctx.quote_containing(cue.start)
    if inside is not None and (inside.closed or len(inside.pieces) > 1):
        # a cue in an unclosed one-paragraph quote is more likely outside a
        # stray mark than quoted: "“The bridge will close, Aaron Doe said."
        return False
    window = min(sentence[1], cue.end + PARTICIPLE_BY_WINDOW)
    # the literal first: most cues have no "by" after them, and a str search is cheap
    by = ctx.text.find("by", cue.end, window) >= 0
    if by and PARTICIPLE_BY.match(ctx.text, cue.end, window) is not None:
        # *sources cited by the outlet* names a channel; *has been accused by X of C*
        # and *C was reported by X.* name its source (:func:`passive_agent`)
        tokens = ctx.tokens_of(ctx.sentence_of(sentence[0]))
        k = index_at(tokens, cue.start)
        if k >= len(tokens) or tokens[k][1] != cue.end:
            return False
        return passive_with_agent(tokens, k, cue.entry) is not None or (
            what.passive_subject(tokens, k) is not None  # "C was reported by X."
        )
    return (
        not naming_use(ctx.text, cue)
        and not _postmodifier_participle(ctx.text, cue)
        and not _found_in_state(ctx.text, cue)
        and not _answered_a_thing(ctx.text, cue)
        and not _noun_before_verb(ctx, cue)
        and not parenthetical_citing(ctx, cue)
        and not _in_subject_relative(ctx, sentence, cue)
        and not caused_finding(ctx.text, cue)  # "help the book find readers"
    )


_ON_TOPIC = regex.compile(r"[^\S\n]+(?:on|about)\b", regex.I)


def _postmodifier_participle(text: str, cue: Cue) -> bool:
    """*people briefed on the plans*: a participle that ends a source's head phrase
    (``source_postmodifiers.txt``) and takes a topic, not an object, reports nothing
    itself; *briefed reporters on the plans* keeps its object and may report."""
    return cue.text.casefold() in lexicon.words("source_postmodifiers") and bool(
        _ON_TOPIC.match(text, cue.end, cue.end + 8)
    )


_STATE = regex.compile(
    r"[^\S\n]+(?:responsible|guilty|liable|culpable|negligent|innocent|dead|alive"
    r"|unconscious|unharmed|injured|unfit|fit|wanting|lacking)\b",
    regex.I,
)


def _found_in_state(text: str, cue: Cue) -> bool:
    """*anyone found responsible*, *those found guilty*, *two men found dead*: *found*
    right before a state adjective is a passive participle on the noun before it (the
    finder is nobody named), no verb reporting a finding; *the jury found him guilty*
    has its object between."""
    return cue.entry == "find" and bool(_STATE.match(text, cue.end, cue.end + 16))


_ANSWERED_THING = regex.compile(
    r"[^\S\n]+(?:the|a|an|his|her|their|its|my|our|your)[^\S\n]+"
    r"(?:phone|telephone|door|doorbell|call|calls|question|questions|letter|email|summons)\b",
    regex.I,
)


def _answered_a_thing(text: str, cue: Cue) -> bool:
    """*a person who answered the phone*, *answered the door*, *answered questions*:
    *answer* with a thing as its object is an act, not a report of content (*she
    answered that C* still reports)."""
    if cue.entry != "answer" or cue.text.endswith("ing"):
        return False  # '"C," Clinton said answering a question': the quote keeps a cue
    return bool(_ANSWERED_THING.match(text, cue.end, cue.end + 30))


_RELATIVE_BEFORE = regex.compile(r"\b(?:who|that)[^\S\n]+\Z", regex.I)
"""*who*/*that* right before a cue (checked on the few characters before it)."""

_OBJECT_THEN_VERB = regex.compile(r"[^\S\n]+(?:[\p{L}\p{N}'’-]+[^\S\n]+){1,5}")
"""The words (one to five, no punctuation) between a relative clause's cue and the
reporting verb after its object (*found* [*the body*] *said*)."""


def _in_subject_relative(ctx: Context, sentence: tuple[int, int], cue: Cue) -> bool:
    """*The man who found the body said C*: a cue opening a relative clause on the
    subject of a later reporting verb, the clause's object a noun phrase of a few
    words, is part of the subject, not an attribution (*the body said …*). A clause
    with a clause for its object (*who said he saw the attack told*) is left alone:
    :func:`~claimscope.attribution.phrase_shape.relative_on_subject` wants a
    determiner, possessive or name to open the object."""
    if _RELATIVE_BEFORE.search(ctx.text, max(sentence[0], cue.start - 6), cue.start) is None:
        return False
    later = next(
        (
            c
            for c in ctx.cues_between(cue.end, min(sentence[1], cue.end + 60))
            if c.kind is CueKind.REPORTING
        ),
        None,
    )
    if later is None or _OBJECT_THEN_VERB.fullmatch(ctx.text, cue.end, later.start) is None:
        return False
    tokens = ctx.tokens_of(ctx.sentence_of(sentence[0]))
    k = index_at(tokens, cue.start)
    if k >= len(tokens) or tokens[k][0] != cue.start or tokens[k][1] != cue.end:
        return False
    return relative_on_subject(tokens, k - 1, k, index_at(tokens, later.start))


_HEAD_NOUNS = (
    lexicon.words("carriers")
    | lexicon.words("claim_nouns")
    | frozenset(w for w in lexicon.words("sources_document") if " " not in w)
    | frozenset({"comment", "comments"})
)
"""Cue forms that are also the nouns a subject ends in (*the IMF report stated*,
*broker estimates show*)."""


_REDUCED_RELATIVE = regex.compile(r"[^\S\n]+\p{Ll}+(?:ed|en|wn)[^\S\n]+(?:by|to)\b")
"""*reports seen by the BBC*, *claims made to the court*: a participle and its agent or
addressee after a noun, which a verb never has right after it."""


def _noun_before_verb(ctx: Context, cue: Cue) -> bool:
    """``the IMF report stated``: a cue that can be a noun (:data:`_HEAD_NOUNS`) right
    before another reporting cue, with one space between, is the subject's head
    noun; the second is the verb. So is one a participle phrase follows
    (:data:`_REDUCED_RELATIVE`)."""
    if cue.text.casefold() not in _HEAD_NOUNS or not ctx.text.startswith(" ", cue.end):
        return False
    if _REDUCED_RELATIVE.match(ctx.text, cue.end, cue.end + 40) is not None:
        return True  # "Internal reports reviewed by the paper show …": a noun
    k = bisect.bisect_left(ctx.cue_starts, cue.end + 1)
    return k < len(ctx.cues) and (
        ctx.cues[k].start == cue.end + 1 and ctx.cues[k].kind is CueKind.REPORTING
    )


_CITED = regex.compile(r"[^,.;:!?\n\"“”]{1,80}?,[^\S\n]*")
"""The cited phrase after *citing* up to the comma closing the parenthesis."""


_ASIDE_PARTICIPLES = frozenset({"writing", "speaking"})
"""Participles that set off where a speaker spoke (*Nawaz, writing in his column,
argued that C*), not what: the verb after the aside heads the claim."""


def parenthetical_citing(ctx: Context, cue: Cue) -> bool:
    """*Xinhua, citing unnamed officials, said C*: *citing X* set off by commas before
    the verb names where the speaker got it; the verb after it heads the claim. So do
    *writing in …* and *speaking on …* (:data:`_ASIDE_PARTICIPLES`)."""
    aside = cue.entry == "cite" or cue.text.casefold() in _ASIDE_PARTICIPLES
    if not aside or not ctx.text[max(0, cue.start - 2) : cue.start].startswith(","):
        return False
    m = _CITED.match(ctx.text, cue.end, min(len(ctx.text), cue.end + 90))
    if m is None:
        return False
    return any(
        c.kind is CueKind.REPORTING and c.start == m.end()
        for c in ctx.cues_between(m.end(), m.end() + 40)
    )
