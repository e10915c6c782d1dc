"""A possessive apostrophe (*hawkers' rents*, *Workers' Party*) is no quotation mark:
the content of *asked whether hawkers' rents …* starts at *whether* or its subject,
never at the apostrophe (SPEC: quote kinds; content spans).

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Workers' Party MP Gerald Giam asked whether hawkers' rents would be capped.",
            "hawkers' rents would be capped",
        ),
        (
            "Mr Giam asked the minister if stallholders' leases would be renewed.",
            "stallholders' leases would be renewed",
        ),
        (
            "Ms Lim told reporters the growers' association would appeal the ruling.",
            "the growers' association would appeal the ruling",
        ),
    ],
)
def test_a_possessive_apostrophe_does_not_open_the_content(sentence: str, content: str) -> None:
    """The content after an object verb runs from its clause, not from the mark after
    a plural possessive, and is no quotation."""
    text = "Rents debated\n\nHawker rents rose again in May.\n\n" + sentence
    claim = next(c for c in claimscope.annotate(text).claims if "would" in c.text)
    assert claim.text.endswith(content), claim.text
    assert not claim.text.startswith("'")
    assert claim.quote.value == "indirect"


def test_a_real_quotation_after_an_object_verb_is_the_content() -> None:
    """*asked the minister: 'Will the rents be capped?'* and *told reporters 'the
    rents are unfair'*: a quotation reached first is still the content."""
    text = "Rents debated\n\nMs Lim told reporters 'the rents are unfair to every hawker'."
    claim = claimscope.annotate(text).claims[-1]
    assert claim.text.startswith("'the rents"), claim.text


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ms Tan asked whether the agency would review 'the rent framework'.",
            "whether the agency would review 'the rent framework'",
        ),
        (
            "The reporter asked the minister several times if stallholders would be compensated.",
            "if stallholders would be compensated",
        ),
    ],
)
def test_an_indirect_question_is_the_content_of_asked(sentence: str, content: str) -> None:
    """*asked (the minister) whether C*: the question word opens the content, so the
    addressee stays out and a quotation inside the question is only part of it."""
    text = "Rents debated\n\nHawker rents rose again in May.\n\n" + sentence
    claim = next(c for c in claimscope.annotate(text).claims if "would" in c.text)
    assert claim.text == content
