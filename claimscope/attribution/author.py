"""Author voice: a claim for every remaining declarative sentence.

A sentence no attribution covers is the text's own claim (``author``), unless a
distancing cue (*reportedly*) or an impersonal hedge (*is thought to*) signals an
unnamed source (``unspecified``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from claimscope import confidence as confidence_mod
from claimscope import lexicon
from claimscope._grammar import CLAUSE_WORDS, PREPOSITIONS
from claimscope._spans import Coverage
from claimscope.attribution import emit
from claimscope.attribution.context import Context, Raw
from claimscope.labels import Rule
from claimscope.model import AUTHOR, Claim, Cue, CueKind, QuoteKind

UNNAMED_SOURCE_ADVERBS = lexicon.words("unnamed_source_adverbs")
"""*reportedly*, *allegedly*: an author-voice sentence attributed to nobody named."""

IMPERSONAL_HEDGE = regex.compile(
    r"(?:is|are|was|were|been)\s+(?:thought|believed|understood)\s+to\Z", regex.I
)
"""``X is thought to …``: a hedge that also signals an unnamed source (SPEC
``unspecified``), like *reportedly*."""

_ADVERB = r"(?:(?:not|\p{L}+ly)\s+)?"

IS_ACCUSED = regex.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+" + _ADVERB + r"(?:"
    r"accused\s+of|blamed\s+for|criti[cs]i[sz]ed(?!\s+by\b)|condemned\s+for"
    r")\b",
    regex.I,
)
"""``X was accused of …``, ``have been blamed for``: a passive with nobody named as
its agent (with an agent, *accused by Y of*, the passive-agent pattern names Y)."""

IS_EXPECTED = regex.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+" + _ADVERB + r"(?:expected|thought|believed)\s+to\b",
    regex.I,
)
"""``X is expected to …``, ``could be expected to``: a guess nobody is named for."""

UNDER_CRITICISM = regex.compile(
    r"\b(?:(?:came|come|comes|coming)\s+under|(?:faced?|faces|facing|drew|draws|drawing|"
    r"drawn|attracted|attracts|attracting|sparked|sparks|sparking|provoked|provokes))\s+"
    r"(?:[\p{L}-]+\s+){0,2}?(?:criticism|ridicule|fire|scrutiny|backlash|condemnation|"
    r"accusations|allegations|complaints)\b(?![^\S\n]+from\b)",
    regex.I,
)
"""``The agency came under criticism for …``, ``the clip has faced ridicule``: people
the text does not name criticise (``from Y`` names them, and is left alone)."""

UNNAMED_CLAIMS = regex.compile(
    r"(?:\A[\"“‘']?|\b(?:with|amid|amidst|despite|after|following|over)\s+)"
    r"(?!(?:the|his|her|their|its|our|my|your|these|those|this|that|an?)\b)"
    r"(?:[\p{L}-]+\s+)?(?:allegations|accusations|claims|reports|rumou?rs)\s+(?:of|that)\b",
    regex.I,
)
"""``Allegations of fraud have dogged …``, ``amid reports that …``: claims nobody in
the text owns (a possessive or determiner, *his claims that*, names or points to one)."""

UNNAMED_ATTITUDES = regex.compile(
    r"(?:\A[\"“‘']?|[,;:—–]\s*|\b(?:and|but|yet|still|now)\s+)"
    r"(?!(?:the|his|her|their|its|our|my|your|these|those|this|that|an?)\b)"
    r"(?:[\p{L}-]+\s+)?(?:suspicions|fears|concerns|doubts|worries|speculation|rumou?rs)\s+"
    r"(?:(?:have|has|had)\s+)?(?:long\s+|also\s+|now\s+)?"
    r"(?:persist(?:ed|s)?|r[au]ns?\s+high|gr[eo]w[sn]?|mount(?:ed|s)?|linger(?:ed|s)?|"
    r"remain(?:ed|s)?|swirl(?:ed|s)?|abound(?:ed|s)?|circulated?|surfaced)\s+that\b",
    regex.I,
)
"""``Suspicions run high that C``, ``fears grew that C``, ``…, and concerns remain
that C``: an attitude the text says is abroad, held by nobody it names. The noun
opens its clause (after a possessive, *her fears grew that*, somebody holds it)."""

WAS_TOLD = regex.compile(
    r"\b(?:is|are|was|were|been|being)\s+" + _ADVERB + r"told\b"
    r"(?!\s+(?:by|to|off|of|about|apart|so|otherwise|not|on|in|at|during|last|this|"
    r"yesterday|today|earlier|later|after|before|when|while|via|through|over)\b)"
    r"(?=\s+(?:that\b|\p{L}))"
    r"|,\s+(?:the\s+)?[\p{L}’' -]{1,40}?\s+(?:is|are|was|were|been)\s+told[.!]?[\"”’']?\s*\Z",
    regex.I,
)
"""``The inquiry was told C``, ``Jurors were told C``, ``C, the court was told.``:
reported speech whose speaker the text does not name (``told by Y`` names Y; ``told to
leave`` is an instruction)."""

UNNAMED_SHAPES = (
    (IS_EXPECTED, Rule.IS_THOUGHT_TO),
    (WAS_TOLD, Rule.IMPERSONAL),
    (IS_ACCUSED, Rule.IS_ACCUSED),
    (UNDER_CRITICISM, Rule.UNDER_CRITICISM),
    (UNNAMED_CLAIMS, Rule.UNNAMED_CLAIMS),
    (UNNAMED_ATTITUDES, Rule.UNNAMED_CLAIMS),
)
"""Author-voice sentences whose wording signals an attribution to nobody named, each
with its rule, first match wins."""

SHAPE_WORDS = (
    *("accus", "blam", "critic", "critis", "condemn"),  # IS_ACCUSED
    *("expect", "thought", "believ"),  # IS_EXPECTED
    "told",  # WAS_TOLD
    *("ridicul", "fire", "scrutin", "backlash", "alleg", "complain"),  # UNDER_CRITICISM
    *("claim", "report", "rumo"),  # UNNAMED_CLAIMS
    *("suspic", "fear", "concern", "doubt", "worri", "specul"),  # UNNAMED_ATTITUDES
)
"""Lower-case pieces of the words :data:`UNNAMED_SHAPES` turn on: every match of
every shape holds one of them. Most sentences hold none, and then the five searches
(a fifth of the author pass) are left out. Keep it in step with the shapes (a
property test in ``tests/test_speedups.py`` checks it)."""


def may_be_unnamed(sentence: str) -> bool:
    """Whether a pattern of :data:`UNNAMED_SHAPES` may match ``sentence``: false only
    when none can. The shapes match case-insensitively, where *İ* and the long *ſ*
    stand for *i* and *s* but ``str.lower`` keeps them apart: a sentence holding
    either is searched in full."""
    if "\u0130" in sentence or "\u017f" in sentence:
        return True
    folded = sentence.lower()
    return any(word in folded for word in SHAPE_WORDS)


def unnamed_rule(ctx: Context, start: int, end: int, cues: tuple[Cue, ...]) -> Rule | None:
    """The rule by which the sentence ``[start, end)`` is attributed to nobody named
    (SPEC ``unspecified``), or ``None`` when it is the author's own claim."""
    for c in cues:
        if c.kind is CueKind.DISTANCING and c.entry in UNNAMED_SOURCE_ADVERBS:
            return Rule.REPORTEDLY  # "The minister has reportedly resigned"
        if c.kind is CueKind.HEDGE and IMPERSONAL_HEDGE.match(c.entry):
            return Rule.IS_THOUGHT_TO
    sentence = ctx.text[start:end]
    if not may_be_unnamed(sentence):
        return None
    for pattern, rule in UNNAMED_SHAPES:
        m = pattern.search(sentence)
        if m is not None and not (rule is Rule.IS_ACCUSED and _BY.search(sentence, m.end())):
            return rule  # (not "was accused of fraud by prosecutors": they are named)
    return None


