"""Attribution: from sentences, quotes and cues to claims with sources and chains.

The stage works sentence by sentence, around each reporting cue found by
:mod:`claimscope.cues`, and then across sentences and paragraphs:

1. **Cue patterns** (in one sentence): ``X said (that) C``, ``C, X said``,
   ``"C," said X``, ``X told Y (that) C``, ``according to X, C`` / ``C, according to
   X``, impersonal forms (``it was claimed that C``, ``X is said to …``), denials and
   accusations (``X denied C``), appositives (``Jane Doe, a former officer, said``).
2. **Across sentences**: colon introductions (``X said:`` then the quote), dash and
   header attributions (``"C" — Jane Doe``, ``And from Chairwoman Doe:``), quote
   continuation (a paragraph that is only a quotation keeps the previous speaker),
   ``That's according to X`` (points back to the previous sentence).
3. **Author voice**: every remaining declarative sentence that is not page furniture
   becomes an ``author`` claim; ``reportedly``/``allegedly`` sentences become
   ``unspecified`` ones.

Sources are typed and resolved by :mod:`claimscope.sources`, labels come from
:mod:`claimscope.confidence`. Every claim records the rule that produced it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence

import attrs
import regex

from claimscope import confidence as confidence_mod
from claimscope import sources as sources_mod
from claimscope._spans import Coverage, Union
from claimscope.furniture import ends_like_prose, is_question, page_furniture
from claimscope.model import AUTHOR, Claim, Cue, CueKind, QuoteKind, Source, SourceType, Span
from claimscope.quotes import Quote, QuoteRole

__all__ = ["attribute"]

_BY_SPAN = operator.attrgetter("start", "end")
"""Sort key for claims and raw attributions: by span."""

_UNSPECIFIED = Source(SourceType.UNSPECIFIED)
"""The source of a claim attributed to nobody in particular (shared: sources are
immutable)."""

_TOKEN = re.compile(r"[^\W_]+(?:['’.&\-][^\W_]+)*|\S")
"""Words (letters and digits, with inner apostrophes, periods and hyphens) and single
other characters. The stdlib engine tokenizes a third faster than ``regex`` here, and
the pattern has no nested quantifier (each repetition starts with a fixed mark)."""

_OPEN_QUOTES = frozenset("\"'“‘«„‚")
_CLOSE_QUOTES = frozenset("\"'”’»")
_DOUBLE_QUOTES = frozenset('"“”«»„')
_BOUNDARY = frozenset(',;:()[]{}—–"“”«»„') | {"--"}
"""Punctuation that ends a noun phrase when scanning for a source."""

_SKIP_BEFORE_CUE = frozenset(
    "has have had is was were are be been being would will shall should can could may "
    "might must did does do also not never n't repeatedly later previously then "
    "recently once again still first further reportedly allegedly now already even "
    "only just today yesterday tonight separately privately publicly initially "
    "apparently quickly flatly falsely long ever often frequently specifically "
    "explicitly quietly".split()
)
"""Auxiliaries and adverbs between a source and its cue (*has repeatedly said*)."""

_CLAUSE_WORDS = frozenset(
    "that which but because while when whereas although though if so since after "
    "before until where whether as than unless once where why how what".split()
)
"""Lower-case words that start a new clause: a source phrase never runs past them."""

_OBJECT_VERBS = frozenset(
    "tell told tells telling ask asked asks asking urge urged urges urging warn "
    "warned warns warning assure assured assures assuring remind reminded reminds "
    "reminding inform informed informs informing advise advised advises advising "
    "promise promised promises promising convince convinced convinces convincing "
    "accuse accused accuses accusing".split()
)
"""Reporting verbs that take an addressee or target before their content."""

_THAT = frozenset({"that"})
_MAX_NP = 14
"""The longest source phrase (in tokens) the scanner accepts."""
_CONTENT_REACH = 5_000
"""How far a content may run from its cue, in characters: back from an inverted cue
(*C, X said*), on from a possessive one (*X's claim that C*). The longest sentence in
PolNeAR has about 1,100. (A content after *X said* is not capped: it covers the cues
in it, which then make no claims of their own.)"""

_MAX_ACCORDING_NP = 40
"""The longest phrase (in tokens) taken as the X of *according to X*. Real ones run
long (*early results of exit polls conducted for the Associated Press and television
networks by Edison Research*: 18 tokens in PolNeAR); past this the text is no
phrase, and the cue gets no claim."""

_ADJUNCT_MAX = 7
"""After an inverted cue (*C, she said on Tuesday in a statement.*), at most this many
tokens may follow before the sentence ends."""

_IMPERSONAL = regex.compile(r"\A(?:it|this|that)\b", regex.I)
"""``it was claimed``, ``it is understood``: attribution with nobody named."""

_PASSIVE = regex.compile(
    r"\A(?:is|are|was|were|has been|have been|had been)\s+(?:\p{L}+ly\s+)?"
    r"(?:said|reported|believed|thought|understood|alleged|claimed|rumou?red|suggested"
    r"|expected|known|feared|estimated|considered|described)\b",
    regex.I,
)
"""``X is said to …``, ``were suggested to have …``: the subject is the content's."""


@functools.lru_cache(maxsize=1024)
def _cue_shape(cue: str) -> tuple[bool, bool]:
    """Whether a cue's text is impersonal (:data:`_IMPERSONAL`) and whether it is a
    passive (:data:`_PASSIVE`); cue texts repeat (*said*), so this is memoised."""
    return _IMPERSONAL.match(cue) is not None, _PASSIVE.match(cue) is not None


_CHANNEL = regex.compile(
    r"\b(?:cited|quoted|interviewed|contacted|reached|surveyed|polled)\s+by\s+",
    regex.I,
)
"""``sources cited by the outlet``: the phrase after it is a channel, not the source."""

_TOLD_CHANNEL = regex.compile(
    r"\b(?:told|tells|telling|in an interview with|speaking to|spoke to|said on"
    r"|said in an interview with|wrote in|said in|writing in|told reporters from)\s+",
    regex.I,
)

_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'’\-]+(?:[ ,]+\p{Lu}[\p{L}.'’\-]*){0,3}(?:[^\S\n]*\([^)\n]{1,30}\))?"
    r"[^\S\n]*(?:—|–|--)[^\S\n]*"
)
"""``PORTVILLE — `` / ``WASHINGTON (AP) — `` opening a paragraph: where the story was
filed, not part of what a source said."""

_CLAIM_NOUN = regex.compile(
    r"(?:the[^\S\n]+)?(?:claims?|allegations?|accusations?|suggestions?|reports?|rumou?rs?"
    r"|assertions?|charges?|notion|idea)[^\S\n]+that[^\S\n]+",
    regex.I,
)
"""``denied claims that C``: the content is C, not the noun that names it."""

_IMPERSONAL_HEDGE = regex.compile(
    r"(?:is|are|was|were|been)\s+(?:thought|believed|understood)\s+to\Z", regex.I
)
"""``X is thought to …``: a hedge that also signals an unnamed source (SPEC
``unspecified``), like *reportedly*."""

_CHANNEL_NAME = regex.compile(r"(?:the\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,4}")
"""The capitalised name of a channel after *told* (*told Fox News*)."""

_AS_REPORTED = regex.compile(
    r"\bas\s+(?P<who>(?:the\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,4}"
    r"|the\s+(?:paper|newspaper|outlet|publication|network|magazine|broadcaster|site))"
    r"\s+(?:first\s+|previously\s+|also\s+|earlier\s+)?(?:reported|revealed|noted|wrote"
    r"|disclosed)\b",
)
"""``…, as the paper reported``: a channel a claim was passed through."""

_AS_REPORTED_VERB = re.compile(r"reported|revealed|noted|wrote|disclosed")
"""A sentence without one of these verbs has no :data:`_AS_REPORTED` match; this
cheaper test runs first."""

_DASH_SOURCE = regex.compile(
    r"[^\S\n]*(?:—|–|--|-)[^\S\n]*(?P<who>\p{Lu}[^\n,.;]{0,60}?)"
    r"(?:,[^\n]{0,80})?[.]?[^\S\n]*(?:\n|\Z)"
)
"""``"C" — Jane Doe, chief executive``: a speaker named after a dash, ending the line."""

_QUOTE_NP_VERB = regex.compile(
    r"[^\S\n]+(?P<who>(?:(?:an?|the|his|her|their|one|another)[^\S\n]+)?"
    r"(?:[\p{Ll}\-]+[^\S\n]+){0,2}?\p{Lu}[\p{L}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"|he|she|they)[^\S\n]+(?P<verb>\p{Ll}{3,}(?:ed|s))\b(?=[^\S\n]*[.,;]|[^\S\n]+(?:on|in|at|to|during|after|before|from|with|via|by)\b)"
)
"""``"C," an angry Hollande retaliated.``: after a quote ending in a comma, a short
name and a verb in the past or present tense make an attribution, even when the verb
is not in the reporting lexicon."""

