"""The cue patterns: the ordered table of one-sentence attribution rules.

:func:`from_cue` builds a :class:`Site` around one reporting cue and tries the
functions of :data:`PATTERNS` in order. Each returns a
:class:`~claimscope.attribution.context.Raw` (the claim), :data:`VETO` (the cue makes
no claim: stop) or ``None`` (not mine: try the next). Adding a pattern is one function here, one
:class:`~claimscope.labels.Rule` member, one golden case and one unit test.

>>> [p.__name__ for p in PATTERNS][-3:]
['inverted', 'quote_split_before', 'said']
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar, overload

import regex

from claimscope import lexicon
from claimscope._grammar import (
    AUXILIARIES,
    EPISTEMIC_MODALS,
    OPENING_CONJUNCTIONS,
    RELATIVE_PRONOUNS,
)
from claimscope.attribution import phrase_shape, quote_edges, tags, vetoes, what, who
from claimscope.attribution._claim_noun_relatives import claim_noun_relative
from claimscope.attribution._clause_limits import clip
from claimscope.attribution._clause_subjects import clause_since
from claimscope.attribution._quoted_titles import title_before_said_clause
from claimscope.attribution._thats_what import thats_what_said
from claimscope.attribution._whom_clauses import whom_said
from claimscope.attribution._zero_relatives import zero_relative
from claimscope.attribution.connective_openers import appositive_after_adjunct
from claimscope.attribution.context import CLOSE_QUOTES, Context, Raw, index_at, trim_content
from claimscope.attribution.cue_gate import passive_with_agent
from claimscope.attribution.summary import summary_relative
from claimscope.labels import Rule
from claimscope.model import Cue, CueKind

MAX_ACCORDING_NP = 40
"""The longest phrase (in tokens) taken as the X of *according to X*. Real ones run
long (*early results of exit polls conducted for the Associated Press and television
networks by Edison Research*: 18 tokens in PolNeAR); past this the text is no
phrase, and the cue gets no claim."""


IMPERSONAL = regex.compile(r"\A(?:it|this|that)\b", regex.I)
"""``it was claimed``, ``it is understood``: attribution with nobody named."""


PASSIVE = regex.compile(
    r"\A(?:is|are|was|were|(?:has|have|had) been)(?:\s+(?:(?:\p{L}+ly|also|already|now|still)\s+)?"
    r"|,\s*\p{L}+,\s+)"
    r"(?:" + lexicon.alternation("passive_reporting") + r")\b",
    regex.I,
)
"""``X is said to …``, ``were suggested to have …``, ``is, however, said to``: the
subject is the content's."""


@functools.lru_cache(maxsize=1024)
def cue_shape(cue: str) -> tuple[bool, bool]:
    """Whether a cue's text is impersonal (:data:`IMPERSONAL`) and whether it is a
    passive (:data:`PASSIVE`); cue texts repeat (*said*), so this is memoised."""
    return IMPERSONAL.match(cue) is not None, PASSIVE.match(cue) is not None


_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """A cached property without the lock :func:`functools.cached_property` takes on
    every first access in Python 3.11 (a measurable share of the stage)."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> _lazy[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> _T: ...
    def __get__(self, obj: object | None, owner: type) -> _lazy[_T] | _T:
        if obj is None:
            return self
        value = self.compute(obj)
        obj.__dict__[self.name] = value  # later reads find it before this descriptor
        return value


class _Veto:
    """The type of :data:`VETO`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "VETO"


VETO: Final = _Veto()
"""What a pattern returns when the cue makes no claim at all: the table stops."""

Outcome = Raw | _Veto | None
"""A pattern's answer: the claim, :data:`VETO`, or ``None`` (not mine)."""

Span2 = tuple[int, int]