_BY = regex.compile(r"\bby\b", regex.I)


LEAD_LINKS = frozenset(
    "after as when while before since because although though until once whereas".split()
)
"""Conjunctions that join an attribution to the main clause before it (*Brent rose to
$84, after OPEC+ ministers signalled that C*): the main clause is the author's."""

_LAST_WORD = regex.compile(r"([\p{L}]+)[^\p{L}]*\Z")
_FIRST_WORD = regex.compile(r"[\s\"“‘']*([\p{L}]+)")
_LEAD_MIN_WORDS = 5
"""The fewest words of a main clause taken before an attribution (*Later in the
show, after …* is an adjunct)."""
_SUMMARY_WORDS = 3
"""The most words of a noun phrase summing up a clause (*, a move that*, *, a
decision which*)."""


def _lead_end(text: str, start: int, end: int, lead: tuple[int, int, int]) -> int | None:
    """Where the main clause that opens the sentence ``[start, end)`` ends, when the
    attribution ``lead`` (where it starts, its relative pronoun or -1, where it ends)
    is joined to it after a comma by a conjunction (:data:`LEAD_LINKS`: *Brent rose,
    after ministers signalled that C*), a noun summing it up (*…, a move that
    marketers said C*) or a relative pronoun closing the sentence (*… by a former
    engineer, who says C.*); else ``None``. A sentence opening with its own subordinate
    clause (*After the vote, X said C*) has no main clause before the attribution, and
    a relative clause without a comma (*those who said C*) belongs to a noun phrase."""
    lo, relative, reach = lead
    if relative >= 0:
        if text[reach:end].strip(" .!?\"”’'\n") or not text[start:relative].rstrip().endswith(","):
            return None  # the main clause goes on after it, or no comma sets it off
        cut = relative
    else:
        m = _LAST_WORD.search(text, start, lo)
        if m is None:
            return None
        cut = m.start(1)
        word = m.group(1).casefold()
        if word in ("that", "which"):
            comma = text.rfind(",", start, cut)
            if comma < 0 or len(text[comma + 1 : cut].split()) > _SUMMARY_WORDS:
                return None
            cut = comma
        elif word not in LEAD_LINKS or not text[start:cut].rstrip().endswith(","):
            return None  # "three days after X said", "such as": no clause joined
    main = text[start:cut].rstrip(" ,;:—–\n")
    first = _FIRST_WORD.match(main)
    if (
        len(main.split()) < _LEAD_MIN_WORDS
        or first is None
        or first.group(1).casefold() in LEAD_LINKS | {"if", "unless", "who", "which"}
        or main.lstrip()[:1] in "\"“‘'"
    ):
        return None
    return start + len(main)


