"""Whom a bare surname, *the company* and a gendered pronoun refer to (composed news
sentences; each test a referent the rules once got wrong)."""

from __future__ import annotations

import claimscope
from claimscope import Document


def _source_of(doc: Document, contains: str) -> str | None:
    """The source text of the claim holding ``contains``, or ``None`` for the author."""
    for claim in doc.claims:
        if contains in claim.text:
            source = claim.source
            if source.entity is None:
                return None
            return doc.entities[source.entity].name.text
    found = "\n".join(f"  {c.text!r}" for c in doc.claims)
    raise AssertionError(f"no claim holding {contains!r}; claims are:\n{found}")


def test_a_bare_surname_is_the_person_not_the_firm_named_after_them() -> None:
    """*Okafor said* after *Daniel Okafor of the law firm Okafor Brandt* is the lawyer:
    a surname alone means the person who bears it, not a firm whose name starts with it."""
    doc = claimscope.annotate(
        "Her lawyer, Daniel Okafor of the law firm Okafor Brandt, said his client had "
        'been "treated unfairly". Okafor said the agreement could not stop her from '
        "speaking to regulators."
    )
    assert _source_of(doc, "could not stop her") == "Daniel Okafor"
