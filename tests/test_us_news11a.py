"""Shapes met in US political, courts and local-TV news (the White House briefing,
Senate hearing, campaign rally, TV crime, indictment and statehouse budget articles
of round 11), each once read wrong.

Composed news sentences.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- confidence --------------------------------------------------------------------------


def test_likely_voters_and_made_possible_are_no_hedges() -> None:
    """*likely voters* is a pollster's term for a sample and *made possible by* credits
    a sponsor: neither marks the claim as uncertain."""
    (poll,) = _attributed(
        "A new Keystone College poll showed the mayor leading 51% to 43% among likely voters."
    )
    assert poll.confidence is Confidence.REPORTED
    (grant,) = _attributed(
        "The new clinic was made possible by a federal grant, the hospital said in a statement."
    )
    assert grant.confidence is Confidence.REPORTED
    # the hedges themselves still hedge
    (hedge,) = _attributed("The governor is likely to veto the bill, aides said.")
    assert hedge.confidence is Confidence.HEDGED
    (maybe,) = _attributed("Officials said a deal was still possible before Friday.")
    assert maybe.confidence is Confidence.HEDGED


# -- page furniture ----------------------------------------------------------------------


def _claim_texts(text: str) -> list[str]:
    return [c.text for c in claimscope.annotate(text).claims]


def test_station_footer_and_reporter_contact_lines_are_furniture() -> None:
    """A TV station's *Copyright 2026 …* footer, a *Reach her at* contact line, a
    *Donate today* appeal, a photo credit in brackets with the photographer and the
    outlet and a note that the story will be updated are page furniture, not the
    writer's claims."""
    body = "The bridge will reopen on Monday, the county engineer said.\n\n"
    for tail in (
        "Copyright 2026 KXRT. All rights reserved. This material may not be published, "
        "broadcast, rewritten, or redistributed.",
        "Reach her at mlopez@valleyherald.com or follow her on X @mlopez.",
        "Donate today.",
        "Donate now.",
        "The reopened bridge on Monday morning. (Dana Ruiz/The Valley Herald)",
        "KXRT will continue to update this story as more information becomes available.",
        "This is a developing story. Check back for updates.",
    ):
        texts = _claim_texts(body + tail)
        assert texts == ["The bridge will reopen on Monday"], tail
    # prose that opens alike stays prose
    prose = _claim_texts(body + "Copyright lawyers said the ruling would reach the Supreme Court.")
    assert len(prose) == 2


# -- cues --------------------------------------------------------------------------------


def test_a_plural_noun_before_a_plural_verb_is_no_reporting_verb() -> None:
    """*Some safety advocates remain skeptical*, *campaign finance reports are due next
    week*: the form in *-s* is the subject of the plural verb after it, not a reporting
    verb with the rest as its content."""
    for text in (
        "Some safety advocates remain skeptical.",
        "Campaign finance reports are due next week.",
        "Consumer advocates were not consulted.",
    ):
        assert _attributed(text) == [], text
    # the verbs still report
    (claim,) = _attributed("The senator advocates a gas tax holiday, her office said.")
    assert claim.source.text == "her office"
    (claim,) = _attributed("The mayor says the budget is balanced.")
    assert claim.text == "the budget is balanced"


# -- sources -----------------------------------------------------------------------------


def test_a_parenthetical_pronoun_does_not_mean_the_phrase_before_its_comma() -> None:
    """'The president, she said, would veto …': the speaker *she* is the press
    secretary named before, not *The president* that opens the content."""
    claims = _attributed(
        "Press secretary Camille Hargrove defended the plan on Thursday.\n\n"
        "The president, she said, would veto any bill that cut the program."
    )
    assert claims[-1].source.text == "Camille Hargrove"
    assert claims[-1].source.mention is not None
    assert claims[-1].source.mention.text == "she"
    # the pronoun after a description's comma still finds its speaker
    (claim,) = _attributed(
        "Senator Ruth Calloway spoke after the vote. Asked about the delay, she said the "
        "bill would pass next week."
    )
    assert claim.source.text == "Senator Ruth Calloway"


def test_a_document_with_a_participle_postmodifier_is_the_source() -> None:
    """'A nonpartisan analysis released Monday by the House Fiscal Agency found',
    'according to a memo sent to department heads last week by the State Budget
    Office': the participle modifies the document noun before it, so the document is
    the head of the source, not *Monday* or the body after *by*."""
    (claim,) = _attributed(
        "A nonpartisan analysis released Monday by the House Fiscal Agency found that the "
        "tax cut would reduce revenue by $710 million."
    )
    assert claim.source.text.startswith("A nonpartisan analysis")
    assert claim.source.type is SourceType.DOCUMENT, claim.source.reason
    (claim,) = _attributed(
        "State parks would close first, according to a memo sent to department heads last "
        "week by the State Budget Office."
    )
    assert claim.source.type is SourceType.DOCUMENT, claim.source.reason


def test_a_guild_is_an_organization() -> None:
    """*the National Air Traffic Controllers Guild said*: a guild is a body, not a
    person named Guild."""
    (claim,) = _attributed(
        "In written testimony, the National Air Traffic Controllers Guild said its members "
        "were working six-day weeks."
    )
    assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason
    assert "Air Traffic Controllers Guild" in claim.source.text


