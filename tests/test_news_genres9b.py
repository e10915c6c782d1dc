"""Readings found on the eighth round's composed genres (a wildfire live page, a wage
strike, a cricket selection row, an awards night, an admissions lawsuit, a food
recall): each test is a general shape a reader meets in many articles.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.furniture import furniture_reason
from claimscope.testing import claim_holding


def test_a_sentence_opening_with_by_and_a_time_is_no_byline() -> None:
    """*By nightfall …*, *By Monday …*, *By the time …* open prose with a time adjunct;
    only *By* and a name (*By Maria Lopez*) credits the writer."""
    text = (
        "The fire started on Tuesday near the reservoir. By nightfall it had burned "
        "3,100 acres, according to the fire service. By Monday the river had risen "
        "two metres, according to the agency."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "it had burned 3,100 acres").source.type is not SourceType.AUTHOR
    assert claim_holding(doc, "the river had risen two metres").source.type is not SourceType.AUTHOR
    assert furniture_reason("By Maria Lopez, Staff Writer", whole_paragraph=False) == "byline"
    assert furniture_reason("BY TOM HARTLEY", whole_paragraph=False) == "byline"
    assert furniture_reason("By Monday the river had risen.", whole_paragraph=False) is None


def test_a_passive_with_an_adverb_is_still_a_passive() -> None:
    """*The fire was first reported at 2:15 p.m.*: the fire is what was reported, not
    who reports; *first*, *later*, *not* between *be* and the participle keep the
    passive (*Residents were not told …, the council said* is the council's claim)."""
    text = (
        "The fire was first reported at about 2:15 p.m. Wednesday near the dam. "
        "Residents were not told that the water was unsafe, the council said."
    )
    doc = claimscope.annotate(text)
    first = claim_holding(doc, "first reported")
    assert first.source.type is SourceType.AUTHOR
    told = claim_holding(doc, "the water was unsafe")
    assert told.source.text == "the council"


def test_an_adverb_inside_is_said_to_keeps_the_unnamed_attribution() -> None:
    """*The board is also said to be considering …*, *is widely said to*, *is also
    understood to*: the adverb after *be* does not break the impersonal passive, so
    the claim keeps its unnamed source and its distance (SPEC: unspecified, alleged)."""
    text = (
        "The board is also said to be considering a change to its selection policy, "
        "although officials declined to comment. The club is also understood to have "
        "held talks with the player's agent."
    )
    doc = claimscope.annotate(text)
    for words in ("considering a change", "held talks"):
        claim = claim_holding(doc, words)
        assert claim.source.type is SourceType.UNSPECIFIED
        assert claim.confidence is claimscope.Confidence.ALLEGED


def test_a_sentence_ending_in_a_name_in_s_ends_there() -> None:
    """*… sold at Hartwell's. Police said …*: the *s* of *'s* is no initial, so the
    full stop after a shop's name ends the sentence before a capitalised word."""
    text = "The wraps were sold at Hartwell's. Police said the shop had been shut."
    doc = claimscope.annotate(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "The wraps were sold at Hartwell's.",
        "Police said the shop had been shut.",
    ]


def test_a_shop_named_in_s_can_speak() -> None:
    """*Hartwell's said it had removed the wraps*: a speech verb right after a name in
    *'s* (a shop, a chain) is the name's verb, not a noun it possesses (*Russia's
    claims* stays a noun)."""
    text = (
        "Hartwell's said it had removed the wraps from sale on Friday morning. "
        "Russia's claims were dismissed by the panel."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "it had removed the wraps")
    assert claim.source.text == "Hartwell's"
    assert claim.cue is not None and claim.cue.text == "said"
    assert all(c.cue is None or c.cue.text != "claims" for c in doc.claims)


def test_court_papers_and_public_bodies_named_by_common_nouns() -> None:
    """*The complaint says*, *the lawsuit alleges*, *according to the court docket* are
    written artefacts (SPEC: document); *the academy said*, *the utility said* and
    *the California Highway Patrol* are bodies (organization), not persons."""
    text = (
        "The complaint says legacy applicants were favoured. The lawsuit alleges the "
        "policy broke the law. The academy said the change was needed. The utility said "
        "power was cut to 3,000 homes. The bridge was open, according to the California "
        "Highway Patrol. A hearing is set for May 4, according to the court docket."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "legacy applicants").source.type is SourceType.DOCUMENT
    assert claim_holding(doc, "the policy broke").source.type is SourceType.DOCUMENT
    assert claim_holding(doc, "the change was needed").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "power was cut").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "The bridge was open").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "A hearing is set").source.type is SourceType.DOCUMENT


def test_who_asked_not_to_be_named_is_part_of_the_speaker() -> None:
    """*a shop steward who asked not to be named said C*: the relative clause veils
    the speaker; the source is the noun phrase before *who*, not *named*."""
    text = (
        "At a supplier in Gqeberha, a shop steward who asked not to be named said "
        "management had threatened to bring in replacement labour. A resident who did "
        "not want to be identified said the water had risen within minutes."
    )
    doc = claimscope.annotate(text)
    steward = claim_holding(doc, "replacement labour")
    assert steward.source.text == "a shop steward"
    assert steward.source.type is SourceType.ANONYMOUS
    assert claim_holding(doc, "the water had risen").source.text == "A resident"


