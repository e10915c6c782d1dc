"""Sources, source types and confidence on news-like sentences composed for each bug
seen in real articles from many outlets: who says it, what kind of source it is, and
that phrases which are no noun phrase never become a source."""

from __future__ import annotations

import pytest

import claimscope
from claimscope import Document, SourceType


def _claims_holding(doc: Document, anchor: str) -> list[claimscope.Claim]:
    at = doc.text.index(anchor)
    return [c for c in doc.claims if c.start <= at < c.end]


def _entity_of(doc: Document, mention: str) -> claimscope.Entity | None:
    """The entity with a mention whose text is ``mention`` (the first such)."""
    for e in doc.entities:
        if any(m.text == mention for m in e.mentions):
            return e
    return None


# -- pronouns and relative clauses without "that" -----------------------------------------


def test_a_pronoun_opening_a_relative_clause_does_not_mean_its_head() -> None:
    """*the stake in Helix Bank it bought*: the pronoun is the subject of a clause
    on *Helix Bank* and cannot mean it, however often the bank is named before."""
    text = (
        "Talks with Helix Bank collapsed on Friday, Helix Bank said. Helix Bank said it "
        "would try again. The Norrland Pension Fund later sold the stake in Helix Bank it "
        "bought in 2020."
    )
    doc = claimscope.annotate(text)
    last_it = text.rindex(" it ") + 1
    for e in doc.entities:
        if any(m.start == last_it for m in e.mentions):
            assert e.name.text != "Helix Bank"


def test_a_pronoun_after_an_addressee_may_mean_it() -> None:
    """*warned the minister she could lose her seat*: after a verb taking an
    addressee and a clause the pronoun opens the clause and may mean the addressee."""
    text = (
        "Rachel Imrie has been health minister since May. Union leaders warned the "
        "health minister she could lose her seat."
    )
    doc = claimscope.annotate(text)
    she = _entity_of(doc, "she")
    assert she is not None and she.name.text == "Rachel Imrie"


def test_a_pronoun_before_the_cue_is_the_whole_source_phrase() -> None:
    """*criticism of the Online Safety Bill it wants passed*: the source is *it* (the
    Government), never the bill before it."""
    text = (
        "The Government has been rattled by criticism of the Online Safety Bill it wants "
        "passed before the winter recess."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text != "Online Safety Bill"
        if claim.source.mention is not None:
            assert claim.source.mention.text == "it"


def test_a_pronoun_inside_the_subject_keeps_the_subject_whole() -> None:
    """*All the experts I interviewed said*: a pronoun inside the subject does not cut
    it; only a pronoun right before the cue is the whole source."""
    text = "All the experts I interviewed said the dam was sound."
    (claim,) = _claims_holding(claimscope.annotate(text), "the dam was sound")
    assert claim.source.text == "All the experts I interviewed"


# -- laws, documents and names with "to" ----------------------------------------------------


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            "The Online Safety Bill says platforms must remove illegal content within a day.",
            "platforms must remove",
            "The Online Safety Bill",
        ),
        (
            "The Clean Rivers Act requires water companies to report every spill.",
            "water companies to report",
            "The Clean Rivers Act",
        ),
    ],
)
def test_a_law_named_by_its_title_is_a_document(text: str, anchor: str, source: str) -> None:
    """A capitalised name ending in *Bill*, *Act* or *Treaty* is a law's title
    (SPEC: a written artefact), not a person called Bill."""
    claims = _claims_holding(claimscope.annotate(text), anchor)
    for claim in claims:
        if claim.source.text == source:
            assert claim.source.type is SourceType.DOCUMENT


def test_a_given_name_bill_after_a_title_stays_a_person() -> None:
    """*Opposition Leader Bill Shorten*, *Mr Bill*: the title makes it a given name."""
    text = "Opposition Leader Bill Morrow said the budget was a fraud on voters."
    (claim,) = _claims_holding(claimscope.annotate(text), "the budget was a fraud")
    assert claim.source.text is not None and claim.source.text.endswith("Bill Morrow")
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize(
    "text,anchor",
    [
        (
            "There would be a code including — according to the explanatory notes of the "
            "Housing Bill — protection for tenants who complain.",
            "protection for tenants",
        ),
        ("The minutes of the meeting show the board approved the loan in March.", "the loan"),
        ("The text of the agreement says both sides will withdraw by June.", "both sides"),
    ],
)
def test_a_document_noun_with_a_postmodifier_is_a_document(text: str, anchor: str) -> None:
    """*the explanatory notes of the bill*, *the text of the agreement*: the head noun
    names a document, though a capitalised name closes the phrase."""
    (claim,) = _claims_holding(claimscope.annotate(text), anchor)
    assert claim.source.type is SourceType.DOCUMENT


