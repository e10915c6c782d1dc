"""Readings found on the eleventh round's composed formats (an explainer, a morning
newsletter, a product review, a press-conference transcript, an editorial with
letters, a podcast write-up): each test is a general shape a reader meets in many
articles.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType
from claimscope.testing import claim_holding


def test_a_transcript_labels_its_lines_with_a_surname_named_before() -> None:
    """*Okonkwo: The pumps failed at dawn.*: edited excerpts of a press conference label
    each answer with the surname of a speaker the story has introduced in full; the
    line is that speaker's claim, also with a note on the label (*Okonkwo (opening
    statement):*). A one-word label nobody was named with is no speaker."""
    text = (
        "Officials answer questions on the flooded metro line\n\n"
        "Transport commissioner Adaeze Okonkwo and the line's chief engineer, Felix "
        "Brandauer, spoke to reporters on Tuesday. Edited excerpts:\n\n"
        "Okonkwo (opening statement): Our thoughts are with the passengers. Two stations "
        "will stay closed until Friday.\n\n"
        "Q: When did the pumps fail?\n\n"
        "Brandauer: The pumps failed at dawn. The backup generator never started.\n\n"
        "Q: Was the line inspected this year?\n\n"
        "Okonkwo: It was inspected in March and passed.\n\n"
        "Update: The line reopened on Friday morning."
    )
    doc = claimscope.annotate(text)
    closed = claim_holding(doc, "Two stations will stay closed")
    assert closed.source.text == "Adaeze Okonkwo"
    assert closed.source.type is SourceType.PERSON
    assert closed.confidence is Confidence.REPORTED
    pumps = claim_holding(doc, "The pumps failed at dawn")
    assert pumps.source.text == "Felix Brandauer"
    assert claim_holding(doc, "inspected in March").source.text == "Adaeze Okonkwo"
    assert not any("When did the pumps fail" in c.text for c in doc.claims)
    reopened = [c for c in doc.claims if "The line reopened" in c.text]
    assert all(c.source.type is SourceType.AUTHOR for c in reopened)


def test_a_tally_or_a_spec_line_is_no_transcript() -> None:
    """*Mensah: 412.* in a delegate count and *Verdict: …* in a review are labels of
    figures and sections, not a speaker's answers."""
    text = (
        "The count so far\n\n"
        "Kwame Mensah leads after the first day of counting.\n\n"
        "Mensah: 412.\n\n"
        "Opoku: 389.\n\n"
        "The Verdict is due on Friday.\n\n"
        "Verdict: The result will not be known until the weekend."
    )
    doc = claimscope.annotate(text)
    assert not any(c.source.text == "Kwame Mensah" and "412" in c.text for c in doc.claims)
    verdict = [c for c in doc.claims if "will not be known" in c.text]
    assert all(c.source.type is SourceType.AUTHOR for c in verdict)


def test_an_acronym_may_leave_out_the_place_of_a_bodys_name() -> None:
    """*the Transportation Safety Board of Canada … the TSB said*: bodies named *X of
    Country* are abbreviated by the initials of *X*; the acronym is the same body."""
    text = (
        "The ferry caught fire on Wednesday, according to the Transportation Safety "
        "Board of Canada. The TSB said it was too early to speculate on a cause. "
        "The TSB said it would publish its findings within 90 days."
    )
    doc = claimscope.annotate(text)
    early = claim_holding(doc, "too early to speculate")
    assert early.source.text.endswith("Transportation Safety Board of Canada")
    assert early.source.type is SourceType.ORGANIZATION


def test_photo_credits_and_page_disclosures_are_furniture() -> None:
    """A caption closed by a bracketed photographer and outlet (*(Jane Doe/CBC)*), a
    review site's affiliate notice and a newsletter's unsubscribe footer are page
    furniture; prose about affiliate schemes stays a claim."""
    text = (
        "Earbuds that outlast the flight\n\n"
        "By Tom Reyes\n\n"
        "When you buy through links on our site, we may earn an affiliate commission.\n\n"
        "The earbuds on a train seat in Leeds on Monday. (Ana Ruiz/TechDaily)\n\n"
        "The battery lasted eleven hours in our tests, the longest we have measured.\n\n"
        "Regulators said the affiliate deals of the retailer broke advertising rules.\n\n"
        "Influencers earn a commission on purchases made through their links.\n\n"
        "You received this email because you signed up for Morning Tech. Unsubscribe"
    )
    doc = claimscope.annotate(text)
    for words in ("affiliate commission", "train seat in Leeds", "signed up for Morning"):
        assert not any(words in c.text for c in doc.claims), words
    assert claim_holding(doc, "broke advertising rules").source.text == "Regulators"
    assert claim_holding(doc, "The battery lasted eleven hours").source.type is SourceType.AUTHOR
    assert claim_holding(doc, "Influencers earn a commission").source.type is SourceType.AUTHOR


