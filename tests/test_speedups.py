"""Speed-ups keep their answers: each fast path against the plain spelling it replaced.

The pathological benchmark (``benchmarks/pathological.py``) drove these shortcuts;
the output lock checks them on real documents, and these properties check each one
on hostile, cue-dense text against the code it replaced, kept here as the reference.
"""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import example, given
from hypothesis import strategies as st
from strategies import cue_runs, news_texts

from claimscope import annotate, cues
from claimscope._spans import Coverage
from claimscope.attribution import passes, patterns, tags, what, who
from claimscope.attribution.context import Context, index_at
from claimscope.cue_senses import (
    SENSE_RULES,
    WINDOW,
    context_free,
    normal,
    plural_noun,
    sense,
    trap_hedge,
)
from claimscope.cues import find_cues
from claimscope.labels import QuoteRole
from claimscope.model import Cue, CueKind
from claimscope.quotes import find_quotes
from claimscope.segment import paragraph_spans, sentence_spans

LEXICON_FORMS = tuple(sorted(cues._table()))
"""Every form the cue finder matches."""

dense_texts = st.one_of(cue_runs(), news_texts())
"""Cue-dense runs and hostile news fragments."""


def _context(text: str) -> Context:
    quotes = find_quotes(text)
    return Context(
        text, sentence_spans(text), paragraph_spans(text), quotes, find_cues(text, quotes)
    )


def _inverted_first_reference(ctx: Context, s_index: int, cues: list[Cue]) -> list[Cue]:
    """:func:`patterns.inverted_first` before it skipped cues with no comma before."""
    reporting = [c for c in cues if c.kind is CueKind.REPORTING]
    if len(reporting) < 2:
        return cues
    tokens = ctx.tokens_of(s_index)
    first: list[Cue] = []
    for cue in reporting[1:]:
        k = index_at(tokens, cue.start)
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        left = who.left_source(tokens, k)
        if left is None or left[2] < 1 or not tags.after_comma(tokens, left[2]):
            continue  # a comma, or a closing quote after one ("…, “C,” the DA said")
        if what.adjunct_only(what.words_before_comma(tokens, k_end + 1), cue):
            first.append(cue)
    if not first:
        return cues
    moved = {id(c) for c in first}
    return [*first, *[c for c in cues if id(c) not in moved]]


@given(dense_texts)
def test_inverted_first_matches_the_full_subject_scan(text: str) -> None:
    """Skipping the subject scan for cues with no comma before them puts the same
    cues first as scanning every cue did."""
    ctx = _context(text)
    for s_index, (start, end) in enumerate(ctx.sentences):
        cues = ctx.cues_between(start, end)
        assert patterns.inverted_first(ctx, s_index, cues) == _inverted_first_reference(
            ctx, s_index, cues
        )


def _scan_reference(text: str, lo: int, hi: int, lowered: str | None = None) -> Iterator[Cue]:
    """The cue scan before it kept what it knows of each form in ``cues._Form`` and
    skipped :func:`sense` for forms no rule reads."""
    table = cues._table()
    nouns = cues._noun_contexts()
    if lowered is None:
        spans: Iterator[tuple[int, int]] = (
            m.span() for m in cues._pattern().finditer(text, lo, hi)
        )
    else:
        spans = cues._lower_spans(lowered, lo, hi)
    last_report = -WINDOW
    for start, end in spans:
        surface = text[start:end]
        key = normal(surface)
        readings = table.get(key)
        if not readings or readings[0].kind is None:
            continue
        left = text[max(0, start - WINDOW) : start]
        prev = cues._previous_word(left)
        nominal = (
            prev in cues._DETERMINERS
            or (
                prev.endswith(("'s", "s'"))
                and prev not in cues._CONTRACTIONS
                and not cues._name_then_speech(left, surface)
            )
            or prev in nouns.get(key, frozenset())
            or (
                prev in cues._SPEECH_ADJECTIVES
                and cues._previous_word(left[: -len(prev) - 1]) in cues._DETERMINERS
            )
        )
        noun_reason = SENSE_RULES[0] if nominal else ""
        if not nominal and plural_noun(text, end, key, prev):
            nominal, noun_reason = True, SENSE_RULES[1]
        if nominal:
            if key in nouns and prev in nouns[key]:
                continue
            readings = tuple(
                r
                for r in readings
                if r.kind is not CueKind.REPORTING and r.entry not in cues._MODALS
            )
            if not readings:
                continue
        reading = readings[0]
        after = text[end : end + 12]
        if reading.kind is CueKind.HEDGE and trap_hedge(key, surface, after):
            continue
        if key in ("think", "thinks") and cues._TANK.match(after):
            continue
        folded = left.lower()
        negated = (
            cues._negation_hint(folded)
            and cues._NEGATION.search(left) is not None
            and cues._NOT_QUANTIFIER.search(left) is None
        )
        kind = reading.kind or CueKind.HEDGE
        reading_here = sense(
            text, start, end, kind, reading.entry, reading.stance, prev, last_report
        )
        if reading_here is None:
            continue
        kind, stance, reason = reading_here
        if noun_reason and not reason and readings[0] is not table[key][0]:
            reason = noun_reason
        if kind is CueKind.REPORTING and stance in ("neutral", "endorsing"):
            last_report = end
        yield Cue(surface, start, end, kind, reading.entry, stance, negated, reason)