class Site:
    """One reporting cue in its sentence: what every pattern looks at.

    The facts patterns share (the subject before the cue, the content after it, …)
    are computed on first use and kept, so the order of the table costs nothing.
    """

    def __init__(self, ctx: Context, s_index: int, cue: Cue, previous: Raw | None) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.s_index = s_index
        self.sentence = ctx.sentences[s_index]
        self.tokens = tokens = ctx.tokens_of(s_index)
        self.cue = cue
        self.previous = previous
        """The attribution found before this cue in the sentence (a participle after
        it, *…,” he said, citing…*, shares its source)."""
        self.k = k = index_at(tokens, cue.start)
        # the cue may be several tokens long: k_end is its last token
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        self.k_end = k_end
        self.according = cue.entry == "according to"  # also "as per"
        """Whether the cue is *according to*."""
        self.impersonal, self.passive = cue_shape(cue.text)
        """Whether the cue is impersonal (*it was claimed*) or a passive (*is said to*)."""

    @_lazy
    def left(self) -> tuple[int, int, int] | None:
        """The subject before the cue (:func:`~claimscope.attribution.who.left_source`)."""
        return who.subject_of(self.ctx, self.s_index, self.tokens, self.k)

    @_lazy
    def skipped(self) -> int:
        """The token before the cue once auxiliaries and adverbs are stepped over."""
        return who.skip_before(self.tokens, self.k - 1)

    @property
    def before_cue(self) -> str:
        """The text of token :attr:`skipped` (``""`` at the sentence start)."""
        return self.tokens[self.skipped][2] if self.skipped >= 0 else ""

    @_lazy
    def content_after(self) -> Span2 | None:
        """The content after the cue (:func:`~claimscope.attribution.what.content_after`)."""
        return what.content_after(self.ctx, self.tokens, self.k_end, self.sentence, self.cue)

    @_lazy
    def appositive(self) -> Span2 | None:
        """The token span of *X* in *X, appositive, said* (only asked when
        :attr:`left` is ``None`` and a comma, dash or quote precedes the cue)."""
        tokens, skipped, before_cue = self.tokens, self.skipped, self.before_cue
        # "…, Vermont Sen. Bernie Sanders, also praised": the comma before the adverb
        k_before = skipped + 1 if skipped >= 0 and before_cue in (",", "—", "–") else self.k
        comma, closing = k_before - 1, before_cue
        if before_cue in CLOSE_QUOTES and skipped >= 1 and tokens[skipped - 1][2] == ",":
            # 'Lehel, the hacker known as “Guccifer,” stated that …'
            comma, closing = skipped - 1, ","
        if closing not in (",", "—", "–"):
            return None
        found = who.appositive_source(tokens, comma)
        return found or appositive_after_adjunct(tokens, comma, what.fronted_adjunct)

    @_lazy
    def according_phrase(self) -> Span2 | None:
        """The *X* of *according to X*: up to the next comma, semicolon, dash or period."""
        tokens, k = self.tokens, self.k_end
        i = k + 1
        if i >= len(tokens):
            return None
        np_start = tokens[i][0]
        np_end = np_start
        while i < len(tokens) and not phrase_shape.ends_according_phrase(tokens, i):
            if i - k > MAX_ACCORDING_NP:
                return None  # no noun phrase runs this long: unpunctuated text, not a source
            np_end = tokens[i][1]
            i += 1
        np_start, np_end = trim_content(self.text, np_start, np_end)
        return None if np_end <= np_start else (np_start, np_end)

    def span_of(self, first: int, end: int) -> Span2:
        """The character span of tokens ``first`` up to ``end`` (exclusive)."""
        return self.tokens[first][0], self.tokens[end - 1][1]

    def raw(
        self,
        start: int,
        end: int,
        rule: Rule,
        source: Span2 | None,
        *,
        unspecified: bool = False,
        chain: tuple[Span2, ...] = (),
        clause: Span2 | None = None,
        relative: Span2 | None = None,
    ) -> Raw:
        """A :class:`Raw` for this cue in this sentence."""
        start, end = clip(self.text, self.sentence, self.cue, start, end)
        return Raw(
            start, end, self.s_index, rule, self.cue, source, unspecified, chain, clause, relative
        )


# -- according to X ------------------------------------------------------------------


