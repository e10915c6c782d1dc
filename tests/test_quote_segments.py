"""A quotation split by its attribution: one claim per quoted segment.

``"C1," X said. "C2."`` (and ``"C1," X said, "C2."``, ``"C1," said X. "C2."``, and the
quote paragraphs that follow) give each segment a claim of its own with the same source
and cue, labelled by its own cues: a hedge in one segment does not leak into the other,
and no segment's content holds the attribution clause. Composed sentences.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimscope
from claimscope import Confidence, SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


_FORMS = [
    '"The lads are buzzing," the striker Tom Reid said. "We think we can go all the way."',
    '"The lads are buzzing," the striker Tom Reid said, "and we think we can go all the way."',
    '"The lads are buzzing," said the striker Tom Reid. "We think we can go all the way."',
    '"The lads are buzzing," Tom Reid said after the match. "We think we can go all the way."',
    "“The lads are buzzing,” Tom Reid, who scored twice, said. “We think we can go all the way.”",
    '"The lads are buzzing," Tom Reid said on Saturday, "and we think we can go all the way."',
]


@pytest.mark.parametrize("text", _FORMS)
def test_each_segment_is_a_claim_with_its_own_label(text: str) -> None:
    """The quote before the attribution is reported, the hedged one after it hedged;
    both come from Tom Reid through the one 'said', and neither holds the clause."""
    claims = _attributed(text)
    assert len(claims) == 2, [c.text for c in claims]
    first, second = claims
    assert first.text.strip('"“”,') == "The lads are buzzing"
    assert "think" in second.text and "Reid" not in second.text
    assert [first.confidence, second.confidence] == [Confidence.REPORTED, Confidence.HEDGED]
    assert {c.source.text for c in claims} == {"Tom Reid"}
    assert {(c.cue.start, c.cue.text) for c in claims if c.cue is not None} == {
        (text.index("said"), "said")
    }
    for claim in claims:
        assert claim.quote.value == "direct"
        assert any(cue.text == "said" for cue in claim.cues)


def test_the_hedge_of_the_first_segment_stays_there() -> None:
    """'It is possible that …,' he said. 'We should not …': the first segment is
    hedged, the second reported."""
    text = (
        "Prof Colin Reeves, a neurologist, was cautious. “It is possible that healthier "
        "people simply walk more,” he said. “We should not tell the public that walking "
        "will stop dementia.”"
    )
    labels = [(c.text[:12], c.confidence) for c in _attributed(text) if c.cue is not None]
    assert labels == [("“It is possi", Confidence.HEDGED), ("“We should n", Confidence.REPORTED)]


def test_continuation_paragraphs_get_their_own_claims() -> None:
    """A quote resumed after the attribution and running on into the next paragraph
    gives a claim per segment and per paragraph, all from the speaker."""
    text = (
        '"The lads are buzzing," Tom Reid said. "We think we can go all the way.\n\n'
        '"The fans may not believe it yet, but the dressing room does."'
    )
    claims = _attributed(text)
    assert [c.confidence for c in claims] == [
        Confidence.REPORTED,
        Confidence.HEDGED,
        Confidence.HEDGED,
    ]
    assert {c.source.text for c in claims} == {"Tom Reid"}
    assert claims[2].text.startswith('"The fans') and "\n" not in claims[1].text


def test_a_distancing_cue_in_the_clause_bears_on_both_segments() -> None:
    """'"C1," he reportedly said. "C2."': the clause's distancing cue labels both."""
    text = (
        'The manager was furious. "That was never a penalty," he reportedly told '
        'the referee. "You have cost us the title."'
    )
    claims = [c for c in _attributed(text) if c.cue is not None and c.cue.text == "told"]
    assert [c.confidence for c in claims] == [Confidence.ALLEGED, Confidence.ALLEGED]