CONTEXT_WORDS = (
    "",
    "the",
    "his",
    "Russia's",
    "students'",
    "that's",
    "with",
    "amid",
    "was",
    "not",
    "she",
    "said she",
    "of",
    "that",
    "about",
    "to",
    "tank",
    ",",
    ".",
    "“",
    "”",
)
"""Words that make a cue form a noun, negate it, or set off a sense rule."""

NOUN_PAIRS = tuple(
    sorted(f"{word} {key}" for key, words in cues._noun_contexts().items() for word in words)
)
"""Every pair of ``noun_contexts.txt``: *insurance claims*, *military might*."""

cue_texts = st.one_of(
    cue_runs(),
    news_texts(),
    st.lists(
        st.one_of(
            st.tuples(
                st.sampled_from(CONTEXT_WORDS),
                st.sampled_from(LEXICON_FORMS),
                st.sampled_from(CONTEXT_WORDS),
            ).map(" ".join),
            st.sampled_from(NOUN_PAIRS),
        )
    ).map(" ".join),
)
"""Dense texts, and every cue form the shipped lexicons give, between words that
make it a noun or set off a sense rule."""


@given(cue_texts, st.integers(0, 400), st.integers(0, 400))
def test_cue_scan_matches_the_plain_scan(text: str, a: int, b: int) -> None:
    """The scan that works out each form once finds the same cues as the one that
    worked everything out per match, over the whole text, any window of it and on
    the lower-cased copy; the speech-cue test agrees with the plain one."""
    assert tuple(cues._scan(text, 0, len(text))) == tuple(_scan_reference(text, 0, len(text)))
    lowered = cues._lowered(text)
    if lowered is not None:
        assert tuple(cues._scan(text, 0, len(text), lowered)) == tuple(
            _scan_reference(text, 0, len(text), lowered)
        )
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert tuple(cues._scan(text, lo, hi)) == tuple(_scan_reference(text, lo, hi))
    naming = cues._naming()
    expected = any(
        c.kind is CueKind.REPORTING and normal(c.text) not in naming
        for c in _scan_reference(text, lo, hi)
    )
    assert cues.has_speech_cue(text, lo, hi) == expected
    if lowered is not None:
        assert cues.has_speech_cue(text, lo, hi, lowered) == expected


def test_cue_scan_matches_the_plain_scan_on_every_form() -> None:
    """Every cue form, after every context word and before a rotating one (and every
    noun-context pair), gives the same cues from both scans."""
    suffixes = (*CONTEXT_WORDS, *(s.strip() for s in SENSE_SUFFIXES))
    for j, prefix in enumerate((*CONTEXT_WORDS, *SENSE_PREFIXES)):
        text = " ".join(
            f"{prefix} {form} {suffixes[(i + j) % len(suffixes)]}"
            for i, form in enumerate((*LEXICON_FORMS, *NOUN_PAIRS))
        )
        assert tuple(cues._scan(text, 0, len(text))) == tuple(_scan_reference(text, 0, len(text)))