def test_notes_after_a_name_is_still_a_verb() -> None:
    """*Ms Hale notes that …* reports; only a determiner or adjective makes *notes* a
    document noun."""
    text = "Ms Hale notes that the river flooded twice last year."
    (claim,) = _claims_holding(claimscope.annotate(text), "the river flooded")
    assert claim.source.text == "Ms Hale" and claim.cue is not None
    assert claim.cue.text == "notes"


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The Alliance to Reclaim Our Schools said the cuts would hurt pupils.",
            "The Alliance to Reclaim Our Schools",
        ),
        (
            "The Committee to Protect Journalists said the reporter was detained on Monday.",
            "The Committee to Protect Journalists",
        ),
        (
            "The Campaign to End Loneliness said one in four adults felt cut off.",
            "The Campaign to End Loneliness",
        ),
    ],
)
def test_an_organisation_name_runs_over_to_and_a_verb(text: str, name: str) -> None:
    """*Alliance to Reclaim Our Schools*: a campaign's name goes on with *to* and a
    verb, and the whole name is the source."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.text == name
    assert claim.source.type is SourceType.ORGANIZATION


def test_to_before_a_place_or_body_ends_the_name() -> None:
    """*the report of the Committee to Parliament*: *to* before a body or a place
    is a preposition, and both names stay apart."""
    text = "Ministers sent the report of the Committee to Parliament on Monday, the BBC said."
    doc = claimscope.annotate(text)
    names = {e.name.text for e in doc.entities}
    assert "Parliament" in names
    assert not any("to Parliament" in n for n in names)


# -- actions, not claims -------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["attempt", "bid", "effort", "efforts"])
def test_an_attempt_to_act_is_no_claim(noun: str) -> None:
    """*Senator Dalton's attempt to abolish the levy* is something he did, not
    something he said: no claim is his."""
    text = f"Voters still remember Senator Ray Dalton's {noun} to abolish the harbour levy."
    for claim in claimscope.annotate(text).claims:
        assert claim.source.type is SourceType.AUTHOR


def test_a_promise_to_act_is_still_a_claim() -> None:
    """*his promise to abolish the levy* is a commitment he stated: his claim."""
    text = "Voters still remember Senator Ray Dalton's promise to abolish the harbour levy."
    (claim,) = _claims_holding(claimscope.annotate(text), "abolish")
    assert claim.source.text == "Senator Ray Dalton"


# -- phrases that are no noun phrase --------------------------------------------------------


def test_a_time_adverbial_is_no_source() -> None:
    """*My uncle died two years ago of heart failure, which confirmed …*: *ago* ends
    an adverbial; no phrase through it is a source."""
    text = "My uncle died two years ago of heart failure, which confirmed what we feared."
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text is None or "ago" not in claim.source.text


def test_a_time_adverbial_before_the_subject_is_cut() -> None:
    """*Two years ago police said …*: the source is *police*."""
    text = "Two years ago police said the case was closed."
    (claim,) = _claims_holding(claimscope.annotate(text), "the case was closed")
    assert claim.source.text == "police"


def test_a_command_is_no_source() -> None:
    """*Check out the council website, and you will find papers, laying out …*: an
    imperative opens the sentence, and no source comes from it."""
    text = (
        "Check out the council website, and you will find a set of detailed papers, "
        "laying out plans for new cycle lanes."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text is None or not claim.source.text.startswith("Check")


def test_a_predeterminer_is_no_command() -> None:
    """*All the officials said*: a predeterminer before *the* opens a noun phrase."""
    text = "All the officials said the vote was fair."
    (claim,) = _claims_holding(claimscope.annotate(text), "the vote was fair")
    assert claim.source.text == "All the officials"
