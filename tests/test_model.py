"""The data model: validation on construction, claimscope/1 round trip, pickling."""

from __future__ import annotations

import itertools
import json
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope import (
    SCHEMA,
    Claim,
    Confidence,
    Cue,
    CueKind,
    Document,
    QuoteKind,
    SchemaError,
    Sentence,
    Source,
    SourceType,
    Span,
    annotate,
)

TEXT = "Jane Doe said the bridge may close. She added that it was old."


def _document() -> Document:
    source = Source(SourceType.PERSON, "Jane Doe", 0, 8)
    said = Cue("said", 9, 13, CueKind.REPORTING, entry="say", stance="neutral")
    may = Cue("may", 25, 28, CueKind.HEDGE, entry="may")
    first = Claim(
        start=14,
        end=34,
        text=TEXT[14:34],
        sentence=0,
        quote=QuoteKind.INDIRECT,
        confidence=Confidence.HEDGED,
        source=source,
        cue=said,
        cues=(said, may),
        rule="X said C",
    )
    added = Cue("added", 40, 45, CueKind.REPORTING, entry="add", stance="neutral")
    second = Claim(
        start=51,
        end=62,
        text=TEXT[51:62],
        sentence=1,
        quote=QuoteKind.INDIRECT,
        confidence=Confidence.REPORTED,
        source=attrs.evolve(source, mention=Span("She", 36, 39)),
        chain=(Source(SourceType.MEDIA, "bridge", 18, 24),),
        cue=added,
        cues=(added,),
    )
    return Document(
        TEXT,
        (Sentence(0, 35, TEXT[:35]), Sentence(36, 62, TEXT[36:62])),
        (first, second),
    )


def test_round_trip_through_dict_and_json() -> None:
    """``from_dict(to_dict())`` and ``from_json(to_json())`` give an equal document."""
    doc = _document()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert json.loads(doc.to_json())["schema"] == SCHEMA


def test_records_pickle() -> None:
    """Every record pickles to an equal value."""
    doc = _document()
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert pickle.loads(pickle.dumps(doc.claims[1].source)) == doc.claims[1].source


def test_records_are_frozen() -> None:
    """Records cannot be changed in place; use ``attrs.evolve``."""
    doc = _document()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.claims[0].start = 3  # type: ignore[misc]


def test_json_shape_follows_the_spec() -> None:
    """The dict form has the keys SPEC names, with enum values as strings."""
    d = _document().to_dict()
    claim = d["claims"][1]
    assert set(d) == {"schema", "text", "sentences", "claims", "entities"}
    assert d["sentences"][0] == {"start": 0, "end": 35}
    assert claim["source"]["mention"] == {"text": "She", "start": 36, "end": 39}
    assert claim["source"]["entity"] is None and claim["source"]["reason"] == ""
    assert claim["chain"] == [{"text": "bridge", "start": 18, "end": 24, "type": "media"}]
    assert claim["cue"]["kind"] == "reporting"
    assert claim["quote"] == "indirect"
    assert claim["confidence"] == "reported"


@pytest.mark.parametrize(("start", "end", "text"), [(5, 3, ""), (-1, 2, "abc"), (0, 2, "abc")])
def test_span_validation(start: int, end: int, text: str) -> None:
    """Spans must have ``0 <= start <= end`` and text of the span's length."""
    with pytest.raises(ValueError):
        Span(text, start, end)


def test_document_rejects_a_span_that_is_not_its_slice() -> None:
    """A claim whose text differs from the slice it names is refused."""
    doc = _document()
    bad = attrs.evolve(doc.claims[0], text="x" * len(doc.claims[0].text))
    with pytest.raises(ValueError, match="does not equal the slice"):
        Document(doc.text, doc.sentences, (bad,))


@pytest.mark.parametrize(
    ("role", "change"),
    [
        ("source", {"source": Source(SourceType.PERSON, "Jane Dot", 0, 8)}),
        ("cue", {"cue": Cue("sand", 9, 13, CueKind.REPORTING)}),
        ("cues", {"cues": (Cue("said", 9, 13, CueKind.REPORTING), Cue("mat", 25, 28, "hedge"))}),
        ("chain", {"chain": (Source(SourceType.MEDIA, "bridle", 18, 24),)}),
        ("mention", {"source": Source(SourceType.PERSON, "Jane Doe", 0, 8, Span("Sha", 36, 39))}),
    ],
)
def test_document_names_the_span_that_is_not_its_slice(
    role: str, change: dict[str, object]
) -> None:
    """The document check reads each of a claim's spans in one pass and names the
    first one that is not its slice: its source, mention, chain, cue or cues (a cue
    that is also among the claim's cues is read once, as its cue)."""
    doc = _document()
    bad = attrs.evolve(doc.claims[0], **change)
    with pytest.raises(ValueError, match=f"^claim 0 {role} text .* does not equal the slice"):
        Document(doc.text, doc.sentences, (bad, doc.claims[1]))


