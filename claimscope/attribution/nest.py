"""Nesting: an attribution whose content is itself an attribution.

In *The Daily Planet says that, according to the memoir, a palace aide asserted C*
the outlet's content is the memoir's attribution, whose content is the aide's. A
reader wants one claim, C, with its innermost source (*a palace aide*) and the others
on its chain, innermost first (*the memoir*, then *The Daily Planet*).
:func:`innermost` peels such layers off an attribution the cue patterns found; the
outer claims, whose contents are only the inner attributions, are not kept.

A link with nobody named (*X were said to have warned*) is an empty span in
:attr:`Raw.chain <claimscope.attribution.context.Raw.chain>`: the ``unspecified``
link (see :func:`unspecified_link`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from claimscope import lexicon
from claimscope import sources as sources_mod
from claimscope._grammar import NP_PREPOSITIONS
from claimscope.attribution import channels, cue_gate, patterns, who
from claimscope.attribution._denied_claims import denies_a_claim
from claimscope.attribution.context import Context, Raw, trim_content
from claimscope.entities.name_runs import PARTICLES
from claimscope.entities.role_holders import holder_name
from claimscope.labels import Rule
from claimscope.model import Cue, CueKind, SourceType

__all__ = [
    "MAX_DEPTH",
    "innermost",
    "link_of",
    "plain_source",
    "relayed",
    "reported_actions",
    "unspecified_link",
]

NEST_REACH = 200
"""How far into a content (in characters) a nested cue may start: the inner
attribution opens the content (*…said the governor believes…*), and the bound keeps
a sentence of a thousand cues linear."""

MAX_DEPTH = 4
"""The most layers peeled off one claim (real chains have two or three)."""


CONNECTIVE = regex.compile(r"[\s,;:—–]*(?:that\b[\s,;:—–]*)?", regex.I)
"""What may stand between an outer cue and the attribution nested in its content
(*says that, according to…*) or after it: punctuation, spaces, one *that*."""


MAX_SOURCE_WORDS = 8
"""The longest subject (in words) taken for an attribution nested in a content."""


NOT_IN_SOURCE = frozenset({"that", "who", "which", "whom", "whose", "what", "to", "and"})
"""Words that show a subject scan ran into a clause (*and* too: *X and Y* stays with
the outer attribution rather than risk a clause)."""


NOUN_REASONS = (
    "role",
    "anonymous noun",
    "unidentified '",
    "institution",
    "document noun",
    "media noun",
    "group noun",
    "outlet",
    "title",
    "group of",
)
"""The reasons of :func:`claimscope.sources.classify` that name a source noun."""


NAME_REASONS = (
    "personal name",
    "outlet-like name",
    "given name",
    "acronym",
    "name after a description",
)
"""The reasons that name a source by its name (then every word is capitalised, or a
name particle: *van Doorn*, whose *van* reads as a description before the name)."""


ACCORDING_RULES = frozenset({Rule.ACCORDING_TO_LEADING, Rule.ACCORDING_TO_TRAILING})
"""Rules whose source phrase is marked off by *according to*, so trusted as it is."""


NESTING_VERBS = lexicon.words("nesting_verbs")
"""The reporting lemmas that may open a nested attribution (*say*, *believe*, …)."""


INNER_RULES = frozenset({Rule.SAID})
"""The rules of an attribution nested in another's content: *Y believes C* in *X
said Y believes C*."""


NESTED_RULES = {Rule.IS_SAID_TO: frozenset({Rule.SAID, Rule.SHARED_SUBJECT})}
"""Where more may nest: *X were said to have warned C* (the subject shared)."""


MAX_ADDRESSEE_WORDS = 2
"""The most words between a nested cue and its content (*told the inspectors that*)."""


ARTICLES = frozenset({"the", "a", "an"})

PLAIN_WORD = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)?")

VERB_ENDINGS = ("ing", "ed", "ly")
"""Endings that make a lower-case word more likely a verb or adverb than a noun."""


def unspecified_link(at: int) -> tuple[int, int]:
    """The chain link of an attribution with nobody named: an empty span at ``at``
    (:mod:`~claimscope.attribution.emit` makes it an ``unspecified`` source)."""
    return at, at


def link_of(raw: Raw) -> tuple[int, int]:
    """The chain link ``raw``'s source becomes when a claim is relayed through it."""
    if raw.source is None or raw.unspecified:
        at = raw.cue.start if raw.cue is not None else raw.start
        return unspecified_link(at)
    return raw.source


