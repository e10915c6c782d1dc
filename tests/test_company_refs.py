"""*The company did not respond to questions*: the silence is the company's reported
claim (the set's convention, as for *did not respond to a request for comment*), and
*the company* is the business the story names, never a union or federation named
with its acronym, nor a platform the text names only as a company's page.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


def _last(text: str) -> claimscope.Claim:
    return claimscope.annotate(text).claims[-1]


@pytest.mark.parametrize(
    "silence",
    [
        "The company did not respond to questions by the time of publication.",
        "The company did not respond to a request for comment.",
    ],
)
def test_the_company_is_not_a_union_named_by_its_acronym(silence: str) -> None:
    """*the National Union of Textile Workers (Nutwu)* is a union: *The company* of a
    later sentence does not mean it."""
    text = (
        "Mill workers strike\n\nThe strike was called by the National Union of Textile "
        "Workers (Nutwu) after talks broke down. Nutwu said wages had fallen behind "
        "inflation.\n\nAt a mill in Durban, a shop steward said managers had threatened "
        "staff. " + silence
    )
    claim = _last(text)
    assert "respond" in claim.text or "to questions" in claim.text or "request" in claim.text
    assert claim.source is not None
    assert "Nutwu" not in claim.source.text and "Union" not in claim.source.text, claim
    assert claim.confidence.value == "reported"


def test_the_company_is_not_the_platform_of_its_page() -> None:
    """*posted on its Facebook page*: Facebook labels the company's page; *The
    company* later is the mine operator the story named."""
    text = (
        "Miners trapped\n\nAndes Rock Mining S.A., which runs the mine, said two workers "
        'were trapped.\n\n"We are doing everything we can," the company said in a '
        "statement posted on its Facebook page.\n\nRelatives accused the operator of "
        "ignoring warnings. The company did not respond to a request for comment."
    )
    claim = _last(text)
    assert claim.source is not None
    assert "Andes Rock" in claim.source.text or claim.source.text.lower() == "the company"
