"""Shapes met in asylum-policy, drought, aviation, markets, court-ruling and
film-festival stories (the composed articles of round 7), each once read wrong.

Composed news sentences.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- source types ------------------------------------------------------------------------


def test_a_body_whose_name_opens_with_a_title_word_is_an_organisation() -> None:
    """'The General Civil Aviation Authority said': *General* opens the body's name,
    which *Authority* ends; it is no general's title."""
    (claim,) = _attributed(
        "The General Civil Aviation Authority said it had been notified of the incident."
    )
    assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason
    assert claim.source.text.endswith("General Civil Aviation Authority")


def test_a_title_before_a_personal_name_still_makes_a_person() -> None:
    """'General Amina Bello said': a title before a name is a person's, even with an
    organisation word elsewhere in the text."""
    (claim,) = _attributed("General Amina Bello said the army would withdraw by March.")
    assert claim.source.type is SourceType.PERSON, claim.source.reason


# -- sources named in apposition ---------------------------------------------------------


def test_a_name_after_a_placed_person_noun_names_the_unnamed_speaker() -> None:
    """'Another traveller, Manchester resident Omar Siddiqui, told': the name after
    *Manchester resident* is the traveller's, for this claim and the next 'he said'."""
    claims = _attributed(
        "Another traveller, Manchester resident Omar Siddiqui, told reporters that oxygen "
        'masks were not deployed. "Nobody panicked," he said.'
    )
    assert [c.source.text for c in claims] == ["Omar Siddiqui", "Omar Siddiqui"]
    assert all(c.source.type is SourceType.PERSON for c in claims)


def test_a_place_name_alone_after_a_description_is_no_apposition() -> None:
    """'One farmer, from Latur, said': the place is no name for the farmer, who stays
    unnamed."""
    (claim,) = _attributed("One farmer, from Latur, said the well had dried up in August.")
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_a_lawyer_of_a_firm_is_a_person_not_the_firm() -> None:
    """'Samuel Greer of Greer Hollis LLP, who represents the workers, said': *of*
    after a personal name names the person's firm, no part of the name."""
    (claim,) = _attributed(
        "Samuel Greer of Greer Hollis LLP, who represents the workers, said the ruling "
        "was a victory for every hourly worker in the state."
    )
    assert claim.source.type is SourceType.PERSON, claim.source.reason
    assert claim.source.text == "Samuel Greer"


def test_a_firm_named_of_a_place_keeps_its_name() -> None:
    """'The Bank of England said': *of* inside a body's name still joins it."""
    (claim,) = _attributed("The Bank of England said rates would stay on hold.")
    assert claim.source.type is SourceType.ORGANIZATION
    assert "Bank of England" in claim.source.text


def test_a_title_word_opening_a_department_is_part_of_its_name() -> None:
    """'the Justice Department said': *Justice* opens the department's name; it is
    no judge's title, and the department is one organisation."""
    (claim,) = _attributed("The Justice Department said it would not appeal the ruling.")
    assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason
    assert claim.source.text.endswith("Justice Department")


def test_a_titled_person_whose_surname_is_an_organisation_word_stays_a_person() -> None:
    """'Chief Inspector Jane Bank said': a given name makes the name a person's,
    though *Bank* ends it."""
    (claim,) = _attributed("Chief Inspector Jane Bank said officers were called at 9pm.")
    assert claim.source.type is SourceType.PERSON, claim.source.reason


def test_a_surname_after_the_firm_named_for_it_is_the_person() -> None:
    """'Samuel Greer of Greer Hollis LLP … "…," Greer said': the bare surname is the
    lawyer's, not the first word of his firm's name."""
    claims = _attributed(
        "Samuel Greer of Greer Hollis LLP, who represents the workers, said the ruling "
        'was a victory.\n\n"Today the court told them their time matters," Greer said.'
    )
    assert [c.source.text for c in claims] == ["Samuel Greer", "Samuel Greer"]
    assert claims[-1].source.type is SourceType.PERSON


def test_counsel_named_in_apposition_is_the_source() -> None:
    """'Counsel for Parcelon, Janet Morrow of Baird Keane LLP, argued': *counsel* is
    a role noun, so the name in apposition names the speaker."""
    (claim,) = _attributed(
        "Counsel for Parcelon, Janet Morrow of Baird Keane LLP, argued in March that the "
        "screenings fell outside paid time."
    )
    assert claim.source.text == "Janet Morrow"
    assert claim.source.type is SourceType.PERSON


# -- court rulings -----------------------------------------------------------------------


def test_a_court_ruling_with_a_day_before_that_is_attributed() -> None:
    """'ruled Thursday that C', 'the majority held that C': the court's reading of
    the law is attributed to it."""
    claims = _attributed(
        "A divided state Supreme Court ruled Thursday that warehouse workers must be "
        "paid for screening time. In a 4-3 decision, the majority held that the time "
        "counts as hours worked."
    )
    assert [c.cue.text for c in claims] == ["ruled", "held"]
    assert claims[0].text.startswith("warehouse workers must be paid")


