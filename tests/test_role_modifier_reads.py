"""A role description's modifier is checked against a bounded number of name mentions.

*the Vermont senator* refers back to the senator the text introduced as *Vermont Sen.
Jane Roe*, however often it names her in between: the check reads the entity's first
and latest name mentions (:data:`claimscope.entities._role_modifiers.NAMES_READ`), so a
long text that names one person hundreds of times costs the same per description.
"""

from __future__ import annotations

import claimscope
from claimscope.entities import _role_modifiers
from claimscope.testing import claim_holding


def _article(repeats: int) -> str:
    middle = " ".join(
        f"Roe met farmers in town number {k}. Doe toured a factory there." for k in range(repeats)
    )
    return (
        "Vermont Sen. Jane Roe and Florida Sen. John Doe spoke at the dairy summit on "
        f"Monday. {middle} The Vermont senator said the milk subsidy would be renewed."
    )


def test_the_vermont_senator_is_the_one_introduced_so() -> None:
    """With few mentions the modifier picks Roe, not the senator named last."""
    doc = claimscope.annotate(_article(2))
    assert "Jane Roe" in claim_holding(doc, "milk subsidy").source.text


def test_many_mentions_in_between_do_not_change_the_holder() -> None:
    """Far more name mentions than the check reads: the introduction still decides."""
    repeats = 3 * _role_modifiers.NAMES_READ * _role_modifiers._SCAN
    doc = claimscope.annotate(_article(repeats))
    assert "Jane Roe" in claim_holding(doc, "milk subsidy").source.text
