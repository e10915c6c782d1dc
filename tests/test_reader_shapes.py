"""Shapes a reader meets in many articles, each once got wrong: the source, its type
or the claim's content (round 4's known bugs).

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- unnamed spokespeople ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A No 10 spokesperson said the prime minister had full confidence in the chancellor.",
        "A No. 10 spokesman said the cabinet would meet on Tuesday.",
        "A Downing Street spokesman said the talks would continue into the weekend.",
        "A Kremlin spokesman said Moscow had not been consulted about the exercise.",
    ],
)
def test_an_unnamed_spokesperson_is_anonymous(text: str) -> None:
    """'A No 10 spokesperson': 'No' before a number abbreviates 'number', it is no
    determiner, so the phrase keeps its 'A' and names an unidentified person."""
    (claim,) = _attributed(text)
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.source.text is not None and claim.source.text.casefold().startswith("a")


def test_the_same_spokesperson_again_is_the_same_unnamed_source() -> None:
    """'The Downing Street spokesman' after 'A Downing Street spokesman' is the same
    unnamed person, not a role holder typed person."""
    claims = _attributed(
        "A Downing Street spokesman said the talks would continue into the weekend.\n\n"
        "The Downing Street spokesman added that no deadline had been set."
    )
    assert len(claims) == 2
    assert {c.source.type for c in claims} == {SourceType.ANONYMOUS}
    assert claims[0].source.entity == claims[1].source.entity


# -- unknown company names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Calder Marine, a boatbuilder, said the orders had dried up.",
        "Harlow Tebbit, a Glasgow firm, said it would appeal against the ruling.",
        "Calder Marine said it would cut 200 jobs at its yard in Fife. "
        "The company blamed a fall in orders.",
        "Calder Marine said the yard would close. Calder Marine's chief executive "
        "had warned of the losses in March.",
    ],
)
def test_a_name_the_text_calls_a_company_is_an_organization(text: str) -> None:
    """An unknown two-word name is a body when the text itself says so: an
    apposition naming a kind of company, 'the company' referring back to it as a
    speaker, or a possessive owning what only a company has."""
    claim = _attributed(text)[0]
    assert claim.source.text == text.split(",")[0].split(" said")[0]
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "De Blasio said it was a good day for the city and its schools.",
        "Holt Brennan said the firm would appeal. The firm said it had done nothing wrong.",
        "De Blasio said the fares would rise. The company that runs the ferries "
        "said the timetable would change.",
    ],
)
def test_an_unknown_name_without_such_evidence_stays_a_person(text: str) -> None:
    """'it' and 'its' alone, 'the firm' introduced in the name's own words, or a
    company introduced with a relative clause are no evidence that the name is a
    company."""
    claim = _attributed(text)[0]
    assert claim.source.type is SourceType.PERSON


def test_an_outlet_described_as_an_organization_stays_media() -> None:
    """'the Tampa Bay Times, a Florida news organization': the apposition does not
    turn an outlet into an organization."""
    (claim,) = _attributed(
        "The Tampa Bay Times, a Florida news organization, said the figures were wrong."
    )
    assert claim.source.type is SourceType.MEDIA


# -- groups of unnamed people --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A group of Democrats said the bill would hurt rural voters.",
        "A group of Labour MPs wrote that the policy was unfair to renters.",
        "A group of Americans said the new tax rules were confusing.",
        "Several MPs said the policy was unfair to renters.",
        "Labour MPs said the vote should be delayed.",
    ],
)
def test_a_group_of_capitalised_plurals_is_unnamed_people(text: str) -> None:
    """'a group of Democrats', 'Labour MPs': unnamed people (SPEC anonymous), not an
    organization by the noun 'group' nor by the all-capitals 'MPs'."""
    (claim,) = _attributed(text)
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_an_abbreviated_role_is_a_person() -> None:
    """'The CEO said … He added': one person by an abbreviated role, whom 'he' can
    refer back to, not an institution by its capitals."""
    claims = _attributed("The CEO said the merger was off. He added that talks would resume.")
    assert [c.source.type for c in claims] == [SourceType.PERSON, SourceType.PERSON]
    assert claims[0].source.entity == claims[1].source.entity


# -- a participle aside after the subject ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rangers lost 2-1 at home. The defender, speaking after the match, "
            "appeared to blame the referee for the defeat.",
            "The defender",
        ),
        (
            "James Hale was sent off in the second half. The Scotland defender, speaking "
            "after the match, appeared to blame the referee.",
            "James Hale",
        ),
        (
            "The day before, speaking to reporters, Ms Lowe appeared to blame the referee.",
            "Ms Lowe",
        ),
    ],
)
def test_a_participle_aside_is_not_the_subject(text: str, expected: str) -> None:
    """'The defender, speaking after the match, appeared to blame …': the subject
    before the aside speaks (resolved to the name the text gives), not 'speaking';
    after an introductory phrase ('The day before,') the subject follows it."""
    (claim,) = _attributed(text)
    assert claim.source.text == expected
    assert claim.source.type is SourceType.PERSON


# -- a thing published, then a participle that reports ---------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tom Reyes spent the morning at the flooded school. He posted a video "
            "saying the damage had been exaggerated.",
            "the damage had been exaggerated",
        ),
        (
            "The senator posted a message on Facebook saying she would not resign.",
            "she would not resign",
        ),
        (
            "He tweeted a video of the rally, saying it was the biggest yet.",
            "it was the biggest yet",
        ),
    ],
)
def test_posted_a_video_saying_reports_what_is_said(text: str, content: str) -> None:
    """'He posted a video saying C': C is the claim, its source the poster (through the
    video), not 'a video saying C' reported by 'posted'."""
    (claim,) = _attributed(text)
    assert claim.text == content
    assert claim.cue is not None and claim.cue.text == "saying"
    assert claim.source.type is SourceType.PERSON


def test_a_thing_posted_with_no_reporting_participle_is_still_reported() -> None:
    """'posted a message on Twitter reading "Thank you Georgia"': no reporting
    participle takes over, so 'posted' still reports."""
    (claim,) = _attributed('Trump posted a message on Twitter reading "Thank you Georgia."')
    assert claim.cue is not None and claim.cue.text == "posted"


# -- a relative clause on a noun summing up the claim ----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Turnout among young voters fell sharply, a point that experts highlight "
            "as a warning for the party.",
            "experts",
            "Turnout among young voters fell sharply",
        ),
        (
            "The scheme will cost more than planned, something critics have long warned about.",
            "critics",
            "The scheme will cost more than planned",
        ),
        (
            "Rents will rise again next year, a warning that tenant groups repeated on Monday.",
            "tenant groups",
            "Rents will rise again next year",
        ),
    ],
)
def test_a_relative_clause_on_a_summary_noun_attributes_the_clause(
    text: str, source: str, content: str
) -> None:
    """'C, a point that experts highlight': the relative clause's subject says C;
    'a point' and 'something' are not part of the source."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.text == content


