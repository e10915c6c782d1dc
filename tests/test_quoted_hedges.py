"""A hedge inside quotation marks hedges the claim it stands in (SPEC, confidence:
a cue counts wherever it stands in the claim's content), also when the quotation is
a word or two set far from the reporting verb. A quoted title keeps its words to
itself.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope.cues import find_cues
from claimscope.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        'The coastguard assessed that the risk to fishing boats in the area "remains high" '
        'and that further storms were "likely" later in the week.',
        "The insurer said in a long note to clients on Friday that the risk of flooding "
        "across the valley was 'probably' higher than its models had shown.",
    ],
)
def test_a_quoted_hedge_word_hedges_the_claim(sentence: str) -> None:
    """*further storms were "likely"*: the source's own hedge, quoted, is still a
    hedge of its claim."""
    text = "Storm warning\n\nThe harbour was closed on Monday.\n\n" + sentence
    claim = next(c for c in claimscope.annotate(text).claims if "risk" in c.text)
    assert claim.confidence.value == "hedged", claim
    assert any(c.kind.value == "hedge" for c in claim.cues)


def test_a_hedge_word_in_a_quoted_title_is_no_cue() -> None:
    """*"Might Makes Right"* names a film: its *might* hedges nothing."""
    text = 'The film "Might Makes Right" opened at the festival on Sunday.'
    assert not any(c.kind.value == "hedge" for c in find_cues(text, find_quotes(text)))
