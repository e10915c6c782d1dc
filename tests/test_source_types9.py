"""Source types and entity kinds that follow what a phrase means, not its shape
(round 9): a person after an addressee, peoples' governments, places named in an
unfamiliar language, tool nouns.

Composed news sentences; the names are invented or generic.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType


def _entity(doc: claimscope.Document, name: str) -> claimscope.Entity:
    found = [e for e in doc.entities if e.name.text == name]
    assert found, f"no entity named {name!r} in {[e.name.text for e in doc.entities]}"
    return found[0]


def test_a_name_after_an_addressed_body_starts_a_clause() -> None:
    """*He told the court Doyle had no previous convictions*: the court is told, and
    *Doyle* opens what it was told; the body noun is no role of the person after it,
    so Doyle stays a person and *the court* is not one of his mentions."""
    text = (
        "Martin Doyle, 44, of Station Road, Ashby, admitted careless driving. "
        "In mitigation, Alan Pryce said his client was deeply sorry. He told the court "
        "Doyle had no previous convictions and had tried to help at the scene.\n\n"
        "Doyle was banned from driving for two years."
    )
    doyle = _entity(claimscope.annotate(text), "Martin Doyle")
    assert doyle.type is SourceType.PERSON
    assert "the court" not in [m.text for m in doyle.mentions]