def test_held_and_ruled_in_other_senses_attribute_nothing() -> None:
    """'held a news conference', 'a rally held that evening', 'ruled out a tax
    rise': no proposition follows."""
    text = (
        "Police held a news conference on Monday. A rally held that evening drew 5,000 "
        "people. The minister ruled out a tax rise."
    )
    assert _attributed(text) == []


def test_a_ruling_after_its_content_is_attributed() -> None:
    """'The accusations were unfounded, the court ruled.': the court rejects them."""
    (claim,) = _attributed("The accusations were unfounded, the court ruled.")
    assert claim.source.text == "the court"
    assert claim.confidence.value == "denied"


# -- names -------------------------------------------------------------------------------


def test_a_festival_is_an_organisation_and_no_she() -> None:
    """'Festival co-director Allison Gardner said … "…," she said': the festival is a
    body (its name ends in *Festival*), never the woman who speaks for it."""
    text = (
        "The Hebridean drama won the audience award at the Glasgow Film Festival.\n\n"
        "Festival co-director Allison Gardner said ticket sales had passed 48,000.\n\n"
        '"It\'s been a joy," she said.'
    )
    doc = claimscope.annotate(text)
    festival = next(e for e in doc.entities if e.name.text.endswith("Glasgow Film Festival"))
    assert festival.type is SourceType.ORGANIZATION
    assert doc.claims[-1].source.text != "Glasgow Film Festival"


def test_she_after_a_named_woman_means_her() -> None:
    """'Festival co-director Allison Gardner said … "…," she said': *Allison* is a
    woman's given name, so *she* means the speaker just named."""
    text = (
        "The drama won the audience award, director Catriona MacLeod said.\n\n"
        "Festival co-director Allison Gardner said ticket sales had passed 48,000.\n\n"
        '"It\'s been a joy," she said.'
    )
    assert claimscope.annotate(text).claims[-1].source.text == "Allison Gardner"


def test_a_name_that_said_it_expected_is_a_body() -> None:
    """'Screen Scotland said it expected C': *it* doing what an agent does, right
    after the name's verb, is the name's own pronoun: the name is a body's."""
    (claim,) = _attributed(
        "Screen Scotland said it expected at least two more features to go into "
        "production next year."
    )
    assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason


def test_an_expletive_it_after_a_surname_keeps_a_person() -> None:
    """'Jones said it was a good day': *it* before a copula is no one's."""
    (claim,) = _attributed("Jones said it was a good day for the club.")
    assert claim.source.type is SourceType.PERSON, claim.source.reason


def test_a_leaked_briefing_is_a_document() -> None:
    """'according to a leaked briefing seen by the ABC': a briefing paper is a
    written artefact."""
    (claim,) = _attributed(
        "The government was warned that the changes could double waiting times, "
        "according to a leaked briefing seen by the ABC."
    )
    assert claim.source.type is SourceType.DOCUMENT, claim.source.reason


# -- cue senses --------------------------------------------------------------------------


def test_advocates_before_their_own_verb_are_a_plural_noun() -> None:
    """'Refugee advocates seized on the leak': *advocates* is the subject of *seized
    on*, no reporting verb with *Refugee* as its speaker."""
    assert _attributed("Refugee advocates seized on the leak.") == []


def test_advocates_as_a_verb_still_reports() -> None:
    """'Dr Oz advocates a diet rich in fibre': the verb still attributes."""
    (claim,) = _attributed("Dr Oz advocates a diet rich in fibre.")
    assert claim.cue.text == "advocates"


def test_a_verb_in_s_before_a_moved_object_clause_still_reports() -> None:
    """'which it believes will ease pressure': the auxiliary opens the clause the
    verb takes, so *believes* stays a verb."""
    claims = _attributed(
        "The trust said 60 beds would open in March, which it believes will ease "
        "pressure on the front door."
    )
    assert any(c.cue is not None and c.cue.text == "believes" for c in claims)


def test_speculate_on_a_topic_hedges_nothing() -> None:
    """'it was too early to speculate on the cause': a regulator refusing to guess
    commits to its statement; *speculate on* names a topic, no proposition."""
    (claim,) = _attributed("The regulator said it was too early to speculate on the cause.")
    assert claim.confidence.value == "reported"
    assert _attributed("Police declined to speculate about a motive.") == []


def test_speculate_that_still_hedges() -> None:
    """'Analysts speculate that C': the analysts' guess is hedged."""
    (claim,) = _attributed("Analysts speculate that the bank will cut rates in June.")
    assert claim.confidence.value == "hedged"


# -- segmentation and furniture ----------------------------------------------------------


def _sentences(text: str) -> list[str]:
    """The sentence texts of ``text``."""
    return [text[s.start : s.end] for s in claimscope.annotate(text).sentences]