def _connective(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only connective words (:data:`CONNECTIVE`)."""
    if end <= start:
        return True
    m = CONNECTIVE.match(text, start, end)
    return m is not None and m.end() == end


def _extent(raw: Raw) -> tuple[int, int]:
    """The span of ``raw``'s attribution: its content, source, cue and clause."""
    lo, hi = raw.start, raw.end
    for span in (raw.source, raw.clause):
        if span is not None and span[0] < span[1]:
            lo, hi = min(lo, span[0]), max(hi, span[1])
    for a, b in raw.chain:
        if a < b:
            lo, hi = min(lo, a), max(hi, b)
    if raw.cue is not None:
        lo, hi = min(lo, raw.cue.start), max(hi, raw.cue.end)
    return lo, hi


def _clipped(text: str, raw: Raw, start: int) -> Raw:
    """``raw`` with a source that runs back over the outer cue (*The senator said the
    governor* before *believes*) cut at the outer content's ``start``."""
    src = raw.source
    if src is None or not src[0] < start < src[1]:
        return raw
    m = CONNECTIVE.match(text, start, src[1])
    a = start if m is None else m.end()
    if a >= src[1]:
        return raw
    clause = raw.clause
    if clause is not None and clause[0] == src[0]:
        clause = (a, clause[1])
    return attrs.evolve(raw, source=(a, src[1]), clause=clause)


def _phrase_type(text: str, span: tuple[int, int]) -> tuple[SourceType, str] | None:
    """The source type and reason of ``text[span]`` when it may be a source phrase at
    all: a few words, none that a source never holds, opening as a noun phrase, and of
    a type other than the author's or nobody's; else ``None``."""
    words = text[span[0] : span[1]].split()
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    if any(w.casefold() in NOT_IN_SOURCE for w in words):
        return None
    if words[0].casefold() in NP_PREPOSITIONS or not who.can_start_np(words[0]):
        return None
    kind, reason = sources_mod.classify(text[span[0] : span[1]])
    if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
        return None
    return kind, reason


def plain_source(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text[span]`` is plainly a source: a short name (*Rep. Jane Doe*, *The
    Daily Planet*) or a phrase headed by a source noun (*a palace aide*, *the memoir*),
    not a pronoun or a stretch of clause the subject scan ran over (*policies she
    supported that Trump*).

    A subject found inside another attribution's content is trusted only so far:
    there the cue patterns have nothing else to go on.
    """
    held = holder_name(text, *span)  # "Her spokesman, Jane Roe": the name is plain
    if held is not None:
        span = held
    typed = _phrase_type(text, span)
    if typed is None:
        return False
    reason, words = typed[1], text[span[0] : span[1]].split()
    if reason.startswith(NOUN_REASONS):
        return True
    if reason == "definite description":
        # *the harbour master*: an article and a few plain lower-case words
        return (
            words[0].casefold() in ARTICLES
            and 2 <= len(words) <= 4
            and all(PLAIN_WORD.fullmatch(w) and not w.endswith(VERB_ENDINGS) for w in words[1:])
        )
    names = words[1:] if words[0].casefold() == "the" else words
    first = next((i for i, w in enumerate(names) if w[:1].isupper()), 0)
    if first and sources_mod.is_role(names[first - 1].casefold()):
        names = names[first:]  # *chief executive Jane Roe*: a role before the name
    return reason.startswith(NAME_REASONS) and all(
        w[:1].isupper() or w in PARTICLES
        for w in names  # "van Doorn"
    )


def _verb_use(text: str, raw: Raw, cue: Cue) -> bool:
    """Whether ``cue`` reads as the verb of ``raw``'s source: not a noun after a
    singular subject (*the false claim that*, *the AP report that*), and with at
    most an addressee before the content (*told him that C*, not *tells so many
    lies that C*)."""
    src = raw.source
    if src is None:
        return False
    words = text[src[0] : src[1]].split()
    if (
        cue.text.casefold() == cue.entry.casefold()
        and words[0].casefold() in ARTICLES
        and not words[-1].casefold().endswith("s")
    ):
        return False
    after = cue.end
    for a, b in raw.chain:
        if after <= a and b <= raw.start:
            after = b  # *warned in an interview given to the magazine that C*
    between = text[after : raw.start].split()
    if between and between[-1].casefold() == "that":
        between.pop()
    return len(between) <= MAX_ADDRESSEE_WORDS


def _leading_according(ctx: Context, s_index: int, outer: Raw, cue: Cue) -> Raw | None:
    """*…, according to X, C* opening ``outer``'s content: X's claim C.

    (The cue patterns read *according to X, C* only at the start of a sentence.)"""
    site = patterns.Site(ctx, s_index, cue, None)
    phrase = site.according_phrase if site.according else None
    if phrase is None or ctx.text[phrase[1] : phrase[1] + 1] != ",":
        return None
    content = trim_content(ctx.text, phrase[1] + 1, outer.end)
    if content[1] <= content[0]:
        return None
    clause = (cue.start, phrase[1])
    return Raw(*content, s_index, Rule.ACCORDING_TO_LEADING, cue, phrase, clause=clause)


def _relays(text: str, span: tuple[int, int]) -> bool:
    """Whether the source at ``span`` is an outlet, which relays what others say: in
    *Bloomberg reports that C, according to Y* Y is C's source (in *The senator
    said C, according to the minutes* the minutes relay the senator)."""
    return sources_mod.classify(text[span[0] : span[1]])[0] is SourceType.MEDIA


def _trailing_according(ctx: Context, s_index: int, outer: Raw) -> Raw | None:
    """*C, according to Y* closing ``outer``'s content (*Bloomberg reports that C,
    according to the Roper Center*): Y's claim C, as when the phrase opens it."""
    text = ctx.text
    o0, o1 = outer.start, outer.end
    cues = [
        c
        for c in ctx.cues_between(o0, o1)
        if c.kind is CueKind.REPORTING and c.entry == "according to"
    ]
    if not cues:
        return None
    cue = cues[-1]
    phrase = patterns.Site(ctx, s_index, cue, None).according_phrase
    if phrase is None or phrase[1] != o1:
        return None
    content = trim_content(text, o0, cue.start)
    if content[1] <= content[0] or text[content[1] : cue.start].strip() != ",":
        return None
    content = trim_content(text, content[0], content[1])
    clause = (cue.start, phrase[1])
    return Raw(*content, s_index, Rule.ACCORDING_TO_TRAILING, cue, phrase, clause=clause)


