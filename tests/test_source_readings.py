"""Sources once missed or mistyped in real articles (issue #15), on composed news
sentences: relative pronouns standing for an organisation or a document, and the
name a description in apposition follows."""

from __future__ import annotations

from claim_docs import only_claim

import claimscope


def test_which_after_an_appositive_stands_for_the_name() -> None:
    """*Germany and France, the bloc's two largest economies, which vowed to C*: the
    relative pronoun stands for the names (governments), not for the description,
    and the clause before the commas is no content of an inverted *C, X said*."""
    claim = only_claim(
        "Much of the pressure came from Germany and France, the bloc's two largest "
        "economies, which together vowed to cut the deficit.",
        "to cut the deficit",
    )
    assert claim.source.text == "Germany and France"
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    assert claim.text == "to cut the deficit"


def test_which_after_an_appositive_of_a_company() -> None:
    """*Acme Corp, a chemicals maker, which said C*: the company speaks."""
    claim = only_claim(
        "The ministry contacted Acme Corp, a chemicals maker, which said the leak was small.",
        "the leak",
    )
    assert claim.source.text == "Acme Corp"
    assert claim.source.type is claimscope.SourceType.ORGANIZATION


def test_an_opening_place_is_no_antecedent() -> None:
    """*In Washington, the president's spokesman, who said C*: the place opening the
    sentence is an adverbial, so the spokesman stays the source."""
    claim = only_claim(
        "In Washington, the president's spokesman, who said the talks were over, left early.",
        "the talks were over",
    )
    assert claim.source.text == "the president's spokesman"
    assert claim.source.type is claimscope.SourceType.PERSON


def test_which_without_a_comma_after_a_name() -> None:
    """*turned to the Harbor Police Department which reported C*: with no comma the
    relative pronoun still stands for the name before it (not for a plural named a
    sentence earlier, as a pronoun would)."""
    text = (
        "Burglary victims are counted by the Gazette. To settle it, reporters turned to "
        "the Harbor Police Department which reported that burglaries fell."
    )
    claim = only_claim(text, "burglaries fell")
    assert claim.source.text == "the Harbor Police Department"
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    assert claim.source.mention is not None and claim.source.mention.text == "which"


def test_which_before_a_plural_noun_is_no_bare_relative() -> None:
    """*the tax rules which experts say C*: *which* opens a relative clause whose own
    subject speaks; the name before *which* is no source."""
    claim = only_claim(
        "Parents protested the Fair Schools Act which experts say harms poor districts.",
        "harms poor",
    )
    assert claim.source.text == "experts"


def test_a_source_phrase_never_runs_back_past_said() -> None:
    """*a motion which said officials believe C*: the subject of *believe* is
    *officials*; the scan stops at *said* as at a regular past in *-ed*."""
    claim = only_claim(
        "The council passed a motion which said officials believe the plan is sound.",
        "the plan is sound",
    )
    assert claim.source.text == "officials"


def test_an_opening_conjunction_keeps_the_appositive_reading() -> None:
    """*But Jane Doe, senior adviser at the Tenants Union, said C*: a conjunction
    before the name does not stop *X, appositive, said* (the name opens the clause),
    with or without an article opening the appositive."""
    for text in (
        "But Jane Doe, senior adviser at the Tenants Union, said renters still want rent caps.",
        "And Jane Doe, a senior adviser at the Tenants Union, said renters still want rent caps.",
    ):
        claim = only_claim(text, "renters")
        assert claim.source.text == "Jane Doe", text
        assert claim.source.type is claimscope.SourceType.PERSON
        assert claim.text == "renters still want rent caps"


def test_said_before_an_adjunct_keeps_the_subject() -> None:
    """*she said at a news conference announcing C*: *said* followed by a
    preposition does not end the scan, as a regular past would not."""
    text = (
        "Loretta Ortiz spoke on Friday. “We will get there together,” she said at a "
        "news conference announcing that her office was suing the state."
    )
    claim = only_claim(text, "her office was suing")
    assert claim.source.text == "Loretta Ortiz"


def test_suspicions_nobody_holds_are_unspecified() -> None:
    """*suspicions run high that C*, *fears grew that C*: an attitude the text says
    is abroad, with nobody named (SPEC ``unspecified``, hedged); a possessive names
    its holder, and the reading is not the text's own."""
    for text in (
        "With the rise of online rumours, suspicions run high that every election is rigged.",
        "Fears grew that the old bridge would collapse.",
        "Suspicions have long persisted that the fire was set deliberately.",
    ):
        claim = only_claim(text, "that")
        assert claim.source.type is claimscope.SourceType.UNSPECIFIED, text
        assert claim.confidence is claimscope.Confidence.HEDGED, text
    mine = only_claim("Her fears grew that the old bridge would collapse.", "bridge")
    assert mine.source.type is not claimscope.SourceType.UNSPECIFIED


