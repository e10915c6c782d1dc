"""Readings found by composing six wire stories (round 12, helper news14b): ceasefire
talks, a West African military takeover, a Brazilian oil-spill lawsuit, a Japanese
political-funding scandal, a cocoa-price surge and a Latin American election.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.testing import claim_holding


def _claim(text: str, words: str) -> claimscope.Claim:
    return claim_holding(claimscope.annotate(text), words)


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            "The World Food Programme warned on Tuesday that the valley was on the edge of famine.",
            "on the edge of famine",
            SourceType.ORGANIZATION,
        ),
        (
            "The growers' body said the frost had destroyed a third of the crop.",
            "destroyed a third of the crop",
            SourceType.ORGANIZATION,
        ),
        (
            "The regional bloc said it would meet in emergency session on Friday.",
            "meet in emergency session",
            SourceType.ORGANIZATION,
        ),
        (
            "The junta said elections would be held within two years.",
            "elections would be held",
            SourceType.ORGANIZATION,
        ),
        (
            "A second communique pledged that the junta would honour every treaty.",
            "honour every treaty",
            SourceType.DOCUMENT,
        ),
        (
            "The Hokkaido Shimbun reported that the mayor had repaid the money.",
            "repaid the money",
            SourceType.MEDIA,
        ),
    ],
)
def test_bodies_programmes_communiques_and_shimbuns_are_typed(
    text: str, words: str, kind: SourceType
) -> None:
    """*The World Food Programme*, *the growers' body*, *the regional bloc* and *the
    junta* are institutions; a *communique*
    is a written artefact; a name ending in *Shimbun* (Japanese for newspaper) is an
    outlet, not a person."""
    claim = _claim(text, words)
    assert claim.source is not None and claim.source.type is kind


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Two sources at international trading houses, who declined to be named, said "
            "the board had asked buyers to defer shipments.",
            "asked buyers to defer",
            "Two sources at international trading houses",
        ),
        (
            "Officials at two trading firms said the cargo had been turned away.",
            "turned away",
            "Officials at two trading firms",
        ),
        (
            "Engineers at 12 affected plants said output had fallen by half.",
            "output had fallen",
            "Engineers at 12 affected plants",
        ),
    ],
)
def test_a_participle_inside_the_object_of_at_does_not_cut_the_source(
    text: str, words: str, source: str
) -> None:
    """*sources at international trading houses*: an *-ing*/*-ed* word after a number
    or after a preposition and a modifier modifies the noun after it; it is not a verb
    ending the subject, so the source is the whole phrase, not *houses*."""
    claim = _claim(text, words)
    assert claim.source is not None and claim.source.text == source


def test_citing_an_unnamed_informant_is_no_claim() -> None:
    """*…, the broadcaster reported, citing people familiar with the inquiry*: what
    *citing* names there is where the outlet got it, not something it claims; the
    claim before keeps its outlet. A reason after *citing* stays a claim."""
    text = (
        "Investigators are believed to be preparing charges against the mayor, the "
        "Hokuriku Daily reported on Friday, citing people familiar with the inquiry. "
        "The treasurer has resigned, a local broadcaster said, citing an unnamed "
        "source. The port authority closed two berths, citing a surge in cargo thefts."
    )
    doc = claimscope.annotate(text)
    for words in ("people familiar with the inquiry", "an unnamed source"):
        assert not [c for c in doc.claims if words in c.text], words
    first = claim_holding(doc, "preparing charges against the mayor")
    assert first.source is not None and first.source.text == "the Hokuriku Daily"
    assert claim_holding(doc, "a surge in cargo thefts").source is not None


def test_before_whom_one_testifies_is_no_content() -> None:
    """*testify before the ethics council*: the phrase right after the verb says where
    the speaker speaks, not what; the demand that holds it keeps its own speaker."""
    text = (
        "Opposition leader Mika Arai said the response was weak and demanded that the "
        "minister testify before the ethics council. The treasurer testified before "
        "the audit committee on Tuesday."
    )
    doc = claimscope.annotate(text)
    demand = claim_holding(doc, "testify before the ethics council")
    assert demand.source is not None and demand.source.text == "Mika Arai"
    assert not [c for c in doc.claims if c.text.startswith("before")]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The general won a third term in 2024 in a vote the opposition said was rigged.",
            "was rigged",
            "the opposition",
        ),
        (
            "The council approved the budget in a session the mayor said had been "
            "called illegally.",
            "called illegally",
            "the mayor",
        ),
    ],
)
def test_an_object_relative_without_that_gives_its_own_subject(
    text: str, words: str, source: str
) -> None:
    """*a vote the opposition said was rigged*: the cue's clause lacks a subject (an
    auxiliary follows the cue), so the source is the phrase after the noun the
    relative describes, not the main clause run back into it."""
    claim = _claim(text, words)
    assert claim.source is not None and claim.source.text == source


def test_a_noun_cue_before_an_auxiliary_keeps_its_reading() -> None:
    """*it's unlikely his latest remarks will* is no object relative: *remarks* is a
    noun, so no source is cut from before it."""
    doc = claimscope.annotate("But it's unlikely his latest remarks will end the feud.")
    assert all(c.source is None or c.source.text != "his latest" for c in doc.claims)


def test_an_adjective_before_a_platform_name_is_no_role() -> None:
    """*the army's official Telegram channel*: *official* is an adjective of the
    channel, so *Telegram* is no official and a later *the official* does not refer
    to it; a role noun before a person's name still names the role."""
    text = (
        'Two officials said the talks had stalled. "That is the whole fight now," the '
        "official said. The spokesman denied it in a post on the army's official "
        'Telegram channel. "Everything else is wording," the official said. Police '
        "spokesman Audley Peters said the convoy had been stopped."
    )
    doc = claimscope.annotate(text)
    for words in ("the whole fight now", "Everything else is wording"):
        source = claim_holding(doc, words).source
        assert source is not None and source.text == "the official", words
    peters = claim_holding(doc, "the convoy had been stopped").source
    assert peters is not None and peters.text == "Audley Peters"


def test_an_apposed_name_with_its_acronym_names_the_description() -> None:
    """*Ghana's regulator, the Ghana Cocoa Board (Cocobod), has denied*: the acronym in
    brackets after the name still closes the apposition, so the source is the name,
    the most informative mention, not the description before it."""
    text = (
        "The country's grain regulator, the National Grain Authority (NGA), has denied "
        "reports that it would default on its contracts."
    )
    source = _claim(text, "default on its contracts").source
    assert source is not None and source.text == "the National Grain Authority"


def test_a_new_clause_after_but_brings_its_own_subject() -> None:
    """*…, according to exit polls, but his rival refused to concede and accused the
    party of C*: *and accused* shares the subject of the clause *but* opens, not the
    source of *according to* before it; *refused to concede and* reports nothing."""
    text = (
        "Senator Ana Duarte held a wide lead on Sunday, according to exit polls, but "
        "her main rival refused to concede and accused the ruling party of buying votes."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "buying votes")
    assert claim.source is not None and claim.source.text == "her main rival"
    assert claim.confidence is claimscope.Confidence.ALLEGED
    assert not [c for c in doc.claims if c.text.startswith("and ")]


def test_a_verb_phrase_after_but_keeps_the_earlier_subject() -> None:
    """*the host, who says she admires the senator, but has dismissed the story*: a
    clause after *but* without a subject of its own is no new clause; the host still
    dismisses."""
    text = (
        "The senator was interviewed by host Dana Price, who says she admires the "
        "senator, but has previously dismissed the story about the emails."
    )
    source = _claim(text, "the story about the emails").source
    assert source is not None and source.text == "Dana Price"


def test_unless_is_no_part_of_a_source() -> None:
    """*unless prosecutors can show*: *unless* opens a clause, as *if* does, so it is
    never a modifier at the left edge of the description it precedes."""
    text = "Lawmakers are rarely charged unless prosecutors can show they ordered the payments."
    source = _claim(text, "they ordered the payments").source
    assert source is not None and source.text == "prosecutors"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The agency cut its forecast, citing weak demand in Asia.", "weak demand", "The agency"),
        (
            'The band drew a "sold out" sign on its first night, saying demand was huge.',
            "demand was huge",
            "The band",
        ),
        (
            "The company sold the unit last year, saying it was no longer core.",
            "no longer core",
            "The company",
        ),
    ],
)
def test_an_irregular_past_ends_the_subject_a_participle_shares(
    text: str, words: str, source: str
) -> None:
    """*The agency cut its forecast, citing C*: *cut*, *sold*, *drew* are pasts like
    *met* and *gave*, so the shared subject ends before them (not *The agency cut*)."""
    claim = _claim(text, words)
    assert claim.source is not None and claim.source.text == source


def test_a_joined_particle_stays_inside_an_arabic_name() -> None:
    """*Khalid al-Muraikhi*, *Ahmed el-Sayed*: the lower-case particle joined to a
    capitalised word goes on with the name, so the source is the full name, also in
    apposition after a role and when the surname alone recurs."""
    text = (
        "The spokesman, Hamad al-Rashidi, told reporters the gap had narrowed. "
        "Al-Rashidi said a deal was possible. The prosecutor, Ahmed el-Sayed, said the "
        "port had reopened."
    )
    doc = claimscope.annotate(text)
    for words, name in (
        ("the gap had narrowed", "Hamad al-Rashidi"),
        ("a deal was possible", "Hamad al-Rashidi"),
        ("the port had reopened", "Ahmed el-Sayed"),
    ):
        source = claim_holding(doc, words).source
        assert source is not None and source.text == name, words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Figures from the regulator show it issued 81 alerts last year.", "81 alerts"),
        ("Documents seen by the paper show the firm paid the fee.", "paid the fee"),
    ],
)
def test_a_document_noun_opening_a_sentence_is_no_name(text: str, words: str) -> None:
    """*Figures from the regulator show*: the capital is the sentence's, so a bare
    document noun heading the source is a document, not a personal name (an outlet
    named with *the*, *the Post*, stays a name)."""
    source = _claim(text, words).source
    assert source is not None and source.type is SourceType.DOCUMENT
