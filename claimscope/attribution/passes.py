"""The passes across sentences and paragraphs.

After the cue patterns have run sentence by sentence, these find what they cannot:
transcript lines (*TAPPER: …*), the items of a list a colon introduces, nominal
attributions (*the agency's assessment that
C*), speech quotes attributed by a dash, a trailing verb, a colon, a header line or
by continuing the previous speaker, and the joining of a quote that continues the
claim before it in the same paragraph.
"""

from __future__ import annotations

import bisect
import functools
import heapq
from collections.abc import Iterator

import attrs
import regex

from claimscope import lexicon
from claimscope._spans import Coverage
from claimscope.attribution import quote_edges, speakers, what, who
from claimscope.attribution._content_openers import gerund_subject
from claimscope.attribution._surname_labels import surname_label
from claimscope.attribution.context import (
    BULLET,
    DOUBLE_QUOTES,
    Context,
    Raw,
    index_at,
    trim_content,
)
from claimscope.cues import lowered_places
from claimscope.furniture import ends_like_prose, is_question
from claimscope.labels import QuoteRole, Rule
from claimscope.model import Cue, CueKind
from claimscope.quotes import Quote

BRIDGE_MAX = 100
"""The most text (a speaker's description) that may stand between an attribution and
the quote that continues it in the same paragraph."""


QUOTE_ONLY_SHARE = 0.7
"""A sentence or paragraph is 'only a quotation' when a quote covers this share."""


POSSESSIVE = r"(?:['’]s|\b(?i:his|her|their|its))"
"""A possessive before a nominal cue: *the agency's*, *his*."""


@functools.cache
def nominal_pattern() -> regex.Pattern[str]:
    """``X's claim that``, ``his decision to``, ``her call for``: a possessive, at
    most two lower-case words (not a determiner: *told her the claim that* is no
    possessive), a nominal cue and the word that opens its content
    (:data:`_OPENERS`); *that* may follow *is* or *was* (*Her hope is that C*)."""
    nouns = [(e.text, "that") for e in lexicon.load("nominal_cues")]
    nouns += [(e.text, e.fields[0]) for e in lexicon.load("nominal_intentions")]
    branches = sorted(nouns, key=lambda n: (-len(n[0]), n))
    return regex.compile(
        POSSESSIVE
        + r"\s+(?:(?!(?:the|a|an|this|that)\s)\p{Ll}+\s+){0,2}?(?P<cue>"
        + "|".join(regex.escape(n) + _OPENERS[opener] for n, opener in branches)
        + r")(?:\s+(?:is|was))?\s+(?P<opener>\p{Ll}+)\s+"
    )


_OPENERS = {
    "that": r"(?=\s+(?:(?:is|was)\s+)?that\s)",
    "for": r"(?=\s+for\s)",
    "to": r"(?=\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this)\s))",
}
"""What must follow a nominal cue, by the word that opens its content: *to* opens
an infinitive, not a noun phrase (*his commitment to the group* is no intention)."""


IS_CONTRACTIONS = frozenset("he here how it let she that there this what when where who".split())
"""Words whose *'s* is *is* or *us*, not a possessive (*There's concern that*)."""


@functools.cache
def nominal_stances() -> dict[str, str]:
    """The stance of each nominal cue (an intention noun is neutral)."""
    return {e.text.casefold(): e.fields[0] for e in lexicon.load("nominal_cues")}


_POSSESSIVE_HINTS = ("'s", "’s", "his", "her", "their", "its")
"""Where :data:`POSSESSIVE` can start, read in the lower-cased text: every place it
matches is one of these. No two of them overlap (no end of one begins another or
holds it), so their places, each found by ``str.find``, merged in order, are what a
scan for any of them finds, at a third of the cost of a regular expression's scan."""


def _possessive_hints(text: str) -> Iterator[int] | None:
    """The places of :data:`_POSSESSIVE_HINTS` in ``text`` lower-cased, in order, or
    ``None`` when lower-casing moves offsets (see :func:`~claimscope.cues.lowered_places`:
    the text is lower-cased a slice at a time, never copied whole)."""
    found = lowered_places(text, _POSSESSIVE_HINTS)
    return None if found is None else heapq.merge(*found)


