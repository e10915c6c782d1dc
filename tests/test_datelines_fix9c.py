"""A dateline opening a story (*BEIJING (AFP) -*, *NAIROBI, Kenya (Reuters) —*,
*LIMA, Dec 3 (Reuters) -*) says where the story was filed; it is no word of the
proposition, in the writer's voice as in a source's (SPEC: content spans).

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("BEIJING (AFP) - ", "China summoned the Dutch ambassador on Tuesday over chip curbs."),
        (
            "NAIROBI, Kenya (Reuters) — ",
            "Kenya's central bank cut its main lending rate on Tuesday.",
        ),
        ("LIMA, Dec 3 (Reuters) - ", "Peru's Congress voted to remove the president on Wednesday."),
        ("PORTVILLE — ", "The Harbour Bridge will close for repairs next month."),
    ],
)
def test_an_author_claim_leaves_the_dateline_out(dateline: str, sentence: str) -> None:
    """The writer's own opening sentence after a dateline is a claim of the sentence
    alone: its content starts at the sentence's first word, and the offsets hold."""
    text = "Chip row deepens\n\n" + dateline + sentence + "\n\nNo further details were given."
    doc = claimscope.annotate(text)
    claim = next(c for c in doc.claims if sentence[:12] in c.text)
    assert claim.text == sentence.rstrip(".") or claim.text == sentence
    assert text[claim.start : claim.end] == claim.text
    assert claim.source.type.value == "author"


def test_a_capitalised_name_before_a_dash_inside_a_paragraph_stays() -> None:
    """*NATO - which has 32 members - will meet* is no dateline (a single hyphen
    spaced before a lower-case word): the sentence keeps its subject."""
    text = "Allies meet\n\nNATO - which has 32 members - will meet in Vilnius in July."
    doc = claimscope.annotate(text)
    assert any(c.text.startswith("NATO") for c in doc.claims)