SENSE_PREFIXES = (
    "",
    "He ",
    "It was ",
    "It was not ",
    "the ",
    "so they ",
    "If I ",
    "regardless of ",
    "as soon as ",
    "older than ",
    "She said she ",
    "The office ",
    "a ",
    "is ",
)
SENSE_SUFFIXES = (
    "",
    ".",
    " the amendments.",
    " the claims.",
    " to open in March.",
    " to have left.",
    " about turnout.",
    " by the court.",
    " of fraud.",
    " see it",
    " only",
    " start",
    " that it rained.",
    " it will pass.",
    " for peace.",
    " over it.",
)
"""Contexts that between them set off every rule of :func:`sense`."""


def test_context_free_forms_keep_their_reading_in_every_context() -> None:
    """A form :func:`context_free` lets the cue finder skip keeps the kind and stance
    of its lexicon reading, with no reason, in contexts that set off every rule."""
    for key, readings in cues._table().items():
        for reading in readings:
            kind = reading.kind or CueKind.HEDGE
            if not context_free(kind, key, reading.entry, reading.stance):
                continue
            for prefix in SENSE_PREFIXES:
                for suffix in SENSE_SUFFIXES:
                    text = prefix + key + suffix
                    start, end = len(prefix), len(prefix) + len(key)
                    prev = cues._previous_word(text[:start])
                    for last_report in (-WINDOW, max(0, start - 4)):
                        got = sense(
                            text, start, end, kind, reading.entry, reading.stance, prev, last_report
                        )
                        assert got == (kind, reading.stance, ""), (text, reading)


@given(
    st.one_of(cue_texts, st.sampled_from(("“I think it will pass,” she said.", "'We believe it'")))
)
@example(" accept “  many believe ")  # a hedge inside an unclosed scare quote still hedges
def test_quoted_attitudes_match_the_plain_spelling(text: str) -> None:
    """Testing the cue's kind and stance before the speech coverage makes the same
    attitude verbs in quoted speech hedges as testing the coverage first did."""
    found = find_quotes(text)
    speech = Coverage(p for q in found if q.role is QuoteRole.SPEECH and q.closed for p in q.pieces)
    named = Coverage(p for q in found if q.role is QuoteRole.TITLE for p in q.pieces)
    scare = Coverage(p for q in found if q.role is QuoteRole.SCARE for p in q.pieces)
    plain = tuple(
        c
        for c in cues._scan(text, 0, len(text))
        if not named.covers(c.start) and (c.kind is CueKind.HEDGE or not scare.covers(c.start))
    )  # a hedge in scare quotes still hedges ('attacks were "likely"')
    plain = tuple(cues._quoted_attitude(text, c) if speech.covers(c.start) else c for c in plain)
    assert find_cues(text, found) == plain


def _call_to_action_reference(paragraph: str) -> bool:
    """:func:`furniture._is_call_to_action` before it stopped reading early: every word
    of the first 400 characters cased (after a *For more information …,* or reader's
    lead), then an imperative first and a page word, an email address or a web address
    after it, or a social imperative, a named object and a platform."""
    from claimscope.furniture import _FOR_MORE, _LONGEST_CALL, _READER_LEAD, _WEB, _WORD, _calls

    lead = _FOR_MORE.match(paragraph) or _READER_LEAD.match(paragraph)
    found = list(_WORD.finditer(paragraph, lead.end() if lead else 0, 400))
    words = [m.group().casefold() for m in found]
    if not words or len(words) > _LONGEST_CALL:
        return False
    verbs, places, social, platforms = _calls()
    if words[0] in social:
        named = len(found) > 1 and (words[1] == "us" or found[1].group()[:1].isupper())
        return named and any(w in platforms for w in words[1:])
    after = paragraph[found[0].end() : 400]
    return words[0] in verbs and (
        any(w in places for w in words[1:]) or "@" in after or _WEB.search(after) is not None
    )


_CALL_WORDS = st.sampled_from(
    [
        "Follow",
        "Like",
        "Facebook",
        "You can",
        "Alerts:",
        "site.gov/alerts",
        "Click",
        "Sign",
        "Write",
        "us",
        "on",
        "up",
        "here",
        "for",
        "newsletter",
        "the",
        "desk@example.com",
        "For more information on the vaccine,",
    ]
)