def _inner(ctx: Context, s_index: int, outer: Raw) -> Raw | None:
    """The attribution that fills ``outer``'s content, if one does."""
    text = ctx.text
    o0, o1 = outer.start, outer.end
    if not any(c.kind is CueKind.REPORTING for c in ctx.cues_between(o0, o1)):
        return None  # most contents: no cue in them (the tests below need one)
    sentence = ctx.sentences[s_index]
    src = None if outer.unspecified else outer.source
    if src is not None and outer.rule not in ACCORDING_RULES and not plain_source(text, src):
        return None  # a doubtful source would make a doubtful chain link
    if not (sentence[0] <= o0 and o1 <= sentence[1]):
        return None  # a content past its sentence (*said:* then a quote)
    if src is not None and outer.rule not in ACCORDING_RULES and _relays(text, src):
        trailing = _trailing_according(ctx, s_index, outer)
        if trailing is not None:
            return channels.with_channels(ctx, trailing, sentence)
    for cue in ctx.cues_between(o0, min(o1, o0 + NEST_REACH)):
        if (
            cue.kind is not CueKind.REPORTING
            or cue == outer.cue
            or not cue_gate.is_attribution_cue(ctx, sentence, cue)
        ):
            continue
        raw: Raw | None = None
        if cue.entry == "according to" and _connective(text, o0, cue.start):
            raw = _leading_according(ctx, s_index, outer, cue)
            if raw is not None:
                raw = channels.with_channels(ctx, raw, sentence)
        if raw is None:
            raw = _nested_verb(ctx, s_index, outer, cue)
        if raw is None:
            continue
        lo, hi = _extent(raw)
        if lo < o0 or hi > o1:
            continue
        if (_connective(text, o0, lo) or _record_of(text, o0, lo)) and _connective(text, hi, o1):
            return raw
    return _inverted_tail(ctx, s_index, outer)


TAIL_REACH = 120
"""How far before the end of a content the cue of an inverted attribution closing
it may start (*…, a witness told police*)."""

MAX_TAIL_WORDS = 3
"""The most words after the cue of an inverted attribution closing a content (*told
police*, *told the jury*, *said on Monday*)."""