# -- a plural possessor ------------------------------------------------------------------


def test_a_plural_possessors_document_is_one_source_it_refers_back_to() -> None:
    """'The inspectors' report said C. It added C2': the source is the whole phrase,
    a document, and 'It' refers back to it (the possessive apostrophe after a plural
    no longer cuts the description)."""
    claims = _attributed(
        "Inspectors visited the care home in May. The inspectors' report said the home "
        "had failed to protect residents. It added that staff were poorly trained."
    )
    assert [c.source.text for c in claims] == ["The inspectors' report"] * 2
    assert {c.source.type for c in claims} == {SourceType.DOCUMENT}
    assert claims[0].source.entity == claims[1].source.entity


# -- a quotation set off as a block --------------------------------------------------------

_BLOCK = (
    "The harbour master, Ann Lowe, said:\n\n"
    "“The pier has been closed since March and the repairs are finished.\n\n"
    "“It may reopen before the summer, but that depends on the inspectors.\n\n"
    "“We are grateful for the patience of the traders.”\n\n"
    "The council declined to comment."
)


def test_a_block_quotation_gives_one_claim_per_paragraph() -> None:
    """SPEC: a quotation set off as a block gives one claim per paragraph, each with
    the introduction's source; a hedge in the second paragraph labels that one only."""
    claims = [c for c in _attributed(_BLOCK) if c.cue is not None and c.cue.text == "said"]
    assert len(claims) == 3
    assert [c.confidence.value for c in claims] == ["reported", "hedged", "reported"]
    assert {c.quote.value for c in claims} == {"direct"}
    assert len({c.source.entity for c in claims}) == 1
    assert claims[0].text.startswith("“The pier") and "\n" not in claims[0].text


