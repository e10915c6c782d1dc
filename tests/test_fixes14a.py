"""Contents, cues and confidence (fourteenth round, helper fix14a): what a cue's
content opens with, denial pairs that reject nothing, an accusation inside a relative
clause, and one rule for questions.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType
from claimscope.testing import claim_holding


def test_a_governed_preposition_is_no_part_of_the_content() -> None:
    """*boasted of C*, *complained about C*, *railed against C*: the verb governs the
    preposition, and what was boasted of is its object; *said about 40 jobs* keeps
    *about* (a number follows), and *said of the plan, “C”* has the quotation."""
    text = (
        "In talks this week, the treasury team boasted of concessions in the new "
        "banking bill. "
        "The mayor complained about delays on the harbour bridge. "
        "Campaigners railed against the closure of the Eastfield library. "
        "The treasurer boasted of having secured the best deal in a decade. "
        "A spokesman said about 40 jobs would go. "
        "Ms Ortiz said of the plan, “It will never work.”"
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "concessions").text == "concessions in the new banking bill"
    assert claim_holding(doc, "delays").text == "delays on the harbour bridge"
    assert claim_holding(doc, "the closure").text.startswith("the closure")
    assert claim_holding(doc, "having secured").text.startswith("having secured")
    assert claim_holding(doc, "40 jobs").text.startswith("about 40 jobs")
    assert claim_holding(doc, "never work").text == "“It will never work.”"


def test_a_participle_after_a_desire_with_its_object_gapped_is_no_claim() -> None:
    """*the bill it wants passed before Parliament rises*: the object of *want* is the
    bill the relative clause hangs on, so nothing propositional is left after the
    cue; *wants it passed* keeps its content."""
    text = (
        "The opposition attacked the housing bill the government wants passed before "
        "Parliament rises. "
        "The minister wants the bill passed by June."
    )
    doc = claimscope.annotate(text)
    assert not any(c.text.startswith("passed before") for c in doc.claims)
    claim = claim_holding(doc, "passed by June")
    assert claim.text == "the bill passed by June"
    assert claim.source.text == "The minister"


def test_thats_what_a_group_wants_after_prose_is_the_pronoun() -> None:
    """*That's what the workers want, too, though …*: the claim the workers hold is
    what *That* points back to; the content is the pronoun, not the words after the
    cue."""
    text = (
        "The union says the plant must stay open. "
        "That's what the workers want, too, though they have a fallback plan."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "That")
    assert claim.text == "That"
    assert claim.source.text == "the workers"
    assert not any(c.text.startswith("too") for c in doc.claims)


def test_neither_confirmed_nor_denied_rejects_nothing() -> None:
    """*neither confirmed nor denied the report*: a noun phrase after the pair is no
    claim (nothing was said); *neither confirmed nor denied that C* keeps C, from the
    speaker, unverified (SPEC: *alleged*, the content is marked as unverified), never
    *denied*."""
    text = (
        "The foreign ministry neither confirmed nor denied the newspaper's account. "
        "The foreign ministry neither confirmed nor denied that the envoy had been "
        "recalled. "
        "A club spokesman would neither confirm nor deny that the striker had asked "
        "for a transfer."
    )
    doc = claimscope.annotate(text)
    assert all(c.source.type is SourceType.AUTHOR for c in doc.claims if "account" in c.text)
    envoy = claim_holding(doc, "the envoy had been recalled")
    assert envoy.text == "the envoy had been recalled"
    assert envoy.source.text == "The foreign ministry"
    assert envoy.confidence is Confidence.ALLEGED
    striker = claim_holding(doc, "the striker had asked")
    assert striker.confidence is Confidence.ALLEGED
    assert striker.cue is not None and striker.cue.text == "neither confirm nor deny"


def test_an_accusation_in_a_whom_clause_is_a_claim_of_its_own() -> None:
    """*spent the speech attacking Dole, whom he accused of hiding the deficit*: the
    relative clause has a speaker and a cue of its own; the accusation (he → hiding
    the deficit, alleged) is not swallowed by the outer verb's content."""
    text = (
        "Senator Kittredge spent the speech attacking Governor Dole, whom he accused "
        "of hiding the deficit. "
        "The mayor criticised the contractor, whom she accused of cutting corners on "
        "safety."
    )
    doc = claimscope.annotate(text)
    deficit = claim_holding(doc, "hiding the deficit")
    assert deficit.text == "hiding the deficit"
    assert deficit.source.text == "Senator Kittredge"
    assert deficit.confidence is Confidence.ALLEGED
    corners = claim_holding(doc, "cutting corners")
    assert corners.text == "cutting corners on safety"
    assert corners.source.text == "The mayor"
    assert not any("whom" in c.text for c in doc.claims)


def test_a_question_with_an_abbreviation_inside_is_still_one_question() -> None:
    """*"Is the vote at 5 p.m. on Monday?" the clerk asked*, *"Mr. Hale, will you
    resign?" a reporter said*: the abbreviation's full stop is no sentence end, so the
    content is one question, and questions are no claims (SPEC), whatever the cue; a
    quotation that states something before its question keeps its claim."""
    text = (
        "The council met on Friday. "
        '"Is the vote at 5 p.m. on Monday?" the clerk asked. '
        '"Mr. Hale, will you resign over the U.S. contract?" a reporter said. '
        '"We did our job. Why would I resign?" Mr. Hale replied.'
    )
    doc = claimscope.annotate(text)
    assert not any("5 p.m." in c.text for c in doc.claims)
    assert not any("will you resign" in c.text for c in doc.claims)
    assert claim_holding(doc, "We did our job").source.text == "Mr. Hale"