def test_a_quote_resuming_after_the_hearer_is_a_segment() -> None:
    """'"C1," she told reporters, "C2."': the quote after the hearer resumes the
    speaker's words (it was lost: no pattern took it) and is its own segment."""
    text = (
        '"We are not going anywhere," the club chairman Ann Price told reporters, '
        '"and the board may yet invest more."'
    )
    claims = _attributed(text)
    assert [c.text[:8] for c in claims] == ['"We are ', '"and the']
    assert [c.confidence for c in claims] == [Confidence.REPORTED, Confidence.HEDGED]
    assert {c.source.text for c in claims} == {"Ann Price"}


def test_a_parenthetical_attribution_in_prose_stays_one_claim() -> None:
    """'The larger landers, he said, could deliver tools': no quote resumes after the
    clause, so the content runs over it as one proposition."""
    text = "The larger landers, he said, could deliver tools needed by astronauts."
    (claim,) = _attributed(text)
    assert claim.text.startswith("The larger landers") and claim.text.endswith("astronauts")


def test_quotes_after_an_attribution_before_them_stay_one_claim() -> None:
    """'X said: "C1." "C2."': no attribution splits the quotation, one claim."""
    text = 'Tom Reid said: "The lads are buzzing." "We think we can go all the way."'
    (claim,) = _attributed(text)
    assert claim.text.startswith('"The lads') and claim.text.endswith('way."')


_SEGMENTS = st.sampled_from(
    [
        "The lads are buzzing",
        "We may struggle without him",
        "The board has been very patient with us",
        "I think the fans deserve better",
        "Nobody expected this result",
    ]
)
_SPEAKERS = st.sampled_from(
    ["Tom Reid said", "said Tom Reid", "the manager said", "Reid, 24, said"]
)


_GAPS = st.sampled_from([". ", ", ", " on Saturday. ", " on Saturday, ", " after the game, "])


@given(_SEGMENTS, _SPEAKERS, _SEGMENTS, _GAPS)
def test_no_segment_holds_its_own_attribution(c1: str, speaker: str, c2: str, gap: str) -> None:
    """Whatever the segments, the speaker and the punctuation after the clause, no
    claim's content contains its own cue, and both segments are claims."""
    if gap.endswith(", "):
        c2 = c2[0].lower() + c2[1:]
    text = f'"{c1}," {speaker}{gap}"{c2}."'
    claims = [c for c in claimscope.annotate(text).claims if c.cue is not None]
    for claim in claims:
        assert claim.cue is not None
        assert not claim.start <= claim.cue.start < claim.end, (text, claim.text)
    assert any(c1 in c.text for c in claims) and any(c2 in c.text for c in claims), text


def test_polnear_scores_the_segments_as_one_attribution() -> None:
    """PolNeAR annotates '"C1," X said. "C2."' as one attribution whose content is in
    pieces (scored as their hull): the segments are one prediction with that hull, so
    the split costs no false positive and the content matches exactly."""
    from claimscope.evaluation.polnear import (
        GoldAttribution,
        GoldDocument,
        predictions,
        score_document,
    )

    text = '"The lads are buzzing," Tom Reid said. "We think we can go all the way."'
    doc = claimscope.annotate(text)
    assert len(_attributed(text)) == 2
    (pred,) = predictions(doc)
    assert pred.content == (0, len(text))
    said, reid = text.index("said"), text.index("Tom Reid")
    gold = GoldDocument(
        "d1",
        text,
        (
            GoldAttribution(
                "E1",
                ((0, 22), (39, len(text))),
                ((reid, reid + 8),),
                ((said, said + 4),),
            ),
        ),
    )
    scores = score_document(gold, doc).scores
    assert (scores.predicted, scores.matched, scores.exact, scores.strict) == (1, 1, 1, 1)


def test_polnear_keeps_claims_of_other_paragraphs_apart() -> None:
    """A continuation in the next paragraph stays a prediction of its own."""
    from claimscope.evaluation.polnear import predictions

    text = '"The lads are buzzing," Tom Reid said.\n\n"We think we can go all the way."'
    assert len(_attributed(text)) == 2
    assert len(predictions(claimscope.annotate(text))) == 2
