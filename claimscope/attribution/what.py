"""*What*: finding the content span of an attribution.

The content after a cue (:func:`content_after`: *said (that) C*, *told Y C*, *said:*
then the next sentence), where a reported clause ends (:func:`clause_end`, :func:`coordinated_end`),
and whether the words after a cue are only adjuncts (:func:`adjunct_only`), which
tells *C, X said on Tuesday* from *X said C*. The content before an inverted cue (*C, X
said*) and a quotation resuming after its attribution are
:mod:`claimscope.attribution.quote_edges`.
"""

from __future__ import annotations

import itertools

import regex

from claimscope import _grammar, lexicon
from claimscope.attribution import phrase_shape, who
from claimscope.attribution._clause_limits import before_whom
from claimscope.attribution._content_openers import past_governed_preposition
from claimscope.attribution._second_that import second_that_clause
from claimscope.attribution._time_adjuncts import past_time_adjunct
from claimscope.attribution._told_clause import clause_before_quote, past_the_named
from claimscope.attribution.connective_openers import connective_opener, participle_opener
from claimscope.attribution.context import (
    BULLET,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Context,
    index_at,
    trim_content,
)
from claimscope.model import Cue, CueKind

OBJECT_VERBS = lexicon.words("addressee_verbs")
"""Reporting verbs that take an addressee or target before their content."""


THAT = frozenset({"that"})


ADJUNCT_MAX = 7
"""After an inverted cue (*C, she said on Tuesday in a statement.*), at most this many
tokens may follow before the sentence ends."""


CLAIM_NOUN = regex.compile(
    r"(?:the[^\S\n]+)?(?:" + lexicon.alternation("claim_nouns") + r")[^\S\n]+that[^\S\n]+",
    regex.I,
)
"""``denied claims that C``: the content is C, not the noun that names it."""


ADJUNCT_STARTERS = lexicon.words("adjunct_starters")
"""Words that open an adjunct after an inverted cue (*said on Tuesday*, *said of him*)."""


ADDRESSEES = lexicon.words("addressees")
BARE_ADDRESSEES = _grammar.OBJECT_PRONOUNS | frozenset(
    """reporters journalists jurors councillors analysts investors police investigators
    detectives lawmakers legislators senators""".split()
)
"""The addressees :func:`content_after` steps over when no *that* follows (*told
him*, *told reporters*, *told jurors the case would last*): a narrower list than
:data:`ADDRESSEES`."""

AUDIENCES = frozenset(
    """jury court committee inquest inquiry commission tribunal hearing panel meeting
    board council audience crowd legislature""".split()
)
"""Bodies addressed after *the* (*told the jury the trial would last*, *told the
commission he had been afraid*, *told the board the district faces a deficit*)."""
"""Common addressees of *told*/*asked* that are not capitalised."""


CLAUSE_CONNECTORS = _grammar.CLAUSE_CONNECTORS
"""After a comma, these start a clause that is not part of a reported content."""


