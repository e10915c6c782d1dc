"""Source profiles: distinct sources, their mentions and claims, shares by label."""

from __future__ import annotations

import json

import pytest
from claim_docs import news_document, sentences_of

from claimscope import Claim, Confidence, Document, QuoteKind, Source, SourceType


def test_sources_groups_claims_by_source() -> None:
    """Jane Doe's two claims form one source with both mentions; each other source one."""
    doc = news_document()
    found = doc.sources()
    assert [(s.type.value, s.text) for s in found] == [
        ("person", "Jane Doe"),
        ("anonymous", "Officials familiar with the budget"),
        ("document", "a 2019 inspection report"),
        ("organization", "The council"),
        ("author", None),
    ]
    jane = found[0]
    assert [m.text for m in jane.mentions] == ["Jane Doe", "She"]
    assert [c.confidence.value for c in jane.claims] == ["reported", "hedged"]
    assert sum(len(s.claims) for s in found) == len(doc.claims)


def test_nameless_sources_group_by_type() -> None:
    """All unspecified claims form one source, all author claims another."""
    t = "It is understood that talks resumed. Prices rose. It was claimed that he left."
    ss = sentences_of(t)
    claims = []
    for i, (content, kind, conf) in enumerate(
        [
            ("talks resumed", SourceType.UNSPECIFIED, Confidence.REPORTED),
            ("Prices rose.", SourceType.AUTHOR, Confidence.ASSERTED),
            ("he left", SourceType.UNSPECIFIED, Confidence.ALLEGED),
        ]
    ):
        start = t.index(content)
        claims.append(
            Claim(start, start + len(content), content, i, QuoteKind.INDIRECT, conf, Source(kind))
        )
    found = Document(t, ss, tuple(claims)).sources()
    assert [(s.type.value, len(s.claims)) for s in found] == [("unspecified", 2), ("author", 1)]
    assert found[0].mentions == ()


def test_profile_shares_by_type_and_confidence() -> None:
    """Shares count claims by label over all claims and list every label."""
    p = news_document().profile()
    assert p.claims == 6
    assert [s.label for s in p.by_source_type] == [t.value for t in SourceType]
    assert [s.label for s in p.by_confidence] == [c.value for c in Confidence]
    assert p.share("person") == pytest.approx(2 / 6)
    assert p.share(SourceType.ANONYMOUS) == pytest.approx(1 / 6)
    assert p.share(Confidence.REPORTED) == pytest.approx(3 / 6)
    assert p.share("alleged") == 0.0
    assert sum(s.share for s in p.by_confidence) == pytest.approx(1.0)


def test_profile_share_of_an_unknown_label_says_what_is_allowed() -> None:
    """Asking for an unknown label raises KeyError listing the valid ones."""
    with pytest.raises(KeyError, match="anonymous"):
        news_document().profile().share("rumour")


def test_empty_document_profile_has_zero_shares() -> None:
    """A document without claims has no sources and every share 0.0."""
    p = Document("").profile()
    assert p.claims == 0 and p.sources == ()
    assert all(s.share == 0.0 and s.count == 0 for s in (*p.by_source_type, *p.by_confidence))


def test_profile_block_in_json_is_optional_and_ignored_on_reading() -> None:
    """to_dict(profile=True) adds a profile block; the default output has none;
    from_dict accepts the block and ignores it."""
    doc = news_document()
    assert "profile" not in doc.to_dict()
    data = doc.to_dict(profile=True)
    block = data["profile"]
    assert block["claims"] == 6
    assert block["sources"][0]["claims"] == [0, 1]
    assert block["sources"][0]["mentions"][1]["text"] == "She"
    assert block["confidence"]["denied"]["count"] == 1
    json.dumps(data)  # JSON-ready
    assert Document.from_dict(data) == doc


def test_sources_group_by_entity() -> None:
    """'President Jane Doe', 'the president' and 'she' are one source with all the
    entity's mentions, even where their best spans were written differently."""
    import claimscope

    doc = claimscope.annotate(
        "President Jane Doe said the bridge would close. The president added that "
        "repairs had begun. She said the ferry would run. Officials said it was late."
    )
    (jane, officials) = [s for s in doc.sources() if s.type is not SourceType.AUTHOR]
    assert jane.text == "President Jane Doe" and len(jane.claims) == 3
    assert [m.text for m in jane.mentions] == ["President Jane Doe", "The president", "She"]
    assert officials.type is SourceType.ANONYMOUS and len(officials.claims) == 1
