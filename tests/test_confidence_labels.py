"""Unit tests of :mod:`claimscope.confidence` on cues found in composed news
sentences: the SPEC precedence, the floors and negation."""

from __future__ import annotations

import pytest

from claimscope import confidence
from claimscope.cues import find_cues
from claimscope.model import Confidence, CueKind
from claimscope.quotes import find_quotes


def _label(sentence: str, *, attributed: bool = True) -> Confidence:
    return confidence.label(find_cues(sentence, find_quotes(sentence)), attributed=attributed)


@pytest.mark.parametrize(
    "sentence,attributed,expected",
    [
        ("The mayor said the pier will reopen in May.", True, Confidence.REPORTED),
        ("The pier reopened in May.", False, Confidence.ASSERTED),
        ("The mayor said the pier may reopen in May.", True, Confidence.HEDGED),
        ("The pier will probably reopen in May.", False, Confidence.HEDGED),
        ("The mayor denied that the pier was unsafe.", True, Confidence.DENIED),
        ("The contractor allegedly skipped the inspection.", False, Confidence.ALLEGED),
        ("Critics claimed the pier was unsafe.", True, Confidence.ALLEGED),
        ("The mayor denied claims that the pier may be unsafe.", True, Confidence.DENIED),
    ],
)
def test_label_follows_the_precedence(
    sentence: str, attributed: bool, expected: Confidence
) -> None:
    """denied > alleged > hedged > reported > asserted, with the floor set by
    whether the claim is attributed."""
    assert _label(sentence, attributed=attributed) is expected


def test_a_reporting_cue_does_not_lift_an_author_claim() -> None:
    """A reporting verb inside the text's own sentence leaves it ``asserted``."""
    assert _label("The report was published in May.", attributed=False) is Confidence.ASSERTED


def test_negated_denial_only_reports() -> None:
    """*did not deny* rejects nothing: the claim is ``reported``."""
    cues = find_cues("The mayor did not deny that the pier was unsafe.")
    denial = [c for c in cues if c.entry == "deny" or c.text == "deny"]
    assert denial and all(c.negated for c in denial)
    assert confidence.label(cues, attributed=True) is Confidence.REPORTED


def test_reasons_are_the_cues_that_decided() -> None:
    """The reasons of a hedged label are the hedge cues, not the reporting verb."""
    cues = find_cues("The engineer said the pier might collapse.")
    label = confidence.label(cues, attributed=True)
    assert label is Confidence.HEDGED
    reasons = confidence.reasons(cues, label)
    assert reasons and all(c.kind is CueKind.HEDGE for c in reasons)