def test_people_briefed_on_a_plan_are_the_source_after_according_to() -> None:
    """*according to three people briefed on the plans*: *briefed on* ends the source's
    head phrase (people who were briefed), it reports nothing and has no subject; the
    claim is the three people's, unnamed, and never *according to three people*."""
    text = (
        "Two Harbour Authority members are expected to step down this week, according to three "
        "people briefed on the plans. Officials briefed on the decision said the depot "
        "would close in May."
    )
    doc = claimscope.annotate(text)
    resign = claim_holding(doc, "expected to step down")
    assert not resign.source.text.casefold().startswith("according")
    assert "three people" in resign.source.text
    assert resign.source.type is SourceType.ANONYMOUS
    assert resign.confidence is Confidence.HEDGED
    depot = claim_holding(doc, "the depot would close in May")
    assert depot.source.text.startswith("Officials")
    assert depot.source.type is SourceType.ANONYMOUS


def test_the_possessive_of_an_abbreviation_closes_no_quote() -> None:
    """*B.C.'s transportation minister, Harjit Gill, said …*: the mark of *B.C.'s* (or
    *U.S.'s*) is a possessive, not the end of a quotation whose speaker follows; no
    claim is made of *B.C.'* and the minister's claim is the clause after *said*."""
    text = (
        "B.C.'s transportation minister, Harjit Gill, said the province would ask for "
        "a full accounting. The U.S.'s top trade official, Ann Reyes, said the talks "
        "would resume in June."
    )
    doc = claimscope.annotate(text)
    assert not any(c.text.startswith("B.C") or c.text.startswith("U.S") for c in doc.claims)
    assert claim_holding(doc, "the province would ask").source.text == "Harjit Gill"
    assert claim_holding(doc, "the talks would resume").source.text == "Ann Reyes"


def test_a_time_phrase_after_the_verb_is_not_content() -> None:
    """*said on Thursday the depot would close*, *said Monday the plant …*, *told
    reporters last week he …*: the time phrase dates the saying; the content is the
    clause after it. A weekday that is the clause's subject stays in it."""
    text = (
        "Harjit Gill said on Thursday the depot would close in May. The mayor, Ana "
        "Ruiz, said Monday the plant would reopen. Ms Ruiz told reporters last week she "
        "would stand again. Gill said Friday was the deadline for bids."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the depot would close").text.startswith("the depot")
    assert claim_holding(doc, "the plant would reopen").text.startswith("the plant")
    assert claim_holding(doc, "would stand again").text.startswith("she would")
    assert claim_holding(doc, "was the deadline").text.startswith("Friday was")


def test_a_forum_and_a_regional_health_authority_are_organisations() -> None:
    """*the Irish Property Owners' Forum claims*, *Island Health said*: *Forum* names a
    body, and *Health* ending a name names a health authority (as in Canadian
    regional ones), not a person; *Health Minister Ann Ruiz* stays a person."""
    text = (
        "The Irish Property Owners' Forum claims that 11,000 landlords have sold up. "
        "Island Health said 17 people were taken to hospital. Health Minister Ann Ruiz "
        "said the clinic would reopen."
    )
    doc = claimscope.annotate(text)
    forum = claim_holding(doc, "landlords have sold up")
    assert forum.source.text.endswith("Irish Property Owners' Forum")
    assert forum.source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "17 people").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "the clinic would reopen").source.type is SourceType.PERSON


def test_a_claim_noun_after_the_claim_is_no_source() -> None:
    """*…, an accusation Gill's office rejected*: the noun phrase points back at the
    claim and says who answered it; it is no *C, X said* source, so the claim keeps
    the critic who made it. *C, the report said* is still the report's."""
    text = (
        "Its health critic, Wendy Laroche, claimed the government had ignored warnings "
        "about the clinics for years, an accusation Mr Gill's office rejected. The "
        "clinics are understaffed, the report said."
    )
    doc = claimscope.annotate(text)
    ignored = claim_holding(doc, "had ignored warnings")
    assert ignored.source.text == "Wendy Laroche"
    assert ignored.confidence in (Confidence.ALLEGED, Confidence.DENIED)
    assert "claimed" not in ignored.text
    assert claim_holding(doc, "The clinics are understaffed").source.text == "the report"


