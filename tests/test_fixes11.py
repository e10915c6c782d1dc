"""Fixes of the eleventh round: general shapes behind known errors (a speaker in a
relative clause after a preposition, document sources, organisations named alone,
furniture, idioms read in the wrong sense).

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.entities import find_mentions
from claimscope.furniture import furniture_reason
from claimscope.segment import segment
from claimscope.testing import claim_holding


def test_a_capitalised_preposition_does_not_qualify_a_title() -> None:
    """In a run of capitals a title may carry a qualifier (*Foreign Minister Ana
    Costa*), but a shouted preposition or auxiliary glued to it is none: the mention is
    *Mr. Reyes*, not *TO Mr. Reyes*."""
    text = "The award went 100%TO Mr. Reyes, the judges said."
    spans, _ = segment(text)
    names = [text[m.start : m.end] for m in find_mentions(text, spans) if m.kind == "name"]
    assert "Mr. Reyes" in names
    assert not any(n.startswith("TO") for n in names)


def test_the_speaker_of_a_restrictive_who_after_a_preposition() -> None:
    """*siding with ranchers who said C*: the ranchers say C, not the clause around
    them; *heard from parents who said*, *sided with the growers who said* likewise."""
    text = (
        "The court ruled for the county on Friday, siding with ranchers who said the "
        "new fence blocked their cattle. The school board heard from parents who said "
        "the bus route was unsafe."
    )
    doc = claimscope.annotate(text)
    fence = claim_holding(doc, "the new fence blocked their cattle")
    assert fence.source.text == "ranchers"
    assert fence.source.type is SourceType.ANONYMOUS
    bus = claim_holding(doc, "the bus route was unsafe")
    assert bus.source.text == "parents"
    assert bus.source.type is SourceType.ANONYMOUS


def test_a_who_opening_the_subject_keeps_its_noun() -> None:
    """When the antecedent opens the subject (*Residents who fled said*, *a nurse who
    said*), nothing changes."""
    text = "The hospital backed a nurse who said she was dismissed for speaking out."
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "she was dismissed").source.text == "a nurse"


def test_a_form_in_s_ending_the_object_of_according_to_is_a_noun() -> None:
    """*according to the production notes*: *notes* is the head noun of the source,
    not a reporting verb whose subject is *according to the production*."""
    text = (
        "The film cost $40 million to make, according to the production notes. "
        "Ticket sales reached $12 million in the first week, according to studio reports."
    )
    doc = claimscope.annotate(text)
    cost = claim_holding(doc, "The film cost $40 million")
    assert cost.source.text == "the production notes"
    assert cost.source.type is SourceType.DOCUMENT
    assert cost.cue is not None and cost.cue.text == "according to"
    sales = claim_holding(doc, "Ticket sales reached")
    assert sales.cue is not None and sales.cue.text == "according to"
    assert sales.source.text is not None and "according" not in sales.source.text


def test_a_verb_in_s_after_an_according_phrase_closed_by_a_comma_stays() -> None:
    """After the comma that closes *according to X*, a form in *-s* is a verb again
    (*According to the survey, the minister says …*)."""
    text = "According to the survey, the minister says rents will keep rising."
    doc = claimscope.annotate(text)
    rents = claim_holding(doc, "rents will keep rising")
    assert rents.cue is not None and rents.cue.text == "says"


def test_a_public_body_named_alone_is_an_organization() -> None:
    """*…, said Ofgem.* in a one-sentence text: the regulator is a body the
    public-body lexicon knows, not a person with a surname."""
    for text in (
        "Household energy bills will fall by 7% in April, said Ofgem.",
        "Interpol said the suspect had crossed into Slovenia on Sunday.",
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.source.type is SourceType.ORGANIZATION, text


def test_believe_it_when_i_see_it_voices_doubt_not_belief() -> None:
    """*I'll believe it when I see it* is an idiom of doubt about someone else's
    promise: the speaker's quote is reported, not hedged by *believe*; a plain *I
    believe it will* still hedges."""
    text = (
        "The council promised a new bridge by 2028. “I’ll believe it when I see it,” "
        "said Tom Barker, who runs the ferry. “I believe it will cost twice as much,” "
        "said Rhian Evans, a local engineer."
    )
    doc = claimscope.annotate(text)
    doubt = claim_holding(doc, "believe it when I see it")
    assert doubt.confidence is claimscope.Confidence.REPORTED
    assert not any(c.kind is claimscope.CueKind.HEDGE for c in doubt.cues)
    cost = claim_holding(doc, "cost twice as much")
    assert cost.confidence is claimscope.Confidence.HEDGED


def test_a_think_tank_speaking_is_an_organization() -> None:
    """*the think tank said*: a research body speaking as one, not a person (the
    head *tank* alone names no institution, the compound does)."""
    text = "Rents will rise by a fifth next year, the think tank said in a report."
    claim = claim_holding(claimscope.annotate(text), "Rents will rise")
    assert claim.source.text == "the think tank"
    assert claim.source.type is SourceType.ORGANIZATION


def test_feel_as_a_sensation_does_not_hedge_a_quote() -> None:
    """Quoted *feel like* + a likeness (*like spare parts*) or *feel it* names a
    sensation, not a view: no hedge. *feel like* + a clause (*like he's got*) is a
    view and still hedges."""
    text = (
        "“We feel like strangers in our own street,” said Ama Mensah, a resident. "
        "“Small shops will be the first to feel it,” said Owen Price, a grocer. "
        "“I feel like he’s got another plan,” said Li Wen, a councillor."
    )
    doc = claimscope.annotate(text)
    assert (
        claim_holding(doc, "strangers in our own street").confidence
        is claimscope.Confidence.REPORTED
    )
    assert claim_holding(doc, "the first to feel it").confidence is claimscope.Confidence.REPORTED
    assert claim_holding(doc, "another plan").confidence is claimscope.Confidence.HEDGED


def test_copyright_lines_and_feedback_calls_are_furniture() -> None:
    """A paragraph that is only a copyright line (*Copyright PUNCH.*, *Copyright 2025
    The Daily Courier.*) and a call to contact the desk (*For feedback, complaints or
    inquiries, contact us.*) state nothing; prose about copyright does."""
    text = (
        "The council approved the new market hall on Tuesday, its spokesperson said.\n\n"
        "Copyright 2025 The Daily Courier.\n\n"
        "For feedback, complaints, or inquiries, contact us.\n\n"
        "Copyright law protects the designs for 70 years, the architect said."
    )
    doc = claimscope.annotate(text)
    texts = [c.text for c in doc.claims]
    assert not any("Daily Courier" in t or "feedback" in t for t in texts), texts
    assert any("protects the designs" in t for t in texts)
    assert furniture_reason("Copyright PUNCH.", whole_paragraph=True) == "disclaimer"
    assert furniture_reason("Copyright law protects authors.", whole_paragraph=True) is None


def test_an_office_written_as_a_title_then_the_holder_in_apposition() -> None:
    """*Minister of State for Health, Dr Ana Ruiz, told …*: the office comes first as
    a title and the name after the comma is who speaks; *Senator Smith, a Democrat,
    said* and *Secretary of State John Kerry, a Democrat, said* keep the name before
    the aside."""
    text = (
        "Minister of State for Health, Dr Ana Ruiz, told reporters the clinics would "
        "reopen in May. Chief Executive of Harwell Water, Tom Okafor, said bills would "
        "rise. Secretary of State Maria Lind, a Democrat, said the deal was fair."
    )
    doc = claimscope.annotate(text)
    clinics = claim_holding(doc, "the clinics would reopen")
    assert clinics.source.text is not None and "Ana Ruiz" in clinics.source.text
    assert clinics.source.type is SourceType.PERSON
    bills = claim_holding(doc, "bills would rise")
    assert bills.source.text == "Tom Okafor"
    fair = claim_holding(doc, "the deal was fair")
    assert fair.source.text is not None and "Maria Lind" in fair.source.text


def test_the_office_and_its_holder_are_one_entity() -> None:
    """*Minister of State for Foreign Affairs (Trade), Senator Ada Obi, told …* and
    a later *the minister said*: one person, named by her name, not by the office; so
    with no bracketed label (*Minister for Solid Minerals Development, …*)."""
    text = (
        "Minister of State for Foreign Affairs (Trade), Senator Ada Obi, told "
        "reporters in Abuja that exports would rise. \u201cWe are winning the fight "
        "against illegal mining,\u201d the minister said."
    )
    doc = claimscope.annotate(text)
    fight = claim_holding(doc, "winning the fight")
    assert fight.source.text == "Senator Ada Obi"
    assert fight.source.type is SourceType.PERSON
    other = text.replace(
        "Minister of State for Foreign Affairs (Trade)", "Minister for Solid Minerals Development"
    )
    assert (
        claim_holding(claimscope.annotate(other), "winning the fight").source.text
        == "Senator Ada Obi"
    )


def test_with_some_claiming_gives_the_group_as_source() -> None:
    """*…, with some claiming C*: a quantifier standing for people before a gerund
    after *with* opens an attribution, and *some* is the source (anonymous), not the
    last name before it; *some warning signs* stays a noun phrase."""
    text = (
        "Parents who had booked places at the closed Riverside nursery reacted with "
        "anger, with some claiming they had never been told of the inspection. The "
        "building showed some warning signs before it closed, engineers said."
    )
    doc = claimscope.annotate(text)
    told = claim_holding(doc, "they had never been told")
    assert told.source.text == "some"
    assert told.source.type is SourceType.ANONYMOUS
    assert told.confidence is claimscope.Confidence.ALLEGED
    signs = claim_holding(doc, "some warning signs")
    assert signs.source.text == "engineers"


def test_management_speaking_is_an_organization() -> None:
    """*Management said …* in a wage dispute: the company's management speaking as a
    body, an organization, not a person named Management."""
    text = "Workers rejected the 5% offer on Monday. Management said the offer was final."
    claim = claim_holding(claimscope.annotate(text), "the offer was final")
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_hyphen_after_a_dateline_starts_no_source() -> None:
    """*Brussels (dpa) - The European Union and Morocco pledged …*: the hyphen
    written for the dateline's dash is no part of the source."""
    text = (
        "Lisbon (dpa) - The European Union and Portugal pledged on Thursday that they "
        "would deepen cooperation on wind power."
    )
    claim = claim_holding(claimscope.annotate(text), "deepen cooperation")
    assert claim.source.text is not None and not claim.source.text.startswith("-")
