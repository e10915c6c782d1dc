"""The model's compact forms: entity mentions held packed, a document's sentences
held as offsets, and the document check building one entity's mentions at a time.
None of them may change what the records say, compare equal to or write out."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope import Claim, Document, Entity, Sentence, Source, Span, annotate, testing
from claimscope.model import AUTHOR, pack_spans, trusted_sentence, trusted_span

TEXT = (
    "Mayor Ana Lopez said the ferry would run again in May. Lopez said the pier was safe. "
    "She said repairs cost less than planned."
)


def _lopez() -> tuple[Span, tuple[Span, ...]]:
    name = Span("Mayor Ana Lopez", 0, 15)
    mentions = (name, Span("Lopez", 55, 60), Span("She", 85, 88))
    assert all(TEXT[m.start : m.end] == m.text for m in mentions)
    return name, mentions


def test_entity_gives_back_the_mentions_it_was_built_with() -> None:
    """Entity.mentions equals the spans passed in, whatever sequence they came in."""
    name, mentions = _lopez()
    for given_as in (mentions, list(mentions), iter(mentions)):
        entity = Entity(0, "person", name, given_as, "title Mayor")
        assert entity.mentions == mentions
        assert all(type(m) is Span for m in entity.mentions)


def test_entity_mentions_with_equal_texts_share_one_str() -> None:
    """Repeated mentions of one surname hold a single string between them."""
    text = "Lopez spoke. Lopez left. Lopez returned."
    spans = tuple(Span("Lopez", a, a + 5) for a in (0, 13, 25))
    assert all(text[s.start : s.end] == s.text for s in spans)
    entity = Entity(0, "person", spans[0], spans)
    first, *rest = entity.mentions
    assert all(m.text is first.text for m in rest)


def test_entity_mentions_keep_offsets_past_four_billion() -> None:
    """Offsets too large for 32 bits (a text past 4 G code points) are kept exactly."""
    far = Span("Lopez", 5_000_000_000, 5_000_000_005)
    near = Span("Lopez", 7, 12)
    entity = Entity(0, "person", far, (near, far))
    assert entity.mentions == (near, far)
    assert pickle.loads(pickle.dumps(entity)).mentions == (near, far)


def test_entity_evolve_pickle_hash_and_repr_are_unchanged() -> None:
    """attrs.evolve, pickling, equality, hashing and repr treat mentions as a tuple of
    spans, as they did before the compact form."""
    name, mentions = _lopez()
    entity = Entity(0, "person", name, mentions, "title Mayor")
    again = attrs.evolve(entity, reason="given name")
    assert again.mentions == mentions and again.reason == "given name"
    shorter = attrs.evolve(entity, mentions=mentions[:2])
    assert shorter.mentions == mentions[:2] and shorter != entity
    assert pickle.loads(pickle.dumps(entity)) == entity
    assert hash(Entity(0, "person", name, list(mentions), "title Mayor")) == hash(entity)
    assert repr(entity) == (
        f"Entity(id=0, type={entity.type!r}, name={name!r}, mentions={mentions!r}, "
        "reason='title Mayor')"
    )


def test_entity_still_validates_its_mentions() -> None:
    """The checks on construction still see every mention (order, name among them)."""
    name, mentions = _lopez()
    with pytest.raises(ValueError, match="text order"):
        Entity(0, "person", name, mentions[::-1])
    with pytest.raises(ValueError, match="not among its mentions"):
        Entity(0, "person", name, mentions[1:])
    with pytest.raises(TypeError, match="expected Span items"):
        Entity(0, "person", name, (name, ("Lopez", 55, 60)))


@settings(max_examples=60, deadline=None)
@given(testing.documents())
def test_documents_with_entities_survive_pickle_and_json(doc: Document) -> None:
    """Any valid document pickles and reads back from JSON equal, entities included."""
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert Document.from_json(doc.to_json()) == doc
    for entity in doc.entities:
        assert Entity(entity.id, entity.type, entity.name, entity.mentions, entity.reason) == entity


def test_document_names_the_first_claim_at_fault() -> None:
    """With two claims at fault (one naming a mention its entity lacks, a later one
    naming an entity that does not exist), the check names the earlier claim."""
    name, mentions = _lopez()
    she = Span("She", 85, 88)
    entities = (Entity(0, "person", name, mentions[:2]), Entity(1, "person", she, (she,)))

    def claim(start: int, end: int, entity: int) -> Claim:
        source = Source("person", "Mayor Ana Lopez", 0, 15, entity=entity)
        return Claim(start, end, TEXT[start:end], 0, "indirect", "reported", source)

    ferry, pier = TEXT.index("the ferry"), TEXT.index("the pier")
    sentences = (Sentence(0, 54, TEXT[:54]), Sentence(55, 84, TEXT[55:84]))
    at_fault = (claim(ferry, 53, 1), claim(pier, 83, 7))
    with pytest.raises(ValueError, match=r"^claim 0 source mention 'Mayor Ana Lopez'"):
        Document(TEXT, sentences, at_fault, entities)
    with pytest.raises(ValueError, match=r"^claim 1 source names entity 7"):
        Document(TEXT, sentences, (claim(ferry, 53, 0), at_fault[1]), entities)


def test_document_sentences_are_held_as_offsets_and_read_back_equal() -> None:
    """A document holds its sentences as packed offsets: read back, they equal the
    sentences a caller builds, with texts sliced from the document; the document
    equals, hashes and prints like one built from those sentences, and survives
    pickle and ``attrs.evolve``. The tuple is built once and kept."""
    doc = annotate(
        "The ferry resumed service on Monday. “It is safe,” the mayor said. "
        "Tickets cost four dollars, officials said."
    )
    given = tuple(Sentence(s.start, s.end, doc.text[s.start : s.end]) for s in doc.sentences)
    assert len(given) == 3 and doc.sentences is doc.sentences
    built = Document(doc.text, given, doc.claims, doc.entities)
    assert built == doc and hash(built) == hash(doc) and repr(built) == repr(doc)
    assert repr(doc).startswith("Document(text=") and "sentences=(Sentence(start=0," in repr(doc)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert attrs.evolve(doc, claims=()).sentences == given
    assert doc.to_dict()["sentences"][1] == {"start": given[1].start, "end": given[1].end}
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document("One. Two.") != Document("One. Two.", (Sentence(0, 4, "One."),))


def test_document_still_checks_the_sentences_it_packs() -> None:
    """Sentences handed to a document are checked before they are packed: a text
    that is not the slice, a span past the end and an overlap each raise, naming
    the sentence."""
    text = "The pier reopened. Fares rose."
    with pytest.raises(ValueError, match=r"^sentence 1 text does not equal the slice"):
        Document(text, (Sentence(0, 18, text[:18]), Sentence(19, 30, "Fares fell.")))
    with pytest.raises(ValueError, match=r"^sentence 0 \[0, 40\) ends past the text"):
        Document(text, (Sentence(0, 40, "x" * 40),))
    with pytest.raises(ValueError, match=r"^sentence 1 starts at 10, inside the previous"):
        Document(text, (Sentence(0, 18, text[:18]), Sentence(10, 18, text[10:18])))


@given(st.text(max_size=12), st.integers(0, 10**6))
def test_trusted_span_equals_the_checked_one(text: str, start: int) -> None:
    """The unchecked constructor the library uses for slices builds a Span equal to,
    hashing like and printing like the checked one."""
    fast, checked = (
        trusted_span(text, start, start + len(text)),
        Span(text, start, start + len(text)),
    )
    assert fast == checked and hash(fast) == hash(checked) and repr(fast) == repr(checked)
    assert type(fast) is Span and fast.to_dict() == checked.to_dict()


def test_entity_name_must_match_a_mention_in_text_as_well_as_offsets() -> None:
    """A name whose offsets equal a mention's but whose text differs is not among the
    mentions (the check reads the packed offsets and texts, not built Spans)."""
    name, mentions = _lopez()
    with pytest.raises(ValueError, match="not among its mentions"):
        Entity(0, "person", Span("Mayor Ana Lopes", 0, 15), mentions)
    with pytest.raises(ValueError, match="not among its mentions"):
        Entity(0, "person", name, ())
    assert Entity(0, "person", mentions[1], mentions).name == mentions[1]


def test_a_mixed_sequence_names_its_first_wrong_item() -> None:
    """Checking item types by their set still names the first wrong item's type."""
    name, _mentions = _lopez()
    with pytest.raises(TypeError, match="expected Span items, got dict"):
        Entity(0, "person", name, (name, {"text": "Lopez"}, ("Lopez", 55, 60)))
    with pytest.raises(TypeError, match="expected Cue items, got Span"):
        Claim(0, 15, TEXT[:15], 0, "none", "asserted", AUTHOR, cues=[name])


