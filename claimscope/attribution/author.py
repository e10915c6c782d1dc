"""Author voice: a claim for every remaining declarative sentence.

A sentence no attribution covers is the text's own claim (``author``), unless a
distancing cue (*reportedly*) or an impersonal hedge (*is thought to*) signals an
unnamed source (``unspecified``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from claimscope import confidence as confidence_mod
from claimscope import lexicon
from claimscope._grammar import (
    AUXILIARIES,
    CLAUSE_WORDS,
    FINITE_PASTS,
    IRREGULAR_PARTICIPLES,
    OPENING_CONJUNCTIONS,
    PREPOSITIONS,
)
from claimscope._spans import Coverage
from claimscope.attribution import emit
from claimscope.attribution.context import DATELINE, Context, Raw, bulleted, trim_content
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
    r"\b(?:am|is|are|was|were|been|being)\s+" + _ADVERB + r"told\b"
    r"(?!\s+(?:by|to|off|of|about|apart|so|otherwise|not|on|in|at|during|last|this|"
    r"yesterday|today|earlier|later|after|before|when|while|via|through|over)\b)"
    r"(?=\s+(?:that\b|\p{L}))"
    r"|,\s+(?:the\s+)?[\p{L}’' -]{1,60}?\s+(?:is|are|was|were|been)\s+told"
    r"(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|this\s+week|last\s+week))?[.!]?[\"”’']?\s*\Z",
    regex.I,
)
"""``The inquiry was told C``, ``Jurors were told C``, ``I am told C``, ``C, the court
was told (on Monday).``, ``C, a hearing in Mildura has been told.``: reported speech
whose speaker the text does not name (``told by Y`` names Y; ``told to leave`` is an
instruction)."""

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


CLAUSE_LINKS = lexicon.words("clause_links")
"""Conjunctions that, after a comma, join the sentence's first attribution to the
writer's clause before it (*Brent rose to $84, after OPEC+ ministers signalled that
C*; *X carried 4 million passengers, and the authority expects C*)."""

CONCESSIVE = regex.compile(
    r"(?:While|Although|Though|Whereas)[^\S\n]+(?![a-z]+ing\b)[^,;:\"“”\n]{12,300}?,[^\S\n]*\Z"
)
"""A concessive clause opening the sentence and closed by the comma right before its
first attribution (*While police have not officially identified the victim, loved
ones say C*): the writer states it as a fact beside the attributed claim. Not a
participle (*While having a debate*), which has no subject of its own."""

PARTICIPLE_LINK = regex.compile(r"(?:,|[^\S\n]by)[^\S\n]*\Z")
"""What joins the writer's main clause to a participle cue sharing its subject: a
comma (*X met reporters, saying C*) or *by* (*X admitted as much by agreeing that C*)."""

_LAST_WORD = regex.compile(r"(?r)([\p{L}]+)[^\p{L}]*\Z")
"""The last word of a stretch and what follows it, searched from the stretch's end
(``(?r)``), so the search reads that word, not the whole stretch before it."""
_FIRST_WORD = regex.compile(r"[\s\"“‘']*([\p{L}]+)")

CLAUSE_MIN_WORDS = 5
"""The fewest words of a writer's clause kept as a claim of its own (*Later in the
show, after …* is an adjunct)."""

LIST_MEMBER_WORDS = 3
"""The most words a member of a listed subject has (*environmental groups*) in
:func:`_listed_subjects`."""

CLAUSE_REACH = 400
"""The longest writer's clause looked for before an attribution (the search is
bounded)."""

SUMMARY_WORDS = 3
"""The most words of a noun phrase summing up the writer's clause (*, a move that*,
*, a decision which*)."""

SUBORDINATORS = (CLAUSE_WORDS - OPENING_CONJUNCTIONS - {"that"}) | {"who"}
"""First words of a subordinate clause (*If the refugees …*, *After the vote*): a
stretch opening with one before a comma is no main clause of the writer's (*that*
opens one as a determiner, *But* and *So* as conjunctions)."""

ADJUNCT_FIRST = PREPOSITIONS | {"later", "earlier"}
"""First words of an adjunct (*In the old Soviet Union*, *Later in the show*): a
stretch opening with one is a main clause only after a comma closes the adjunct (*At
her school, parents protested*), or when a number follows (*Between 130 and 160
courses are closing*)."""

_ADJUNCT = regex.compile(r"[\s\"“‘']*[\p{L}]+\b(?![^\S\n]*\d)")
"""A first word followed by no number (*About 40 people* is a subject)."""


class First(NamedTuple):
    """The first attribution of a sentence, as the writer's clause sees it."""

    start: int
    """Where it starts: the first of its source (when named in the sentence), cue,
    attribution clause and content. The writer's clause ends before it, unless it
    shares its source with that clause (:attr:`own`)."""
    own: int
    """Where its words after a source it may share start: its cue, content or
    attribution clause, the clause taken from its relative pronoun (*…, a former
    engineer, who says C*: the engineer is named in the writer's clause)."""
    participle: bool
    """Whether its cue is a participle sharing the subject of the clause before it
    (*X met reporters, saying C*): the writer's clause may then hold the source."""
    relative: int
    """Where the relative pronoun joining it to a name before stands, or -1."""
    end: int
    """Where its content ends."""


