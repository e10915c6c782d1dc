"""The annotation's peak-memory forms (issues 18 and 20): each must compute exactly
what the plain form it replaces computes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope import annotate, cues
from claimscope.entities.mentions import Mention
from claimscope.entities.spanmap import SpanMap

_CASED = st.text(alphabet=st.sampled_from("ΑΣσςİ'.\n aBK\u212a-"), max_size=60)


@given(_CASED, st.integers(1, 9))
def test_lowering_by_slices_equals_lowering_at_once(text: str, size: int) -> None:
    """Lower-casing a long text a slice at a time (cut after spaces and line ends) gives
    ``str.lower`` of the whole, final sigma and the dotted capital I included."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", size)
        assert cues._lower(text) == text.lower()


def test_cues_of_a_long_text_are_found_across_slices() -> None:
    """A text many slices long has the cues it has when lowered at once: the slices
    change where the work happens, not what the scan sees."""
    text = "The ΜΕΓΑΣ senator said it may rain. " * 40 + "ΟΔΟΣ officials claimed."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", 50)
        sliced = cues.find_cues(text)
    assert sliced == cues.find_cues(text) and len(sliced) == 81


def _mention(start: int, end: int, kind: str = "name") -> Mention:
    return Mention(start, end, 0, kind)


_SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from(["name", "desc", "pron"])),
    max_size=25,
)


@given(_SPANS, st.lists(st.tuples(st.integers(0, 24), st.integers(0, 5)), max_size=30))
def test_span_map_answers_as_a_dict_of_spans(
    spans: list[tuple[int, int, str]], sets: list[tuple[int, int]]
) -> None:
    """Setting mentions' spans (repeated spans, mentions out of start order) and reading
    any span gives what a dict keyed by ``(start, end)`` gives; ``name_at`` gives the
    entity of the latest name mention set at a start, as a dict by start would."""
    mentions = [_mention(a, a + n, kind) for a, n, kind in spans]
    spanmap: SpanMap[int] = SpanMap(mentions)
    plain: dict[tuple[int, int], int] = {}
    names: dict[int, int] = {}
    for value, (pick, _) in enumerate(sets):
        if not mentions:
            break
        m = mentions[pick % len(mentions)]
        spanmap[m.start, m.end] = value
        plain[m.start, m.end] = value
        for other in mentions:
            if other.kind == "name" and (other.start, other.end) in plain:
                names[other.start] = plain[other.start, other.end]
    for a in range(0, 38):
        for b in range(a, a + 8):
            assert spanmap.get((a, b)) == plain.get((a, b))
            assert ((a, b) in spanmap) == ((a, b) in plain)
    assert dict(spanmap.items()) == plain and len(spanmap) == len(plain)
    assert sorted(spanmap) == sorted(plain)
    for a in range(0, 38):
        expected = [
            plain[m.start, m.end]
            for m in mentions
            if m.start == a and m.kind == "name" and (m.start, m.end) in plain
        ]
        assert spanmap.name_at(a) == (expected[-1] if expected else None)


def test_span_map_refuses_a_span_no_mention_has() -> None:
    """Only a mention's span can be set: a typo'd span is an error, not a silent entry."""
    spanmap: SpanMap[str] = SpanMap([_mention(0, 5), _mention(10, 14)])
    with pytest.raises(KeyError, match="no mention spans"):
        spanmap[0, 4] = "Lopez"
    assert spanmap.get((0, 5)) is None and (0, 5) not in spanmap


def test_span_map_rebuilt_keeps_entries_and_adds_groups() -> None:
    """Mentions put between the old ones (coordinated groups) take their entries; the
    old ones keep theirs."""
    grassley, leahy = _mention(0, 12), _mention(17, 22)
    spanmap: SpanMap[str] = SpanMap([grassley, leahy])
    spanmap[0, 12] = "Grassley"
    spanmap[17, 22] = "Leahy"
    group = _mention(0, 22, "desc")
    again = spanmap.rebuilt([group, grassley, leahy], {(0, 22): "both"})
    assert dict(again.items()) == {(0, 22): "both", (0, 12): "Grassley", (17, 22): "Leahy"}
    assert again.name_at(0) == "Grassley"