def test_a_station_number_belongs_to_the_addressee() -> None:
    """*told KVCT 10 he had stayed*: the station's number is part of its name, so the
    content starts at *he*; a number that opens the content (*told Reuters 12 of the
    victims were children*) stays in it."""
    text = (
        "Another resident, Tom Brandt, told KVCT 10 he had stayed behind to protect his "
        "home. Officials told Reuters 12 of the victims were children."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "had stayed behind").text.startswith("he had stayed")
    assert claim_holding(doc, "victims were children").text.startswith("12 of the victims")


def test_time_allowed_for_an_answer_is_no_answer() -> None:
    """*The university has 21 days to respond to the complaint, according to the court
    docket*: the days to respond report no speech of the university; the docket is
    the source of the whole clause."""
    text = (
        "The university has 21 days to respond to the complaint, according to the "
        "court docket. The firm was given two weeks to reply to the notice."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "has 21 days to respond")
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.cue is not None and claim.cue.text == "according to"
    assert claim_holding(doc, "two weeks to reply").source.type is SourceType.AUTHOR


def test_has_not_said_whether_is_no_doubt() -> None:
    """*The administration has not said whether that review was completed*: *whether*
    opens the object of an unanswered question, a fact the writer states, not a doubt
    cast on a claim (*It is unclear whether …* still hedges)."""
    doc = claimscope.annotate(
        "The administration has not said whether that review was completed. "
        "It is unclear whether the panel ever met."
    )
    assert claim_holding(doc, "has not said whether").confidence is claimscope.Confidence.ASSERTED
    assert claim_holding(doc, "the panel ever met").confidence is claimscope.Confidence.HEDGED


def test_a_credit_on_its_own_line_makes_the_caption() -> None:
    """A photo caption whose credit stands on the next line (*… on Sunday.* then
    *Getty Images*) is page furniture, not the writer's claim."""
    text = (
        "Salt Road Sweeps Awards\n\n"
        "Nadia Farouk accepts the award for best director in Los Angeles on Sunday.\n"
        "Getty Images\n\n"
        "The film took five prizes on Sunday night, the academy said."
    )
    doc = claimscope.annotate(text)
    assert all("accepts the award" not in c.text for c in doc.claims)
    assert claim_holding(doc, "took five prizes").cue is not None


def test_live_page_and_list_navigation_lines_are_furniture() -> None:
    """*Scroll down for the latest updates. Refresh this page for new posts.* and *Full
    list of winners below.* address the reader of the page; prose about a page of a
    paper (*Turn to page 5 …, the editor said*) is still read."""
    text = (
        "The fire grew overnight, the fire service said.\n\n"
        "Scroll down for the latest updates. Refresh this page for new posts.\n\n"
        "Full list of winners below.\n\n"
        "The results are on page 5, the editor said."
    )
    doc = claimscope.annotate(text)
    texts = " | ".join(c.text for c in doc.claims)
    for furniture in ("Scroll down", "Refresh this page", "Full list of winners"):
        assert furniture not in texts
    assert claim_holding(doc, "The results are on page 5").cue is not None


def test_the_topic_of_a_comment_is_no_content() -> None:
    """*The minister has not commented publicly on the strike*: *on the strike* names
    what the comment would be about, not a proposition; *commented that C* reports C."""
    text = (
        "The minister of employment and labour has not commented publicly on the strike. "
        "Smith commented that the ruling was unfair."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "on the strike").source.type is SourceType.AUTHOR
    assert claim_holding(doc, "the ruling was unfair").source.text == "Smith"


def test_a_time_zone_is_no_entity() -> None:
    """*11:48pm PT*, *9 a.m. ET*: a time zone after a clock time is no organisation, so
    *the academy* later in the story is not taken for it."""
    doc = claimscope.annotate(
        "March 15, 2026 11:48pm PT\n\n"
        "The film won five prizes at 9 p.m. EST on Sunday, the academy said."
    )
    names = [e.name.text for e in doc.entities]
    assert not {"PT", "EST"} & set(names), names
    assert claim_holding(doc, "won five prizes").source.text == "the academy"


def test_a_plural_possessive_inside_a_name_is_no_quote_mark() -> None:
    """*The National Farmers' Union said C*: the apostrophe after *Farmers* sits inside
    the union's name, so C is what follows *said*, not the words before the mark."""
    text = "The National Farmers' Union said prices had fallen for a third month."
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "prices had fallen")
    assert claim.text == "prices had fallen for a third month"
    assert claim.source.type is SourceType.ORGANIZATION


def test_writing_in_a_column_is_an_aside_before_the_verb() -> None:
    """*Nawaz, writing in his column for this newspaper, argued that C*: *writing in …*
    set off by commas says where he wrote; *argued* heads the claim, so C is its
    content and no fragment of the sentence is left to the writer."""
    text = (
        "Former Test captain Shahid Nawaz, writing in his column for this newspaper, "
        "argued that the episode showed a culture of cliques at the board."
    )
    doc = claimscope.annotate(text)
    assert len(doc.claims) == 1
    claim = doc.claims[0]
    assert claim.text == "the episode showed a culture of cliques at the board"
    assert claim.cue is not None and claim.cue.text == "argued"