def _inverted_tail(ctx: Context, s_index: int, outer: Raw) -> Raw | None:
    """*C, a witness told police* filling ``outer``'s content (*C, a witness told
    police, the prosecutor said*; *C, a guard said, according to court documents*):
    the witness's claim C. The inner tag is a comma, a plain source, a verb of
    saying in an inflected form (not the bare *report* a noun may be) and at most a
    short addressee or time before the content's end."""
    text = ctx.text
    o0, o1 = outer.start, outer.end
    sentence = ctx.sentences[s_index]
    cues = [
        c
        for c in ctx.cues_between(max(o0, o1 - TAIL_REACH), o1)
        if c != outer.cue
        and c.entry.casefold() in NESTING_VERBS
        and not c.text.endswith("ing")
        and c.text.casefold() != c.entry.casefold()  # "said", "told"; not "report"
        and cue_gate.is_attribution_cue(ctx, sentence, c)
    ]
    if not cues:
        return None
    cue = cues[-1]
    after = text[cue.end : o1]
    if len(after.split()) > MAX_TAIL_WORDS or any(ch in after for ch in ',;:"“”'):
        return None
    comma = text.rfind(",", o0, cue.start)
    if comma <= o0:
        return None
    source = trim_content(text, comma + 1, cue.start)
    if source[1] <= source[0] or not _tag_source(text, source):
        return None
    content = trim_content(text, o0, comma)
    if content[1] <= content[0] or any(ch in text[comma + 1 : cue.start] for ch in '"“”'):
        return None
    raw = Raw(*content, s_index, Rule.INVERTED, cue, source, clause=(source[0], o1))
    return channels.with_channels(ctx, raw, sentence)