def _before_according(site: Site) -> tuple[str, bool]:
    """The last words before *according to*, and whether they leave it leading the
    sentence. Only the last few matter (a sentence may hold thousands of these cues,
    and copying all of it for each would be quadratic)."""
    text = site.text
    head, tail = site.sentence[0], site.cue.start
    while head < tail and text[head] in " ,\u00a0":
        head += 1
    while tail > head and text[tail - 1] in " ,\u00a0":
        tail -= 1
    before = text[max(head, tail - 64) : tail].casefold()
    return before, head == tail or before in ("but", "and", "yet", "also", "so")


def thats_according_to(site: Site) -> Outcome:
    """``That's according to X``: the content is the sentence before."""
    if not site.according:
        return None
    source = site.according_phrase
    if source is None:
        return VETO
    if not _before_according(site)[0].endswith(
        ("that's", "that’s", "that is", "this is", "that was")
    ):
        return None
    prev = site.ctx.sentence_of(site.sentence[0]) - 1
    if prev < 0:
        return VETO
    ps, pe = trim_content(site.text, *site.ctx.sentences[prev])
    return Raw(ps, pe, prev, Rule.THATS_ACCORDING_TO, site.cue, source)


def according_to_leading(site: Site) -> Outcome:
    """``According to X, C``: the content follows the phrase."""
    source = site.according_phrase if site.according else None
    if source is None or not _before_according(site)[1]:
        return None
    text = site.text
    c = trim_content(text, source[1], site.sentence[1])
    c = (c[0] + (1 if text[c[0] : c[0] + 1] == "," else 0), c[1])
    c = trim_content(text, *c)
    if c[1] <= c[0] or text[c[0] : c[1]] == ":":
        # "According to the ministry:" and a list or quote on the lines below
        listed = what.colon_content(site.ctx, site.cue, site.sentence)
        if listed is None:
            return VETO
        c = listed
    s_index = site.ctx.sentence_of(site.sentence[0])
    clause = (site.cue.start, source[1])
    return Raw(c[0], c[1], s_index, Rule.ACCORDING_TO_LEADING, site.cue, source, clause=clause)


def according_to_trailing(site: Site) -> Outcome:
    """``C, according to X``: the content comes before the cue."""
    source = site.according_phrase if site.according else None
    if source is None:
        return None
    content = quote_edges.content_before(site.ctx, site.sentence, site.cue.start)
    if content is None:
        return VETO
    text = site.text
    dashes = ("—", "–")
    opened = text[max(content[1], site.cue.start - 4) : site.cue.start].strip() in dashes
    if opened and text[source[1] : source[1] + 3].strip()[:1] in dashes:
        # "a code including — according to the notes — “provision …”": an aside
        content = (content[0], trim_content(text, source[1], site.sentence[1])[1])
    content = clip(text, site.sentence, site.cue, *content)
    s_index = site.ctx.sentence_of(site.sentence[0])
    clause = (site.cue.start, source[1])
    return Raw(*content, s_index, Rule.ACCORDING_TO_TRAILING, site.cue, source, clause=clause)


# -- nobody named --------------------------------------------------------------------


def impersonal(site: Site) -> Outcome:
    """``it was claimed that C``, ``it is understood C``: attributed, nobody named."""
    if not site.impersonal:
        return None
    content = site.content_after
    if content is None:
        content = quote_edges.content_before(site.ctx, site.sentence, site.cue.start)
        if content is None:
            return VETO
    return site.raw(*content, Rule.IMPERSONAL, None, unspecified=True)


def is_said_to(site: Site) -> Outcome:
    """``X is said to …``: the whole sentence is the content, nobody named."""
    if not site.passive:
        return None
    return site.raw(
        *trim_content(site.text, *site.sentence), Rule.IS_SAID_TO, None, unspecified=True
    )


def passive_agent(site: Site) -> Outcome:
    """``The ministry has been accused by X of C``, ``the mayor was told by X that C``:
    the agent after *by* is the source, the content follows *of* or *that*."""
    found = (
        passive_with_agent(site.tokens, site.k, site.cue.entry) if site.k_end == site.k else None
    )
    if found is None:
        return None
    a, b, j = found
    agent, tokens = (a, b), site.tokens
    content = trim_content(site.text, tokens[j + 1][0], site.sentence[1])
    if content[1] <= content[0]:
        return None
    clause = (site.cue.start, agent[1])
    return site.raw(*content, Rule.PASSIVE_AGENT, agent, clause=clause)