def _first(r: Raw, sentence_start: int) -> First:
    """``r`` as the first attribution of the sentence starting at ``sentence_start``."""
    clause = _own_clause(r)
    own = min(r.start, (clause or (r.start, 0))[0], r.cue.start if r.cue else r.start)
    source = r.source[0] if r.source is not None else own
    start = min(own, source) if source >= sentence_start else own
    participle = r.rule is Rule.SHARED_SUBJECT and r.cue is not None and r.cue.text.endswith("ing")
    relative = r.relative[0] if r.relative is not None else -1
    return First(start, own, participle, relative, r.end)


def _own_clause(r: Raw) -> tuple[int, int] | None:
    """``r``'s attribution clause, from its relative pronoun when it has one: a
    source named before the pronoun (*…, a former engineer, who says C*) may be a
    word of the writer's clause too, so only the rest of the clause is attributed."""
    if r.clause is None or r.relative is None:
        return r.clause
    return min(r.relative[0], r.clause[1]), r.clause[1]


def first_attributions(raws: list[Raw], sentences: Sequence[tuple[int, int]]) -> dict[int, First]:
    """Per sentence, its first attribution (:class:`First`)."""
    out: dict[int, First] = {}
    for r in raws:
        s = r.sentence
        if not 0 <= s < len(sentences):
            continue
        first = _first(r, sentences[s][0])
        if sentences[s][0] <= first.start and (s not in out or first.start < out[s].start):
            out[s] = first
    return out


def author_claims(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Claim]:
    """One claim per remaining declarative sentence in the text's own voice, and one
    for the writer's clause before the sentence's attributions
    (:func:`writer_clause`). A dateline opening a paragraph (*BEIJING (AFP) -*) is no
    word of the sentence's claim."""
    clauses = [c for c in map(_own_clause, raws) if c is not None]
    attributed = Coverage([(r.start, r.end) for r in raws] + clauses)
    firsts = first_attributions(raws, ctx.sentences)
    claims: list[Claim] = []
    for s_index, (start, end) in enumerate(ctx.sentences):
        if s_index in furniture:
            continue
        if attributed.overlaps(start, end):
            first = firsts.get(s_index)
            own = None if first is None else writer_clause(ctx, attributed, (start, end), first)
            if own is None:
                continue
            start, end = own
        if bulleted(ctx.text, start):
            start = trim_content(ctx.text, start, end)[0]  # "* Two men died": no bullet
        elif ctx.text[max(0, start - 1) : start] in ("", "\n"):
            dateline = DATELINE.match(ctx.text, start, end)
            if dateline is not None and dateline.end() < end:
                start = dateline.end()  # "BEIJING (AFP) - China summoned …": filed where
        claims.append(_author_claim(ctx, s_index, start, end))
    return claims