def test_entities_cluster_the_same_with_mentions_out_of_start_order() -> None:
    """A description holding a name starts before the name yet follows it among the
    mentions; both still find their entities (the poll, the senator)."""
    text = (
        "A Bloomberg poll found support falling. Senator Jane Roe said the numbers were "
        "wrong. The poll was taken in May, Roe said."
    )
    doc = annotate(text)
    named = {e.name.text: [m.text for m in e.mentions] for e in doc.entities}
    assert named["Senator Jane Roe"] == ["Senator Jane Roe", "Roe"]
    assert any(
        texts[:1] == ["A Bloomberg poll"] and "The poll" in texts for texts in named.values()
    )


def test_resolver_forgetting_phrase_shapes_changes_nothing() -> None:
    """The resolver keeps a bounded number of source phrases' shapes and classes;
    forgetting them after every phrase gives the same document."""
    from claimscope.entities import kinds, resolve

    text = (
        "Mayor Ana Lopez said the ferry would run again in May. A spokesman for the "
        "port said repairs were done. Lopez said the pier was safe. The spokesman said "
        "tickets would cost less. She said the city would pay."
    )
    expected = annotate(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(resolve, "_SHAPES_KEPT", 1)
        patch.setattr(kinds, "_CLASSIFIED_KEPT", 1)
        assert annotate(text) == expected
    assert len({c.source.entity for c in expected.claims}) >= 2


@given(
    st.integers(0, 10**6),
    st.integers(1, 40),
    st.sampled_from(["name", "desc", "pron"]),
    st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_mention_keeps_every_field_and_flag(
    start: int, length: int, kind: str, flags: list[bool]
) -> None:
    """The slotted mention gives back what it was built with, its four flags included;
    ``_replace`` changes only the fields named; equal mentions hash equal."""
    definite, plural, subject, possessive = flags
    m = Mention(
        start, start + length, 3, kind, head="mayor", words=("Ana", "Lopez"), title="mayor",
        roles=("mayor",), definite=definite, plural=plural, subject=subject,
        possessive=possessive,
    )  # fmt: skip
    assert (m.start, m.end, m.sentence, m.kind, m.head) == (start, start + length, 3, kind, "mayor")
    assert (m.words, m.title, m.roles) == (("Ana", "Lopez"), "mayor", ("mayor",))
    assert [m.definite, m.plural, m.subject, m.possessive] == flags
    moved = m._replace(end=start + length + 1, possessive=not possessive)
    assert moved.end == m.end + 1 and moved.possessive is not possessive
    assert (moved.definite, moved.plural, moved.subject) == (definite, plural, subject)
    assert moved._replace(end=m.end, possessive=possessive) == m
    assert hash(moved._replace(end=m.end, possessive=possessive)) == hash(m)
    assert m != moved and "possessive=" in repr(m)
    with pytest.raises(TypeError, match="no field 'size'"):
        m._replace(size=3)


def test_sources_resolved_in_place_equal_those_resolved_into_a_new_list() -> None:
    """Handing the claim list over (``in_place``) returns that list, holding the same
    claims and entities as resolving into a new list leaves the input untouched."""
    from claimscope.entities import resolve_sources
    from claimscope.pipeline import Annotator
    from claimscope.segment import segment

    text = (
        "Mayor Ana Lopez said the ferry would run again in May. A spokesman for the "
        "port said repairs were done. She said the city would pay."
    )
    spans, paragraphs = segment(text)
    claims, speech = Annotator()._attribute(text, spans, paragraphs)
    kept = list(claims)
    fresh, entities = resolve_sources(text, spans, claims, speech)
    assert claims == kept and fresh is not claims
    handed, again = resolve_sources(text, spans, claims, speech, in_place=True)
    assert handed is claims and handed == fresh and again == entities
    assert handed != kept  # the sources were filled in


def test_whole_text_scans_lowered_by_slices_find_what_they_found() -> None:
    """The pseudonym and possessive-claim scans lower-case the whole text a slice at a
    time too (``str.lower`` of a text with curly quotes needs six times its size):
    with slices far shorter than the text they find exactly the matches they find
    when it is lowered at once."""
    from claimscope.attribution.passes import nominal_matches
    from claimscope.entities.pseudonym_cues import pseudonym_cues

    text = (
        "A man going by the name of ‘Sam’ said the ministry’s claim that prices "
        "would fall was false. Her assessment that the plan failed stood. "
    ) * 12
    plain = [m.span() for m in pseudonym_cues(text)], [m.span() for m in nominal_matches(text)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", 40)
        sliced = [m.span() for m in pseudonym_cues(text)], [m.span() for m in nominal_matches(text)]
    assert sliced == plain and len(plain[0]) == 12 and plain[1]


@given(st.integers(0, 1 << 40), st.integers(0, 400))
def test_mention_end_is_its_start_plus_its_length(start: int, length: int) -> None:
    """A mention keeps its end as a length (a small int all mentions share) and gives
    back the end it was built with, through ``_replace`` and equality too."""
    m = Mention(start, start + length, 3, "name", words=("Lopez",))
    assert (m.start, m.end) == (start, start + length)
    moved = m._replace(end=start + length + 1)
    assert moved.end == start + length + 1 and moved != m
    assert m._replace() == m and hash(m._replace()) == hash(m)


def test_document_check_names_the_first_wrong_mention_use() -> None:
    """The document's entity check, which keeps each use as two ints rather than a
    tuple with its span, still accepts a document as built and names a claim whose
    source mention is not one of the entity it names."""
    import attrs as attrs_

    from claimscope.model import Document

    doc = annotate("Officials said the mayor resigned. The mayor's aide said she left.")
    assert Document.from_dict(doc.to_dict()) == doc
    claim = doc.claims[0]
    assert claim.source.entity == 0 and len(doc.entities) == 3
    wrong = attrs_.evolve(claim.source, entity=2)
    claims = (attrs_.evolve(claim, source=wrong), *doc.claims[1:])
    with pytest.raises(ValueError, match="claim 0 source mention 'Officials'"):
        Document(doc.text, doc.sentences, claims, doc.entities)


_PSEUDONYM_PIECES = st.sampled_from(
    ("going by", "GOES BY", "the name of", "Known only as", "\u212anown only as", "only",
     "identified", "İdentified", "nicknamed", "calls himself", "under the pseudonym",
     "a pseudonym", "the cover name", "'Sam'", "“Max”", "ago", "nearby", " ", "\n", "  ")
)  # fmt: skip


@given(st.lists(_PSEUDONYM_PIECES, max_size=14), st.integers(1, 12))
def test_pseudonym_cues_found_by_slices_are_those_of_the_whole_text(
    pieces: list[str], size: int
) -> None:
    """The pseudonym scan lower-cases the text a slice at a time to find where a match
    may start: with slices of a few characters, words cut across two slices included,
    it finds exactly the matches of the pattern run over the whole text (``İ``,
    which lower-cases to two characters, sends it to that plain scan)."""
    from claimscope.entities import pseudonym_cues as pseudonyms

    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", size)
        found = [m.span() for m in pseudonyms.pseudonym_cues(text)]
    assert found == [m.span() for m in pseudonyms.PSEUDONYM_BEFORE.finditer(text)]


@given(_CASED, st.integers(1, 9))
def test_lowered_places_are_those_of_the_text_lowered_at_once(text: str, size: int) -> None:
    """Words found in a text lower-cased a slice at a time (slices of a few
    characters, words cut across two) are at the places ``str.find`` gives in the
    whole text lowered; a text whose lowering grows (``İ``) gives ``None``."""
    words = ("ab", "k", "a-b", "b\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", size)
        found = cues.lowered_places(text, words)
    lowered = text.lower()
    if len(lowered) != len(text):
        assert found is None
        return
    expected = [[k for k in range(len(lowered)) if lowered.startswith(w, k)] for w in words]
    assert found == expected