_HEADER_SOURCE = regex.compile(
    r"[^\S\n]*(?:And\s+)?(?:From|Here(?:'s| is| was)|Said)\s+"
    r"(?P<who>[^\n:]{2,80}?):[^\S\n]*\Z",
    regex.I,
)
"""``And from Chairwoman Doe:`` at the end of a paragraph, before the quote."""

_AUXILIARIES = frozenset(
    "has have had is was were are be been being will would shall should can could "
    "did does do".split()
)
"""Inside the words before a cue, an auxiliary belongs to another verb: the subject
cannot run past it (*Rubio has broken many promises*)."""

_ADJUNCT_STARTERS = frozenset(
    "on in at during after before when while as via through to of about from last this "
    "earlier later recently yesterday today tonight monday tuesday wednesday thursday "
    "friday saturday sunday again then afterward afterwards previously once also too "
    "late early privately publicly repeatedly separately".split()
)
"""Words that open an adjunct after an inverted cue (*said on Tuesday*, *said of him*)."""

_ADDRESSEES = frozenset("me him her us them you reporters journalists supporters".split())
"""Common addressees of *told*/*asked* that are not capitalised."""

_LINKS_TO_EARLIER_SUBJECT = frozenset("and or but to by".split())
"""A cue right after one of these shares the subject of an earlier verb: *… and
said*, *has begun to rebut*, *ended his speech by saying*."""

_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week month year night "
    "morning afternoon evening weekend day".split()
)
_TIME_OPENERS = frozenset("on last this that next early late".split())
"""``on Saturday``, ``last week``: a time adjunct between a source and its cue."""

_BE_FORMS = frozenset("is are was were be been being 's".split())
_IRREGULAR_PARTICIPLES = frozenset("told shown seen said written known heard taken".split())

_NP_PREPOSITIONS = frozenset("in on with to by about of for at from".split())
"""A participle followed by one of these can sit in a source phrase
(*people involved in the talks*, *officials familiar with the plan*)."""

_NOT_NP_START = frozenset(
    "if and but or so thus then when while as after before since although though yet "
    "because having on at for with by from now still also in into naturally however "
    "meanwhile indeed instead otherwise moreover later earlier".split()
)
"""Words that open a clause or an adverbial, not a source phrase (any case)."""

_INTRODUCERS = frozenset(
    "late early throughout during despite amid among without under over following "
    "asked days weeks months years last the".split()
)
"""Words opening an introductory phrase before the subject (*Late last month, the
company wrote…*, *Speaking at a town hall, Trump went after Bush, calling…*). *The*
is here because *The day before, …* opens one; a subject never ends in a comma."""

_APPOSITIVE_ENDS = frozenset(",;:()—–")
"""Marks that close an appositive (quotes may stand inside one: *the hacker known as
“Guccifer,”*)."""

_CLAUSE_CONNECTORS = frozenset("while but whereas although though yet".split())
"""After a comma, these start a clause that is not part of a reported content."""

_PUBLISHING_VERBS = frozenset(
    "issued released posted sent published tweeted wrote aired ran shared signed "
    "distributed circulated unveiled".split()
)
_CARRIERS = frozenset(
    "statement statements letter memo report video tweet tweets post release note email "
    "ad advertisement op-ed editorial message".split()
)
"""*X issued a statement saying C*: a verb of publishing and the thing published."""

_NOT_VERB_FORMS = frozenset(
    "hundred red bed need seed speed shed feed creed breed greed thing nothing something "
    "anything everything morning evening meeting building briefing spring king wing ring "
    "string ceiling during bring".split()
)
"""Words ending in *-ed*/*-ing* that are not verb forms (*Two hundred workers said*)."""

_POSSESSIVES = frozenset("his her their its our my".split())

_PRONOUN_SUBJECTS = frozenset("he she they we i it you who".split())

_APPOSITIVE_OPENERS = frozenset(
    "a an the who whose which one two three four five his her its their now also "
    "herself himself both each then formerly once along like including".split()
)
"""Words that open an appositive or relative clause after a source's name."""

_PARTICIPLE_BY = regex.compile(
    r"[^\S\n]+by[^\S\n]+(?!(?:tele)?phone\b|e-?mail\b|video\b|text\b|letter\b|satellite\b"
    r"|Skype\b|Zoom\b|saying\b)"
)
"""``sources cited by the outlet``: a cue followed by *by* names a channel, not a claim
(but *said by telephone* is a manner of speaking)."""

_PARTICIPLE_BY_WINDOW = 40
"""How far past a cue :data:`_PARTICIPLE_BY` looks. Without an end, :mod:`regex`
searches the rest of the text for the literal *by* before matching, at every cue:
quadratic in a long sentence with no *by* in it."""

_ADJUNCT_ENTRY = regex.compile(r"(?:in an? |speaking |on condition)")
"""Reporting phrases that qualify an attribution (*in a statement*, *speaking on
condition of anonymity*) rather than introduce one: never a claim's main cue."""

_BRIDGE_MAX = 100
"""The most text (a speaker's description) that may stand between an attribution and
the quote that continues it in the same paragraph."""

_TRAILING = frozenset(".,;: \u00a0\t\n\r")
_QUOTE_ONLY_SHARE = 0.7
"""A sentence or paragraph is 'only a quotation' when a quote covers this share."""


@attrs.frozen
class _Raw:
    """An attribution found by a pattern, before sources are typed and resolved."""

    start: int
    end: int
    sentence: int
    rule: str
    cue: Cue | None
    source: tuple[int, int] | None
    unspecified: bool = False
    chain: tuple[tuple[int, int], ...] = ()
    clause: tuple[int, int] | None = None
    """The attribution clause (source and cue), whose cues also bear on the claim."""
    relative: tuple[int, int] | None = None
    """The relative pronoun next to the cue (*who said*), kept as the local mention of
    a source named just before it."""


class _Context:
    """Per-document lookups shared by the pattern functions."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        paragraphs: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        cues: Sequence[Cue],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        speech = [q for q in quotes if q.depth == 0]
        self.quotes = speech
        self.quote_starts = [q.start for q in speech]
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.sentence_starts = [s[0] for s in sentences]
        self._tokens: tuple[int, list[tuple[int, int, str]]] = (-1, [])
        self._as_reported: tuple[tuple[int, int], list[tuple[int, int]]] = ((-1, -1), [])

    def tokens_of(self, s_index: int) -> list[tuple[int, int, str]]:
        """The tokens of sentence ``s_index``.

        Only the latest sentence's tokens are kept: attribution asks for one sentence
        at a time, and letting the rest go at once keeps tens of thousands of tuples
        out of the garbage collector's older generations.
        """
        cached, found = self._tokens
        if cached != s_index:
            start, end = self.sentences[s_index]
            found = _tokens(self.text, start, end)
            self._tokens = (s_index, found)
        return found

    def as_reported(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The *who* spans of :data:`_AS_REPORTED` in ``sentence`` (*as the paper
        reported*), kept for the latest sentence: each attribution in it asks."""
        cached, found = self._as_reported
        if cached != sentence:
            text = self.text
            found = []
            if _AS_REPORTED_VERB.search(text, sentence[0], sentence[1]) is not None:
                found = [m.span("who") for m in _AS_REPORTED.finditer(text, *sentence)]
            self._as_reported = (sentence, found)
        return found

    def quote_containing(self, offset: int) -> Quote | None:
        """The top-level quote whose span holds ``offset``, if any."""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
        return None

    def quote_ending_at(self, offset: int) -> Quote | None:
        """A top-level quote whose closing mark ends exactly at ``offset``."""
        q = self.quote_containing(offset - 1) if offset else None
        if q is not None and q.end == offset:
            return q
        return None

    def quotes_between(self, start: int, end: int) -> list[Quote]:
        lo = bisect.bisect_left(self.quote_starts, start)
        hi = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[lo:hi]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        lo = bisect.bisect_left(self.cue_starts, start)
        hi = bisect.bisect_left(self.cue_starts, end, lo)
        if lo == hi:
            return []
        return [c for c in self.cues[lo:hi] if c.end <= end]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and sentence-final punctuation, keeping closing quotes."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    return start, end


def _index_at(tokens: list[tuple[int, int, str]], offset: int) -> int:
    return bisect.bisect_left(tokens, (offset, -1, ""))