def test_an_attitude_adjective_on_a_noun_hedges_nothing() -> None:
    """*calls from worried PayLoop customers*: *worried* describes the customers and
    holds no proposition, so the claim stays reported; *residents are worried that
    C* still hedges C."""
    text = (
        "Ramaswamy says her charity has taken more than 600 calls from worried PayLoop "
        "customers since Monday. Residents are worried that the dam could fail, the "
        "mayor said."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "600 calls").confidence is Confidence.REPORTED
    assert claim_holding(doc, "the dam could fail").confidence is Confidence.HEDGED


def test_a_concessive_whether_and_found_responsible_hedge_nothing() -> None:
    """*…, whether inside the council or outside* means "in either case", and *anyone
    found responsible* is a participle on *anyone*: neither is a hedge or a speaker;
    *it is unclear, however, whether C or D* still doubts."""
    text = (
        "Mayor Ruiz said the council would not spare anyone found responsible, whether "
        "inside the council or outside. It is unclear, however, whether the bridge will "
        "reopen this year or next."
    )
    doc = claimscope.annotate(text)
    spare = claim_holding(doc, "would not spare anyone")
    assert spare.source.text == "Mayor Ruiz"
    assert spare.confidence is Confidence.REPORTED
    assert not any(c.source.text == "spare anyone" for c in doc.claims)
    assert claim_holding(doc, "the bridge will reopen").confidence is Confidence.HEDGED


def test_a_capitalised_role_before_a_name_is_that_person() -> None:
    """*The Minister, Ciarán Hollis, says …* and later *The Minister insists …*: Irish
    and British papers capitalise the role; the apposition still names the person,
    and the later role mention is the same minister."""
    text = (
        "Rents rose again. The Minister, Ciarán Hollis, says the gap is explained by new "
        "tenancies. Landlords disagree. The Minister insists the number of tenancies is "
        "stable."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the gap is explained").source.text == "Ciarán Hollis"
    assert claim_holding(doc, "the number of tenancies").source.text == "Ciarán Hollis"


def test_a_fronted_place_adjunct_is_no_quoted_content() -> None:
    """*Outside the building, the opposition leader, Prakash Jagtap, accused …*: like
    *On Monday, …*, a fronted *outside*/*inside*/*near* phrase is an adjunct, not the
    content of a *"C," X, appositive, said*; the accusation is the claim."""
    text = (
        "Outside the building, the leader of the opposition, Prakash Jagtap, accused the "
        "administration of a cover-up. Inside the chamber, the speaker, Ana Ruiz, said "
        "the vote was valid."
    )
    doc = claimscope.annotate(text)
    assert not any(c.text.startswith(("Outside", "Inside")) for c in doc.claims)
    cover = claim_holding(doc, "a cover-up")
    assert cover.source.text == "Prakash Jagtap"
    assert cover.confidence is Confidence.ALLEGED
    assert claim_holding(doc, "the vote was valid").source.text == "Ana Ruiz"


def test_answering_the_phone_reports_nothing() -> None:
    """*A person who answered the phone at its office said C*: *answered the phone* is
    an act inside the subject, the claim is the person's through *said*; *she answered
    that C* still reports."""
    text = (
        "A person who answered the phone at the firm's office said the owners were "
        "co-operating with the police. Asked about the delay, Ms Ruiz answered that the "
        "budget was tight."
    )
    doc = claimscope.annotate(text)
    owners = claim_holding(doc, "the owners were co-operating")
    assert owners.text.startswith("the owners")
    assert "answered the phone" in owners.source.text
    assert owners.source.type is SourceType.ANONYMOUS
    assert claim_holding(doc, "the budget was tight").source.text == "Ms Ruiz"


def test_i_am_told_is_an_unnamed_attribution_not_a_speaker() -> None:
    """*I am told the bridge was designed for far fewer people*: like *I was told*, the
    first person is who heard it, not who says it (no source *I am*); the claim's
    speaker is unnamed."""
    doc = claimscope.annotate("I am told the bridge was designed for far fewer people.")
    claim = claim_holding(doc, "the bridge was designed")
    assert claim.source.text != "I am"
    assert claim.source.type is SourceType.UNSPECIFIED


def test_neither_member_is_an_unnamed_source() -> None:
    """*Neither member responded to requests for comment*: like *one member* or *each
    member*, *neither*/*either* leaves the individual unidentified (anonymous), not a
    person known by role."""
    text = (
        "Two board members are expected to resign. Neither member responded to requests "
        "for comment."
    )
    doc = claimscope.annotate(text)
    neither = [c for c in doc.claims if (c.source.text or "").startswith("Neither")]
    assert neither and all(c.source.type is SourceType.ANONYMOUS for c in neither)