def test_a_report_that_states_gives_one_claim() -> None:
    """'"C," the IMF report stated': 'report' is the subject's noun, not a second cue,
    so the quote gets one claim, its source the report (a document 'It' refers to)."""
    text = (
        "“The market reaction was orderly, but the impact remains unclear,” the IMF "
        "report stated. It added that growth would slow next year."
    )
    claims = _attributed(text)
    assert [c.cue.text for c in claims if c.cue is not None] == ["stated", "added"]
    assert {c.source.text for c in claims} == {"the IMF report"}
    assert {c.source.type for c in claims} == {SourceType.DOCUMENT}


# -- pronouns ------------------------------------------------------------------------------


def test_her_campaign_is_the_campaign_named_for_her() -> None:
    """'Her campaign' and 'Clinton’s campaign' are one source when 'her' refers to
    Clinton, named by the name that owns it."""
    claims = _attributed(
        "Hillary Clinton spoke in Ohio on Monday. Her campaign said she would visit "
        "Florida next week.\n\nClinton’s campaign also said it had raised $20 million in "
        "September."
    )
    assert [c.source.text for c in claims] == ["Clinton’s campaign"] * 2
    assert claims[0].source.entity == claims[1].source.entity


def test_campaigns_of_different_owners_stay_apart() -> None:
    """'his campaign' (Trump's) is not 'Clinton’s campaign'."""
    claims = _attributed(
        "Donald Trump spoke in Ohio on Monday. His campaign said he would visit Florida "
        "next week.\n\nClinton’s campaign said it had raised $20 million in September."
    )
    assert claims[0].source.entity != claims[1].source.entity


def test_they_can_refer_to_an_outlet() -> None:
    """'Politifact … in their report they pointed out C': American English refers to
    an outlet, like a company, as 'they'; the source is the outlet, not people named
    in between."""
    claims = _attributed(
        "Politifact examined the claim about the shootings. The fact-checker ruled that "
        "the statement was true, but in their report they pointed out that most "
        "shootings did not result in a death."
    )
    assert claims[-1].source.text == "Politifact"
    assert claims[-1].source.type is SourceType.MEDIA


def test_critics_like_named_senators_are_the_critics() -> None:
    """'Critics of the program, like Senators Jane Roe and John Doe, … They say C':
    by SPEC's mixed-group rule the leading member, the unnamed critics, is the
    source (anonymous); the named senators are examples of them."""
    claims = _attributed(
        "Critics of the visa program, like Senators Jane Roe and John Doe, have long "
        "argued that it is open to fraud. They say the checks on investors are too weak."
    )
    assert [c.source.text for c in claims] == ["Critics of the visa program"] * 2
    assert {c.source.type for c in claims} == {SourceType.ANONYMOUS}


# -- found on the way ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["A poll shows voters are split on the plan.", "The survey shows residents oppose the plan."],
)
def test_a_poll_that_shows_is_the_source_not_its_content(text: str) -> None:
    """'A poll shows voters are split': the verb 'shows' after its subject opens no
    description, so the source is the poll, not 'A poll shows voters'."""
    (claim,) = _attributed(text)
    assert claim.source.text is not None and claim.source.text.split()[-1] in ("poll", "survey")
    assert claim.source.type is SourceType.DOCUMENT
