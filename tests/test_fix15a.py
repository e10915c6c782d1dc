"""Sources, cues and furniture (fifteenth round, helper fix15a): the speaker of a
passive of perception (*can be heard saying*), a document noun before its verb
(*broker estimates show*) and the sign-off that closes a newsletter.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType
from claimscope.furniture import furniture_reason
from claimscope.testing import claim_holding


def test_the_speaker_of_a_perception_passive_is_its_subject() -> None:
    """*Ms Doe can be heard shouting that C*: *heard* is no speaker; the subject of the
    passive is, past the auxiliaries, as in *Ms Doe shouted that C*."""
    text = (
        "In the footage, Marta Keane can be heard shouting at the officers that her "
        "brother was unarmed. "
        "One guard was overheard telling a colleague that the gate had been left open. "
        "The captain was seen arguing that the match should be stopped."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "her brother was unarmed")
    assert claim.source is not None and claim.source.text == "Marta Keane"
    claim = claim_holding(doc, "the gate had been left open")
    assert claim.source is not None and claim.source.text == "One guard"
    claim = claim_holding(doc, "the match should be stopped")
    assert claim.source is not None and claim.source.text == "The captain"
    for c in doc.claims:
        assert c.source is None or c.source.text.casefold() not in {"heard", "seen", "overheard"}


def test_a_document_noun_before_a_reporting_verb_is_the_subject() -> None:
    """*Broker estimates show C*: *estimates* is the head of the subject (a document),
    the verb is *show*; *The minister estimates that C* keeps its verb."""
    text = (
        "Broker estimates show the bank's profits fell by a fifth last year. "
        "Council records suggest the bridge was last inspected in 2019. "
        "The finance minister estimates that the deficit will halve by 2028."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "profits fell")
    assert claim.text == "the bank's profits fell by a fifth last year"
    assert claim.source is not None and claim.source.text == "Broker estimates"
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.cue is not None and claim.cue.text == "show"
    claim = claim_holding(doc, "deficit will halve")
    assert claim.source is not None and claim.source.text == "The finance minister"
    assert claim.cue is not None and claim.cue.text == "estimates"


def test_a_sign_off_thanking_the_reader_is_furniture() -> None:
    """*Thanks for reading.*, *Vinaka for reading!* (thanks in Fijian), *Many thanks
    for watching, and see you next week.* state nothing; *He was fined for reading
    the list aloud* and *Arrested for reading.* are no sign-offs."""
    for line in (
        "Thanks for reading.",
        "Thank you so much for listening!",
        "Vinaka for reading.",
        "Danke for reading.",
        "Many thanks for watching, and see you next week.",
    ):
        assert furniture_reason(line, whole_paragraph=True) == "navigation", line
    fined = "He was fined for reading the list aloud."
    assert furniture_reason(fined, whole_paragraph=True) is None
    assert furniture_reason("Arrested for reading.", whole_paragraph=False) is None
    text = "The festival opens on Friday.\n\nVinaka for reading."
    doc = claimscope.annotate(text)
    assert [c.text for c in doc.claims] == ["The festival opens on Friday."]


def test_a_document_seen_by_an_outlet_is_the_source() -> None:
    """*Internal emails seen by the Guardian show C*: *the Guardian show* is no
    programme (the outlet is the agent of *seen*), and the source keeps its head noun
    after an opening adjective (*Secret documents*, not *Secret*)."""
    text = (
        "Internal emails seen by the Chronicle show managers knew about the fault. "
        "Secret documents seen by the Herald show that the deal was agreed in May. "
        "Internal reports seen by the BBC show that two audits were skipped. "
        "She won the top prize in the Eastbrook show."
    )
    doc = claimscope.annotate(text)
    for words, source in (
        ("managers knew", "Internal emails seen by the Chronicle"),
        ("the deal was agreed", "Secret documents seen by the Herald"),
        ("two audits were skipped", "Internal reports seen by the BBC"),
    ):
        claim = claim_holding(doc, words)
        assert claim.source is not None and claim.source.text == source
        assert claim.source.type is SourceType.DOCUMENT
        assert claim.cue is not None and claim.cue.text == "show"
    prize = claim_holding(doc, "top prize")
    assert prize.source is not None and prize.source.type is SourceType.AUTHOR


def test_an_amount_proposed_is_no_claim() -> None:
    """*factory owners proposed 9,000 dong a month*: what was proposed is a sum, not a
    proposition, so the sentence is the author's; *proposed that the wage rise to …*
    keeps its clause."""
    text = (
        "Talks collapsed on Monday after factory owners proposed 9,000 dong a month. "
        "The drivers' union is demanding $25 an hour. "
        "The owners proposed that the minimum wage rise to 9,500 dong."
    )
    doc = claimscope.annotate(text)
    lead = claim_holding(doc, "Talks collapsed")
    assert lead.source is not None and lead.source.type is SourceType.AUTHOR
    assert lead.text.startswith("Talks collapsed") and lead.text.endswith("a month.")
    assert not any(c.text.startswith(("9,000", "$25")) for c in doc.claims)
    claim = claim_holding(doc, "minimum wage rise")
    assert claim.source is not None and claim.source.text == "The owners"


def test_a_long_subject_before_an_aside_is_the_source() -> None:
    """*A group of 18 retailers sourcing from Vietnam, in a joint letter to the
    ministry, said C*: the subject runs to the first comma even past eight words; a
    lead with its own verb (*…, and the talks broke down, said X*) is no subject."""
    text = (
        "A group of 18 international retailers sourcing from Vietnam, in a joint letter "
        "to the ministry, said the new wage was too low to live on. "
        "A nurse who worked on the night shift at the Riverside clinic, speaking on "
        "condition of anonymity, said two wards had been closed. "
        "The minister's offer to meet the unions was rejected by the drivers, and the "
        "talks broke down, a union official said."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "too low to live on")
    assert claim.source is not None
    assert claim.source.text == "A group of 18 international retailers sourcing from Vietnam"
    claim = claim_holding(doc, "two wards had been closed")
    assert claim.source is not None and claim.source.text.startswith("A nurse who worked")
    claim = claim_holding(doc, "the talks broke down")
    assert claim.source is not None and claim.source.text == "a union official"


def test_find_after_help_and_its_object_is_no_finding() -> None:
    """*The award could help the film find a wider audience*: a bare *find* after
    *help* and its object reports no finding (the phrase *help the film* is no
    source); *The inquiry found that C* still reports one."""
    text = (
        "The festival award could help the film find a wider audience in Europe. "
        "Volunteers are helping police find the missing hiker. "
        "The inquiry found that the hospital had ignored repeated warnings."
    )
    doc = claimscope.annotate(text)
    for words in ("a wider audience", "the missing hiker"):
        claim = claim_holding(doc, words)
        assert claim.source is not None and claim.source.type is SourceType.AUTHOR
        assert claim.cue is None
    claim = claim_holding(doc, "ignored repeated warnings")
    assert claim.source is not None and claim.source.text == "The inquiry"


def test_an_estimated_sum_is_no_hedge_on_the_claim() -> None:
    """*caused an estimated $38,000 in damage*: the sum is an estimate, the claim
    (the thefts caused damage) is not hedged; *An estimated 20,000 people joined*
    (the count is the claim) and *officials estimated that C* stay hedged."""
    text = (
        "Police said the break-ins caused an estimated $52,000 in damage. "
        "The sequel opened to an estimated £31 million, the studio said. "
        "An estimated 12,000 people joined the march. "
        "Officials estimated that 200 homes were lost."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "break-ins caused").confidence is Confidence.REPORTED
    assert claim_holding(doc, "opened to").confidence is Confidence.REPORTED
    assert claim_holding(doc, "12,000 people").confidence is Confidence.HEDGED
    assert claim_holding(doc, "200 homes").confidence is Confidence.HEDGED


def test_whether_after_looking_into_is_a_question_under_inquiry() -> None:
    """*Prosecutors are looking into whether C*: an inquiry (like *examining whether*),
    not a doubt the speaker casts; *It is unclear whether C* stays hedged."""
    text = (
        "Prosecutors are looking into whether the mayor accepted gifts, two sources said. "
        "It is unclear whether the mayor accepted gifts, the sources said."
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "looking into whether")
    assert claim.confidence is Confidence.REPORTED
    assert claim_holding(doc, "It is unclear").confidence is Confidence.HEDGED


def test_where_a_voice_was_raised_is_no_content() -> None:
    """*Two men argued outside the shop*: where (or with whom) one argued or shouted
    says nothing; *argued in court that C* and *argued with her neighbour that C*
    keep their clause."""
    text = (
        "Two men argued outside the bakery before the police arrived. "
        "Fans shouted outside the stadium for an hour. "
        "The defence argued in court that the search was unlawful. "
        "She argued with her landlord that the rent rise was illegal."
    )
    doc = claimscope.annotate(text)
    for words in ("outside the bakery", "outside the stadium"):
        claim = claim_holding(doc, words)
        assert claim.source is not None and claim.source.type is SourceType.AUTHOR
    assert claim_holding(doc, "the search was unlawful").text == "the search was unlawful"
    claim = claim_holding(doc, "rent rise was illegal")
    assert claim.text == "the rent rise was illegal"
    assert claim.source is not None and claim.source.text == "She"


def test_a_long_quotation_before_said_x_is_no_subject_of_a_participle() -> None:
    """*"… It reminds us a bit of the old freight program," said Ramos, referring to
    X*: the words before the quote-closing comma are the quotation's, not a long
    subject whose aside is *said Ramos*; no claim takes "It" as its speaker."""
    doc = claimscope.annotate(
        "“We do think this is a really neat program. It reminds us a bit of the old "
        "freight program,” said Ramos, referring to the Federal Aviation Administration’s "
        "Orbital Freight Services effort that funded the first cargo flights."
    )
    assert [c.source.text for c in doc.claims] == ["Ramos"]