def passive_subject(site: Site) -> Outcome:
    """``The issue was first reported by The Post.``: X the agent, C the subject."""
    found = what.passive_subject(site.tokens, site.k) if site.k_end == site.k else None
    if found is None:
        return None
    content, agent = trim_content(site.text, site.sentence[0], found[0]), found[1]
    return site.raw(*content, Rule.PASSIVE_SUBJECT, agent, clause=(site.cue.start, agent[1]))


def passive_voice(site: Site) -> Outcome:
    """Veto ``Trump was pressed on …``: the subject of a passive is not the source."""
    if site.k_end == site.k and who.is_passive(site.tokens, site.k):
        return VETO
    return None


# -- the subject is elsewhere in the sentence ----------------------------------------


def shared_subject(site: Site) -> Outcome:
    """``Clinton celebrated …, declaring C`` / ``… and said C``: the sentence's subject
    (or the source of the attribution before) speaks."""
    if site.left is not None or not who.shares_subject(site.tokens, site.k, site.cue):
        return None
    shared: Span2 | None = None
    previous = site.previous
    if previous is not None and previous.source is not None:
        shared = previous.source
    if previous is not None and clause_since(site.tokens, site.k, previous):
        shared = None  # "…, according to polls, but his rival … and accused"
    if shared is None:
        opener = who.sentence_subject(site.tokens, site.k)
        if opener is not None:
            shared = site.span_of(*opener)
    content = site.content_after if shared else None
    if shared is None or content is None:
        return None
    return site.raw(*content, Rule.SHARED_SUBJECT, shared, clause=(site.cue.start, site.cue.end))


def no_subject(site: Site) -> Outcome:
    """Veto a cue with no subject before it and no comma, dash or quote either."""
    if site.left is not None:
        return None
    before_cue = site.before_cue
    if site.k == 0 or not (before_cue in (",", "—", "–") or before_cue in CLOSE_QUOTES):
        return VETO
    return None


ADJUNCT_PREPOSITIONS = frozenset(
    "of in at on during after before from with to by about via while when".split()
)
"""Words that open an adjunct right after a cue (*said of the plan in a call*)."""


def appositive_said(site: Site) -> Outcome:
    """``Jane Doe, a former officer who worked in Europe, said C``."""
    appositive = site.appositive if site.left is None else None
    if appositive is None:
        return None
    rest = what.words_after(site.tokens, site.k_end + 1, what.ADJUNCT_MAX + 1)
    adjunct = bool(rest) and rest[0][2].casefold() in ADJUNCT_PREPOSITIONS
    if appositive[0] >= 2 and (
        adjunct or quote_edges.continuation(site.ctx, site.cue.end, site.sentence)
    ):
        opening = site.tokens[appositive[0] - 1][2]
        if opening in CLOSE_QUOTES or (
            opening == "," and site.tokens[appositive[0] - 2][2] in CLOSE_QUOTES
        ):
            # '“C,” Steve Clarke, a NASA official, said of the plan' and '“C1,” Reid,
            # 24, said, “C2”': adjuncts or the quote resuming; the content is before
            return None
    long_rest = len(rest) > what.ADJUNCT_MAX or any(
        t[2].casefold() == "that" or t[2] == ":" for t in rest[:3]
    )
    conj = appositive[0] == 1 and site.tokens[0][2].casefold() in OPENING_CONJUNCTIONS
    opens = appositive[0] == 0 or conj or what.fronted_adjunct(site.tokens, appositive[0] - 1)
    opens = opens or phrase_shape.opens_with_named_aside(site.tokens, appositive[0] - 1)
    if not (long_rest or opens) or site.content_after is None:
        return None
    head = site.span_of(*appositive)
    return site.raw(*site.content_after, Rule.APPOSITIVE_SAID, head, clause=(head[0], site.cue.end))