def _leads(
    raws: list[Raw], sentences: Sequence[tuple[int, int]]
) -> dict[int, tuple[int, int, int]]:
    """Per sentence, its first attribution: where it starts (content or clause), where
    the relative pronoun that joins it to a name before stands (-1 if none: *…, who
    says C* has its source before the pronoun), and where its content ends."""
    out: dict[int, tuple[int, int, int]] = {}
    for r in raws:
        lo = min(r.start, (r.clause or (r.start, 0))[0])
        s = r.sentence
        if 0 <= s < len(sentences) and sentences[s][0] <= lo and (s not in out or lo < out[s][0]):
            out[s] = (lo, r.relative[0] if r.relative is not None else -1, r.end)
    return out


def author_claims(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Claim]:
    """One claim per remaining declarative sentence in the text's own voice, and one
    for the writer's clause a later attribution in the sentence leaves: a main clause
    an attribution is joined to (:func:`_lead_end`), the main clause before a
    participle cue sharing its subject (:func:`participle_main_end`), or a clause
    opening the sentence before a comma and a conjunction or a concessive clause
    (:func:`leading_clause`), tried in that order."""
    text = ctx.text
    attributed = Coverage([(r.start, r.end) for r in raws] + [r.clause for r in raws if r.clause])
    leads = _leads(raws, ctx.sentences)
    participles = {
        r.sentence
        for r in raws
        if r.rule is Rule.SHARED_SUBJECT
        and r.cue is not None
        and r.cue.text.endswith("ing")
        and leads.get(r.sentence, (-1,))[0] == r.cue.start
    }
    firsts = sorted(_first_offset(r) for r in raws)
    claims: list[Claim] = []
    for s_index, sentence in enumerate(ctx.sentences):
        if s_index in furniture:
            continue
        start, end = sentence
        if attributed.overlaps(start, end):
            lead = leads.get(s_index)
            cut = None
            if lead is not None and not attributed.overlaps(start, lead[0]):
                cut = _lead_end(text, start, end, lead)
                if cut is None and s_index in participles:
                    cut = participle_main_end(text, start, lead[0])
            if cut is not None:
                end = cut
            else:
                own = _leading(ctx, attributed, firsts, start, end)
                if own is None:
                    continue
                start, end = own
        claims.append(_author_claim(ctx, s_index, start, end))
    return claims


PARTICIPLE_LINK = regex.compile(r"(?:,|[^\S\n]by)[^\S\n]*\Z")
"""What joins the writer's main clause to a participle cue sharing its subject: a
comma (*X met reporters, saying C*) or *by* (*X admitted as much by agreeing that C*)."""


_NOT_IN_MAIN = ('"', "“", "”", "''", ":", ";", "--", "—", "–")
"""Marks that show the stretch before a participle cue is no plain main clause."""


def participle_main_end(text: str, start: int, cue_start: int) -> int | None:
    """Where the writer's main clause ends when the sentence's first attribution is a
    participle cue sharing its subject (*The minister met reporters on Monday, saying
    C*; *X has effectively admitted as much by agreeing that C*): the clause says what
    X did in the writer's voice. ``None`` unless a comma or *by* joins them and the
    clause has :data:`_LEAD_MIN_WORDS` words and none of :data:`_NOT_IN_MAIN`."""
    m = PARTICIPLE_LINK.search(text, start, cue_start)
    if m is None:
        return None
    main = text[start : m.start()].rstrip()
    if len(main.split()) < _LEAD_MIN_WORDS or any(mark in main for mark in _NOT_IN_MAIN):
        return None  # a quotation, a list after a colon, a dash aside: no plain clause
    first = _FIRST_WORD.match(main)
    if first is None or first.group(1).casefold() in LEADING_CLAUSE_NOT_FIRST:
        return None  # "After the vote, saying C": an adjunct, no main clause
    return start + len(main)