def nominal_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :func:`nominal_pattern` in ``text``, as its ``finditer`` gives
    them, but tried only where a possessive may start: ``regex`` scans for the
    pattern's case-insensitive, word-bounded start at every character, a plain
    search of the lower-cased text finds those places three times faster.

    The lower-cased text is used only when each character lower-cases to one
    character and none is a long s (``ſ``, which the pattern folds to *s* but
    ``lower`` keeps): otherwise the pattern scans the text itself."""
    pattern = nominal_pattern()
    hints = None if "\u017f" in text else _possessive_hints(text)
    if hints is None:
        yield from pattern.finditer(text)
        return
    match = pattern.match
    resume = 0
    for start in hints:
        if start < resume:
            continue  # inside the previous match
        found = match(text, start)
        if found is not None:
            yield found
            resume = found.end()


def nominal_claims(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Raw]:
    """``the agency's assessment that C``, ``Trump's claim that C``, ``his decision to
    C``, ``her call for C``: a possessor attributed a clause through a noun."""
    text = ctx.text
    taken = sorted((r.start, r.end) for r in raws)
    starts = [t[0] for t in taken]
    out: list[Raw] = []
    for m in nominal_matches(text):
        s_index = ctx.sentence_of(m.start())
        sentence = ctx.sentences[s_index]
        if s_index in furniture or not sentence[0] <= m.start() < sentence[1]:
            continue
        # "his decision to close": the content keeps its "to", as after a verb
        content = _nominal_content(
            ctx, m.start("opener") if m.group("opener") == "to" else m.end(), sentence
        )
        if content is None:
            continue
        i = bisect.bisect_right(starts, content[0]) - 1
        if i >= 0 and taken[i][1] > content[0] and taken[i][0] <= content[0]:
            continue
        if text[m.start() : m.start() + 1] in "'’":
            src = _possessor(text, max(sentence[0], m.start() - 80), m.start())
            if src is not None and text[src[0] : src[1]].casefold() in IS_CONTRACTIONS:
                continue  # "There's concern that C": *'s* is *is*, nobody owns the noun
        else:
            src = (m.start(), text.index(" ", m.start(), m.end()))
        if src is None:
            continue
        noun = m.group("cue")
        cue = Cue(
            noun,
            m.start("cue"),
            m.end("cue"),
            CueKind.REPORTING,
            entry=noun.casefold(),
            stance=nominal_stances().get(noun.casefold(), "neutral"),
        )
        out.append(
            Raw(content[0], content[1], s_index, Rule.NOMINAL, cue, src, clause=(src[0], cue.end))
        )
    return out


POSSESSOR = regex.compile(r"(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&\-]*\s+){0,4}\p{L}[\p{L}.&\-]*)\Z")
"""The possessor before *'s*: a name or a short definite phrase (*the agency*)."""


