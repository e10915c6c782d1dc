"""The learned path on real news (round 7): where the cue model's decision and the
rule engine's reading disagree, the rule engine's specific reason wins.

* a rule cue of hedging stance the model vetoes (*the treasury expected exports to
  recover*: no attribution of the treasury's own, PolNeAR says) still hedges the
  claim it stands in, as SPEC counts a hedge wherever it stands in the content.

Composed news sentences.
"""

from __future__ import annotations

from claimscope import Annotator, learned
from claimscope.cues import find_cues
from claimscope.model import Confidence, CueKind
from claimscope.quotes import find_quotes
from claimscope.segment import segment


def _decided(text: str) -> learned.Decided:
    """What :func:`learned.decide` makes of ``text``'s rule cues."""
    spans, _ = segment(text)
    quotes = find_quotes(text)
    return learned.decide(text, spans, quotes, find_cues(text, quotes))


# -- a vetoed hedging cue still hedges -------------------------------------------------

EXPECTED = (
    "Finance Minister Carla Mendes said on Tuesday that the treasury expected exports "
    "to recover in the spring as new contracts came in."
)


def test_vetoed_hedging_cue_stays_as_a_hedge() -> None:
    """The model vetoes *expected* inside the minister's reported clause; the word
    stays among the cues as a hedge that says why, and is not counted as added."""
    decided = _decided(EXPECTED)
    assert [c.text for c in decided.vetoed] == ["expected"]
    kept = [c for c in decided.cues if c.text == "expected"]
    assert [(c.kind, c.reason) for c in kept] == [
        (CueKind.HEDGE, "vetoed reporting cue kept as a hedge")
    ]
    assert not decided.added


def test_claim_over_a_vetoed_hedging_cue_is_hedged() -> None:
    """The minister's claim is hedged on both paths: the learned one reads the
    vetoed *expected* as the hedge the rule engine's nested cue made it."""
    for decisions in ("rules", "learned"):
        claims = Annotator(decisions=decisions).annotate(EXPECTED).claims
        assert [(c.source.text, c.confidence) for c in claims] == [
            ("Finance Minister Carla Mendes", Confidence.HEDGED)
        ]


def test_vetoed_hedging_word_inside_a_quotation_does_not_hedge() -> None:
    """Inside quotation marks the cue finder already made the attitude verbs hedges;
    a vetoed *fear* there is the noun (*nothing to fear*) and hedges nothing."""
    text = (
        'Housing Minister Ruth Okafor insisted that honest landlords had "nothing to '
        'fear" from the new rules.'
    )
    decided = _decided(text)
    assert [c.text for c in decided.vetoed] == ["fear"]
    assert [c.text for c in decided.cues] == ["insisted"]
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [c.confidence for c in claims] == [Confidence.REPORTED]