def _tag_source(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text[span]``, between a comma and a closing verb of saying, is a
    source: a short phrase of a known source type that runs into no clause (*a
    security guard*, *the driver's sister*; not *the van that he said*). Set off by
    the comma and the verb, it is trusted more than a subject scanned inside a
    content (:func:`plain_source`)."""
    return _phrase_type(text, span) is not None


RECORD_OF = regex.compile(r"[^\n\"“”;:]{1,80}?[\s,]in\s+which\s+\Z")
"""A noun phrase and *in which* before an attribution filling a content: *pointed to
a blog post from June in which chief executive Jane Roe wrote C*, *cited a letter in
which the minister said C*. The speaker is the one inside the record."""


def _record_of(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a record named before *in which* (:data:`RECORD_OF`)."""
    return end - start <= 90 and RECORD_OF.match(text, start, end) is not None


SAID_TO_HAVE = regex.compile(r"[^\S\n]+have[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?\Z")
"""What stands between *is said to* and a verb of saying done by the subject (*is
said to have privately described*); *are said to want* is the subject's state."""


def _said_to_have(text: str, outer: Raw, cue: Cue) -> bool:
    """Whether ``cue`` is a neutral verb of saying after *X is said to have*
    (:data:`SAID_TO_HAVE`): *described*, *called*; not *agreed* (*is understood to
    have agreed personal terms*: an act, reported by nobody named)."""
    said = outer.cue
    return (
        outer.rule is Rule.IS_SAID_TO
        and cue.stance == "neutral"
        and said is not None
        and 0 < cue.start - said.end <= 30
        and SAID_TO_HAVE.match(text, said.end, cue.start) is not None
    )


def _nested_verb(ctx: Context, s_index: int, outer: Raw, cue: Cue) -> Raw | None:
    """The attribution a verb cue makes inside ``outer``'s content (*the governor
    believes C* in *The senator said the governor believes C*), if it passes for
    one: a verb of saying or believing, a plain source, at most an addressee before
    its content."""
    text = ctx.text
    o0, o1 = outer.start, outer.end
    if cue.text.endswith("ing"):
        return None  # *…, saying C* shares the outer subject: no nested source
    if (
        cue.entry.casefold() not in NESTING_VERBS
        and not _said_to_have(ctx.text, outer, cue)
        and not denies_a_claim(ctx.text, cue)  # *said the firm rejects the claim that C*
    ):
        return None  # *X is said to have described Y as Z*: any verb of saying
    raw = patterns.from_cue(ctx, s_index, cue)
    if raw is None or raw.rule not in NESTED_RULES.get(outer.rule, INNER_RULES):
        return None
    if raw.sentence != s_index:
        return None
    raw = channels.with_channels(ctx, _clipped(text, raw, o0), ctx.sentences[s_index])
    if not _verb_use(text, raw, cue):
        return None
    if o0 <= raw.start < o1 < raw.end:
        # *Y believes C, X said*: the inner content ends where the outer one does
        start, end = trim_content(text, raw.start, o1)
        raw = attrs.evolve(raw, start=start, end=end)
    if raw.source is None or not plain_source(text, raw.source):
        return None
    if cue.entry == "write" and text[raw.start : raw.start + 4].split(" ")[0] in _THINGS_WRITTEN:
        return None  # *X said Y had written a letter of apology*: an act, no nested source
    return raw


_THINGS_WRITTEN = frozenset(("a", "an", "to"))
"""Words opening what *write* takes when it reports nothing (*had written a letter*,
*had written to the family*)."""


def swallowed_tag(text: str, earlier: Sequence[Raw], raw: Raw) -> tuple[Raw | None, bool]:
    """The attribution read before ``raw`` whose content and clause ``raw``'s content
    holds, if one does, and whether ``raw`` relays through it. In *He told the clerk,
    “C,” the prosecutor said* the tag *the prosecutor said* took “C” and *told* took
    *“C,” the prosecutor said*: C is his, relayed by the prosecutor (:func:`relayed`),
    as the tag's content opens ``raw``'s. Otherwise (*she said C because “Q,” she
    said*, a tag naming a pronoun that repeats the speaker) the tag gives way and
    ``raw`` keeps its reading."""
    if raw.source is None or raw.clause is None:
        return None, False
    for tag in earlier:
        clause, source = tag.clause, tag.source
        if (
            clause is not None
            and source is not None
            and raw.start <= tag.start
            and tag.end <= clause[0]
            and clause[1] <= raw.end + 1
            and raw.clause[1] <= tag.start
        ):
            relays = (
                _connective(text, raw.start, tag.start)
                and text[source[0] : source[1]].casefold() not in _PRONOUN_TAGS
            )
            return tag, relays
    return None, False


_PRONOUN_TAGS = frozenset("he she they i we it".split())
"""Sources of a speech tag that repeat the speaker rather than relay them."""


_BEFORE_SHARED_CUE = regex.compile(r",?[^\S\n]+and[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?\Z")
"""The *and* (and an adverb) joining a speech verb to the predicates of its subject
before it (*…, called Omar a “terrorist” and said*)."""


def reported_actions(text: str, sentence: tuple[int, int], raw: Raw, tag: Raw) -> Raw | None:
    """*During the call, he asked about X, called Omar a “terrorist” and said, “Q,”
    the prosecutor's office said*: ``raw`` (his “Q”, relayed by the speech tag
    ``tag``) shares its subject with predicates before its cue, which the tag's
    source reports too: they are a claim of the tag's source, from the sentence's
    start to the *and* before the cue; else ``None``."""
    if raw.rule is not Rule.SHARED_SUBJECT or raw.source is None or raw.cue is None:
        return None
    joint = _BEFORE_SHARED_CUE.search(text, raw.source[1], raw.cue.start)
    if joint is None or len(text[raw.source[1] : joint.start()].split()) < 2:
        return None
    start, end = trim_content(text, sentence[0], joint.start())
    if end - start < 2:
        return None
    return attrs.evolve(tag, start=start, end=end)


def relayed(inner: Raw, outer: Raw) -> Raw:
    """``inner`` passed through ``outer``: outer's source and chain join its chain
    (innermost first, each link once, never the source itself), outer's clause joins
    its clause and outer's cue its :attr:`~claimscope.attribution.context.Raw.relayed`
    cues."""
    chain: list[tuple[int, int]] = []
    for link in (*inner.chain, link_of(outer), *outer.chain):
        if link not in chain and link != inner.source:
            chain.append(link)
    clause = inner.clause
    if outer.clause is not None:
        a, b = outer.clause if clause is None else clause
        clause = (min(a, outer.clause[0]), max(b, outer.clause[1]))
    relayed = inner.relayed
    if outer.cue is not None:
        relayed = (*relayed, outer.cue)
    return attrs.evolve(inner, chain=tuple(chain), clause=clause, relayed=relayed + outer.relayed)


def innermost(ctx: Context, s_index: int, raw: Raw) -> Raw:
    """``raw``, or the innermost attribution nested in its content with the outer
    sources on its chain.

    >>> from claimscope import annotate
    >>> claim, = annotate("The senator said the governor believes the plan will fail.").claims
    >>> claim.source.text, [link.text for link in claim.chain]
    ('the governor', ['The senator'])
    """
    for _ in range(MAX_DEPTH):
        inner = _inner(ctx, s_index, raw)
        if inner is None:
            break
        # *Cruz endorses Trump, who says C*: Trump's claim, relayed by nobody (the
        # outer content is a noun phrase, no claim of its own)
        raw = inner if inner.relative is not None else relayed(inner, raw)
    return raw