def test_a_second_that_clause_opened_by_a_number_or_a_gerund_is_split() -> None:
    """*said the fleet was stretched thin and that keeping two carriers there could
    delay repairs*, *… and that 110 firefighters had been sent*: each *that* clause is
    a claim of its own, so the hedge in the second labels only the second."""
    text = (
        "Admiral Rhodes said the fleet was already stretched thin and that keeping two "
        "carriers in the region could delay repairs. "
        "The fire chief said the blaze was probably started by a campfire, and that "
        "110 firefighters had been sent to the ridge."
    )
    doc = claimscope.annotate(text)
    fleet = claim_holding(doc, "stretched thin")
    assert fleet.text == "the fleet was already stretched thin"
    assert fleet.confidence is Confidence.REPORTED
    assert claim_holding(doc, "could delay repairs").confidence is Confidence.HEDGED
    crews = claim_holding(doc, "110 firefighters")
    assert crews.text == "110 firefighters had been sent to the ridge"
    assert crews.confidence is Confidence.REPORTED


def test_an_attitude_verb_after_relative_that_does_not_hedge_the_claim() -> None:
    """*said the result showed audiences would turn out for films that felt like an
    event*: *that felt* is a relative clause on *films*, whose attitude verb describes
    the films, not the speaker's doubt; the claim is reported."""
    text = (
        "Nadia Ferrante, an analyst at Boxline, said the result showed that audiences "
        "would still turn out for films that felt like an event."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "audiences would still turn out")
    assert claim.confidence is Confidence.REPORTED


def test_whether_after_assess_or_study_is_the_object_of_an_action() -> None:
    """*said it would assess whether new lines of inquiry had emerged*, *plan to study
    whether the effect holds*: *whether* opens what is to be assessed, not a doubt on
    the claim (as after *examine*, *check*, already)."""
    text = (
        "Avonshire Police said it had received the report and would assess whether any "
        "new lines of inquiry had emerged. "
        "The researchers plan to study whether the effect holds in older patients."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "had received the report").confidence is Confidence.REPORTED
    assert claim_holding(doc, "plan to study").confidence is Confidence.ASSERTED


def test_a_state_felt_is_no_hedge() -> None:
    """*told the Courier she had felt “completely on my own”*, *drink water even when
    they do not feel thirsty*, *felt betrayed*: *feel* names a state or a sensation,
    not a view on a proposition (*she felt the company had let her down* still
    hedges)."""
    text = (
        "The engineer told the Courier she had felt “completely on my own”. "
        "Dr Meena urged residents to drink water even when they do not feel thirsty. "
        "Many farmers felt betrayed when the ministry cut the subsidy, the union said. "
        "She said she felt the company had let her down."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "completely on my own").confidence is Confidence.REPORTED
    assert claim_holding(doc, "drink water").confidence is Confidence.REPORTED
    assert claim_holding(doc, "cut the subsidy").confidence is Confidence.REPORTED
    assert claim_holding(doc, "let her down").confidence is Confidence.HEDGED


def test_an_object_relative_clause_is_no_inverted_tag() -> None:
    """*The senator, whom critics accused of lying, resigned*: the clause is no *C,
    critics said* tag; the critics accuse the senator of lying (alleged), the content
    ends with the clause, and *whom* is no part of the source."""
    text = (
        "The transport chief, whom auditors accused of hiding losses, resigned on "
        "Monday. "
        "Regulators fined the lender, whom investigators accused of misleading savers."
    )
    doc = claimscope.annotate(text)
    losses = claim_holding(doc, "hiding losses")
    assert losses.text == "hiding losses"
    assert losses.source.text == "auditors"
    assert losses.confidence is Confidence.ALLEGED
    assert claim_holding(doc, "misleading savers").source.text == "investigators"
    assert not any(c.text == "The transport chief" for c in doc.claims)


def test_c_a_long_named_hearing_has_been_told_is_reported() -> None:
    """*C, a royal commission hearing in north-west Victoria has been told.*, *C, the
    jury was told on Monday.*: the hearing or the jury is the addressee; the claim is
    reported, its speaker unnamed, however long the addressee's name or with a day
    after *told*."""
    text = (
        "Seasonal workers were charged $250 a week to sleep in shipping containers, a "
        "royal commission hearing in north-west Victoria has been told. "
        "The accused was seen near the warehouse at midnight, the jury was told on "
        "Monday."
    )
    doc = claimscope.annotate(text)
    for words in ("charged $250 a week", "seen near the warehouse"):
        claim = claim_holding(doc, words)
        assert claim.confidence is Confidence.REPORTED
        assert claim.source.type is SourceType.UNSPECIFIED


def test_a_question_closing_with_an_interrobang_or_a_zero_width_space_is_no_claim() -> None:
    """*?!* and a zero-width space after the question mark still end a question
    (pasted social-media text often carries U+200B)."""
    doc = claimscope.annotate(
        "Do you believe it?!\u200b The ferry will resume on Monday, the operator said."
    )
    assert [c.text for c in doc.claims if c.source.text == "you"] == []
    assert claim_holding(doc, "ferry will resume").source.text == "the operator"