def _leading(
    ctx: Context, attributed: Coverage, firsts: list[int], start: int, end: int
) -> tuple[int, int] | None:
    """The writer's clause opening the sentence ``[start, end)`` before its first
    attribution (``firsts``: where each attribution starts, sorted), when
    :func:`leading_clause` finds one no attribution or quotation covers."""
    i = bisect.bisect_left(firsts, start)
    if i == len(firsts) or firsts[i] >= end:
        return None
    lead = leading_clause(ctx.text, start, firsts[i])
    if lead is None or attributed.overlaps(*lead) or ctx.quote_containing(lead[0]):
        return None
    return lead


def _first_offset(raw: Raw) -> int:
    """Where ``raw``'s attribution starts: its content, source, cue or clause."""
    lo = raw.start
    if raw.clause is not None:
        lo = min(lo, raw.clause[0])
    if raw.source is not None:
        lo = min(lo, raw.source[0])
    if raw.cue is not None:
        lo = min(lo, raw.cue.start)
    return lo


LEADING_CLAUSE_END = regex.compile(
    r",[^\S\n]*(?:and|but|while|whereas|although|though|yet|after|with|amid)[^\S\n]+\Z"
)
"""A comma and a conjunction closing the writer's clause before an attributed one
(*X carried N passengers, and the authority expects C*)."""

CONCESSIVE = regex.compile(
    r"((?:While|Although|Though|Whereas)[^\S\n]+(?![a-z]+ing\b)[^,;:\"“”\n]{12,300}?),[^\S\n]*\Z"
)
"""A concessive clause opening the sentence and closed by the comma before its first
attribution (*While police have not officially identified the victim, loved ones say
C*): the writer states it as a fact beside the attributed claim. Not a participle
(*While having a debate*), which has no subject of its own."""

LEADING_CLAUSE_MIN_WORDS = 5
"""The fewest words of a writer's clause kept as a claim of its own."""


def leading_clause(text: str, start: int, first: int) -> tuple[int, int] | None:
    """The writer's own clause opening the sentence at ``start`` when the sentence's
    first attribution starts at ``first`` right after a comma and a conjunction
    (*Westline Ferries carried a record 4.2 million passengers last year, and the
    port authority expects C*; *The regulator approved a rise, after suppliers argued
    that C*), or the concessive clause before it (:data:`CONCESSIVE`), else
    ``None``."""
    if first - start > LEADING_CLAUSE_REACH:
        return None
    concessive = CONCESSIVE.match(text, start, first)
    if concessive is not None:
        return concessive.span(1)  # "While police have not named the victim, neighbours say C"
    m = LEADING_CLAUSE_END.search(text, start, first)
    if m is None:
        return None
    end = m.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    piece = text[start:end]
    words = piece.split()
    if (
        len(words) < LEADING_CLAUSE_MIN_WORDS
        or words[0].casefold() in LEADING_CLAUSE_NOT_FIRST
        or any(ch in piece for ch in '"“”')
    ):
        return None  # "If the refugees X, Y and Z …", "Later in the show": no clause
    return start, end


LEADING_CLAUSE_NOT_FIRST = CLAUSE_WORDS | PREPOSITIONS | {"later", "earlier", "then"}
"""First words of a stretch before a comma that is a subordinate clause or an adjunct
(*If the refugees …*, *Later in the show*), not the writer's main clause."""


LEADING_CLAUSE_REACH = 400
"""The longest writer's clause looked for before an attribution (the search is
bounded)."""


def _author_claim(ctx: Context, s_index: int, start: int, end: int) -> Claim:
    """The claim of the writer's own ``[start, end)`` in sentence ``s_index`` (or one
    attributed to nobody named, :func:`unnamed_rule`)."""
    cues = tuple(
        c
        for c in ctx.cues_between(start, end)
        if c.kind is not CueKind.REPORTING or emit.bears_on_content(c, in_clause=False)
    )
    unnamed = unnamed_rule(ctx, start, end, cues)
    if unnamed is not None:
        source, rule = emit.UNSPECIFIED, unnamed
        quote = emit.quote_kind(ctx, start, end, True)
    else:
        source, quote, rule = AUTHOR, QuoteKind.NONE, Rule.AUTHOR
    return Claim(
        start=start,
        end=end,
        text=ctx.text[start:end],
        sentence=s_index,
        quote=quote,
        confidence=confidence_mod.label(cues, attributed=unnamed is not None),
        source=source,
        cue=None,
        cues=cues,
        rule=rule,
    )