@settings(max_examples=40, deadline=None)
@given(testing.documents())
def test_with_sources_equals_evolve(doc: Document) -> None:
    """Claim.with_sources builds the claim attrs.evolve builds, without re-checking
    the fields it keeps; a source that is not a Source is still refused."""
    for claim in doc.claims:
        chain = (claim.source, *claim.chain)
        assert claim.with_sources(AUTHOR, chain) == attrs.evolve(claim, source=AUTHOR, chain=chain)
        with pytest.raises(TypeError, match="must be a Source"):
            claim.with_sources(claim.source.to_dict(), chain)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected Source items"):
            claim.with_sources(claim.source, (claim.source.to_dict(),))  # type: ignore[arg-type]


def test_packed_mentions_equal_spans_packed_one_by_one() -> None:
    """An entity built from packed offsets and texts (the resolver's path) equals the
    one built from Spans, and is checked the same way."""
    name, mentions = _lopez()
    packed = pack_spans([(m.start, m.end) for m in mentions], [m.text for m in mentions])
    assert Entity(0, "person", name, packed, "title Mayor") == Entity(
        0, "person", name, mentions, "title Mayor"
    )
    with pytest.raises(ValueError, match="text order"):
        Entity(0, "person", name, pack_spans([(55, 60), (0, 15)], ["Lopez", name.text]))