def test_document_rejects_unordered_claims() -> None:
    """Claims must be ordered by start."""
    doc = _document()
    with pytest.raises(ValueError, match="before claim"):
        Document(doc.text, doc.sentences, tuple(reversed(doc.claims)))


def test_author_source_has_no_span() -> None:
    """``author`` and ``unspecified`` sources carry no text span."""
    with pytest.raises(ValueError):
        Source(SourceType.AUTHOR, "x", 0, 1)
    assert Source("unspecified").text is None


def test_confidence_precedence() -> None:
    """``denied`` > ``alleged`` > ``hedged`` > ``reported`` > ``asserted``."""
    ranked = sorted(Confidence, key=lambda c: c.rank)
    assert [c.value for c in ranked] == [
        "denied",
        "alleged",
        "hedged",
        "reported",
        "asserted",
    ]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema="claimscope/2"), "schema"),
        (lambda d: d.pop("text"), "text"),
        (lambda d: d.update(text=5), "text"),
        (lambda d: d["sentences"].append({"start": 0, "end": 999}), "not inside"),
        (lambda d: d["claims"][0].update(confidence="sure"), "confidence"),
        (lambda d: d["claims"][0].update(start="1"), "start"),
        (lambda d: d["claims"][0]["source"].update(type="alien"), "type"),
        (lambda d: d["claims"][0].update(end=10**9), "claims"),
        (lambda d: d["claims"][0].update(cues=[1]), "cues"),
        (lambda d: d["claims"][0].update(start=True), "start"),
    ],
)
def test_from_dict_rejects_malformed_input(mutate: object, message: str) -> None:
    """Malformed dicts raise a ``SchemaError`` (a ``ValueError``) naming the field."""
    d = _document().to_dict()
    mutate(d)  # type: ignore[operator]
    with pytest.raises(SchemaError, match=message):
        Document.from_dict(d)
    with pytest.raises(ValueError):
        Document.from_dict(d)


def test_to_json_refuses_lone_surrogates_clearly() -> None:
    """Text UTF-8 cannot carry gives a clear error, or escaped ASCII JSON on request."""
    doc = Document("a\ud800b")
    with pytest.raises(SchemaError, match="UTF-8"):
        doc.to_json()
    assert Document.from_json(doc.to_json(ensure_ascii=True)) == doc


_SURROGATE_OR_TEXT = st.one_of(
    st.characters(max_codepoint=0x2FF),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.sampled_from(["said ", "The mayor ", ". ", '"', "\n\n", "\U0001f600", "\u0085"]),
)


@given(st.lists(_SURROGATE_OR_TEXT, max_size=60).map("".join))
def test_ascii_json_round_trips_or_refuses_a_split_surrogate_pair(text: str) -> None:
    """to_json(ensure_ascii=True) reads back to an equal document for every text,
    lone surrogates included, or raises SchemaError naming the pair exactly when a
    high surrogate directly precedes a low one (JSON would read them as one char)."""
    doc = annotate(text)
    split_pair = any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in itertools.pairwise(text)
    )
    if split_pair:
        with pytest.raises(SchemaError, match="surrogate pair"):
            doc.to_json(ensure_ascii=True)
    else:
        assert Document.from_json(doc.to_json(ensure_ascii=True)) == doc


def test_cesu8_style_text_is_refused_up_front_with_the_offset() -> None:
    """A high and a low surrogate side by side (CESU-8 data decoded with
    surrogatepass) once gave JSON that from_json then rejected; now to_json names them."""
    text = "The minister said \ud83d\ude00 was not a reply."
    with pytest.raises(SchemaError, match=r"'\\ud83d' '\\ude00' at offset 18"):
        annotate(text).to_json(ensure_ascii=True)
    joined = text.encode("utf-16", "surrogatepass").decode("utf-16")
    doc = annotate(joined)
    assert Document.from_json(doc.to_json(ensure_ascii=True)) == doc