def _left_source(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int, int] | None:
    """Scan back from token ``k`` (the cue) for its subject.

    Returns ``(np_start_index, np_end_index_exclusive, boundary_index)`` or ``None``;
    ``boundary_index`` is the token that stopped the scan (``-1`` at the sentence
    start), which tells an inversion (``C, X said``) from a plain subject.
    """
    j = _skip_before(tokens, k - 1)
    if j >= 1 and tokens[j][2] == ")":
        # "Elizabeth Warren (D-MA) said": step over a short parenthesis
        m = j - 1
        while m >= 0 and j - m <= 8 and tokens[m][2] != "(":
            m -= 1
        if m >= 1 and tokens[m][2] == "(":
            j = m - 1
    end = j + 1
    if j < 0 or tokens[j][2] in _BOUNDARY or tokens[j][2] in _CLOSE_QUOTES:
        return None
    if tokens[j][2].casefold() in _LINKS_TO_EARLIER_SUBJECT:
        return None
    start = end
    while j >= 0 and end - j <= _MAX_NP:
        word = tokens[j][2]
        folded = word.casefold()
        if word in _BOUNDARY or word in _OPEN_QUOTES or word in _CLOSE_QUOTES:
            break
        if word.islower() and (folded in _CLAUSE_WORDS or folded in _AUXILIARIES):
            break
        if (
            word.islower()
            and folded.endswith(("ed", "ing"))
            and folded not in _NOT_VERB_FORMS
            and start < end
            and tokens[start][2].casefold() not in _NP_PREPOSITIONS
            and not _is_source_word(folded)
        ):
            # a verb form inside the left context ends the subject: "…has broken many"
            break
        if folded in ("and", "or") and start < end:
            # "Jane Doe and Tom Reyes said", "Jane Doe and her aides said" keep both
            # members (SPEC: a mixed group takes its leading member's type);
            # "…, and he said" and "Clinton won Iowa and Sanders said" stop.
            following = tokens[start][2]
            previous = tokens[j - 1][2] if j > 0 else ""
            leading = _leading_name(tokens, j - 1)
            if not (
                previous[:1].isupper()
                and leading
                and (following[:1].isupper() or following.casefold() in _POSSESSIVES)
            ):
                break
        start = j
        j -= 1
    # "Barkley, who said …": the source is the antecedent of the relative pronoun
    if end - start == 1 and tokens[start][2].casefold() in ("who", "which") and j >= 1:
        if tokens[j][2] == ",":
            antecedent = _left_source(tokens, j)
            if antecedent is not None and antecedent[0] < j:
                a_start, _a_end, a_j = antecedent
                return a_start, j, a_j
        return None
    while start < end and not _can_start_np(tokens[start][2]):
        start += 1
    if start < end and tokens[end - 1][2].casefold() in _NP_PREPOSITIONS:
        return None  # "a process for admitting …": the cue is a preposition's object
    if start >= end or all(
        tokens[i][2].casefold() in sources_mod.DETERMINERS for i in range(start, end)
    ):
        return None
    return start, end, j