def test_a_state_abbreviation_does_not_end_a_headline() -> None:
    """'Split Pa. High Court Says …': *Pa.* is Pennsylvania (AP style), so the
    headline stays one line and is no claim; a dateline 'LOUISVILLE, Ky. (AP) —'
    stays with its sentence."""
    text = (
        "Split Pa. High Court Says Warehouse Workers Must Be Paid\n\n"
        "LOUISVILLE, Ky. (AP) — The court ruled on Thursday that the workers must be paid."
    )
    assert len(_sentences(text)) == 2
    assert all(c.start > 60 for c in claimscope.annotate(text).claims)


def test_a_state_abbreviation_before_a_sentence_starter_ends_the_sentence() -> None:
    """'… in San Bernardino, Calif. Together they …': a function word after the
    abbreviation starts a new sentence."""
    text = "They met in Paris and San Bernardino, Calif. Together they created a plan."
    assert len(_sentences(text)) == 2


def test_a_reprint_line_is_furniture() -> None:
    """'For a reprint of this article, please contact reprints@…': a call to the
    reader, no claim; a 'For …,' clause without *please* is left to the prose rules."""
    text = (
        "The court ruled for the workers on Thursday.\n\n"
        "For a reprint of this article, please contact reprints@courtline.com."
    )
    assert [c.text for c in claimscope.annotate(text).claims] == [
        "The court ruled for the workers on Thursday."
    ]


def test_a_two_field_portfolio_is_part_of_the_ministers_title() -> None:
    """'Relief and Rehabilitation Minister Makarand Jadhav said … He denied': one
    minister, not *Relief* and a second person; *He* is the minister."""
    claims = _attributed(
        "Relief and Rehabilitation Minister Makarand Jadhav said tankers had been "
        "deployed. He denied that insurance claims were being rejected."
    )
    assert len(claims) == 2
    assert all("Makarand Jadhav" in c.source.text for c in claims)
    assert all(c.source.type is SourceType.PERSON for c in claims)


def test_two_countries_joined_by_and_stay_a_group() -> None:
    """'Britain and France said': no title follows, so no portfolio is read."""
    (claim,) = _attributed("Britain and France said the talks would resume.")
    assert claim.source.text == "Britain and France"


def test_an_article_before_a_plural_possessor_is_the_owned_nouns() -> None:
    """'The Shetkari Sanghatana, a farmers' union, has demanded': *a* goes with
    *union*, so no group 'a farmers' is read, and the union is a body."""
    (claim,) = _attributed(
        "The Shetkari Sanghatana, a farmers' union, has demanded that the government "
        "declare a drought."
    )
    assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason


def test_farmers_are_an_unnamed_group() -> None:
    """'Farmers in several villages said': an unnamed group, not a person called
    Farmers."""
    (claim,) = _attributed("Farmers in several villages said they were considering migrating.")
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_a_place_after_across_does_not_head_the_source() -> None:
    """'farmers across Marathwada say': the farmers speak; the region only says
    where they are."""
    (claim,) = _attributed(
        "With the deficit widening, farmers across Marathwada say their crops are withering."
    )
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason
    assert claim.source.text.startswith("farmers")


def test_is_understood_to_is_an_unnamed_attribution() -> None:
    """'The festival, which receives funding from Screen Scotland, is understood to
    be in talks': like *is said to*, the text attributes to nobody named, at a
    distance (SPEC: unspecified, alleged)."""
    (claim,) = _attributed(
        "The festival, which receives funding from Screen Scotland, is understood to be "
        "in talks about a second venue."
    )
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence.value == "alleged"


def test_a_courts_majority_is_a_group_not_a_person() -> None:
    """'the majority held that C': a court's majority is several justices."""
    (claim,) = _attributed(
        "In a 4-3 decision, the majority held that the screening time counts as hours worked."
    )
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_a_body_named_with_a_role_word_inside_keeps_its_whole_name() -> None:
    """'The State Department Refugee Processing Center said': a role-like word
    inside a body's name (ended by *Center*) splits off no person."""
    (claim,) = _attributed("The State Department Refugee Processing Center said 900 had arrived.")
    assert claim.source.type is SourceType.ORGANIZATION
    assert claim.source.text.endswith("State Department Refugee Processing Center")


def test_he_after_an_unnamed_asylum_seeker_means_him() -> None:
    """'One asylum seeker from Iran, who asked not to be named, said … "…," he said':
    the quote is the asylum seeker's, not the minister's quoted before him."""
    text = (
        '"Processing times are coming down," Mr Corrigan told reporters.\n\n'
        "One asylum seeker from Iran, who asked not to be named, said he had been "
        'waiting since 2021.\n\n"I work, I pay tax," he said.'
    )
    claim = claimscope.annotate(text).claims[-1]
    assert claim.source.type is SourceType.ANONYMOUS
    assert "asylum seeker" in claim.source.text


def test_their_loved_ones_speak_for_themselves() -> None:
    """'Two workers drowned … Their loved ones say C': the relatives speak, not the
    workers *Their* refers to (the head is *loved ones*, not the possessive)."""
    (claim,) = _attributed(
        "Two workers drowned off the coast on Friday. Their loved ones say the boat had "
        "no life jackets on board."
    )
    assert claim.source.text == "Their loved ones"