@given(st.text(max_size=12), st.integers(0, 10**6))
def test_trusted_sentence_equals_the_checked_one(text: str, start: int) -> None:
    """The pipeline's unchecked Sentence equals, hashes and prints like the checked one."""
    fast = trusted_sentence(start, start + len(text), text)
    checked = Sentence(start, start + len(text), text)
    assert fast == checked and hash(fast) == hash(checked) and repr(fast) == repr(checked)


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3)), min_size=1, max_size=20),
    st.integers(0, 44),
    st.integers(0, 4),
    st.booleans(),
)
def test_document_check_finds_a_mention_as_a_set_of_spans_would(
    pairs: list[tuple[int, int]], start: int, length: int, big: bool
) -> None:
    """The document check looks a source's mention up in the entity's packed offsets
    (no span built): it answers as membership in the set of the entity's mentions,
    repeated starts, equal offsets with another text and 64-bit offsets included."""
    from array import array

    from claimscope.model import _among

    base = (1 << 33) if big else 0
    text = "abcd" * 12
    spans = sorted({(a, a + n) for a, n in pairs})
    mentions = [Span(text[a:b], base + a, base + b) for a, b in spans]
    packed = pack_spans([(m.start, m.end) for m in mentions], [m.text for m in mentions])
    code = "I" if len(packed[0]) == 8 * len(mentions) else "Q"
    offsets = array(code, packed[0])
    for piece in (text[start : start + length], "zz"[: min(length, 2)]):
        probe = Span(piece, base + start, base + start + len(piece))
        found = _among(probe.start, probe.end, probe.text, offsets, packed)
        assert found == (probe in frozenset(mentions))
    assert all(_among(m.start, m.end, m.text, offsets, packed) for m in mentions)