def _leading_name(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the words ending at token ``j`` are a bare name opening a clause
    (*Jane Doe* in *Jane Doe and her aides said*), not the end of another clause."""
    i = j
    while i >= 0 and j - i < 5 and (tokens[i][2][:1].isupper() or tokens[i][2] == "."):
        i -= 1
    return i < 0 or tokens[i][2] in _BOUNDARY or tokens[i][2].casefold() in _CLAUSE_WORDS


def _skip_before(tokens: list[tuple[int, int, str]], j: int) -> int:
    """Step back from token ``j`` over auxiliaries, adverbs and time adjuncts.

    ``has repeatedly said``, ``on Saturday criticized``, ``last week told``.
    """
    while j >= 0:
        folded = tokens[j][2].casefold()
        if folded in _SKIP_BEFORE_CUE or (
            tokens[j][2].islower() and folded.endswith("ly") and len(folded) > 4
        ):
            j -= 1
        elif folded in _TIME_WORDS and j >= 1 and tokens[j - 1][2].casefold() in _TIME_OPENERS:
            j -= 2
        else:
            break
    return j


def _is_passive(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """``Trump was pressed on``, ``were charged with``: the subject is not the source."""
    j = k - 1
    while j >= 0 and tokens[j][2].islower() and tokens[j][2].endswith("ly"):
        j -= 1
    if j < 0 or tokens[j][2].casefold() not in _BE_FORMS:
        return False
    verb = tokens[k][2].casefold()
    return verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES


def _published_by(
    tokens: list[tuple[int, int, str]], np_start: int, np_end: int, j: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``X issued a statement saying C``: the phrase before the cue is a document that
    ``X`` put out. Returns X's span and the document's span."""
    if j < 1 or tokens[j][2].casefold() not in _PUBLISHING_VERBS:
        return None
    if tokens[np_end - 1][2].casefold() not in _CARRIERS:
        return None
    found = _left_source(tokens, j)
    if found is not None:
        p_start, p_end = found[0], found[1]
    elif tokens[j - 1][2] == ",":
        # "The union's president, Carla Ruiz, issued a statement saying …"
        appositive = _appositive_source(tokens, j - 1)
        if appositive is None:
            return None
        p_start, p_end = appositive
    else:
        return None
    return (
        (tokens[p_start][0], tokens[p_end - 1][1]),
        (tokens[np_start][0], tokens[np_end - 1][1]),
    )


def _can_start_np(word: str) -> bool:
    """Whether a source phrase may begin with ``word`` (trims *and*, *thus*, *If*)."""
    folded = word.casefold()
    if folded in _NOT_NP_START or word in _BOUNDARY:
        return False
    return not (word.islower() and folded.endswith("ly") and len(folded) > 4)


def _is_source_word(folded: str) -> bool:
    return sources_mod.is_source_noun(folded)


def _words_after(
    tokens: list[tuple[int, int, str]], i: int, limit: int
) -> list[tuple[int, int, str]]:
    """At most ``limit`` tokens from index ``i`` on, leaving out final punctuation and
    closing quotes (bounded, so each cue of a long sentence costs the same)."""
    out: list[tuple[int, int, str]] = []
    while i < len(tokens) and len(out) < limit:
        if tokens[i][2] not in ".!?”’\"'":
            out.append(tokens[i])
        i += 1
    return out


def _words_before_comma(tokens: list[tuple[int, int, str]], i: int) -> list[tuple[int, int, str]]:
    """The words from index ``i`` up to the first comma, leaving out final
    punctuation and closing quotes, but no more than :func:`_adjunct_only` needs to
    judge them (``_ADJUNCT_MAX + 1``): a long sentence has many cues."""
    return list(
        itertools.takewhile(lambda t: t[2] != ",", _words_after(tokens, i, _ADJUNCT_MAX + 1))
    )


def _adjunct_only(rest: list[tuple[int, int, str]], cue: Cue) -> bool:
    """Whether the words after a cue are only adjuncts (*on Tuesday*, *in a statement*).

    Then the content stands before the cue (``C, X said on Tuesday.``); a clause after
    the cue (``most of them said they had loved it``) is the content instead.
    """
    if len(rest) > _ADJUNCT_MAX:
        return False
    if not rest:
        return True
    words = [t[2].casefold() for t in rest]
    if "that" in words or ":" in words:
        return False
    first = 0
    if cue.text.casefold().split()[-1] in _OBJECT_VERBS:
        # told reporters / told CNN / asked him: the addressee comes first
        if words[0] in ("the", "a", "an", "his", "her", "their", "its"):
            first = 2  # "told the court in his filing"
        while first < len(rest) and (rest[first][2][:1].isupper() or words[first] in _ADDRESSEES):
            first += 1
        if first >= len(rest):  # only the addressee ("told her": past it, a pronoun)
            return True
    return words[first] in _ADJUNCT_STARTERS


_NAMED_THING = regex.compile(r"[^\S\n]+[\"“‘'\p{Lu}]")


def _naming_use(text: str, cue: Cue) -> bool:
    """``a super PAC called Future45``: a naming verb after a noun names, not reports."""
    if cue.text.casefold() not in ("called", "dubbed", "named", "nicknamed", "titled", "labeled"):
        return False
    before = text[max(0, cue.start - 30) : cue.start].rstrip()
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    return (
        bool(last) and last.islower() and last.isalpha() and bool(_NAMED_THING.match(text, cue.end))
    )


def _shares_subject(tokens: list[tuple[int, int, str]], k: int, cue: Cue) -> bool:
    """Whether the cue continues a clause whose subject came earlier.

    ``…, saying C`` (a participle after a comma) and ``… and said C`` (a second verb
    of the same subject) take the sentence's subject as their source.
    """
    if k == 0:
        return False
    j = k - 1
    while j > 0 and tokens[j][2].casefold() in _SKIP_BEFORE_CUE:
        j -= 1
    before = tokens[j][2].casefold()
    if before in _LINKS_TO_EARLIER_SUBJECT:
        return True
    if not cue.text.casefold().endswith("ing"):
        return False
    if before in _CLOSE_QUOTES and j > 0:
        # 'talked up her “50-state strategy,” promising …'
        before = tokens[j - 1][2]
    return before in (",", "—", "–")


def _sentence_subject(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after an introductory phrase)."""
    i = 0
    first = tokens[0][2].casefold() if tokens else ""
    if first in _NOT_NP_START or first in _INTRODUCERS or first.endswith("ing"):
        reach = 5 if first == "the" else 14  # "The day before, …" is short
        for m in range(min(k, reach)):
            if tokens[m][2] == ",":
                i = m + 1
                break
        else:
            if first in _NOT_NP_START:
                return None
    while i < k and tokens[i][2] in _OPEN_QUOTES:
        i += 1
    start = i
    while i < k and i - start < 10:
        word = tokens[i][2]
        folded = word.casefold()
        if word in _BOUNDARY or word in _CLOSE_QUOTES or word in _OPEN_QUOTES:
            break
        if word.islower() and (
            folded in _AUXILIARIES
            or folded in _CLAUSE_WORDS
            or folded in _SKIP_BEFORE_CUE
            or (folded.endswith(("ed", "s")) and not _is_source_word(folded) and i > start)
        ):
            break
        i += 1
    if i <= start or not _can_start_np(tokens[start][2]):
        return None
    return start, i


def _appositive_source(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """The phrase before an appositive that ends at token ``comma``.

    ``Jane Doe, a former officer who worked in Europe, said`` → ``Jane Doe``.
    """
    j = comma - 1
    while j >= 0 and tokens[j][2] not in _APPOSITIVE_ENDS:
        j -= 1
    if j < 0 or tokens[j][2] != tokens[comma][2] or comma - j > 26 or j + 1 >= comma:
        return None
    opener = tokens[j + 1][2]
    if (
        opener.casefold() not in _APPOSITIVE_OPENERS
        and not sources_mod.is_role(opener.casefold())
        and not (opener[:1].isupper() and comma - j <= 5)  # "the chief, Paul Manafort,"
        and not (opener.isdigit() and comma - j == 2)  # an age: "Lazar, 44, said"
    ):
        return _leading_phrase(tokens, comma)
    found = _left_source(tokens, j)
    if found is None:
        return None
    start, end, _ = found
    if end - start > 8:
        return None
    return start, end


def _quoted_appositive(
    ctx: _Context, s_index: int, cue: Cue, before: int, head: tuple[int, int]
) -> _Raw | None:
    """The claim of ``"C," X, appositive, said``: the content ends at ``before`` and
    resumes with a quote right after the cue, if one follows."""
    sentence = ctx.sentences[s_index]
    content = _content_before(ctx, sentence, before)
    if content is None:
        return None
    end = _continuation(ctx, cue.end, sentence) or content[1]
    return _Raw(
        content[0],
        end,
        s_index,
        '"C," X, appositive, said',
        cue,
        head,
        clause=(head[0], cue.end),
    )


def _quote_then_appositive(
    tokens: list[tuple[int, int, str]], comma: int
) -> tuple[int, tuple[int, int]] | None:
    """``"C," Mr. Daniloff, now 81, said``: a name after a closing quote, then an
    appositive ending at token ``comma``. Returns the quote's closing token index and
    the name's span."""
    qi = comma - 1
    while qi > 0 and comma - qi <= 30 and tokens[qi][2] not in _CLOSE_QUOTES:
        qi -= 1
    close = qi
    while close > 0 and tokens[close - 1][2] in _CLOSE_QUOTES:
        close -= 1  # '' typed for a closing double quote
    if (
        close <= 0
        or tokens[qi][2] not in _CLOSE_QUOTES
        or tokens[close - 1][2] not in (",", "?", "!")
    ):
        return None
    end = qi + 1
    while end < comma and tokens[end][2] != "," and end - qi <= 6:
        end += 1
    if end == qi + 1 or end >= comma or tokens[end][2] != ",":
        return None
    if not _can_start_np(tokens[qi + 1][2]) or tokens[qi + 1][2].islower():
        return None
    return qi, (tokens[qi + 1][0], tokens[end - 1][1])


def _leading_phrase(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """``Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore, said``:
    several appositives; the source is the phrase opening the sentence."""
    first = next((i for i in range(comma) if tokens[i][2] == tokens[comma][2]), -1)
    if not 1 <= first <= 8 or not _can_start_np(tokens[0][2]):
        return None
    if any(
        t[2].casefold() in _CLAUSE_WORDS or (t[2] in _BOUNDARY and t[2] not in "()")
        for t in tokens[:first]
    ):
        return None
    if not any(t[2][:1].isupper() or _is_source_word(t[2].casefold()) for t in tokens[:first]):
        return None
    return 0, first


def _right_source(
    text: str, tokens: list[tuple[int, int, str]], k: int, sentence_end: int
) -> tuple[int, int] | None:
    """The subject after an inverted cue: ``"C," said Jane Doe, the engineer.``"""
    i = k + 1
    if i >= len(tokens):
        return None
    start = tokens[i][0]
    end = start
    depth = 0
    while i < len(tokens):
        if i - (k + 1) > _MAX_NP:
            return None  # too long for a subject (and the scan stays short)
        word = tokens[i][2]
        if word in _OPEN_QUOTES and word not in _CLOSE_QUOTES:
            depth += 1
        elif word in _CLOSE_QUOTES and word not in _OPEN_QUOTES and depth:
            depth -= 1
        elif depth == 0 and word in ",;:()—–":
            break
        end = tokens[i][1]
        i += 1
    while end > start and text[end - 1] in ".!? \u00a0":
        end -= 1
    if end <= start:
        return None
    first = tokens[k + 1][2]
    if first.casefold() in ("that", "this", "these", "those", "it"):
        return None  # "said that …" opens a content, not a speaker
    if first.islower() and first.casefold() not in sources_mod.DETERMINERS | {"he", "she", "they"}:
        return None
    if i - (k + 1) > _MAX_NP:
        return None
    return start, end


def _content_after(
    ctx: _Context,
    tokens: list[tuple[int, int, str]],
    k: int,
    sentence: tuple[int, int],
    cue: Cue,
) -> tuple[int, int] | None:
    """The content that follows a cue: ``said (that) C``, ``told Y (that) C``, ``said: "C"``."""
    text = ctx.text
    i = k + 1
    verb = cue.text.casefold().split()[-1]
    if verb in _OBJECT_VERBS:
        window = tokens[i : i + 10]
        for offset, token in enumerate(window):
            if token[2].casefold() == "that" or token[2] == ":":
                i = i + offset + 1
                break
            if token[2] in _OPEN_QUOTES:
                i = i + offset
                break
        else:
            # skip the addressee: a pronoun, or a run of capitalised words
            while (
                i < len(tokens)
                and i < k + 6
                and (
                    tokens[i][2][:1].isupper()
                    or tokens[i][2].casefold()
                    in ("me", "him", "her", "us", "them", "you", "reporters")
                )
            ):
                i += 1
    if verb.startswith("accus"):
        # "accused the governor of hiding the report": the content is what follows "of"
        for m in range(i, min(len(tokens), i + 8)):
            if tokens[m][2].casefold() == "of":
                i = m + 1
                break
    while i < len(tokens) and (tokens[i][2] in (",", ":") or tokens[i][2].casefold() in _THAT):
        i += 1
    if i >= len(tokens):
        return _colon_content(ctx, cue, sentence)
    start = tokens[i][0]
    noun = _CLAIM_NOUN.match(text, start, sentence[1])
    if noun is not None:
        start = noun.end()
        i = _index_at(tokens, start)
        if i >= len(tokens):
            return None
    end = _coordinated_end(ctx, tokens, i, sentence[1])
    if end == sentence[1]:
        for q in ctx.quotes_between(start, sentence[1]):
            if q.end > end:
                end = q.end
    start, end = _trim_content(text, start, end)
    if end <= start:
        return None
    return start, end


def _coordinated_end(
    ctx: _Context, tokens: list[tuple[int, int, str]], i: int, default: int
) -> int:
    """Where a content ends because the same subject starts another attribution.

    ``… said C1, but insists C2`` / ``… and said C2`` / ``…, saying C2``: C1 stops
    before the connector, so the second cue gets a claim of its own.
    """
    lo = tokens[i][0]
    default = _clause_end(ctx, tokens, i, default)
    for cue in ctx.cues_between(lo, default):
        if cue.kind is not CueKind.REPORTING or ctx.quote_containing(cue.start) is not None:
            continue
        k = _index_at(tokens, cue.start)
        if k <= i + 1 or k >= len(tokens):
            continue
        before = tokens[k - 1][2].casefold()
        if before in ("and", "but") and tokens[k - 2][2] == ",":
            return tokens[k - 2][0]
        if before in ("and", "but"):
            return tokens[k - 1][0]
        if before == "," and cue.text.casefold().endswith("ing"):
            return tokens[k - 1][0]
    return default


def _clause_end(ctx: _Context, tokens: list[tuple[int, int, str]], i: int, default: int) -> int:
    """Where a reported clause ends: before *, while*, *, but*, *, whereas*, a
    spaced dash or a semicolon that starts another clause (outside quotes).

    ``409 teachers said they wanted Sanders, while 95 members favored Clinton``: the
    second clause is no longer what the teachers said.
    """
    for m in range(i + 2, len(tokens)):
        start, _end, word = tokens[m]
        if start >= default:
            break
        if word == ";" or (word in ("—", "–") and ctx.text[start - 1 : start] == " "):
            if ctx.quote_containing(start) is None:
                return start
        elif word == "," and m + 1 < len(tokens):
            following = tokens[m + 1][2].casefold()
            new_subject = (
                following == "and"
                and m + 2 < len(tokens)
                and tokens[m + 2][2].casefold() in ("he", "she", "they", "i", "we")
            )
            if (following in _CLAUSE_CONNECTORS or new_subject) and ctx.quote_containing(
                start
            ) is None:
                return start
    return default


def _colon_content(ctx: _Context, cue: Cue, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """``X said:`` ending a sentence: the content is the quote (or sentence) that follows."""
    text = ctx.text
    tail = text[cue.end : sentence[1]].strip()
    if not tail.endswith(":"):
        return None
    s = ctx.sentence_of(sentence[1])
    if s + 1 >= len(ctx.sentences):
        return None
    nxt = ctx.sentences[s + 1]
    q = ctx.quote_containing(nxt[0])
    if q is not None and q.start == nxt[0]:
        return q.start, q.end
    return _trim_content(text, nxt[0], nxt[1])


def _reach_end(text: str, start: int, end: int) -> int:
    """``end``, or when that lies more than :data:`_CONTENT_REACH` characters past
    ``start``, the last word boundary within reach: a content running over a whole
    unpunctuated text would give each cue in it all that follows (output growing with
    the square of the input)."""
    if end - start <= _CONTENT_REACH:
        return end
    space = text.rfind(" ", start, start + _CONTENT_REACH)
    return space if space > start else start + _CONTENT_REACH


def _reach_start(text: str, start: int, end: int) -> int:
    """``start``, or when that lies more than :data:`_CONTENT_REACH` characters
    before ``end``, the first word start within reach (see :func:`_reach_end`)."""
    if end - start <= _CONTENT_REACH:
        return start
    space = text.find(" ", end - _CONTENT_REACH, end)
    return space + 1 if space >= 0 else end - _CONTENT_REACH


def _content_before(ctx: _Context, sentence: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The content before an inverted cue, ending at ``end`` (a comma or a quote)."""
    text = ctx.text
    while end > sentence[0] and text[end - 1] in ", \u00a0\t—–-":
        end -= 1
    if end <= sentence[0]:
        return None
    q = ctx.quote_ending_at(end)
    if q is not None:
        return q.start, q.end
    start = _reach_start(text, sentence[0], end)
    q = ctx.quote_containing(start)
    if q is not None and q.start < start:
        start = q.start
    else:
        dateline = _DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()  # "PORTVILLE — The bridge will close, …"
    start, end = _trim_content(text, start, end)
    if end - start < 2:
        return None
    return start, end


def _continuation(ctx: _Context, after: int, sentence: tuple[int, int]) -> int | None:
    """``"C1," he said, "C2."``: the end of a quote resuming right after the source."""
    text = ctx.text
    i = after
    while i < sentence[1] and text[i] in ",: \u00a0":
        i += 1
    q = ctx.quote_containing(i)
    if q is not None and q.start == i:
        return q.end
    return None


def _according_to(
    ctx: _Context, tokens: list[tuple[int, int, str]], k: int, sentence: tuple[int, int], cue: Cue
) -> _Raw | None:
    text = ctx.text
    s_index = ctx.sentence_of(sentence[0])
    i = k + 1
    if i >= len(tokens):
        return None
    np_start = tokens[i][0]
    np_end = np_start
    while i < len(tokens) and tokens[i][2] not in (",", ";", "—", "–", "."):
        if i - k > _MAX_ACCORDING_NP:
            return None  # no noun phrase runs this long: unpunctuated text, not a source
        np_end = tokens[i][1]
        i += 1
    np_start, np_end = _trim_content(text, np_start, np_end)
    if np_end <= np_start:
        return None
    # the words before the cue, stripped; only their last few matter (a sentence may
    # hold thousands of these cues, and copying all of it for each would be quadratic)
    head, tail = sentence[0], cue.start
    while head < tail and text[head] in " ,\u00a0":
        head += 1
    while tail > head and text[tail - 1] in " ,\u00a0":
        tail -= 1
    before = text[max(head, tail - 64) : tail]
    leading = head == tail or before.casefold() in ("but", "and", "yet", "also", "so")
    if before.casefold().endswith(("that's", "that’s", "that is", "this is", "that was")):
        prev = s_index - 1
        if prev < 0:
            return None
        ps, pe = _trim_content(text, *ctx.sentences[prev])
        return _Raw(ps, pe, prev, "that's according to X", cue, (np_start, np_end))
    if leading:
        c = _trim_content(text, np_end, sentence[1])
        c = (c[0] + (1 if text[c[0] : c[0] + 1] == "," else 0), c[1])
        c = _trim_content(text, *c)
        if c[1] <= c[0]:
            return None
        return _Raw(
            c[0],
            c[1],
            s_index,
            "according to X, C",
            cue,
            (np_start, np_end),
            clause=(cue.start, np_end),
        )
    content = _content_before(ctx, sentence, cue.start)
    if content is None:
        return None
    return _Raw(
        content[0],
        content[1],
        s_index,
        "C, according to X",
        cue,
        (np_start, np_end),
        clause=(cue.start, np_end),
    )


def _from_cue(ctx: _Context, s_index: int, cue: Cue, previous: _Raw | None = None) -> _Raw | None:
    """Apply the one-sentence patterns around the reporting cue ``cue``.

    ``previous`` is the attribution found before it in the same sentence, whose
    source a participle (*…,” he said, citing…*) shares."""
    text = ctx.text
    sentence = ctx.sentences[s_index]
    tokens = ctx.tokens_of(s_index)
    k = _index_at(tokens, cue.start)
    # the cue may be several tokens long: k_end is its last token
    k_end = k
    while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
        k_end += 1
    if k >= len(tokens):
        return None
    folded = cue.text.casefold()
    if folded.startswith("according to"):
        return _according_to(ctx, tokens, k_end, sentence, cue)
    impersonal, passive = _cue_shape(cue.text)
    if impersonal:
        content = _content_after(ctx, tokens, k_end, sentence, cue)
        if content is None:
            content = _content_before(ctx, sentence, cue.start)
            if content is None:
                return None
        return _Raw(content[0], content[1], s_index, "impersonal", cue, None, unspecified=True)
    if passive:
        c = _trim_content(text, *sentence)
        return _Raw(c[0], c[1], s_index, "X is said to", cue, None, unspecified=True)
    if k_end == k and _is_passive(tokens, k):
        return None
    left = _left_source(tokens, k)
    skipped = _skip_before(tokens, k - 1)
    before_cue = tokens[skipped][2] if skipped >= 0 else ""
    # "…, Vermont Sen. Bernie Sanders, also praised": the comma before the adverb
    k_before = skipped + 1 if skipped >= 0 and before_cue in (",", "—", "–") else k
    if left is None and _shares_subject(tokens, k, cue):
        # "Clinton celebrated …, declaring C" / "… and said C": the sentence's subject
        shared: tuple[int, int] | None = None
        if previous is not None and previous.source is not None:
            shared = previous.source
        else:
            opener = _sentence_subject(tokens, k)
            if opener is not None:
                shared = (tokens[opener[0]][0], tokens[opener[1] - 1][1])
        content = _content_after(ctx, tokens, k_end, sentence, cue) if shared else None
        if shared is not None and content is not None:
            return _Raw(
                content[0],
                content[1],
                s_index,
                "X did …, saying C",
                cue,
                shared,
                clause=(cue.start, cue.end),
            )
    if left is None:
        if k == 0 or not (before_cue in (",", "—", "–") or before_cue in _CLOSE_QUOTES):
            return None
        rest = _words_after(tokens, k_end + 1, _ADJUNCT_MAX + 1)
        long_rest = len(rest) > _ADJUNCT_MAX or any(
            t[2].casefold() == "that" or t[2] == ":" for t in rest[:3]
        )
        comma = k_before - 1
        closing = before_cue
        if before_cue in _CLOSE_QUOTES and skipped >= 1 and tokens[skipped - 1][2] == ",":
            # 'Lehel, the hacker known as “Guccifer,” stated that …'
            comma, closing = skipped - 1, ","
        appositive = _appositive_source(tokens, comma) if closing in (",", "—", "–") else None
        if appositive is not None and (long_rest or appositive[0] == 0):
            # Jane Doe, a former officer who worked in Europe, said C
            content = _content_after(ctx, tokens, k_end, sentence, cue)
            if content is not None:
                head = (tokens[appositive[0]][0], tokens[appositive[1] - 1][1])
                return _Raw(
                    content[0],
                    content[1],
                    s_index,
                    "X, appositive, said C",
                    cue,
                    head,
                    clause=(head[0], cue.end),
                )
        if appositive is not None and appositive[0] >= 2:
            # "C," the economist Jared Bernstein, a former adviser, wrote on his blog.
            opening = tokens[appositive[0] - 1]
            if opening[2] == "," or opening[2] in _CLOSE_QUOTES:
                head = (tokens[appositive[0]][0], tokens[appositive[1] - 1][1])
                before = opening[1] if opening[2] != "," else opening[0]
                found = _quoted_appositive(ctx, s_index, cue, before, head)
                if found is not None:
                    return found
        # "C," Mr. Daniloff, now 81 and retired, said by telephone.
        quoted = _quote_then_appositive(tokens, skipped) if before_cue == "," else None
        if quoted is not None:
            found = _quoted_appositive(ctx, s_index, cue, tokens[quoted[0]][1], quoted[1])
            if found is not None:
                return found
        # "C," said X  /  C, said X
        src = _right_source(text, tokens, k_end, sentence[1])
        if src is None:
            return None
        mark = tokens[skipped]
        boundary_end = mark[1] if before_cue in _CLOSE_QUOTES else mark[0]
        content = _content_before(ctx, sentence, boundary_end)
        if content is None:
            return None
        end = content[1]
        more = _continuation(ctx, src[1], sentence)
        if more is not None:
            end = more
        return _Raw(content[0], end, s_index, '"C," said X', cue, src, clause=(cue.start, src[1]))
    np_start, np_end, j = left
    src = (tokens[np_start][0], tokens[np_end - 1][1])
    carrier = _published_by(tokens, np_start, np_end, j)
    if carrier is not None:
        # "Jessica Mackler issued a statement saying C": Mackler, through the statement
        publisher, chain_link = carrier
        content = _content_after(ctx, tokens, k_end, sentence, cue)
        if content is not None:
            return _Raw(
                content[0],
                content[1],
                s_index,
                "X issued a statement saying C",
                cue,
                publisher,
                chain=(chain_link,),
                clause=(publisher[0], cue.end),
            )
    # inversion: "C, X said [adjuncts]."
    boundary = tokens[j][2] if j >= 0 else ""
    before_comma = _words_before_comma(tokens, k_end + 1)
    resumes = _continuation(ctx, cue.end, sentence)
    short_rest = _adjunct_only(before_comma, cue)
    # "C," McCain said, citing …  — a participle clause after the cue is no content
    trailing_clause = k_end + 1 < len(tokens) and tokens[k_end + 1][2] == ","
    if (
        j >= 1
        and (boundary in (",", "—", "–") or boundary in _CLOSE_QUOTES)
        and (
            short_rest
            or resumes is not None
            or trailing_clause
            or (
                boundary in _CLOSE_QUOTES
                # (a comma first leaves before_comma empty: neither "that" nor ":")
                and not (before_comma and before_comma[0][2].casefold() in ("that", ":"))
            )
        )
    ):
        content = _content_before(
            ctx, sentence, tokens[j][1] if boundary in _CLOSE_QUOTES else tokens[j][0]
        )
        if content is not None and (resumes is None or content[1] < src[0]):
            end = resumes if resumes is not None else content[1]
            return _Raw(content[0], end, s_index, "C, X said", cue, src, clause=(src[0], cue.end))
    if j < 0 and np_start == 0 and short_rest and s_index > 0:
        # '"… going on?’” Renteria told reporters.' — the segmenter ended the
        # sentence at the closing quote; the quote before is the content.
        q = ctx.quote_ending_at(ctx.sentences[s_index - 1][1])
        if q is not None and ctx.paragraph_of(q.start) == ctx.paragraph_of(sentence[0]):
            return _Raw(
                q.start, q.end, s_index - 1, "C, X said", cue, src, clause=(src[0], cue.end)
            )
    content = _content_after(ctx, tokens, k_end, sentence, cue)
    if content is None:
        return None
    relative = None
    if skipped >= 0 and tokens[skipped][2] in ("who", "which"):
        # "Barkley, who said he votes Democratic, said …": the relative clause ends
        # at its comma
        relative = (tokens[skipped][0], tokens[skipped][1])
        for t in tokens[k_end + 1 :]:
            if t[2] == "," and content[0] < t[0] < content[1]:
                content = (content[0], t[0])
                break
    return _Raw(
        content[0],
        content[1],
        s_index,
        "X said C",
        cue,
        src,
        clause=(src[0], cue.end),
        relative=relative,
    )


def _split_channel(
    text: str, src: tuple[int, int]
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """``sources cited by the outlet`` → source ``sources``, chain ``the outlet``."""
    m = _CHANNEL.search(text, src[0], src[1])
    if m is None:
        return src, ()
    left = _trim_content(text, src[0], m.start())
    right = _trim_content(text, m.end(), src[1])
    if left[1] <= left[0] or right[1] <= right[0]:
        return src, ()
    return left, (right,)


def _channels(ctx: _Context, raw: _Raw, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Intermediaries named around the claim: ``told Fox News``, ``as the paper reported``."""
    text = ctx.text
    found: list[tuple[int, int]] = []
    if raw.clause is not None and raw.cue is not None:
        m = _TOLD_CHANNEL.match(text, raw.cue.start) if raw.cue.start < sentence[1] else None
        if m is not None:
            who = _CHANNEL_NAME.match(text, m.end(), sentence[1])
            if who is not None:
                span = who.span()
                kind, _ = sources_mod.classify(text[span[0] : span[1]])
                if kind is SourceType.MEDIA:
                    found.append(span)
    for span in ctx.as_reported(sentence):
        if raw.source is None or span != raw.source:
            found.append(span)
    return tuple(found)


@functools.cache
def _nominal_pattern() -> regex.Pattern[str]:
    from claimscope import lexicon

    nouns = sorted((e.text for e in lexicon.load("nominal_cues")), key=len, reverse=True)
    return regex.compile(
        r"['’]s\s+(?:\p{Ll}+\s+){0,2}?(?P<cue>"
        + "|".join(regex.escape(n) for n in nouns)
        + r")\s+that\s+"
    )


_POSSESSOR = regex.compile(r"(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&\-]*\s+){0,4}\p{L}[\p{L}.&\-]*)\Z")
"""The possessor before *'s*: a name or a short definite phrase (*the agency*)."""


@functools.cache
def _nominal_stances() -> dict[str, str]:
    from claimscope import lexicon

    return {e.text.casefold(): e.fields[0] for e in lexicon.load("nominal_cues")}


def _nominal_claims(ctx: _Context, raws: list[_Raw], furniture: set[int]) -> list[_Raw]:
    """``the agency's assessment that C``, ``Trump's claim that C``: a possessor
    attributed a clause through a noun."""
    text = ctx.text
    taken = sorted((r.start, r.end) for r in raws)
    starts = [t[0] for t in taken]
    out: list[_Raw] = []
    for m in _nominal_pattern().finditer(text):
        s_index = ctx.sentence_of(m.start())
        sentence = ctx.sentences[s_index]
        if s_index in furniture or not sentence[0] <= m.start() < sentence[1]:
            continue
        content = _trim_content(text, m.end(), _reach_end(text, m.end(), sentence[1]))
        if content[1] - content[0] < 3:
            continue
        i = bisect.bisect_right(starts, content[0]) - 1
        if i >= 0 and taken[i][1] > content[0] and taken[i][0] <= content[0]:
            continue
        owner = _POSSESSOR.search(text, max(sentence[0], m.start() - 80), m.start())
        if owner is None:
            continue
        src = owner.span()
        words = text[src[0] : src[1]].split()
        while words and not _can_start_np(words[0]):
            src = (text.index(words[1], src[0]) if len(words) > 1 else src[1], src[1])
            words = words[1:]
        if not words:
            continue
        noun = m.group("cue")
        cue = Cue(
            noun,
            m.start("cue"),
            m.end("cue"),
            CueKind.REPORTING,
            entry=noun.casefold(),
            stance=_nominal_stances().get(noun.casefold(), "neutral"),
        )
        out.append(
            _Raw(
                content[0],
                content[1],
                s_index,
                "X's claim that C",
                cue,
                src,
                clause=(src[0], cue.end),
            )
        )
    return out


_SPEAKER_LINE = regex.compile(
    r"(?P<who>\p{Lu}[\p{Lu}.'’\-]+(?:[^\S\n]+\p{Lu}[\p{Lu}.'’\-]+){0,2}"
    r"|\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}'’\-]+){1,2}):[^\S\n]+(?=\S)"
)
"""``TAPPER: And obviously…`` / ``Luciana Lopez: Saying to people…``: a transcript
line opened by its speaker's name (all capitals, or a two- or three-word name)."""


def _transcript_claims(ctx: _Context) -> list[_Raw]:
    """Speaker-labelled transcript lines (never the first paragraph, the headline)."""
    text = ctx.text
    out: list[_Raw] = []
    for p_index, (lo, hi) in enumerate(ctx.paragraphs):
        if p_index == 0 or text.find(":", lo, hi) < 0:
            continue  # the headline, or no colon for a speaker label to end with
        m = _SPEAKER_LINE.match(text, lo, hi)
        if m is None:
            continue
        s_index = ctx.sentence_of(m.end())
        line_end = text.find("\n", m.end(), hi)
        content = _trim_content(text, m.end(), hi if line_end < 0 else line_end)
        if content[1] - content[0] < 3 or is_question(text[content[0] : content[1]]):
            continue
        colon = m.end("who")
        cue = Cue(
            text[colon : colon + 1],
            colon,
            colon + 1,
            CueKind.REPORTING,
            entry=":",
            stance="neutral",
        )
        out.append(
            _Raw(
                content[0], content[1], s_index, "X: C", cue, m.span("who"), clause=(lo, colon + 1)
            )
        )
    return out


def _colon_speaker(ctx: _Context, colon: int, floor: int) -> tuple[int, int] | None:
    """``Republican pollster Daron Shaw: "C"``: the name right before a colon."""
    tokens = _tokens(ctx.text, max(floor, colon - 120), colon)
    i = len(tokens)
    while i > 0 and i > len(tokens) - 6:
        word = tokens[i - 1][2]
        if word[:1].isupper() or word == "." or (word.islower() and sources_mod.is_role(word)):
            i -= 1
            continue
        break
    while i < len(tokens) and not tokens[i][2][:1].isupper():
        i += 1
    if i >= len(tokens) or tokens[i][2].casefold() in _NOT_NP_START:
        return None
    if tokens[i][2] in ("I", "We"):
        return None
    return tokens[i][0], tokens[-1][1]


def _quote_claims(ctx: _Context, raws: list[_Raw]) -> list[_Raw]:
    """Attribute speech quotes no pattern covered: dashes, headers, continuation."""
    text = ctx.text
    covered = Coverage((r.start, r.end) for r in raws)
    out: list[_Raw] = []
    by_end = sorted(raws, key=lambda r: r.end)
    ends = [r.end for r in by_end]

    for q in ctx.quotes:
        if q.role is not QuoteRole.SPEECH or covered.covers(q.start):
            continue
        s_index = ctx.sentence_of(q.start)
        sentence = ctx.sentences[s_index]
        para = ctx.paragraphs[ctx.paragraph_of(q.start)]
        # "C" — Jane Doe, chief executive
        m = _DASH_SOURCE.match(text, q.end)
        if m is not None:
            who = _trim_content(text, *m.span("who"))
            out.append(_Raw(q.start, q.end, s_index, '"C" — X', None, who))
            continue
        # '“C,” an angry Hollande retaliated.' — any verb closing the sentence
        m = _QUOTE_NP_VERB.match(text, q.end)
        if m is not None and q.end < sentence[1] and text[q.end - 2 : q.end - 1] in (",", "?", "!"):
            who = m.span("who")
            verb = Cue(
                m.group("verb"),
                m.start("verb"),
                m.end("verb"),
                CueKind.REPORTING,
                entry=m.group("verb").casefold(),
                stance="neutral",
            )
            end = q.end
            resumed = _continuation(ctx, m.end("verb"), sentence)
            if resumed is not None:
                end = resumed
            out.append(
                _Raw(
                    q.start,
                    end,
                    s_index,
                    '"C," X verbed',
                    verb,
                    who,
                    clause=(who[0], m.end("verb")),
                )
            )
            continue
        # "Republican pollster Daron Shaw: “C”" in the same sentence
        colon = q.start - 1  # the last non-space character before the quote
        while colon >= sentence[0] and text[colon].isspace():
            colon -= 1
        if (
            colon >= sentence[0]
            and text[colon] == ":"
            and ctx.quote_containing(sentence[0]) is None
        ):
            speaker = _colon_speaker(ctx, colon, sentence[0])
            if speaker is not None:
                out.append(_Raw(q.start, q.end, s_index, "X: quote", None, speaker))
                continue
        share = (min(q.end, para[1]) - max(q.start, para[0])) / max(1, para[1] - para[0])
        if share < _QUOTE_ONLY_SHARE:
            share_sentence = (min(q.end, sentence[1]) - q.start) / max(1, sentence[1] - sentence[0])
            if share_sentence < _QUOTE_ONLY_SHARE:
                continue
        # header: "And from Chairwoman Doe:" in the paragraph before
        p = ctx.paragraph_of(q.start)
        if p > 0:
            prev_para = ctx.paragraphs[p - 1]
            line_start = max(prev_para[0], text.rfind("\n", prev_para[0], prev_para[1]) + 1)
            hm = _HEADER_SOURCE.match(text, line_start, prev_para[1])
            if hm is not None:
                out.append(_Raw(q.start, q.end, s_index, "from X: quote", None, hm.span("who")))
                continue
        # continuation: the latest attributed claim in this or the previous paragraph
        i = bisect.bisect_right(ends, q.start) - 1
        last_source: _Raw | None = by_end[i] if i >= 0 else None
        prior = out[-1] if out and out[-1].end <= q.start else None
        if prior is not None and (last_source is None or prior.end > last_source.end):
            last_source = prior
        if last_source is not None and (last_source.source is not None or last_source.unspecified):
            gap_para = p - ctx.paragraph_of(last_source.end - 1)
            if gap_para <= 1:
                out.append(
                    _Raw(
                        q.start,
                        q.end,
                        s_index,
                        "quote continuation",
                        last_source.cue,
                        last_source.source,
                        unspecified=last_source.unspecified,
                        chain=last_source.chain,
                    )
                )
                continue
    return out


def attribute(
    text: str,
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    cues: Sequence[Cue],
    *,
    author_claims: bool = True,
) -> list[Claim]:
    """Return the claims of ``text``, ordered by start.

    ``sentences`` and ``paragraphs`` are offset spans, ``quotes`` and ``cues`` what
    :mod:`claimscope.quotes` and :mod:`claimscope.cues` found in the same text.
    """
    ctx = _Context(text, sentences, paragraphs, quotes, cues)
    transcript = _transcript_claims(ctx)
    raws: list[_Raw] = list(transcript)
    transcript_spans: dict[int, list[tuple[int, int]]] = {}
    for r in transcript:
        transcript_spans.setdefault(r.sentence, []).append((r.start, r.end))
    reasons = page_furniture(text, list(sentences), list(paragraphs))
    furniture = set(reasons)
    # a question may still quote a statement ("“C,” she said, asking “…?”")
    page = {i for i, why in reasons.items() if why != "question"}
    # the sentences a reporting cue starts in (a superset of those with one inside)
    reporting = {ctx.sentence_of(c.start) for c in cues if c.kind is CueKind.REPORTING}
    for s_index, sentence in enumerate(sentences):
        if s_index in furniture:
            continue
        if s_index not in reporting:
            continue
        sentence_cues = ctx.cues_between(sentence[0], sentence[1])
        if not any(c.kind is CueKind.REPORTING for c in sentence_cues):
            continue
        taken = Union(transcript_spans.get(s_index, ()))
        previous: _Raw | None = None
        for cue in _inverted_first(ctx, s_index, sentence_cues):
            if cue.kind is not CueKind.REPORTING or _ADJUNCT_ENTRY.match(cue.entry):
                continue
            inside = ctx.quote_containing(cue.start)
            if inside is not None and (inside.closed or len(inside.pieces) > 1):
                # a cue in an unclosed one-paragraph quote is more likely outside a
                # stray mark than quoted: "“The bridge will close, Aaron Doe said."
                continue
            if taken.covers(cue.start) or _PARTICIPLE_BY.match(
                text, cue.end, min(sentence[1], cue.end + _PARTICIPLE_BY_WINDOW)
            ):
                continue
            if _naming_use(text, cue):
                continue
            raw = _from_cue(ctx, s_index, cue, previous)
            if raw is None:
                continue
            previous = raw
            chain = raw.chain
            src = raw.source
            if src is not None:
                src, channel = _split_channel(text, src)
                chain = channel + chain
            chain = chain + _channels(ctx, raw, sentence)
            if src != raw.source or chain != raw.chain:
                raw = attrs.evolve(raw, source=src, chain=chain)
            raws.append(raw)
            taken.add(raw.start, raw.end)
            if raw.clause is not None:
                # the clause, the content and what lies between them (*denied claims
                # that …*) belong to this attribution
                taken.add(min(raw.start, raw.clause[0]), max(raw.end, raw.clause[1]))
    raws.extend(_list_items(ctx, raws, furniture))
    raws.extend(_nominal_claims(ctx, raws, furniture))
    raws.extend(_quote_claims(ctx, raws))
    raws.sort(key=_BY_SPAN)
    raws = _merge_continuations(ctx, raws)
    # no claim starts in page furniture, whichever pass proposed it (a caption's quote)
    claims = [c for c in _resolve(ctx, raws) if c.sentence not in page]
    if author_claims:
        claims.extend(_author_claims(ctx, raws, furniture))
    claims.sort(key=_BY_SPAN)
    return claims


_BULLET = regex.compile(r"(?:[•●◦▪■‣*·\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[^\S\n]+")
"""A list item's marker: a bullet or dash, ``1.``, ``(2)``, ``a)``."""


def _list_items(ctx: _Context, raws: list[_Raw], furniture: set[int]) -> list[_Raw]:
    """The further items of a list that an attribution ending in a colon opens.

    ``President Jane Doe also said:`` followed by lines (bulleted, or without final
    punctuation) gives one claim per line, each with the introduction's source and cue
    (SPEC, *Edge cases*). The colon pattern already made the first item a claim; the
    list runs while the lines keep its shape: each on a line of its own, marked like
    the first item, or, unmarked, not ending like prose.
    """
    text = ctx.text
    out: list[_Raw] = []
    for raw in raws:
        s = raw.sentence
        if raw.cue is None or s + 1 >= len(ctx.sentences):
            continue
        intro = ctx.sentences[s]
        first = ctx.sentences[s + 1]
        if not (first[0] <= raw.start < first[1]) or not text[
            intro[0] : intro[1]
        ].rstrip().endswith(":"):
            continue
        marked = _BULLET.match(text, first[0], first[1]) is not None
        if not marked and ends_like_prose(text[first[0] : first[1]]):
            continue
        for k in range(s + 2, len(ctx.sentences)):
            a, b = ctx.sentences[k]
            bullet = _BULLET.match(text, a, b)
            if (
                k in furniture
                or (bullet is not None) != marked
                or (not marked and ends_like_prose(text[a:b]))
                or (not marked and "\n" not in text[ctx.sentences[k - 1][1] : a])
            ):
                break
            start, end = _trim_content(text, a if bullet is None else bullet.end(), b)
            out.append(attrs.evolve(raw, start=start, end=end, sentence=k, rule="list item"))
    return out


def _inverted_first(ctx: _Context, s_index: int, cues: list[Cue]) -> list[Cue]:
    """Put inverted cues first: in *The mayor rejected the treaty, aides said.* (or
    *…, a Chinese official said, adding …*) the attribution is the one after the
    comma, and *rejected* is part of its content."""
    reporting = [c for c in cues if c.kind is CueKind.REPORTING]
    if len(reporting) < 2:
        return cues
    tokens = ctx.tokens_of(s_index)
    first: list[Cue] = []
    for cue in reporting[1:]:
        k = _index_at(tokens, cue.start)
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        left = _left_source(tokens, k)
        if left is None or left[2] < 1 or tokens[left[2]][2] != ",":
            continue
        if _adjunct_only(_words_before_comma(tokens, k_end + 1), cue):
            first.append(cue)
    if not first:
        return cues
    moved = {id(c) for c in first}  # not ``c not in first``: quadratic in long sentences
    return [*first, *[c for c in cues if id(c) not in moved]]


def _merge_continuations(ctx: _Context, raws: list[_Raw]) -> list[_Raw]:
    """Join a quote continuing in the same paragraph to the claim before it.

    ``"C1," said X. "C2."`` is one claim whose content runs from the first quote to
    the last: the speaker's words, interrupted only by the attribution.
    """
    merged: list[_Raw] = []
    for raw in raws:
        if merged and raw.rule == "quote continuation":
            last = merged[-1]
            between = ctx.text[last.end : raw.start]
            same_paragraph = ctx.paragraph_of(last.start) == ctx.paragraph_of(raw.start)
            if last.clause is not None and last.end <= last.clause[0]:
                between = ctx.text[last.clause[1] : raw.start]
            bridge = between.strip(" .,\u00a0\n")
            if (
                same_paragraph
                and last.end <= raw.start
                and len(bridge) <= _BRIDGE_MAX
                and not any(ch in _DOUBLE_QUOTES for ch in bridge)
                and (not bridge or last.clause is not None)
            ):
                merged[-1] = attrs.evolve(last, end=raw.end)
                continue
        merged.append(raw)
    return merged


def _claim_cues(ctx: _Context, raw: _Raw) -> tuple[Cue, ...]:
    spans = [(raw.start, raw.end)]
    if raw.clause is not None:
        spans.append(raw.clause)
    found: dict[tuple[int, int], Cue] = {}
    if raw.cue is not None:
        found[(raw.cue.start, raw.cue.end)] = raw.cue
    for a, b in spans:
        for cue in ctx.cues_between(a, b):
            if cue.kind is CueKind.REPORTING:
                continue
            found[(cue.start, cue.end)] = cue
    return tuple(sorted(found.values(), key=_BY_SPAN))


def _quote_kind(ctx: _Context, start: int, end: int, attributed: bool) -> QuoteKind:
    """``direct`` when the content is quotation (possibly interrupted by its own
    attribution), ``partial`` when quoted fragments mix with paraphrase, else
    ``indirect``; author-voiced claims are ``none``."""
    if not attributed:
        return QuoteKind.NONE
    quotes = [q for q in ctx.quotes_between(start, end) if q.end <= end]
    enclosing = ctx.quote_containing(start)
    if enclosing is not None and enclosing.start == start and enclosing.end >= end:
        return QuoteKind.DIRECT
    if not quotes:
        return QuoteKind.INDIRECT
    if quotes[0].start == start and quotes[-1].end == end:
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def _resolve(ctx: _Context, raws: list[_Raw]) -> list[Claim]:
    text = ctx.text
    resolver = sources_mod.Resolver()
    claims: list[Claim] = []
    for raw in raws:
        if raw.start >= raw.end:
            continue
        if raw.source is not None and not raw.unspecified:
            a, b = raw.source
            mention_text = text[a:b]
            kind, reason = sources_mod.classify(mention_text)
            if raw.rule == "X: C" and reason == "acronym":
                kind = SourceType.PERSON  # a transcript's speaker label: TAPPER:
            if kind is SourceType.UNSPECIFIED:
                source = _UNSPECIFIED
            elif kind is SourceType.AUTHOR:
                if ctx.quote_containing(a) is None:
                    source = AUTHOR
                else:
                    source = Source(SourceType.PERSON, mention_text, a, b)
            else:
                entity = resolver.resolve(mention_text, a, b, kind)
                mention = None if (entity.start, entity.end) == (a, b) else Span(mention_text, a, b)
                if raw.relative is not None:
                    r0, r1 = raw.relative
                    mention = Span(text[r0:r1], r0, r1)
                source = Source(entity.type, entity.text, entity.start, entity.end, mention)
        else:
            source = _UNSPECIFIED
        chain = []
        for a, b in raw.chain:
            kind, _reason = sources_mod.classify(text[a:b])
            if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
                continue
            entity = resolver.resolve(text[a:b], a, b, kind)
            chain.append(Source(entity.type, entity.text, entity.start, entity.end))
        attributed = source.type is not SourceType.AUTHOR
        cues = _claim_cues(ctx, raw)
        label = confidence_mod.label(cues, attributed=attributed)
        sentence = ctx.sentence_of(raw.start)
        claims.append(
            Claim(
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                sentence=sentence,
                quote=_quote_kind(ctx, raw.start, raw.end, attributed),
                confidence=label,
                source=source,
                chain=tuple(chain),
                cue=raw.cue,
                cues=cues,
                rule=raw.rule,
            )
        )
    return claims


def _author_claims(ctx: _Context, raws: list[_Raw], furniture: set[int]) -> list[Claim]:
    """One claim per remaining declarative sentence in the text's own voice."""
    text = ctx.text
    attributed = Coverage([(r.start, r.end) for r in raws] + [r.clause for r in raws if r.clause])
    claims: list[Claim] = []
    for s_index, sentence in enumerate(ctx.sentences):
        if s_index in furniture or attributed.overlaps(*sentence):
            continue
        start, end = sentence
        cues = tuple(c for c in ctx.cues_between(start, end) if c.kind is not CueKind.REPORTING)
        distancing = [
            c
            for c in cues
            if (
                c.kind is CueKind.DISTANCING
                and c.entry in ("reportedly", "allegedly", "purportedly", "supposedly")
            )
            or (c.kind is CueKind.HEDGE and _IMPERSONAL_HEDGE.match(c.entry))
        ]
        if distancing:
            # "The minister has reportedly resigned": attributed, nobody named
            source = _UNSPECIFIED
            quote = _quote_kind(ctx, start, end, True)
            rule = "reportedly" if distancing[0].kind is CueKind.DISTANCING else "X is thought to"
        else:
            source, quote, rule = AUTHOR, QuoteKind.NONE, "author"
        claims.append(
            Claim(
                start=start,
                end=end,
                text=text[start:end],
                sentence=s_index,
                quote=quote,
                confidence=confidence_mod.label(cues, attributed=bool(distancing)),
                source=source,
                cue=None,
                cues=cues,
                rule=rule,
            )
        )
    return claims
