"""Sources, types, confidence and furniture in the sixth round's composed genres (a
South African match report, an Irish court report, a New Zealand flood story, a
Canadian space story, a US local live blog, a UK regional council story): one test per
general error seen in ``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

from claim_docs import only_claim

import claimscope
from claimscope import Confidence, SourceType


def test_an_irish_senior_counsel_keeps_her_full_name() -> None:
    """*Siobhán Kehoe SC* … *Ms Kehoe said*: *SC* (senior counsel, like *KC* and *BL*)
    follows the surname, so the later *Ms Kehoe* names the same barrister."""
    text = (
        "Opening the case, Siobhán Kehoe SC told the jury that the accused had used "
        'his position to move money.\n\n"This was no moment of madness," Ms Kehoe said.'
    )
    claim = only_claim(text, "This was no moment")
    assert claim.source.text == "Siobhán Kehoe SC"
    assert claim.source.type is SourceType.PERSON


def test_club_and_school_district_names_are_organizations() -> None:
    """*Highveld Rovers said*, *Elyria City Schools said*: a name ending in a club or
    school-district word is a body speaking, not a person (and a later *He said* after
    *Rovers coach Themba Nxumalo* goes to the coach, not the club)."""
    for text, name in (
        ("Highveld Rovers said the club was deeply disappointed.", "Highveld Rovers"),
        ("Elyria City Schools said classes would resume on Thursday.", "Elyria City Schools"),
        ("Cape Coastal FC said the striker would have a scan.", "Cape Coastal FC"),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert (claim.source.text, claim.source.type) == (name, SourceType.ORGANIZATION)
    text = (
        "Highveld Rovers lost 2-1. Rovers coach Themba Nxumalo was less happy. He said the "
        "penalty decision had changed the game."
    )
    claim = only_claim(text, "the penalty decision")
    assert (claim.source.text, claim.source.type) == ("Themba Nxumalo", SourceType.PERSON)


def test_a_co_author_is_a_person_not_a_company() -> None:
    """*Co-author Daniel Osei said*: the *Co* of *Co-author* is no *Co* (company)."""
    claim = only_claim("Co-author Daniel Osei said the find was important.", "the find")
    assert claim.source.type is SourceType.PERSON


def test_a_plea_in_court_is_no_reporting_verb() -> None:
    """*Declan Furlong (54), of Glenview Drive, has pleaded not guilty to 38 counts*:
    a plea is an act, so the sentence is the author's (not *Glenview Drive* reporting
    *Declan Furlong (54)*); *pleaded that C* still reports."""
    text = (
        "Declan Furlong (54), of Glenview Drive, Ballincollig, has pleaded not guilty to "
        "38 counts of theft. His co-accused pleaded guilty to one count of false "
        "accounting in May."
    )
    claims = claimscope.annotate(text).claims
    assert [c.source.type for c in claims] == [SourceType.AUTHOR, SourceType.AUTHOR]
    claim = only_claim("She pleaded that she had been misled by her adviser.", "misled")
    assert claim.source.type is SourceType.PERSON


def test_a_cue_word_inside_a_hyphenated_compound_is_no_cue() -> None:
    """*His co-accused pleaded guilty*, *her newly-announced running mate*: the word
    after a hyphen is part of a compound noun or modifier, not a reporting or
    distancing verb; *so-called* stays a cue (the lexicon lists the whole form)."""
    text = (
        "His co-accused pleaded guilty to one count of false accounting in May. Delegates "
        "booed the mention of her newly-announced running mate, Tim Kaine."
    )
    assert all(c.source.type is SourceType.AUTHOR for c in claimscope.annotate(text).claims)
    claim = only_claim("The so-called reforms will cost £9m.", "reforms")
    assert claim.confidence is Confidence.ALLEGED


def test_an_age_before_a_relative_clause_is_an_aside_not_the_source() -> None:
    """*Maureen Hodgson, 78, who has used the library for 40 years, said:* the age and
    the relative clause are two asides; the source is the name, not *78*."""
    text = (
        "Maureen Hodgson, 78, who has used Thornsby Library for 40 years, said: \"It's "
        'where I come for the warm."'
    )
    claim = only_claim(text, "where I come")
    assert claim.source.text == "Maureen Hodgson"
    claim = only_claim("Lazar, 44, said the shop had closed in March.", "the shop")
    assert claim.source.text == "Lazar"


def test_a_key_points_list_holds_claims_not_headings() -> None:
    """A *Key points* heading and bulleted lines without full stops: the heading is
    furniture, each item a statement (*Deputies say C* reported by *Deputies*, not
    *- Deputies*); a time-stamped entry heading after the list is still a heading."""
    text = (
        "Search for escaped inmates continues\n\nKey points\n\n"
        "- Two inmates escaped from the county jail shortly before midnight Tuesday\n"
        "- Deputies say both men should be considered dangerous\n\n"
        "2:47 PM — One inmate back in custody\n\n"
        "Sheriff Dwayne Kessler says the man was arrested at a gas station."
    )
    doc = claimscope.annotate(text)
    claim = only_claim(text, "both men should")
    assert claim.source.text == "Deputies"
    escaped = only_claim(text, "Two inmates escaped")
    assert escaped.source.type is SourceType.AUTHOR
    for heading in ("Key points", "One inmate back", "Search for escaped"):
        at = text.index(heading)
        assert not any(c.start <= at < c.end for c in doc.claims), heading


def test_calling_911_or_the_police_reports_no_speech() -> None:
    """*A clerk recognized him and called 911, according to the sheriff's office*: a
    phone call reports nothing, so the sentence is the sheriff's office's claim (not a
    clerk's with the content *911, according to …*); *called the police shootings a
    crisis* still names, as a verb of speech."""
    text = (
        "A clerk recognized him from photos and called 911, according to the sheriff's "
        "office. A neighbour called police after the attack."
    )
    claim = only_claim(text, "A clerk recognized")
    assert claim.source.text == "the sheriff's office"
    claim = only_claim(
        "She has called the police shootings of unarmed men a national crisis.", "a national"
    )
    assert claim.source.type is SourceType.PERSON


def test_a_speech_tag_pronoun_is_not_someone_its_quote_names() -> None:
    """*"We think Halvorsen may have had help," he said*: the man the quotation talks
    about in the third person is not the *he* who says it; the sheriff who spoke in
    the sentence before is."""
    text = (
        "The search for the second man, Jeremy Halvorsen, 27, is continuing.\n\n"
        "At a briefing, Sheriff Dwayne Kessler said investigators believe the two men "
        'split up. "We think Halvorsen may have had help from someone on the outside," '
        "he said."
    )
    claim = only_claim(text, "We think Halvorsen")
    assert claim.source.text == "Sheriff Dwayne Kessler"


def test_a_handout_credit_and_a_share_line_are_furniture() -> None:
    """A Canadian outlet's caption ending *(Handout/Université Laval)*, an *artist's
    impression* caption and a closing *Share this story* line are no claims; the
    story's sentence is."""
    text = (
        "Astronomers spot a galaxy that stopped making stars\n\n"
        "The galaxy may have looked like this after it stopped forming stars. "
        "(Handout/Université Laval)\n\n"
        "An artist’s impression of the planet, which could hold water\n\n"
        "Astronomers have found a massive galaxy, the team said.\n\n"
        "Share this story"
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["Astronomers have found a massive galaxy"]


def test_a_speakers_past_surprise_is_no_hedge() -> None:
    """*"We did not expect to find anything like this so early. Our models say there
    was not enough time," said lead author Marie Gagnon*: the find is real, so neither
    sentence is hedged; a third party's expectation of what is to come still hedges."""
    text = (
        '"We did not expect to find anything like this so early. Our models say there '
        'simply was not enough time," said lead author Marie Gagnon.'
    )
    claim = only_claim(text, "We did not expect")
    assert claim.confidence is Confidence.REPORTED
    claim = only_claim(
        "Officials did not expect the bridge to reopen before May, the council said.",
        "the bridge to reopen",
    )
    assert claim.confidence is Confidence.HEDGED


def test_an_estimate_spoken_of_is_a_noun_not_a_hedge() -> None:
    """*said the mass estimate depends heavily on assumptions*: *estimate* before a verb
    or *of* is a noun (a figure talked about), so the claim is reported, not hedged;
    *analysts estimate that C* still hedges."""
    claim = only_claim(
        "Jonathan Reyes, an astronomer who was not involved in the research, said the mass "
        "estimate depends heavily on assumptions about the stars.",
        "depends heavily",
    )
    assert claim.confidence is Confidence.REPORTED
    claim = only_claim("Analysts estimate that 40,000 homes lost power.", "40,000 homes")
    assert claim.confidence is Confidence.HEDGED


def test_rejecting_that_then_saying_reports_the_reason() -> None:
    """*Sarah Lindqvist rejected that, saying the stopbanks had been inspected*: *that*
    is the object (the residents' claim); what *saying* introduces is her own statement,
    reported, not denied."""
    text = (
        "Residents said the stopbanks needed work. Council chief executive Sarah "
        "Lindqvist rejected that, saying the stopbanks had been inspected in March."
    )
    claim = only_claim(text, "had been inspected")
    assert claim.source.text == "Sarah Lindqvist"
    assert claim.confidence is Confidence.REPORTED


def test_what_is_expected_after_with_is_no_source() -> None:
    """*…, with a further 150 to 200mm expected on top of what has fallen*: the rain is
    what is expected, not who expects it (while *with Democratic leaders worried that
    C*, a view, stays as PolNeAR reads it); *a red heavy rain warning* is a noun."""
    text = (
        "MetService has issued a red heavy rain warning for the ranges until 9pm, with a "
        "further 150 to 200mm expected on top of what has already fallen."
    )
    claim = only_claim(text, "has issued")
    assert claim.source.type is SourceType.AUTHOR


def test_a_jury_or_an_inquest_that_heard_is_a_body() -> None:
    """*a jury at Cork Circuit Criminal Court has heard*, *the inquest heard*: the body
    that heard the case speaks as an organization, not as a person."""
    for text in (
        "A jury at Cork Circuit Criminal Court has heard that he took €412,000.",
        "The inquest heard that she had been unwell for some weeks.",
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.source.type is SourceType.ORGANIZATION, text


def test_a_role_then_a_councillor_with_a_party_label_speaks() -> None:
    """*Cabinet member for communities, Cllr Rachel Denholm (Con), said C*: the party
    label in brackets does not end the aside, and the name after the role (no *the*
    before it) is part of the source, so her later *she said* quotes go to her too."""
    text = (
        "Cabinet member for communities, Cllr Rachel Denholm (Con), said no final decision "
        'had been taken.\n\n"Nobody goes into local government wanting to close '
        'libraries," she said.'
    )
    for anchor in ("no final decision", "Nobody goes"):
        claim = only_claim(text, anchor)
        assert "Rachel Denholm" in (claim.source.text or ""), anchor
        assert claim.source.type is SourceType.PERSON
