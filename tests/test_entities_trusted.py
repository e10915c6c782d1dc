"""The entity stage builds its entities and sources without re-running their checks:
what it builds must be what the checked constructors would build."""

from __future__ import annotations

import pytest
from claim_docs import assert_sources_checked

import claimscope
from claimscope import Entity

TEXTS = [
    "Jane Doe, the chief constable, said the force would act. She added that it was "
    "ready. Ms. Doe later told reporters the plan was sound, according to the BBC.",
    '"We will win," said Mayor Frank Jackson. The mayor said he was sure. A spokesman '
    "for the governor said the talks had failed, and officials said they would resume.",
    "Researchers at Calder Marine said the yard would close. The company blamed costs. "
    "Its chief executive, Tom Reyes, said he regretted it, and Reyes told the Herald so.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_entities_pass_the_checks_they_skip(text: str) -> None:
    """Every entity equals one built by ``Entity(...)`` with its checks (name among
    its mentions, mentions in text order), and every source one built by
    ``Source(...)``."""
    doc = claimscope.annotate(text)
    assert doc.entities
    for entity in doc.entities:
        checked = Entity(entity.id, entity.type, entity.name, entity.mentions, entity.reason)
        assert checked == entity
    assert_sources_checked(doc.claims)
