"""Cue finding and attribution build their cues and sources without re-running the
checks when the checks would pass: what they build must be what the checked
constructors would build, and a span the checks reject must still raise."""

from __future__ import annotations

import pytest
from claim_docs import assert_sources_checked

from claimscope import Claim, Cue, Source, SourceType, Span
from claimscope.attribution import attribute, emit
from claimscope.cues import find_cues
from claimscope.quotes import find_quotes
from claimscope.segment import paragraph_spans, sentence_spans

TEXTS = [
    "He said he would. She told him they agreed. The mayor, who said he was tired, "
    "denied it, according to the Herald.",
    '"We will win," said Mayor Frank Jackson. A spokesman for the governor said the '
    "talks had failed, and officials said they would not resume, reportedly.",
    "Researchers at Calder Marine said the yard would close. Its chief executive, Tom "
    "Reyes, said he regretted it, and Reyes told the Herald so, aides were said to say.",
]


def _claims(text: str) -> tuple[tuple[Cue, ...], list[Claim]]:
    """The cues and claims the stages before the entity stage find in ``text``."""
    quotes = find_quotes(text)
    cues = find_cues(text, quotes)
    return cues, attribute(
        text, sentence_spans(text), paragraph_spans(text), quotes, cues, author_claims=True
    )


@pytest.mark.parametrize("text", TEXTS)
def test_cues_and_sources_pass_the_checks_they_skip(text: str) -> None:
    """Every cue equals one built by ``Cue(...)``, and every claim's source and chain
    link one built by ``Source(...)``, with their checks."""
    cues, claims = _claims(text)
    assert cues and claims
    for cue in cues:
        checked = Cue(
            cue.text, cue.start, cue.end, cue.kind, cue.entry, cue.stance, cue.negated, cue.reason
        )
        assert checked == cue
    assert_sources_checked(claims)


def test_emit_builders_raise_as_the_checked_constructors() -> None:
    """The emitting step's builders take their shortcut only when the checks would
    pass: a span out of order, a text of the wrong length or a nameless type with a
    span raises the constructor's own error."""
    assert emit._span("Doe", 5, 8) == Span("Doe", 5, 8)
    assert emit._source(SourceType.PERSON, "Doe", 5, 8, None) == Source(
        SourceType.PERSON, "Doe", 5, 8
    )
    with pytest.raises(ValueError, match="must be >= start"):
        emit._span("", 8, 5)
    with pytest.raises(ValueError, match="has length"):
        emit._source(SourceType.PERSON, "Doe", 5, 9, None)
    with pytest.raises(ValueError, match="has no text span"):
        emit._source(SourceType.AUTHOR, "Doe", 5, 8, None)