@example("Read more at www.example.com/news or write to desk@example.com. ")
@given(st.one_of(news_texts(), st.lists(_CALL_WORDS, max_size=40).map(" ".join)))
def test_call_to_action_reads_as_before(paragraph: str) -> None:
    """The early-stopping call-to-action test (*Follow us on Twitter*) answers as the
    version that cased every word of the paragraph's first 400 characters."""
    from claimscope.furniture import _is_call_to_action

    assert _is_call_to_action(paragraph) == _call_to_action_reference(paragraph)


def test_call_to_action_bound_is_kept() -> None:
    """A call to action (*Click the link below …*) of exactly the longest length counts;
    one word more does not."""
    from claimscope.furniture import _LONGEST_CALL, _is_call_to_action

    words = ["Click", "the", "link", "below"]
    at_bound = " ".join(words + ["today"] * (_LONGEST_CALL - len(words)))
    assert _is_call_to_action(at_bound) and _call_to_action_reference(at_bound)
    assert not _is_call_to_action(at_bound + " now")


@given(dense_texts, st.integers(0, 40), st.integers(0, 400))
def test_tokenize_reads_as_before(text: str, start: int, length: int) -> None:
    """The attribution tokeniser, which maps Match methods over all matches, gives
    the tokens the per-match comprehension gave, for any window of the text."""
    from claimscope.attribution.context import TOKEN, tokenize

    end = min(len(text), start + length)
    reference = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
    assert tokenize(text, start, end) == reference


_NOMINAL_PIECES = st.sampled_from(
    [
        "The agency's assessment that the bridge is safe",
        "his decision to resign",
        "HER call for calm",
        "Their claim that",
        "thiS claim that",
        "this claim that",
        "hiſ claim that",
        "İts claim that",
        "the mayor’S allegation that",
        "its bid to win",
        "the union's new claim that",
        " that ",
        " to ",
        "'s",
        "his",
        "\n",
        "Officials said.",
    ]
)


@given(st.lists(_NOMINAL_PIECES, max_size=12).map(" ".join) | news_texts())
def test_nominal_matches_equal_the_plain_scan(text: str) -> None:
    """The nominal-cue scan tried only where a possessive may start finds the same
    matches as the pattern's own scan, odd casing, a long s and a dotted capital I
    included."""
    fast = [m.span() for m in passes.nominal_matches(text)]
    assert fast == [m.span() for m in passes.nominal_pattern().finditer(text)]


@given(
    st.lists(
        st.sampled_from(["in", "a", "an", "speaking", "on", "condition", "said", " ", "In"]),
        max_size=5,
    ).map(" ".join)
    | st.text(max_size=20)
)
def test_adjunct_prefixes_equal_the_adjunct_pattern(entry: str) -> None:
    """The prefix test that keeps qualifying phrases (*in a statement*) from heading
    a claim accepts exactly what the pattern it replaces matched."""
    from claimscope.attribution import cue_gate

    assert entry.startswith(cue_gate._ADJUNCT_STARTS) == (
        cue_gate.ADJUNCT_ENTRY.match(entry) is not None
    )


_UNNAMED_PIECES = st.sampled_from(
    [
        "The minister was accused of fraud",
        "has been CRITICISED",
        "were critiſized",
        "is expected to resign",
        "was thought to be",
        "Amid allegations that",
        "rumours that",
        "amid clİams of",
        "was crİticized",
        "the clip has faced ridicule",
        "came under fire",
        "Suspicions run high that",
        "fears grew that",
        "worries linger that",
        "and concerns remain that",
        "\u212aelvin reports that",
        "drew backlash",
        ", speculation swirled that",
        "by",
        "\n",
        "“",
        " ",
    ]
)


@given(st.lists(_UNNAMED_PIECES, max_size=10).map(" ".join) | news_texts())
def test_unnamed_shape_words_cover_every_shape(text: str) -> None:
    """The word test that skips the author pass's unnamed-source searches passes
    every sentence one of those searches matches (odd casing, a dotted capital I, a
    long s and the Kelvin sign included), so skipping changes no claim."""
    from claimscope.attribution import author

    if any(pattern.search(text) for pattern, _rule in author.UNNAMED_SHAPES):
        assert author.may_be_unnamed(text)