def _quoted_appositive(site: Site, before: int, head: Span2) -> Outcome:
    """The claim of ``"C," X, appositive, said``: the content ends at ``before`` and
    resumes with a quote right after the cue, if one follows."""
    content = quote_edges.content_before(site.ctx, site.sentence, before)
    if content is None:
        return None
    end = quote_edges.continuation(site.ctx, site.cue.end, site.sentence) or content[1]
    clause = (head[0], site.cue.end)
    return site.raw(content[0], end, Rule.QUOTE_APPOSITIVE_SAID, head, clause=clause)


def quote_appositive_said(site: Site) -> Outcome:
    """``"C," the economist Jared Bernstein, a former adviser, wrote on his blog.``"""
    appositive = site.appositive if site.left is None else None
    if appositive is None or appositive[0] < 2:
        return None
    opening = site.tokens[appositive[0] - 1]
    if opening[2] != "," and opening[2] not in CLOSE_QUOTES:
        return None
    before = opening[1] if opening[2] != "," else opening[0]
    return _quoted_appositive(site, before, site.span_of(*appositive))


def quote_name_appositive_said(site: Site) -> Outcome:
    """``"C," Mr. Daniloff, now 81 and retired, said by telephone.``"""
    if site.left is not None or site.before_cue != ",":
        return None
    quoted = who.quote_then_appositive(site.tokens, site.skipped)
    if quoted is None:
        return None
    return _quoted_appositive(site, site.tokens[quoted[0]][1], quoted[1])


def quote_said_x(site: Site) -> Outcome:
    """``"C," said X`` / ``C, said X``: the subject follows the cue. The last pattern
    for a cue with no subject before it: no claim if this one fails."""
    if site.left is not None:
        return None
    tokens, skipped = site.tokens, site.skipped
    if site.cue.text.casefold() in who.NEVER_INVERTED:
        return VETO  # "…, told Newsweek:" names the hearer, never the speaker
    src = who.right_source(site.text, tokens, site.k_end, site.sentence[1])
    if src is None:
        return VETO
    mark = tokens[skipped]
    boundary_end = mark[1] if site.before_cue in CLOSE_QUOTES else mark[0]
    content = quote_edges.content_before(site.ctx, site.sentence, boundary_end)
    if content is None:
        return VETO
    more = quote_edges.continuation(site.ctx, src[1], site.sentence)
    end = more if more is not None else content[1]
    return site.raw(content[0], end, Rule.QUOTE_SAID_X, src, clause=(site.cue.start, src[1]))


# -- a subject before the cue --------------------------------------------------------


def issued_statement(site: Site) -> Outcome:
    """``Jessica Mackler issued a statement saying C``: Mackler, through the statement."""
    if site.left is None:
        return None
    carrier = who.published_by(site.tokens, *site.left)
    if carrier is None or site.content_after is None:
        return None
    publisher, chain_link = carrier
    return site.raw(
        *site.content_after,
        Rule.ISSUED_STATEMENT,
        publisher,
        chain=(chain_link,),
        clause=(publisher[0], site.cue.end),
    )