def test_left_little_doubt_that_reports_a_finding() -> None:
    """*the research literature, which left little doubt that C*: the literature (a
    written artefact) puts C forward; the antecedent starts after the reflexive
    object (*immersed himself in …*)."""
    claim = only_claim(
        "Mr. Lane immersed himself in the research literature, which left little doubt "
        "that the lake was shrinking.",
        "the lake",
    )
    assert claim.source.text == "the research literature"
    assert claim.source.type is claimscope.SourceType.DOCUMENT
    assert claim.text == "the lake was shrinking"
    audit = only_claim("A new audit left no doubt that the agency had overspent.", "agency")
    assert audit.source.type is claimscope.SourceType.DOCUMENT


def test_left_no_doubt_without_a_clause_is_no_cue() -> None:
    """*left no doubt about his future*: no proposition follows, no attribution."""
    doc = claimscope.annotate("The defeat left no doubt about his future.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_an_outlet_relays_a_trailing_according_to() -> None:
    """*The Gazette reports that C, according to the Civic Research Institute*: the
    institute is C's source and the outlet relays it (SPEC nested attributions), as
    when *according to* opens the content."""
    claim = only_claim(
        "The Gazette reports that the mayor has won the backing of most councillors, "
        "according to the Civic Research Institute.",
        "the mayor",
    )
    assert claim.source.text == "the Civic Research Institute"
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    assert [link.text for link in claim.chain] == ["The Gazette"]
    assert claim.text == "the mayor has won the backing of most councillors"


def test_a_speaker_is_relayed_by_a_trailing_according_to() -> None:
    """*The senator said C, according to the minutes*: the minutes record what the
    senator said; the senator stays the source."""
    claim = only_claim(
        "The senator said the plan would cost $4 billion, according to the minutes.",
        "the plan",
    )
    assert claim.source.text == "The senator"


def test_discovered_that_reports_a_finding() -> None:
    """*Federal auditors have also discovered that C*: a finding, like *found that*;
    with an object and no clause (*discovered a tunnel*) it is an action."""
    claim = only_claim(
        "Federal auditors have also discovered that the fund paid invoices twice.",
        "the fund",
    )
    assert claim.source.text == "Federal auditors"
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    assert claim.text == "the fund paid invoices twice"
    doc = claimscope.annotate("The Border Patrol discovered an unfinished tunnel.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_perhaps_recognizing_that_shares_the_subject() -> None:
    """*the aides were also upbeat, perhaps recognizing that C*: the participle's
    subject is the sentence's (the adverb before it is stepped over, as *also*
    is), and *recognize* attributes only before a clause."""
    claim = only_claim(
        "After the debate, the mayor's aides were also upbeat, perhaps recognizing that "
        "the vote was close.",
        "the vote",
    )
    assert claim.source.text == "the mayor's aides"
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    assert claim.confidence is claimscope.Confidence.HEDGED
    doc = claimscope.annotate("The court recognized the union in 2019.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_an_opening_time_adjunct_is_no_part_of_the_source() -> None:
    """*Last week the watchdog said C*, *On Monday the watchdog said C*: a time
    adjunct with no comma opens the sentence; the source is the phrase after it.
    *This week's report* keeps its possessive."""
    for text in (
        "Last week the watchdog said the figures were accurate.",
        "On Monday the watchdog said the figures were accurate.",
        "Last week the watchdog ended the dispute by announcing that the figures were accurate.",
    ):
        claim = only_claim(text, "the figures")
        assert claim.source.text == "the watchdog", text
    report = only_claim("This week's report said the figures were accurate.", "figures")
    assert report.source.text == "This week's report"


def test_by_announcing_after_an_opening_date_shares_the_subject() -> None:
    """*On September 27 the Ledger published its check by announcing that C*: the
    participle after *by* shares the subject after the date."""
    claim = only_claim(
        "On September 27 the Ledger published the results of its check by announcing "
        "that the claim was true.",
        "the claim was true",
    )
    assert claim.source.text == "the Ledger"


def test_they_opening_a_sentence_may_mean_a_speaking_outlet() -> None:
    """*The Gazette said C1. On Monday they announced that C2*: with nothing plural
    before it, *they* means the outlet that spoke (PolitiFact and its fact-checkers)."""
    claim = only_claim(
        "The Gazette said the senator was wrong about crime. On Monday they announced "
        "that a correction would run.",
        "a correction",
    )
    assert claim.source.text == "The Gazette"
    assert claim.source.type is claimscope.SourceType.MEDIA


def test_a_plural_before_they_wins_over_an_outlet() -> None:
    """*The Gazette said C1. Officials were angry as they announced C2*: a plural
    before *they* is its antecedent, not the outlet."""
    claim = only_claim(
        "The Gazette said the senator was wrong about crime. Officials were angry, and "
        "they announced that a correction would run.",
        "a correction",
    )
    assert claim.source.text == "Officials"


def test_two_asides_before_said_keep_the_name() -> None:
    """*Jane Doe, a former officer, who served in Kabul, said C*: two asides between
    the name and its cue; the name speaks and C follows the cue (the name was once
    read as the content of a quote before it). A name governed by a preposition is
    no subject: *In a note to the Gazette, her adviser, Tom Hale, said*."""
    claim = only_claim(
        "Jane Doe, a former officer, who served in Kabul, said the base was unsafe.",
        "the base",
    )
    assert claim.source.text == "Jane Doe"
    assert claim.text == "the base was unsafe"
    note = only_claim(
        "In a note to the Gazette, her adviser, Tom Hale, said: “The plan is sound.”",
        "The plan",
    )
    assert note.source.text == "Tom Hale"


def test_demonstrating_protesters_make_no_claim() -> None:
    """*About a dozen people demonstrated outside the Gazette*: protesters, not a
    finding; *the trial demonstrated that C* stays an attribution."""
    doc = claimscope.annotate(
        "About a dozen people demonstrated outside the Gazette after it backed the mayor."
    )
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]
    claim = only_claim("The trial demonstrated that the drug lowers blood pressure.", "drug")
    assert claim.source.text == "The trial"


def test_results_findings_and_evidence_are_documents() -> None:
    """*The results suggest C*, *the findings show C*, *the evidence shows C*, *his tax
    returns show C*: recorded artefacts (SPEC ``document``), not unnamed people or a
    person."""
    for text, anchor in (
        ("The results suggest that the vaccine works.", "vaccine"),
        ("The findings show that the river is polluted.", "river"),
        ("The evidence shows that the fire was set deliberately.", "fire"),
        ("His tax returns reveal that he paid no income tax.", "income"),
    ):
        claim = only_claim(text, anchor)
        assert claim.source.type is claimscope.SourceType.DOCUMENT, text


def test_a_study_that_ties_one_thing_to_another_reports_a_finding() -> None:
    """*reports like the 2019 Flood Assessment, which tied the damage to poor
    drainage*: a written finding (SPEC ``document``); people tying or linking things
    (*by tying it to illegal immigration*, *linked arms*), a passive (*was linked to
    a farm*) and a hyperlink (*a press release linked to the report*) are not."""
    claim = only_claim(
        "The minister studied reports like the 2019 Flood Assessment, which tied the damage "
        "to poor drainage.",
        "poor drainage",
    )
    assert claim.source.type is claimscope.SourceType.DOCUMENT
    assert claim.text == "the damage to poor drainage"
    study = only_claim("A study tied the rise in asthma to traffic fumes.", "asthma")
    assert study.source.text == "A study"
    for text in (
        "Republicans pounced on the policy by tying it to illegal immigration.",
        "The senator linked arms with the protesters.",
        "The outbreak was linked to a farm in Ohio.",
        "The governor's press release linked to the report on Friday.",
    ):
        doc = claimscope.annotate(text)
        assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR], text


def test_loved_ones_is_one_source_phrase() -> None:
    """*…, loved ones say C* and *Loved ones say C*: *loved* modifies *ones*, a head
    that cannot stand alone, so the source is the whole phrase (not *ones*, and not a
    person called *Loved*, nor a name just before the comma); a name opening the
    sentence stays a name."""
    for text in (
        "While police have not named the victim, loved ones say he was a baker.",
        "Police have not named the Hill Street victim, but loved ones say he was a baker.",
        "Loved ones say he was a baker.",
    ):
        claim = only_claim(text, "he was a baker")
        assert claim.source.text.casefold() == "loved ones"
        assert claim.source.type is claimscope.SourceType.ANONYMOUS
    claim = only_claim("Fred says he was a baker.", "he was a baker")
    assert claim.source.text == "Fred"
    assert claim.source.type is claimscope.SourceType.PERSON


def test_a_relative_clause_after_the_subject_stays_in_the_source() -> None:
    """*The company that runs the ferries said C*, *The man who stopped the thief said
    C*: the relative clause modifies the subject, so the source is the whole phrase
    (not *runs the ferries* or *the thief*), one individual the text identifies; a
    complement *that* after a verb (*He warned that officials said C*) still ends the
    subject."""
    claim = only_claim(
        "The company that runs the ferries said the service would resume on Monday.",
        "the service",
    )
    assert claim.source.text == "The company that runs the ferries"
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    claim = only_claim(
        "The man who stopped the thief said he had called the police at once.",
        "he had called",
    )
    assert claim.source.text == "The man who stopped the thief"
    assert claim.source.type is claimscope.SourceType.PERSON
    doc = claimscope.annotate("The mayor warned that officials said the bridge was unsafe.")
    sources = {c.source.text for c in doc.claims}
    assert "officials" in sources