def writer_clause(
    ctx: Context, attributed: Coverage, sentence: tuple[int, int], first: First
) -> tuple[int, int] | None:
    """The writer's own clause opening ``sentence`` before its ``first`` attribution,
    or ``None``. The clause ends where :func:`_joined_at` finds the attribution joined
    to it; it has :data:`CLAUSE_MIN_WORDS` words or more, opens with no subordinating
    word (:data:`SUBORDINATORS`: *After the vote, X said C* has no main clause before
    the attribution), closes any adjunct it opens with by a comma
    (:data:`ADJUNCT_FIRST`), opens with no quotation mark and leaves none open. A
    concessive clause opening the sentence (:data:`CONCESSIVE`: *While police have
    not named the victim, neighbours say C*) is the writer's too."""
    text = ctx.text
    start = sentence[0]
    if first.own - start > CLAUSE_REACH or ctx.quote_containing(start):
        return None
    concessive = CONCESSIVE.match(text, start, first.start)
    cut = text.rindex(",", start, first.start) if concessive else _joined_at(text, sentence, first)
    if cut is None or attributed.overlaps(start, cut):
        return None
    main = text[start:cut].rstrip(" ,;:—–-\n")
    head = _FIRST_WORD.match(main)
    if head is None or main[:1] in "\"“‘'":
        return None
    word = head.group(1).casefold()
    if concessive is None and (
        len(main.split()) < CLAUSE_MIN_WORDS
        or word in SUBORDINATORS
        or (word in ADJUNCT_FIRST and "," not in main and _ADJUNCT.match(main))
        or main.count('"') % 2
        or main.count("''") % 2
        or main.count("“") != main.count("”")
        or _listed_subjects(main, text, cut)
    ):
        return None
    return start, start + len(main)


_AND_OR = regex.compile(r",\s*(?:and|or)\b")
_VERB_LIKE = AUXILIARIES | FINITE_PASTS | IRREGULAR_PARTICIPLES


def _listed_subjects(main: str, text: str, cut: int) -> bool:
    """Whether ``main``, cut at ``, and``/``, or`` before an attribution, is the head
    of a list of subjects rather than a clause (*But labor unions, environmental
    groups, and many lawmakers claim C*): two or more short comma-separated members
    with no number, no past form and no auxiliary. A clause of such short pieces
    (*In March, shares rose sharply*) opens with a preposition."""
    if not _AND_OR.match(text, cut):
        return False
    words = main.split()
    if words and words[0].casefold() in OPENING_CONJUNCTIONS:
        main = main[len(words[0]) :]
    members = [m.split() for m in main.split(",")]
    if len(members) < 2 or not members[0] or members[0][0].casefold() in ADJUNCT_FIRST:
        return False
    return all(
        0 < len(m) <= LIST_MEMBER_WORDS
        and not any(not w.isalpha() or w.endswith("ed") or w.casefold() in _VERB_LIKE for w in m)
        for m in members
    )


def _joined_at(text: str, sentence: tuple[int, int], first: First) -> int | None:
    """Where the writer's clause before ``first`` ends: at the comma before a
    conjunction (:data:`CLAUSE_LINKS`: *Brent rose to $84, after ministers
    signalled that C*) or a noun phrase summing it up (*…, a move that marketers said
    C*) that opens the attribution; at a relative pronoun whose attribution closes the
    sentence (*… by a former engineer, who says C.*); or, when the attribution's cue
    is a participle sharing the clause's subject, at the comma or *by* before the cue
    (*X met reporters, saying C*; *X admitted as much by agreeing that C*). ``None``
    when nothing joins them so."""
    start, end = sentence
    if first.relative >= 0:
        closing = not text[first.end : end].strip(" .!?\"”’'\n")
        if closing and text[start : first.relative].rstrip().endswith(","):
            return first.relative  # (else the main clause goes on, or no comma sets it off)
    link = PARTICIPLE_LINK.search(text, start, first.own) if first.participle else None
    if link is not None:
        return _linked_before(text, start, link.start()) or link.start()  # "Y, and, citing C"
    return _linked_before(text, start, first.start)


def _linked_before(text: str, start: int, lo: int) -> int | None:
    """The comma before a conjunction or a summing noun phrase that ends the stretch
    ``[start, lo)``, or ``None``."""
    m = _LAST_WORD.search(text, start, lo)
    if m is None:
        return None
    word = m.group(1).casefold()
    if word in ("that", "which"):
        comma = text.rfind(",", start, m.start(1))
        if comma < 0 or len(text[comma + 1 : m.start(1)].split()) > SUMMARY_WORDS:
            return None
        return comma
    before = text[start : m.start(1)].rstrip()
    if word not in CLAUSE_LINKS or not before.endswith(","):
        return None  # "three days after X said", "such as": no clause joined
    return start + len(before) - 1


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
