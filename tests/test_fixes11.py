"""Fixes of the eleventh round: general shapes behind known errors (a speaker in a
relative clause after a preposition, document sources, organisations named alone,
furniture, idioms read in the wrong sense).

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.entities import find_mentions
from claimscope.segment import segment


def _claim(doc: claimscope.Document, words: str) -> claimscope.Claim:
    found = [c for c in doc.claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in doc.claims]}"
    return found[0]


def test_a_capitalised_preposition_does_not_qualify_a_title() -> None:
    """In a run of capitals a title may carry a qualifier (*Foreign Minister Ana
    Costa*), but a shouted preposition or auxiliary glued to it is none: the mention is
    *Mr. Reyes*, not *TO Mr. Reyes*."""
    text = "The award went 100%TO Mr. Reyes, the judges said."
    spans, _ = segment(text)
    names = [text[m.start : m.end] for m in find_mentions(text, spans) if m.kind == "name"]
    assert "Mr. Reyes" in names
    assert not any(n.startswith("TO") for n in names)


def test_the_speaker_of_a_restrictive_who_after_a_preposition() -> None:
    """*siding with ranchers who said C*: the ranchers say C, not the clause around
    them; *heard from parents who said*, *sided with the growers who said* likewise."""
    text = (
        "The court ruled for the county on Friday, siding with ranchers who said the "
        "new fence blocked their cattle. The school board heard from parents who said "
        "the bus route was unsafe."
    )
    doc = claimscope.annotate(text)
    fence = _claim(doc, "the new fence blocked their cattle")
    assert fence.source.text == "ranchers"
    assert fence.source.type is SourceType.ANONYMOUS
    bus = _claim(doc, "the bus route was unsafe")
    assert bus.source.text == "parents"
    assert bus.source.type is SourceType.ANONYMOUS


def test_a_who_opening_the_subject_keeps_its_noun() -> None:
    """When the antecedent opens the subject (*Residents who fled said*, *a nurse who
    said*), nothing changes."""
    text = "The hospital backed a nurse who said she was dismissed for speaking out."
    doc = claimscope.annotate(text)
    assert _claim(doc, "she was dismissed").source.text == "a nurse"