def _possessor(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The possessor ending at ``hi`` (before its *'s*), searched from ``lo``: a name
    or a short definite phrase, without words that cannot open a source phrase."""
    owner = POSSESSOR.search(text, lo, hi)
    if owner is None:
        return None
    src = owner.span()
    words = text[src[0] : src[1]].split()
    while words and not who.can_start_np(words[0]):
        src = (text.index(words[1], src[0]) if len(words) > 1 else src[1], src[1])
        words = words[1:]
    return src if words else None


def _nominal_content(ctx: Context, start: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The content after a nominal cue's opener, up to where its clause ends."""
    text = ctx.text
    tokens = ctx.tokens_of(ctx.sentence_of(start))
    i = index_at(tokens, start)
    end = quote_edges.reach_end(text, start, sentence[1])
    if i < len(tokens):
        end = what.clause_end(ctx, tokens, i, end)
    content = trim_content(text, start, end)
    return content if content[1] - content[0] >= 3 else None


def transcript_claims(ctx: Context) -> list[Raw]:
    """Speaker-labelled transcript lines (never the first paragraph, the headline)."""
    text = ctx.text
    out: list[Raw] = []
    labelled = []
    for p_index, (lo, hi) in enumerate(ctx.paragraphs):
        if p_index == 0 or text.find(":", lo, hi) < 0:
            continue  # the headline, or no colon for a speaker label to end with
        found = speakers.transcript_speaker(text, lo, hi) or surname_label(text, lo, hi)
        if found is not None:
            labelled.append((p_index, lo, hi, found))
    if len(labelled) == 1 and _dateline_label(text, *labelled[0]):
        return out
    for _p_index, lo, hi, found in labelled:
        speaker, after = found
        s_index = ctx.sentence_of(after)
        line_end = text.find("\n", after, hi)
        content = _without_questions(
            ctx, *trim_content(text, after, hi if line_end < 0 else line_end)
        )
        if content[1] - content[0] < 3 or is_question(text[content[0] : content[1]]):
            continue
        colon = speaker[1]
        cue = Cue(
            text[colon : colon + 1],
            colon,
            colon + 1,
            CueKind.REPORTING,
            entry=":",
            stance="neutral",
        )
        out.append(
            Raw(
                content[0],
                content[1],
                s_index,
                Rule.TRANSCRIPT,
                cue,
                speaker,
                clause=(lo, colon + 1),
            )
        )
    return out


DATELINE_PARAGRAPHS = 6
"""How far into a text (in paragraphs, the headline, standfirst and byline lines
among them) a story's opening paragraph, and so its dateline, may stand."""


def _dateline_label(
    text: str, p_index: int, lo: int, hi: int, found: tuple[tuple[int, int], int]
) -> bool:
    """Whether the only speaker label of a text is a dateline (*KUALA LUMPUR: Thousands
    of people marched …*, *NEW DELHI: The government said …*): a place in capitals
    opening one of the first paragraphs, in the style of Malaysian, Indian and
    Pakistani papers. A transcript labels many lines; a dateline opens one."""
    (start, end), _after = found
    label = text[start:end]
    return p_index < DATELINE_PARAGRAPHS and label.isupper() and start == lo


def _without_questions(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` of a speaker's line without the questions that close
    it (*WALLACE: Let's start with the news. … Why would Trump do that?*): the
    statements before them are claims, the questions are not."""
    sentences = ctx.sentences
    i = ctx.sentence_of(max(start, end - 1))
    while i >= 0 and sentences[i][0] > start and is_question(ctx.text[sentences[i][0] : end]):
        end = sentences[i][0]
        i -= 1
    return trim_content(ctx.text, start, end)


def _dash_quote(ctx: Context, q: Quote, s_index: int) -> Raw | None:
    """``"C" — Jane Doe, chief executive``."""
    named = speakers.dash_speaker(ctx.text, q.end)
    if named is None:
        return None
    # the clause covers the signature, also where the segmenter made it a sentence
    return Raw(q.start, q.end, s_index, Rule.DASH, None, named, clause=(q.end, named[1]))


def _verbed_quote(ctx: Context, q: Quote, s_index: int) -> Raw | None:
    """``“C,” an angry Hollande retaliated.``: any verb closing the sentence."""
    text = ctx.text
    sentence = ctx.sentences[s_index]
    if q.end >= sentence[1] or text[q.end - 2 : q.end - 1] not in (",", "?", "!"):
        return None  # tested first: cheaper than the speaker pattern
    found = speakers.speaker_and_verb_after(text, q.end)
    if found is None:
        return None
    named, (v_start, v_end) = found
    verb_text = text[v_start:v_end]
    verb = Cue(
        verb_text, v_start, v_end, CueKind.REPORTING, entry=verb_text.casefold(), stance="neutral"
    )
    resumed = quote_edges.continuation(ctx, v_end, sentence)
    end = resumed if resumed is not None else q.end
    clause = (named[0], v_end)
    return Raw(q.start, end, s_index, Rule.QUOTE_VERBED, verb, named, clause=clause)


def _colon_quote(ctx: Context, q: Quote, s_index: int) -> Raw | None:
    """``Republican pollster Daron Shaw: “C”`` in the same sentence."""
    text = ctx.text
    sentence = ctx.sentences[s_index]
    colon = q.start - 1  # the last non-space character before the quote
    while colon >= sentence[0] and text[colon].isspace():
        colon -= 1
    if colon < sentence[0] or text[colon] != ":" or ctx.quote_containing(sentence[0]) is not None:
        return None
    speaker = speakers.colon_speaker(ctx, colon, sentence[0])
    if speaker is None:
        return None
    return Raw(q.start, q.end, s_index, Rule.COLON_QUOTE, None, speaker)


def _quote_only(ctx: Context, q: Quote, s_index: int) -> bool:
    """Whether the quote is (nearly) all of its paragraph or of its sentence."""
    sentence = ctx.sentences[s_index]
    para = ctx.paragraphs[ctx.paragraph_of(q.start)]
    share = (min(q.end, para[1]) - max(q.start, para[0])) / max(1, para[1] - para[0])
    if share >= QUOTE_ONLY_SHARE:
        return True
    share_sentence = (min(q.end, sentence[1]) - q.start) / max(1, sentence[1] - sentence[0])
    return share_sentence >= QUOTE_ONLY_SHARE


def _header_quote(ctx: Context, q: Quote, s_index: int) -> Raw | None:
    """A header line ``And from Chairwoman Doe:`` ending the paragraph before."""
    text = ctx.text
    p = ctx.paragraph_of(q.start)
    if p <= 0:
        return None
    prev_para = ctx.paragraphs[p - 1]
    line_start = max(prev_para[0], text.rfind("\n", prev_para[0], prev_para[1]) + 1)
    speaker = speakers.header_speaker(text, line_start, prev_para[1])
    if speaker is None:
        return None
    return Raw(q.start, q.end, s_index, Rule.HEADER_QUOTE, None, speaker)


def _continued_quote(ctx: Context, q: Quote, s_index: int, last: Raw | None) -> Raw | None:
    """The previous speaker's quote going on: ``last``, the latest attributed claim
    before it, ends in this paragraph or the one before."""
    if last is None or (last.source is None and not last.unspecified):
        return None
    if ctx.paragraph_of(q.start) - ctx.paragraph_of(last.end - 1) > 1:
        return None
    return Raw(
        q.start,
        q.end,
        s_index,
        Rule.CONTINUATION,
        last.cue,
        last.source,
        unspecified=last.unspecified,
        chain=last.chain,
    )


def quote_claims(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """Attribute speech quotes no pattern covered: dashes, trailing verbs, colons,
    headers, continuation (the last two only for a quote that fills its paragraph
    or sentence)."""
    covered = Coverage((r.start, r.end) for r in raws)
    out: list[Raw] = []
    by_end = sorted(raws, key=lambda r: r.end)
    ends = [r.end for r in by_end]
    for q in ctx.quotes:
        if q.role is not QuoteRole.SPEECH or covered.covers(q.start):
            continue
        s_index = ctx.sentence_of(q.start)
        found = (
            _dash_quote(ctx, q, s_index)
            or _verbed_quote(ctx, q, s_index)
            or _colon_quote(ctx, q, s_index)
        )
        if found is None and _quote_only(ctx, q, s_index):
            # the latest attribution before the quote, found here or by the patterns
            i = bisect.bisect_right(ends, q.start) - 1
            last: Raw | None = by_end[i] if i >= 0 else None
            prior = out[-1] if out and out[-1].end <= q.start else None
            if prior is not None and (last is None or prior.end > last.end):
                last = prior
            found = _header_quote(ctx, q, s_index) or _continued_quote(ctx, q, s_index, last)
        if found is not None:
            out.append(found)
    return out


def merge_continuations(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """Join a quote continuing in the same paragraph to the claim before it, unless
    the attribution stands between them.

    ``X said: "C1." "C2."`` is one claim: the speaker's words, one after the other.
    ``"C1," said X. "C2."`` is two claims, one per quoted segment (each labelled by
    its own cues): the second keeps the first's source and cue and takes its
    attribution clause, whose cues bear on both.
    """
    merged: list[Raw] = []
    for raw in raws:
        if merged and raw.rule == Rule.CONTINUATION:
            last = merged[-1]
            between = ctx.text[last.end : raw.start]
            same_paragraph = ctx.paragraph_of(last.start) == ctx.paragraph_of(raw.start)
            clause = last.clause
            split = clause is not None and last.end <= clause[0]
            if clause is not None and split:
                between = ctx.text[clause[1] : raw.start]
            bridge = between.strip(" .,\u00a0\n")
            if (
                same_paragraph
                and last.end <= raw.start
                and len(bridge) <= BRIDGE_MAX
                and not any(ch in DOUBLE_QUOTES for ch in bridge)
                and (not bridge or last.clause is not None)
            ):
                if not split:
                    merged[-1] = attrs.evolve(last, end=raw.end)
                    continue
                raw = attrs.evolve(raw, clause=last.clause, relayed=last.relayed)
        merged.append(raw)
    return merged


def split_at_clause(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """One claim per quoted segment of a quote split by its own attribution.

    ``"C1," she said, "C2."`` is read in one sentence as one claim running over the
    clause; its content is cut at the clause into the part before and the quote that
    resumes after it, each with the same source, cue and clause, so that a hedge in
    one segment labels that segment only and no content holds its own attribution.
    A parenthetical attribution inside prose (*The landers, he said, could deliver
    tools*) is no quote resuming, and stays one claim.
    """
    text = ctx.text
    starts = sorted(r.start for r in raws)
    out: list[Raw] = []
    for raw in raws:
        clause = raw.clause
        if clause is None or not raw.start < clause[0] or not clause[1] < raw.end:
            out.append(raw)
            continue
        resume = quote_edges.resume_point(ctx, clause[1], ctx.sentences[ctx.sentence_of(clause[1])])
        q = None if resume is None else ctx.quote_containing(resume)
        first = trim_content(text, raw.start, clause[0])
        if resume is None or q is None or q.end > raw.end or first[1] <= first[0]:
            out.append(raw)
            continue
        out.append(attrs.evolve(raw, end=first[1]))
        if bisect.bisect_left(starts, resume) == bisect.bisect_left(starts, raw.end):
            out.append(attrs.evolve(raw, start=resume, sentence=ctx.sentence_of(resume)))
        # else another attribution claims the resumed quote (one the paragraph before
        # left open, or the same quote found twice): the segment is that one's
    return out


_AND_THAT = regex.compile(r",?(?<![ \t])[ \t]++(?:and|but)[ \t]++that[ \t]++(\w+)")
"""*and that* (*but that*) before the first word of a second *that* clause (its
subject)."""

_CLAUSE_OPENERS = frozenset(
    """a all an he her his i its it many more most no our scores she some the their
    there these they this those we you""".split()
)
"""Lower-case words that open the subject of a clause after *and that* (*and that it
could take*, *and that the talks*), where *that* is a conjunction; before a bare noun
(*and that decision hurt*) it is a determiner."""


def split_that_clauses(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """One claim per *that* clause of one cue.

    ``X said A and that B`` (or ``said that A, but that B``) reports two propositions:
    the content is cut before *and that* into A and B, each with the same source, cue
    and clause, so that a hedge in B labels B only. Not inside a quotation (the
    speaker's own words run on), and not where *that* is a determiner.
    """
    text = ctx.text
    out: list[Raw] = []
    for raw in raws:
        cue = raw.cue
        if cue is None or cue.kind is not CueKind.REPORTING or raw.start < cue.end:
            out.append(raw)
            continue
        start = raw.start
        for m in _AND_THAT.finditer(text, raw.start, raw.end):
            opener = m.group(1)
            if not (
                opener.casefold() in _CLAUSE_OPENERS
                or opener[:1].isupper()
                or opener[:1].isdigit()  # "and that 110 firefighters had been sent"
                or gerund_subject(text, m.start(1))  # "and that keeping two carriers"
            ):
                continue
            if ctx.quote_containing(m.start()) is not None:
                continue  # the speaker's own words run on
            first = trim_content(text, start, m.start())
            if first[1] - first[0] < 3 or raw.end - m.start(1) < 3:
                continue
            out.append(attrs.evolve(raw, start=first[0], end=first[1]))
            start = m.start(1)
        out.append(raw if start == raw.start else attrs.evolve(raw, start=start))
    return out


def split_block_quotes(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """One claim per paragraph of a quotation set off as a block (SPEC, *Edge cases*).

    ``X said:`` and a quote running over several paragraphs gives each paragraph a
    claim of its own with the same source, cue and attribution clause, so that a
    hedge in one paragraph labels that paragraph only.
    """
    out: list[Raw] = []
    for raw in raws:
        enclosing = ctx.quote_containing(raw.start)
        first, last = ctx.paragraph_of(raw.start), ctx.paragraph_of(max(raw.start, raw.end - 1))
        if (
            first == last
            or raw.cue is None
            or enclosing is None
            or enclosing.start != raw.start
            or enclosing.end < raw.end
        ):
            out.append(raw)
            continue
        for p in range(first, last + 1):
            a, b = ctx.paragraphs[p]
            start, end = trim_content(ctx.text, max(a, raw.start), min(b, raw.end))
            if end > start:
                out.append(attrs.evolve(raw, start=start, end=end, sentence=ctx.sentence_of(start)))
    return out


def list_items(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Raw]:
    """The further items of a list that an attribution ending in a colon opens.

    ``President Jane Doe also said:`` followed by lines (bulleted, or without final
    punctuation) gives one claim per line, each with the introduction's source and cue
    (SPEC, *Edge cases*). The colon pattern already made the first item a claim; the
    list runs while the lines keep its shape: marked like the first item, or, unmarked,
    each on a line of its own and not ending like prose.
    """
    text = ctx.text
    out: list[Raw] = []
    for raw in raws:
        s = raw.sentence
        if raw.cue is None or s + 1 >= len(ctx.sentences):
            continue
        intro, first = ctx.sentences[s], ctx.sentences[s + 1]
        if not first[0] <= raw.start < first[1]:
            continue
        if not text[intro[0] : intro[1]].rstrip().endswith(":"):
            continue
        marked = BULLET.match(text, first[0], first[1]) is not None
        if not marked and ends_like_prose(text[first[0] : first[1]]):
            continue
        for k in range(s + 2, len(ctx.sentences)):
            a, b = ctx.sentences[k]
            bullet = BULLET.match(text, a, b)
            if (
                k in furniture
                or (bullet is not None) != marked
                or (not marked and ends_like_prose(text[a:b]))
                or (not marked and "\n" not in text[ctx.sentences[k - 1][1] : a])
            ):
                break
            start, end = trim_content(text, a if bullet is None else bullet.end(), b)
            out.append(attrs.evolve(raw, start=start, end=end, sentence=k, rule=Rule.LIST_ITEM))
    return out


_REPORTS_ARE_THAT = regex.compile(
    r"(?P<reports>(?:[Pp]olice\s+)?[Rr]eports)(?:\s+from\s+(?P<who>[^,;:.!?\n]{2,60}?))?"
    r"\s+(?:are|is)\s+that\s+"
)
"""*Reports from the Spanish Town police are that C*, *Reports are that C*: how
Caribbean papers open a police account; the source is who the reports come from, or
nobody named (like *according to reports*). The name is bounded, so the match is
linear."""


def reports_are_that(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Raw]:
    """Claims of sentences that open with :data:`_REPORTS_ARE_THAT`, read as
    *according to X, C* (an unattributed sentence only)."""
    text = ctx.text
    taken = {r.sentence for r in raws}
    out: list[Raw] = []
    for s_index, (lo, hi) in enumerate(ctx.sentences):
        if s_index in taken or s_index in furniture or text[lo : lo + 1] not in "RP":
            continue
        m = _REPORTS_ARE_THAT.match(text, lo, hi)
        if m is None:
            continue
        start, end = trim_content(text, m.end(), hi)
        if start >= end:
            continue
        cue = Cue(m.group("reports"), *m.span("reports"), CueKind.REPORTING, "report", "neutral")
        source = m.span("who") if m.group("who") else m.span("reports")
        out.append(
            Raw(start, end, s_index, Rule.ACCORDING_TO_LEADING, cue, source, clause=(lo, m.end()))
        )
    return out


_WHICH_SOURCE_THINKS = regex.compile(
    r",[^\S\n]+which[^\S\n]+(?:it|they|he|she|we)[^\S\n]+(?:\w+ly[^\S\n]+)?(?P<verb>\w+)[^\S\n]+"
)
"""*…, which it believes will ease pressure*: a relative clause in which the source
(a pronoun) holds a view of its own about what it just said."""


def split_source_view(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """Cut a reported clause at a relative clause giving the source's own view of it
    (*The trust said 60 beds would open in March, which it believes will ease
    pressure*): the part before is what the source said, the part after the view's
    verb a claim of its own whose cue is that verb (here a hedge), with the same
    source. Only a verb the cue finder took for a reporting cue splits."""
    text = ctx.text
    out: list[Raw] = []
    for raw in raws:
        m = None if raw.cue is None else _WHICH_SOURCE_THINKS.search(text, raw.start, raw.end)
        cues = [] if m is None else ctx.cues_between(m.start("verb"), m.end("verb"))
        cue = next((c for c in cues if c.kind is CueKind.REPORTING), None)
        if m is None or cue is None or raw.source is None:
            out.append(raw)
            continue
        first = trim_content(text, raw.start, m.start())
        second = trim_content(text, m.end(), raw.end)
        if first[0] >= first[1] or second[0] >= second[1]:
            out.append(raw)
            continue
        out.append(attrs.evolve(raw, end=first[1]))
        out.append(attrs.evolve(raw, start=second[0], end=second[1], cue=cue, clause=m.span()))
    return out
