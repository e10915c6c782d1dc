"""Attribution structures a reader meets in wire and court copy (round 9's fix list):
a statement *posted* or *emailed* somewhere, a document that *states*, a content
holding its own *said*, a relative speaking *through an interpreter*.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


def _claim_at(text: str, anchor: str) -> claimscope.Claim:
    """The claim whose content holds ``anchor``; fails when none does."""
    at = text.index(anchor)
    for c in claimscope.annotate(text).claims:
        if c.start <= at < c.end:
            return c
    raise AssertionError(f"no claim holds {anchor!r}")


# -- a statement posted or emailed: the participle names the statement's way ----------


@pytest.mark.parametrize(
    ("text", "anchor", "source"),
    [
        (
            "Repairs to the pumping station would take at least a week, the water board "
            "said in a statement posted on its website.",
            "Repairs to the pumping station",
            "the water board",
        ),
        (
            '"We regret the disruption to passengers," the airline said in a statement '
            "posted on social media on Tuesday.",
            "We regret the disruption",
            "the airline",
        ),
        (
            "In a statement emailed to The Ledger, the mayor's office said the budget "
            "was balanced.",
            "the budget was balanced",
            "the mayor's office",
        ),
    ],
)
def test_a_statement_posted_or_emailed_leaves_said_the_cue(
    text: str, anchor: str, source: str
) -> None:
    """'said in a statement posted on its website': *posted* after *statement*
    modifies the statement, so the cue is *said*; 'In a statement emailed to The
    Ledger, X said C' makes one claim, not another one 'to The Ledger'."""
    c = _claim_at(text, anchor)
    assert c.cue is not None and c.cue.text == "said"
    assert c.source.text == source
    doc = claimscope.annotate(text)
    assert len(doc.claims) == 1


# -- a relative who gives only a first name, speaking through an interpreter ----------


@pytest.mark.parametrize(
    ("text", "anchor", "source"),
    [
        (
            "Another relative, who gave only his first name, Julio, said through an "
            "interpreter that soldiers had burned the family's house.",
            "soldiers had burned",
            "Julio",
        ),
        (
            "One resident, who asked to be identified only by her first name, Amina, said "
            "the water had been brown for a week.",
            "the water had been brown",
            "Amina",
        ),
    ],
)
def test_a_name_given_in_an_aside_is_the_source(text: str, anchor: str, source: str) -> None:
    """'Another relative, who gave only his first name, Julio, said through an
    interpreter that C': the name after an aside that gives it is the speaker, not the
    aside; the content is the *that*-clause, not 'through an interpreter …'."""
    c = _claim_at(text, anchor)
    assert c.source.text == source
    assert c.text.startswith(anchor[:8])
    assert c.cue is not None and c.cue.text == "said"


# -- a document that states -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "source"),
    [
        (
            "The landlord ignored repeated warnings about damp in the flats, the complaint states.",
            "ignored repeated warnings",
            "the complaint",
        ),
        (
            "The indictment states that the two men laundered the money through a car dealership.",
            "laundered the money",
            "The indictment",
        ),
    ],
)
def test_a_document_that_states_is_the_source(text: str, anchor: str, source: str) -> None:
    """'C, the complaint states.' and 'The indictment states that C': *states* after
    a document noun, or closing the sentence after a comma, reports."""
    c = _claim_at(text, anchor)
    assert c.source.text == source
    assert c.source.type is claimscope.SourceType.DOCUMENT
    assert c.cue is not None and c.cue.text == "states"


@pytest.mark.parametrize(
    "text",
    [
        "Several states have passed similar laws since the ruling.",
        "The treaty was signed by all member states in Brussels.",
        "Turnout rose across the region, including the Gulf states.",
    ],
)
def test_states_the_noun_is_no_cue(text: str) -> None:
    """'member states', 'several states have passed': the noun *states* reports
    nothing, so the sentence stays in the author's voice."""
    doc = claimscope.annotate(text)
    assert all(c.cue is None or c.cue.text != "states" for c in doc.claims)


# -- a content that holds a 'said' of its own, then coordinated speakers ------------


def test_a_content_holding_said_before_coordinated_speakers() -> None:
    """'C (… after the government said it would …), industry officials and analysts
    said Wednesday.': the inner *said* claim ends at the comma before the coordinated
    speakers, and the whole of C is theirs."""
    text = (
        "Steelmakers could face billions of dollars in lost orders after the government "
        "said it would lift import quotas from January, union leaders and analysts said "
        "Wednesday."
    )
    outer = _claim_at(text, "Steelmakers could face")
    assert outer.source.text is not None and "analysts" in outer.source.text
    assert outer.source.type is claimscope.SourceType.ANONYMOUS
    inner = _claim_at(text, "lift import quotas")
    assert "analysts" not in inner.text


# -- somebody said to have described something -------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "source"),
    [
        (
            "One senior aide is said to have privately described the minister's plan as "
            '"a car crash in slow motion".',
            "a car crash",
            "One senior aide",
        ),
        (
            "Several ministers were said to have called the budget a betrayal of voters.",
            "a betrayal",
            "Several ministers",
        ),
    ],
)
def test_said_to_have_described_gives_the_speaker(text: str, anchor: str, source: str) -> None:
    """'One senior aide is said to have privately described the plan as "a car
    crash"': the aide is the speaker, the hearsay keeps the claim alleged; only
    'X is said to be …' leaves nobody named."""
    c = _claim_at(text, anchor)
    assert c.source.text == source
    assert c.source.type is claimscope.SourceType.ANONYMOUS
    assert c.confidence is claimscope.Confidence.ALLEGED


def test_said_to_be_keeps_nobody_named() -> None:
    """'The minister is said to be furious': a state of the subject, not a speech, so
    the source stays unspecified."""
    c = _claim_at("The minister is said to be furious about the leak.", "furious")
    assert c.source.type is claimscope.SourceType.UNSPECIFIED


# -- according to a readout, a name with a particle told her hosts ------------------


def test_readout_relays_a_name_with_a_particle() -> None:
    """'According to a readout of the call, van Doorn told her hosts that C': C is van
    Doorn's, the readout on its chain; a lower-case particle (*van*, *de*) does not
    stop the name being plainly a source."""
    text = (
        "Dutch trade minister Marieke van Doorn arrived in Beijing on Monday. According "
        "to a readout of the call, van Doorn told her hosts that the controls were aimed "
        "at no single country."
    )
    c = _claim_at(text, "aimed at no single country")
    assert c.source.text is not None and "van Doorn" in c.source.text
    assert [link.text for link in c.chain] == ["a readout"]


def test_said_to_want_keeps_nobody_named() -> None:
    """'The club are said to want the full fee paid up front': *want* is the subject's
    wish reported by nobody named, not the club's speech."""
    c = _claim_at("The club are said to want the full fee paid up front.", "the full fee")
    assert c.source.type is claimscope.SourceType.UNSPECIFIED


def test_a_courtier_said_to_have_described() -> None:
    """'One senior courtier is said to have privately described the complaints as
    "a storm in a teacup"': a courtier is an unnamed member of a royal household,
    anonymous like an aide, and the speaker here."""
    text = (
        "One senior courtier is said to have privately described the duke's complaints "
        'as "a fuss about nothing".'
    )
    c = _claim_at(text, "a fuss about nothing")
    assert c.source.text == "One senior courtier"
    assert c.source.type is claimscope.SourceType.ANONYMOUS