def test_a_quoted_question_is_no_claim() -> None:
    """'"Is the governor preparing for a shutdown?" one reporter asked' and a quote
    continuation that is one question report questions, not claims; a quote that
    states something before its question stays a claim."""
    claims = _attributed(
        '"Is the governor preparing for a shutdown?" one reporter asked.\n\n'
        '"You voted against this bill twice," Senator Hale told her. "Why should voters '
        'believe you now?"\n\n'
        '"We did everything they asked. Why are we being punished?" the principal said.'
    )
    assert [c.text for c in claims] == [
        '"You voted against this bill twice,"',
        '"We did everything they asked. Why are we being punished?"',
    ]


def test_a_second_speaker_after_a_closing_quote_and_and_gets_a_claim() -> None:
    """'… was "cleaning up a mess of its own making," and the American Hospital
    Alliance said in a statement that …': the first content ends with its quote, and
    the body after *and* is the source of a claim of its own."""
    claims = _attributed(
        'Sen. Rachel Dunmore wrote on X that the White House was "cleaning up a mess of '
        'its own making," and the American Hospital Alliance said in a statement that the '
        'pause "comes months too late."'
    )
    assert [c.source.text for c in claims] == [
        "Sen. Rachel Dunmore",
        "the American Hospital Alliance",
    ]
    assert claims[0].text.endswith('making,"')
    assert claims[1].source.type is SourceType.ORGANIZATION


def test_a_role_from_a_place_before_an_appositive_name_is_that_person() -> None:
    """'her Republican colleague from Alaska, Sen. Lyle Hagberg, said': the role noun's
    *from* phrase stands between it and the name in apposition, as *of* does."""
    (claim,) = _attributed(
        "In a written statement, her Republican colleague from Alaska, Sen. Lyle Hagberg, "
        "said rural airports had been ignored."
    )
    assert claim.source.text == "Sen. Lyle Hagberg"


def test_an_attitude_noun_after_a_ranking_adjective_is_a_noun() -> None:
    """'water bills were her main worry': *worry* after *her main* is a noun naming the
    topic of a concern (as after *her* alone), no attitude verb hedging the claim; the
    verb still hedges (*she worries that …*)."""
    (claim,) = _attributed("Carla Ybarra said water bills were her main worry.")
    assert claim.confidence is Confidence.REPORTED
    (claim,) = _attributed("Carla Ybarra said she worries that water bills will rise.")
    assert claim.confidence is Confidence.HEDGED


def test_a_clause_after_told_reporters_runs_into_the_quote_that_ends_it() -> None:
    """'telling reporters the 90-day pause would stay in place "for as long as
    hospitals need it"': the words before the quote are a clause (*would*), so the
    content starts after the addressee; 'told reporters at the White House "C"'
    still quotes C."""
    (claim,) = _attributed(
        'Hargrove told reporters the 90-day pause would stay in place "for as long as '
        'hospitals need it."'
    )
    assert claim.text.startswith("the 90-day pause would stay in place")
    (claim,) = _attributed('Hargrove told reporters at the White House "the pause stays."')
    assert claim.text == '"the pause stays."'


def test_told_the_and_a_name_is_the_addressee() -> None:
    """'told the Courier she had …', 'told the Senate the bill would pass': *the* and
    a capitalised name after *told* are the addressee, not the content's start;
    after *warned* they may open the content."""
    (claim,) = _attributed("The senator told the Senate the bill would pass.")
    assert claim.text == "the bill would pass"
    (claim,) = _attributed("The minister warned the European Union could collapse.")
    assert claim.text == "the European Union could collapse"


def test_a_speaker_inside_a_whether_question_makes_no_claim() -> None:
    """'Pressed on whether Lasky himself had denied the report, she said …', 'Asked
    whether Smith had told him about the plan, …': the reporting verb stands in an
    indirect question, so nobody is reported to have said anything."""
    claims = _attributed(
        "Pressed on whether Lasky himself had denied the report, the press secretary said "
        "she had not asked him."
    )
    assert [c.text for c in claims] == ["she had not asked him"]
    claims = _attributed(
        "Asked whether Smith had told him about the plan, Jones said he could not recall."
    )
    assert [c.source.text for c in claims] == ["Jones"]


def test_a_role_a_pronoun_gave_a_gender_is_not_a_later_other_pronoun() -> None:
    """'The chief of staff … he …': once *he* has meant the role, a later *she* does
    not (here she is the press secretary named first)."""
    claims = _attributed(
        "Press secretary Camille Hargrove spoke on Thursday. The chief of staff was not "
        "there, and he has not commented.\n\n"
        '"He is not going anywhere," she said.'
    )
    assert claims[-1].source.text == "Camille Hargrove"


def test_chief_before_a_speech_verb_is_the_speaker() -> None:
    """*the chief said*: *chief* is a noun there, not a ranking adjective making the
    verb a noun (*her main worry*)."""
    (claim,) = _attributed("The fire was set deliberately, the chief said.")
    assert claim.source.text == "the chief"


def test_a_tv_station_number_and_name_are_the_addressee() -> None:
    """'told 2 NEWS the store would remain closed': a station's channel number and
    its capitalised name are whom the owner told, not the content's start."""
    (claim,) = _attributed("The store's owner told 2 NEWS the store would remain closed.")
    assert claim.text == "the store would remain closed"