def test_unnamed_shape_words_skip_plain_sentences() -> None:
    """A sentence with none of the shapes' words is not searched; one with a shape
    is, and keeps its rule."""
    from claimscope.attribution import author

    assert not author.may_be_unnamed("The bridge reopened to traffic on Monday morning.")
    assert author.may_be_unnamed("The mayor was accused of misleading the council.")
    doc = annotate("The mayor was accused of misleading the council.")
    assert [c.rule.value for c in doc.claims] == ["X was accused of"]


def _opener_reference(paragraph: str) -> str | None:
    """:func:`furniture._opener_reason` before it filed the openers by first character:
    every opener, longest first."""
    from claimscope import lexicon

    entries = lexicon.load("furniture_openers")
    pairs = [(e.text.casefold(), e.fields[0] if e.fields else "furniture") for e in entries]
    folded = paragraph[:40].casefold()
    for opener, reason in sorted(pairs, key=lambda pair: -len(pair[0])):
        if folded.startswith(opener):
            rest = folded[len(opener) : len(opener) + 1]
            if opener.endswith(":") or not rest or rest in " :?.,\t\u00a0\n-—–":
                return reason
    return None


_OPENER_PIECES = st.sampled_from(
    ["Read more:", "READ ALSO:", "Photo:", "Image caption", "Related", "Ad", "ẞ", "İ", "—", " "]
)


@given(st.lists(_OPENER_PIECES, max_size=6).map("".join) | news_texts())
def test_furniture_openers_read_as_before(paragraph: str) -> None:
    """The paragraph-opener test (*Read more:*, *Photo:*), comparing a paragraph with
    the openers that share its first character, answers as the scan over them all."""
    from claimscope.furniture import _opener_reason

    assert _opener_reason(paragraph) == _opener_reference(paragraph)


_UNSURE_CUES = (
    "The report suggests the bridge is unsafe, engineers say. The minister admitted "
    "the figures were wrong, according to the memo."
)
"""Cues the learned model is unsure of without their subjects: it scans them."""


@example(_UNSURE_CUES)
@given(dense_texts)
def test_learned_subject_scans_serve_the_attribution_stage(text: str) -> None:
    """The subject scans the learned cue decisions hand to the attribution stage are
    the scans the stage would make itself, and the claims are the same with them as
    without."""
    from claimscope import learned
    from claimscope.attribution import attribute
    from claimscope.attribution.context import tokenize
    from claimscope.segment import segment

    spans, paragraphs = segment(text)
    quotes = find_quotes(text)
    subjects: dict[tuple[int, int], dict[int, tuple[int, int, int] | None]] = {}
    cues = learned.decide(text, spans, quotes, find_cues(text, quotes), subjects=subjects).cues
    for sentence, made in subjects.items():
        tokens = tokenize(text, *sentence)
        assert all(left == who.left_source(tokens, k) for k, left in made.items())
    handed = attribute(text, spans, paragraphs, quotes, cues, subjects=subjects)
    assert handed == attribute(text, spans, paragraphs, quotes, cues)


def test_learned_decisions_hand_over_their_subject_scans() -> None:
    """Cues the model weighs with their subjects leave those scans for the stage."""
    from claimscope import learned
    from claimscope.segment import segment

    quotes = find_quotes(_UNSURE_CUES)
    subjects: dict[tuple[int, int], dict[int, tuple[int, int, int] | None]] = {}
    spans = segment(_UNSURE_CUES)[0]
    learned.decide(_UNSURE_CUES, spans, quotes, find_cues(_UNSURE_CUES, quotes), subjects=subjects)
    assert subjects and set(subjects) <= set(spans)


@given(st.lists(_NOMINAL_PIECES, max_size=12).map(" ".join) | news_texts())
def test_possessive_hints_equal_the_hint_scan(text: str) -> None:
    """The places where a possessive may start, found word by word with ``str.find``
    and merged, are those the regular-expression scan for any of them found."""
    import re

    lowered = text.lower()
    scan = re.compile(r"['’]s|his|her|their|its").finditer(lowered)
    hints = passes._possessive_hints(text)
    if len(lowered) != len(text):
        assert hints is None  # "İ": offsets in the lowered text are not the text's
        return
    assert hints is not None and list(hints) == [m.start() for m in scan]
