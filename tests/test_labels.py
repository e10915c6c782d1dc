"""The label enums: ``Rule`` values, the schema listing them, and strict claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimscope
from claimscope.labels import Rule
from claimscope.model import Claim, Confidence, QuoteKind, Source, SourceType

SCHEMA_PATH = (
    Path(__file__).resolve().parent.parent / "docs" / "schema" / "claimscope-1.schema.json"
)


def test_schema_lists_every_rule() -> None:
    """The JSON Schema's ``rule`` enum is exactly the values of :class:`Rule`, in order."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    listed = schema["$defs"]["claim"]["properties"]["rule"]["enum"]
    assert listed == [r.value for r in Rule]


def test_every_rule_the_engine_emits_is_a_member() -> None:
    """Claims from a text exercising several patterns carry ``Rule`` members whose
    JSON form is the plain string."""
    text = (
        "The council voted on Monday. Jane Doe, the council's chief engineer, said the "
        'bridge would close. "It is not safe," said Tom Reyes. According to the '
        "ministry, repairs will take a year."
    )
    doc = claimscope.annotate(text)
    rules = {c.rule for c in doc.claims}
    assert all(type(r) is Rule for r in rules)
    assert {Rule.AUTHOR, Rule.APPOSITIVE_SAID, Rule.QUOTE_SAID_X} <= rules
    assert {c["rule"] for c in doc.to_dict()["claims"]} == {r.value for r in rules}
    assert claimscope.Document.from_json(doc.to_json()) == doc


def test_claim_rejects_an_unknown_rule() -> None:
    """A claim built with a rule no pattern has fails, naming the allowed values."""
    with pytest.raises(ValueError, match="not a Rule; use one of"):
        Claim(0, 3, "abc", 0, QuoteKind.NONE, Confidence.ASSERTED, Source(SourceType.AUTHOR),
              rule="my rule")  # fmt: skip


def test_reading_json_with_an_unknown_rule_is_a_schema_error() -> None:
    """``Document.from_dict`` reports an unknown rule as a SchemaError at its path."""
    data = claimscope.annotate("Jane Doe said the bridge would close.").to_dict()
    data["claims"][0]["rule"] = "made up"
    with pytest.raises(claimscope.SchemaError, match=r"claims\[0\]\.rule"):
        claimscope.Document.from_dict(data)