def words_after(
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


def words_before_comma(tokens: list[tuple[int, int, str]], i: int) -> list[tuple[int, int, str]]:
    """The words from index ``i`` up to the first comma, leaving out final
    punctuation and closing quotes, but no more than :func:`adjunct_only` needs to
    judge them (``ADJUNCT_MAX + 1``): a long sentence has many cues."""
    return list(itertools.takewhile(lambda t: t[2] != ",", words_after(tokens, i, ADJUNCT_MAX + 1)))


def adjunct_only(rest: list[tuple[int, int, str]], cue: Cue) -> bool:
    """Whether the words after a cue are only adjuncts (*on Tuesday*, *in a statement*).

    Then the content stands before the cue (``C, X said on Tuesday.``); a clause after
    the cue (``most of them said they had loved it``) is the content instead.
    """
    if len(rest) > ADJUNCT_MAX and not _medium_adjunct(rest):
        return False
    if not rest:
        return True
    words = [t[2].casefold() for t in rest]
    if "that" in words or ":" in words:
        return False
    first = 0
    if cue.text.casefold().split()[-1] in OBJECT_VERBS:
        # told reporters / told CNN / asked him: the addressee comes first
        if words[0] in ("the", "a", "an", "his", "her", "their", "its"):
            first = 2  # "told the court in his filing"
        while first < len(rest) and (rest[first][2][:1].isupper() or words[first] in ADDRESSEES):
            first += 1
        if first >= len(rest):  # only the addressee ("told her": past it, a pronoun)
            return True
    return words[first] in ADJUNCT_STARTERS


MEDIUM_ADJUNCT_MAX = 14
"""After an inverted cue, an adjunct naming the medium (*C, the company said in a
filing to the Nigerian Exchange Limited on Tuesday.*) may run to this many tokens."""

MEDIA_OF_SPEECH = frozenset(
    """statement statements filing filings interview email e-mail letter note post
    speech briefing release message video call""".split()
)
"""What a source speaks through in *said in a statement*, *said in a filing*."""


def _medium_adjunct(rest: list[tuple[int, int, str]]) -> bool:
    """Whether ``rest`` is one long adjunct naming the medium of speech: *in a
    (regulatory) filing/statement …*, no more than :data:`MEDIUM_ADJUNCT_MAX` tokens,
    with no *that* or colon (which would open the content)."""
    words = [t[2].casefold() for t in rest]
    if len(words) > MEDIUM_ADJUNCT_MAX or words[:1] != ["in"] or "that" in words or ":" in words:
        return False
    if words[1:2] not in (["a"], ["an"], ["its"], ["his"], ["her"], ["their"]):
        return False
    return bool(MEDIA_OF_SPEECH.intersection(words[2:4]))


ADJUNCT_OPENERS = frozenset(
    "in on at during after before from with to by about via last this earlier "
    "yesterday today monday tuesday wednesday thursday friday saturday sunday "
    "for through then again repeatedly previously publicly privately separately".split()
)
"""Words that open an adjunct between a cue and its *that* (*said in an interview
that*, *said on Tuesday that*, *complained for years that*, *said then that*,
*said through an interpreter that*)."""

SUBORDINATORS = frozenset("according as if when because while since although though unless".split())
"""Words that open a subordinate clause or adjunct at the start of a content (*said
that, according to X, Y asserted C*): a comma after it does not end the content."""

ADJUNCT_REACH = 12
"""The most tokens an adjunct before *that* may hold (*said in a filing with the
Securities and Exchange Commission that C*)."""

SHORT_ADJUNCT = 8
"""An adjunct longer than this holds no auxiliary or modal (:data:`CLAUSE_VERBS`)."""

CLAUSE_SUBJECTS = _grammar.SUBJECT_PRONOUNS | {"it", "you"}
"""Subject pronouns, which open a clause (the content), never an adjunct."""

CLAUSE_VERBS = (_grammar.AUXILIARIES | _grammar.EPISTEMIC_MODALS) - {"being"}
"""Finite auxiliaries and modals: one deep in what follows a cue marks a clause (the
content), not an adjunct (:func:`_past_adjunct`). Not *being*, which is no finite verb
and stands in adjuncts (*said … after being released from hospital that C*)."""


PASSIVE_ADVERBS = frozenset({"first", "also", "later", "then", "originally", "previously"})
"""Adverbs that may stand between *was* and its participle besides the *-ly* ones."""


def passive_subject(
    tokens: list[tuple[int, int, str]], k: int
) -> tuple[int, tuple[int, int]] | None:
    """In ``The issue was first reported by The Post.`` (the one-token cue is token
    ``k``): where the subject ends (the start of *was*) and the span of the agent
    after *by*, when the agent ends the sentence or only adjuncts follow it (*by
    Springsteen after the shooting*); else ``None``."""
    verb = tokens[k][2].casefold()
    if not (verb.endswith(("ed", "en")) or verb in _grammar.IRREGULAR_PARTICIPLES):
        return None
    j = k - 1
    while (
        j > 0
        and tokens[j][2].islower()
        and (tokens[j][2].endswith("ly") or tokens[j][2] in PASSIVE_ADVERBS)
    ):
        j -= 1
    if j < 1 or tokens[j][2].casefold() not in _grammar.BE_FORMS:
        return None
    if tokens[j - 1][2].casefold() in _NOT_SUBJECT_END or tokens[0][2].casefold() in _SUBORDINATORS:
        return None  # "The figures, which were confirmed by …", "After it was reported by …"
    first = k + 2
    if first >= len(tokens) or tokens[k + 1][2].casefold() != "by":
        return None
    end = first
    while end < len(tokens) and end - first < 8 and tokens[end][2] not in ",;:.—–":
        word = tokens[end][2].casefold()
        if end > first and (word in _grammar.PREPOSITIONS - {"of"} or word in _NOT_SUBJECT_END):
            break
        end += 1
    closes = end == len(tokens) or tokens[end][2] == "."
    if end == first or not (closes or tokens[end][2].casefold() in _grammar.PREPOSITIONS):
        return None
    return tokens[j][0], (tokens[first][0], tokens[end - 1][1])


_NOT_SUBJECT_END = frozenset("i we you he she they who whom which that whose ,".split())
"""Words that end no subject before *was* and start no agent's continuation after
*by* (a relative clause: *the figures, which were …*, *the experts I spoke to*)."""

_SUBORDINATORS = frozenset(
    "after although as because before if once since though unless until when while".split()
)
"""Words that open a subordinate clause: a passive in it is not the sentence's claim."""


def relative_clause_end(
    text: str, tokens: list[tuple[int, int, str]], content: tuple[int, int]
) -> tuple[int, int]:
    """The content of *X, who said C, …*: ``content`` up to the comma that closes the
    relative clause (among ``tokens``), not one inside a number (*2,521*)."""
    for t in tokens:
        if t[2] == "," and content[0] < t[0] < content[1] and not text[t[1] : t[1] + 1].isdigit():
            return content[0], t[0]
    return content


def before_as(tokens: list[tuple[int, int, str]], k_end: int, j: int, cue: Cue) -> int:
    """In ``C, as the memo put it.`` (*as* is token ``j``, the cue ends at token
    ``k_end``) the token that ends the content: the comma before *as*, or the closing
    quote after a comma (``"C," as X put it``); ``-1`` when *as X said* does not end
    the sentence (``A, as X noted, B``: it sits inside its content)."""
    if not adjunct_only(words_before_comma(tokens, k_end + 1), cue) or any(
        t[2] in (",", ":", "—", "–") for t in tokens[k_end + 1 :]
    ):
        return -1
    if j >= 2 and tokens[j - 1][2] in (",", "—", "–"):
        return j - 1
    if j >= 3 and tokens[j - 1][2] in CLOSE_QUOTES and tokens[j - 2][2] == ",":
        return j - 1
    return -1


def _past_adjunct(ctx: Context, tokens: list[tuple[int, int, str]], i: int) -> int:
    """Token ``i``, or the one after the *that* or colon closing an adjunct that opens
    at ``i`` (*said in an interview that C*, *said in a statement: “C”*: the content
    is C); a comma closes it only before a quotation, and only when no cue stands in
    between (*said in a letter, “C”*, not *hope in 2017 America says, “C”*)."""
    if i >= len(tokens) or tokens[i][2].casefold() not in ADJUNCT_OPENERS:
        return i
    for m in range(i + 1, min(len(tokens), i + 1 + ADJUNCT_REACH)):
        word = tokens[m][2]
        if word.casefold() == "that" or word == ":":
            return m + 1
        if word == "," and m + 1 < len(tokens) and tokens[m + 1][2] in OPEN_QUOTES:
            return i if ctx.cues_between(tokens[i][1], tokens[m][0]) else m + 1
        if word in (",", ";", ":", ".", "!", "?") or word in OPEN_QUOTES:
            break
        folded = word.casefold()
        if folded in CLAUSE_SUBJECTS or (m - i >= SHORT_ADJUNCT and folded in CLAUSE_VERBS):
            break  # "said on Friday he met …": a clause, the content, not an adjunct
        next_word = tokens[m + 1][2] if m + 1 < len(tokens) else ""
        if folded in ("and", "but", "or") and not next_word[:1].isupper():
            break  # "… and that": a second content (not "Securities and Exchange")
    return i


LEADING_ADJUNCTS = frozenset(
    """on in at during after before through following despite since with without from
    amid asked speaking appearing responding reacting writing when while although
    though because outside inside near""".split()
)
"""Words that open an adjunct at the start of a sentence (*On Sunday's broadcast of
“Face the Nation,” Ryan said C*, *Asked about the device, she said, “C”*)."""


def after_leading_adjunct(
    tokens: list[tuple[int, int, str]], k_end: int, cue: Cue, resumes: int | None, subject: int
) -> bool:
    """Whether the cue ending at token ``k_end`` reports what follows it although a
    comma or quote stands before its subject (token ``subject``), because the sentence
    opens with an adjunct (:data:`LEADING_ADJUNCTS`) that reaches the subject: *On
    Sunday's broadcast of “Face the Nation,” Ryan said C*, *Asked about it, she said,
    “C”*, *During his years in office, the president said, C*. Not when a clause
    stands between (*At the market, the naira traded at N1,540, dealers said, little
    changed*) or only adjuncts or a participle clause follow (*In the past, the company
    struggled, the chief said on Monday*)."""
    if not tokens or (
        tokens[0][2].casefold() not in LEADING_ADJUNCTS and not connective_opener(tokens)
    ):
        return False  # "Even so, she said, C" opens with a connective, no content
    comma = next((i for i in range(subject) if tokens[i][2] == ","), subject)
    between = tokens[comma + 1 : subject]  # a title in quotes may close the adjunct
    if between and between[0][2] not in OPEN_QUOTES and any(t[2][:1].isalnum() for t in between):
        return False
    if resumes is not None:
        return True
    if k_end + 2 < len(tokens) and tokens[k_end + 1][2] == ",":
        following = tokens[k_end + 2][2]
        return following.islower() and not following.endswith("ing")
    return not adjunct_only(words_before_comma(tokens, k_end + 1), cue)


def fronted_adjunct(tokens: list[tuple[int, int, str]], comma: int) -> bool:
    """Whether the tokens before ``comma`` (opening a subject with an appositive) are
    a fronted adjunct: one unquoted word (*Outside, Jane Doe, 45, said C*) or a phrase
    opened by a leading adjunct word (*On Sunday, …*, *Speaking outside court, …*) or
    by a participle (*Opening the case on Tuesday, …*)."""
    if comma < 1 or comma > FRONTED_MAX or tokens[comma][2] != ",":
        return False
    words = tokens[:comma]
    if any(not t[2][:1].isalnum() for t in words):
        return False  # a quote or a dash: '"Yes," Jane Doe, 45, said' quotes C
    if comma > ADJUNCT_MAX:  # "Speaking to journalists at the Ikeja Under Bridge, …"
        return participle_opener(words)
    return comma == 1 or words[0][2].casefold() in LEADING_ADJUNCTS or participle_opener(words)


FRONTED_MAX = 14
"""Most tokens of a fronted participle phrase before a subject with an appositive
(*Speaking to journalists at the Ikeja Under Bridge, the union's president, …*); other
fronted adjuncts have at most :data:`ADJUNCT_MAX`."""


PARENTHETICALS = frozenset("however moreover meanwhile nonetheless nevertheless".split())
"""Adverbs set off by commas between a cue and its content (*she cautioned, however,
that C*): not part of the content."""


_QUESTION_WORDS = frozenset(("whether", "if", "how", "why"))
"""Words that open an indirect question after an object verb and its addressee:
the content starts there, before any quotation inside it."""


def _opens_quote(ctx: Context, offset: int) -> bool:
    """Whether a quotation starts at the mark at ``offset`` (not *hawkers'*)."""
    q = ctx.quote_containing(offset)
    return q is not None and q.start == offset


def content_after(
    ctx: Context,
    tokens: list[tuple[int, int, str]],
    k: int,
    sentence: tuple[int, int],
    cue: Cue,
) -> tuple[int, int] | None:
    """The content that follows a cue: ``said (that) C``, ``told Y (that) C``, ``said: "C"``."""
    text = ctx.text
    i = k + 1
    verb = cue.text.casefold().split()[-1]
    if verb in OBJECT_VERBS:
        window = tokens[i : i + 10]
        asks = True  # "told his aides to find out how …" asks no question of them
        for offset, token in enumerate(window):
            word = token[2].casefold()
            asks = asks and word != "to"
            if word == "that" or word == ":":
                i = i + offset + 1
                break
            if (asks and word in _QUESTION_WORDS) or (
                word in OPEN_QUOTES
                and _opens_quote(ctx, token[0])
                and not clause_before_quote(tokens, i, i + offset)
            ):
                i = i + offset  # "asked (the minister) whether C", told X "C"
                break
        else:
            # skip the addressee: a pronoun, "the jury", or a run of capitalised words
            if (
                i + 1 < len(tokens)
                and tokens[i][2].casefold() == "the"
                and tokens[i + 1][2].casefold() in AUDIENCES
            ):
                i += 2
            i = past_the_named(tokens, i, verb)
            while (
                i < len(tokens)
                and i < k + 6
                and phrase_shape.addressee_word(tokens, i, BARE_ADDRESSEES)
            ):
                i += 1
    i = past_time_adjunct(tokens, _past_adjunct(ctx, tokens, i))  # "said on Friday C"
    if verb.startswith("accus") and not (i < len(tokens) and tokens[i][2] in OPEN_QUOTES):
        # "accused the governor of hiding the report": the content is what follows "of"
        # (a quotation reached first is the content: accused X of "C")
        for m in range(i, min(len(tokens), i + 8)):
            if tokens[m][2].casefold() == "of":
                i = m + 1
                break
    i = past_governed_preposition(ctx, tokens, i, cue.end)  # "boasted of C", "said of X, “C”"
    while i < len(tokens) and (
        tokens[i][2] in (",", ":")
        or tokens[i][2].casefold() in THAT
        or (tokens[i][2] in PARENTHETICALS and i + 1 < len(tokens) and tokens[i + 1][2] == ",")
    ):
        i += 1  # "cautioned, however, that C"
    if i >= len(tokens):
        return colon_content(ctx, cue, sentence)
    start = tokens[i][0]
    noun = CLAIM_NOUN.match(text, start, sentence[1])
    if noun is not None:
        start = noun.end()
        i = index_at(tokens, start)
        if i >= len(tokens):
            return None
    end = coordinated_end(ctx, tokens, i, sentence[1])
    if end == sentence[1]:
        for q in ctx.quotes_between(start, sentence[1]):
            if q.end > end:
                end = q.end
    start, end = trim_content(text, start, end)
    if end <= start:
        return None
    return start, end


def coordinated_end(ctx: Context, tokens: list[tuple[int, int, str]], i: int, default: int) -> int:
    """Where a content ends because the same subject starts another attribution.

    ``… said C1, but insists C2`` / ``… and said C2`` / ``…, saying C2``: C1 stops
    before the connector, so the second cue gets a claim of its own.
    """
    lo = tokens[i][0]
    default = clause_end(ctx, tokens, i, default)
    for cue in ctx.cues_between(lo, default):
        if cue.kind is not CueKind.REPORTING or ctx.quote_containing(cue.start) is not None:
            continue
        k = index_at(tokens, cue.start)
        if k <= i + 1 or k >= len(tokens):
            continue
        before = tokens[k - 1][2].casefold()
        if before in ("and", "but") and tokens[k - 2][2] == ",":
            return tokens[k - 2][0]
        if before in ("and", "but"):
            return tokens[k - 1][0]
        if cue.text.casefold().endswith("ing"):
            # "…, even suggesting C2": a participle of the outer verb, past its adverbs
            j = who.skip_before(tokens, k - 1)
            if j > i and tokens[j][2] == ",":
                return tokens[j][0]
        subject = _new_subject(ctx, tokens, i, k)
        if subject is not None:
            return subject
        if (
            before in CLOSE_QUOTES
            and tokens[k - 2][2] == ","
            and cue.text.casefold().endswith("ing")
        ):
            return tokens[k - 1][1]  # 'said: "C1," adding that C2': the quote is C1
    return default


def _new_subject(ctx: Context, tokens: list[tuple[int, int, str]], i: int, k: int) -> int | None:
    """Where a clause with a subject of its own starts before the cue at token ``k``
    inside a content that opens at token ``i``: ``C1, and Clinton is promising C2``,
    ``C1 and Democrats accused …`` (the content ends before *and*), but not ``the
    president and his aides believed`` (a lower-case word after a bare *and* is
    more likely a coordinated subject)."""
    # ``tokens`` are the tokens of the sentence they open (a cue's site)
    left = who.subject_of(ctx, ctx.sentence_of(tokens[0][0]), tokens, k)
    if left is None or left[2] <= i + 1:
        return None
    j = left[2]
    if tokens[j][2] == ",":
        # "C1, experts say C2"; but in "says that, according to the memoir, an aide
        # asserted C" the comma closes an opening adjunct: the aide's claim is nested
        opener = tokens[i][2].casefold()
        after_that = i > 0 and tokens[i - 1][2].casefold() in (",", "that")
        if after_that and (opener in ADJUNCT_OPENERS or opener in SUBORDINATORS):
            return None
        return tokens[j][0]
    if tokens[j][2].casefold() in ("while", "whereas", "as"):
        return tokens[j][0]  # "C1 as the United States and France support C2"
    if tokens[j][2].casefold() in TIME_SUBORDINATORS:
        # "C1, hours after Philippine officials said C2": a comma, perhaps a span of
        # time, then the subordinator: C1 ends at the comma, C2 is a claim of its own
        c = j - 1
        while c > i and j - c <= 3 and tokens[c][2].islower():
            c -= 1
        if c > i and tokens[c][2] == ",":
            return tokens[c][0]
    if tokens[j][2].casefold() not in ("and", "but"):
        return None
    if tokens[j - 1][2] == ",":
        return tokens[j - 1][0]
    if tokens[j - 1][2] in CLOSE_QUOTES and tokens[j - 2][2] == ",":
        return tokens[j - 1][1]  # 'C1 "making," and the group said C2': after the quote
    if (comma := phrase_shape.comma_before_coordinate(tokens, i, j)) is not None:
        return tokens[comma][0]  # "C1 …, union leaders and analysts said"
    first = tokens[left[0]][2]
    if first.casefold() in _grammar.SUBJECT_PRONOUNS and left[1] == left[0] + 1:
        return tokens[j][0]  # "…," but he said C2"
    if (first[:1].isupper() or first[:1].isdigit()) and not tokens[j - 1][2][:1].isupper():
        return tokens[j][0]
    return None


TIME_SUBORDINATORS = frozenset("after before since when".split())
"""Subordinators of time after which a new speaker's clause may open inside a
content (*…, hours after officials said C2*)."""


NOT_PARTICIPLES = frozenset(
    "including according during regarding concerning following something nothing "
    "anything everything thing things bring".split()
)
"""Words in *-ing* after a comma that do not open a participle clause of the outer
verb (*…, including C*): :func:`clause_end` does not stop before them."""


DASH_ASIDE_MAX = 30
"""The most tokens a parenthesis between two spaced dashes may hold."""


def _closing_dash(text: str, tokens: list[tuple[int, int, str]], m: int, end: int) -> int | None:
    """The index of the spaced dash closing the aside that the dash at ``m`` opens
    (``— Blue Origin, SpaceX and Tyvak —``), within :data:`DASH_ASIDE_MAX` tokens and
    before ``end``; ``None`` when the dash opens no aside."""
    for n in range(m + 1, min(len(tokens), m + 1 + DASH_ASIDE_MAX)):
        start, _end, word = tokens[n]
        if start >= end or word in (";", ".", "!", "?"):
            return None
        if word in ("—", "–", "―") and text[start - 1 : start] == " ":
            return n
    return None


def clause_end(ctx: Context, tokens: list[tuple[int, int, str]], i: int, default: int) -> int:
    """Where a reported clause ends: before *, while*, *, but*, *, whereas*, a
    spaced dash or a semicolon that starts another clause (outside quotes). A pair
    of spaced dashes around an aside does not end it.

    ``409 teachers said they wanted Sanders, while 95 members favored Clinton``: the
    second clause is no longer what the teachers said.
    """
    m = i + 1
    if before_whom(ctx, tokens, m):
        return tokens[m][0]  # "attacking Dole, whom he accused of C"
    while m + 1 < len(tokens):
        m += 1
        start, _end, word = tokens[m]
        if start >= default:
            break
        if word in ("—", "–", "―") and ctx.text[start - 1 : start] == " ":
            closing = _closing_dash(ctx.text, tokens, m, default)
            if closing is not None:
                m = closing  # "the five companies — A, B and C — had been selected"
            elif ctx.quote_containing(start) is None:
                return start
        elif word == ";":
            if ctx.quote_containing(start) is None:
                return start
        elif word == "," and m + 1 < len(tokens):
            following = tokens[m + 1][2].casefold()
            new_subject = (
                following == "and"
                and m + 2 < len(tokens)
                and tokens[m + 2][2].casefold() in _grammar.SUBJECT_PRONOUNS
            )
            participle = (
                following.endswith("ing")
                and tokens[m + 1][2].islower()
                and following not in NOT_PARTICIPLES
            )
            second = following == "but" and second_that_clause(tokens, m + 2)
            if (
                (following in CLAUSE_CONNECTORS and not second) or new_subject or participle
            ) and ctx.quote_containing(start) is None:
                return start  # not "said C1, but that C2": the verb's second content
            if following == "whom" and before_whom(ctx, tokens, m):
                return start  # "the contractor, whom she accused of C": her own claim
            if (
                following in ("who", "which")
                and ctx.quote_containing(start) is None
                and _last_clause(tokens, m + 2, default)
                and not any(c.kind is CueKind.REPORTING for c in ctx.cues_between(start, default))
            ):
                # "… criticism of the host, who took heat for …"; but "endorsed the
                # mayor, who says C" is the mayor's claim, nested (no endorsement claim)
                return start
            if (
                tokens[m + 1][2] in CLOSE_QUOTES
                and m + 2 < len(tokens)
                and tokens[m + 2][2].casefold() in CLAUSE_CONNECTORS
                and ctx.quote_containing(tokens[m + 2][0]) is None
            ):
                return tokens[m + 1][1]  # '… to serve as president," while 73 percent said'
    return default


RELATIVE_REACH = 60
"""How many tokens :func:`_last_clause` looks ahead (bounded: a sentence may hold
thousands of commas)."""


def _last_clause(tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
    """Whether no comma stands from token ``i`` to ``end`` (within
    :data:`RELATIVE_REACH` tokens): a relative clause there closes the content
    (*criticism of the host, who took heat for it*), one followed by a comma may be
    an aside (*the plan, which passed in May, will cost more*)."""
    for t in tokens[i : i + RELATIVE_REACH]:
        if t[0] >= end:
            return True
        if t[2] == ",":
            return False
    return i + RELATIVE_REACH >= len(tokens)


def colon_content(ctx: Context, cue: Cue, sentence: tuple[int, int]) -> tuple[int, int] | None:
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
    bullet = BULLET.match(text, nxt[0], nxt[1])  # the first item of a list: its words
    return trim_content(text, nxt[0] if bullet is None else bullet.end(), nxt[1])