def inverted(site: Site) -> Outcome:
    """``C, X said [adjuncts].`` and ``"C," X said, citing …``: the content is before."""
    if site.left is None or site.before_cue.casefold() in RELATIVE_PRONOUNS:
        return None  # "X, the Y, which vowed to C": a relative clause, never inverted
    np_start, np_end, j = site.left
    tokens, k_end = site.tokens, site.k_end
    boundary = tokens[j][2] if j >= 0 else ""
    if boundary.casefold() == "as":  # "C, as the memo put it." (never after another cue)
        j = -1 if site.previous is not None else what.before_as(tokens, k_end, j, site.cue)
        boundary = tokens[j][2] if j >= 0 else ""
    if j < 1 or not (boundary in (",", "—", "–") or boundary in CLOSE_QUOTES):
        return None
    before_comma = what.words_before_comma(tokens, k_end + 1)
    if boundary in CLOSE_QUOTES and title_before_said_clause(
        site.text, site.sentence[0], tokens[j][0], before_comma, site.cue
    ):
        return None  # '"Paper Lanterns 2" director X said that C': X said C
    resumes = quote_edges.continuation(site.ctx, site.cue.end, site.sentence)
    if (
        resumes is not None
        and boundary not in CLOSE_QUOTES
        and k_end + 1 < len(tokens)
        and tokens[k_end + 1][2] != ","
    ):
        # a quote right after the cue, no comma between, opens the content: "After …,
        # he admitted "C" meant …" is X said C ("C1, X said, "C2"" stays one claim)
        return None
    first_cue = 0 if site.ctx.cues_between(tokens[0][0], tokens[np_start][0]) else np_start
    if what.after_leading_adjunct(tokens, k_end, site.cue, resumes, first_cue):
        return None  # "On Sunday, Ryan said C", "Asked about it, she said, “C”": X said C
    # "C," McCain said, citing …  — a participle clause after the cue is no content
    trailing_clause = k_end + 1 < len(tokens) and tokens[k_end + 1][2] == ","
    if not (
        what.adjunct_only(before_comma, site.cue)
        or resumes is not None
        or trailing_clause
        or (
            boundary in CLOSE_QUOTES
            # (a comma first leaves before_comma empty: neither "that" nor ":")
            and not (before_comma and before_comma[0][2].casefold() in ("that", ":"))
        )
    ):
        return None
    src = site.span_of(np_start, np_end)
    if claim_noun_relative(site.text, src[0]) or zero_relative(tokens, np_start, np_end):
        return None  # "C, an accusation X rejected", "C, the 5% the state recommends"
    content = quote_edges.content_before(
        site.ctx, site.sentence, tokens[j][1] if boundary in CLOSE_QUOTES else tokens[j][0]
    )
    if content is None or tags.no_inverted_content(site.text, content, src, resumes):
        return None
    end = resumes if resumes is not None else content[1]
    if trailing_clause and resumes is None and _predicate_follows(tokens, k_end + 2):
        # "The larger landers, he said, could deliver tools …": the attribution is a
        # parenthesis inside its content, which runs on to the end of the sentence
        end = trim_content(site.text, site.cue.end, site.sentence[1])[1]
    return site.raw(content[0], end, Rule.INVERTED, src, clause=(src[0], site.cue.end))


PREDICATE_OPENERS = AUXILIARIES | EPISTEMIC_MODALS | {"might", "will", "won't", "cannot"}
"""Lower-case words that open a predicate after a parenthetical *X said,*."""


def _predicate_follows(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` opens the predicate of a subject before a parenthetical
    *X said*: an auxiliary or modal in lower case (*, he said, could deliver*), not a
    participle clause (*, citing …*) or a new subject."""
    return i < len(tokens) and tokens[i][2] in PREDICATE_OPENERS


def quote_split_before(site: Site) -> Outcome:
    """``"… going on?’” Renteria told reporters.``: the segmenter ended the sentence
    at the closing quote; the quote before is the content."""
    if site.left is None or site.left[2] >= 0 or site.left[0] != 0 or site.s_index == 0:
        return None
    ctx = site.ctx
    q = ctx.quote_ending_at(ctx.sentences[site.s_index - 1][1])  # the cheap test first
    if q is None or ctx.paragraph_of(q.start) != ctx.paragraph_of(site.sentence[0]):
        return None
    tokens = site.tokens
    if not what.adjunct_only(what.words_before_comma(tokens, site.k_end + 1), site.cue):
        return None
    src = site.span_of(site.left[0], site.left[1])
    clause = (src[0], site.cue.end)
    return Raw(q.start, q.end, site.s_index - 1, Rule.INVERTED, site.cue, src, clause=clause)


def said(site: Site) -> Outcome:
    """``X said (that) C``, ``X told Y C``, ``X denied C``: the plain pattern, last."""
    if site.left is None or site.content_after is None:
        return VETO
    content = site.content_after
    tokens, skipped = site.tokens, site.skipped
    relative = None
    if skipped >= 0 and tokens[skipped][2] in RELATIVE_PRONOUNS:
        # "Barkley, who said he votes Democratic, said …": the relative clause ends
        # at its comma
        relative = (tokens[skipped][0], tokens[skipped][1])
        content = what.relative_clause_end(site.text, tokens[site.k_end + 1 :], content)
    src = site.span_of(site.left[0], site.left[1])
    if vetoes.no_speaker(site.text, src, content, site.cue):
        return VETO
    clause = (src[0], site.cue.end)
    return site.raw(*content, Rule.SAID, src, clause=clause, relative=relative)


PATTERNS: tuple[Callable[[Site], Outcome], ...] = (
    thats_according_to,
    thats_what_said,
    according_to_leading,
    according_to_trailing,
    impersonal,
    is_said_to,
    passive_agent,
    passive_subject,
    passive_voice,
    shared_subject,
    no_subject,
    appositive_said,
    quote_appositive_said,
    quote_name_appositive_said,
    quote_said_x,
    issued_statement,
    summary_relative,
    whom_said,
    inverted,
    quote_split_before,
    said,
)
"""The one-sentence patterns, in the order they are tried around a reporting cue."""


def from_cue(ctx: Context, s_index: int, cue: Cue, previous: Raw | None = None) -> Raw | None:
    """Apply the one-sentence patterns (:data:`PATTERNS`) around the reporting cue ``cue``.

    ``previous`` is the attribution found before it in the same sentence, whose
    source a participle (*…,” he said, citing…*) shares."""
    site = Site(ctx, s_index, cue, previous)
    if site.k >= len(site.tokens):
        return None
    for pattern in PATTERNS:
        found = pattern(site)
        if found is None:
            continue  # not this pattern's (most of them, for each cue)
        if isinstance(found, _Veto) or _vetoed(ctx.text, found, cue):
            return None
        return found
    return None


def _vetoed(text: str, raw: Raw, cue: Cue) -> bool:
    """Whether an attribution a pattern found reports no proposition, or its source
    says nothing (:mod:`.vetoes`; the plain pattern checks its speaker itself)."""
    if vetoes.no_proposition(text, raw.start, raw.end, cue) or vetoes.with_passive(text, raw, cue):
        return True
    if cue.entry in vetoes.FINDING_ONLY and not vetoes.finding(text, raw, cue):
        return True
    if raw.rule is Rule.SHARED_SUBJECT and vetoes.figure_subject(text, raw.source, cue):
        return True
    return (
        raw.rule is Rule.APPOSITIVE_SAID
        and raw.source is not None
        and (vetoes.no_speaker(text, raw.source, (raw.start, raw.end), cue))
    )


def inverted_first(ctx: Context, s_index: int, cues: list[Cue]) -> list[Cue]:
    """Put inverted cues first: in *The mayor rejected the treaty, aides said.* (or
    *…, a Chinese official said, adding …*) the attribution is the one after the
    comma, and *rejected* is part of its content."""
    reporting = [c for c in cues if c.kind is CueKind.REPORTING]
    if len(reporting) < 2:
        return cues
    tokens = ctx.tokens_of(s_index)
    # The subject scan stops at a token before the cue, so a cue with no comma
    # between the sentence's second token and itself cannot be inverted: skip the
    # scan ("said said said …" has thousands of cues and no comma).
    comma = next((i for i in range(1, len(tokens)) if tokens[i][2] == ","), len(tokens))
    first: list[Cue] = []
    for cue in reporting[1:]:
        k = index_at(tokens, cue.start)
        if k <= comma:
            continue
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        left = who.subject_of(ctx, s_index, tokens, k)
        if left is None or left[2] < 1 or not tags.after_comma(tokens, left[2]):
            continue
        if what.adjunct_only(what.words_before_comma(tokens, k_end + 1), cue):
            first.append(cue)
    if not first:
        return cues
    moved = {id(c) for c in first}  # not ``c not in first``: quadratic in long sentences
    return [*first, *[c for c in cues if id(c) not in moved]]
