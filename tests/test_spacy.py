"""The spaCy component and displaCy views (skipped when spaCy is not installed)."""

from __future__ import annotations

import doctest
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimscope
from claimscope import Document, annotate

spacy = pytest.importorskip("spacy")

from claimscope.integrations import spacy as component  # noqa: E402

ARTICLE = (
    "Jane Doe, the city's chief engineer, said the bridge may close in May. "
    '"We cannot wait another winter," she added.\n\n'
    "The Daily Planet reported that, according to a leaked memo, the repairs were delayed. "
    "The council denied claims that it had ignored warnings. The bridge opened in 1990."
)


@pytest.fixture(scope="module")
def nlp() -> object:
    """A blank English pipeline (no model download) with the component."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("claimscope")
    return pipeline


def test_module_doctests_pass() -> None:
    """The examples in claimscope.integrations.spacy run."""
    result = doctest.testmod(component, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_the_factory_is_found_through_the_entry_point() -> None:
    """spaCy knows the "claimscope" factory (registered on import or by entry point)."""
    assert spacy.language.Language.has_factory("claimscope")
    assert spacy.blank("en").add_pipe("claimscope").name == "claimscope"


def test_add_pipe_needs_no_import_of_claimscope() -> None:
    """In a fresh interpreter, spaCy finds the factory through the entry point alone."""
    import subprocess
    import sys

    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('claimscope'); "
        "print(len(nlp('Officials said the talks may collapse.')._.claims))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


def test_a_saved_pipeline_loads_with_the_component(nlp: object, tmp_path: Path) -> None:
    """nlp.to_disk and spacy.load keep the component (it has no weights to save)."""
    nlp.to_disk(tmp_path / "pipeline")  # type: ignore[attr-defined]
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["claimscope"]
    assert [c.claim for c in loaded(ARTICLE)._.claims] == list(annotate(ARTICLE).claims)


def test_claims_carry_spans_that_agree_with_the_claims(nlp: object) -> None:
    """Each claim's content, source and cue spans cover its character offsets and
    carry the claim's labels."""
    doc = nlp(ARTICLE)  # type: ignore[operator]
    expected = annotate(ARTICLE)
    assert [c.claim for c in doc._.claims] == list(expected.claims)
    assert component.document(doc) == expected
    for record in doc._.claims:
        claim = record.claim
        assert record.content.start_char <= claim.start < claim.end <= record.content.end_char
        assert record.content.label_ == claim.confidence.value
        if claim.source.start is None:
            assert record.source is None
        else:
            assert record.source.text == claim.source.text
            assert record.source.label_ == claim.source.type.value
        assert [s.label_ for s in record.cues] == [c.kind.value for c in claim.cues]
        if claim.cue is not None:
            assert record.cue.text == claim.cue.text


def test_span_groups_hold_contents_sources_and_cues(nlp: object) -> None:
    """doc.spans has a group per role, with labels, and the she-mention as a source;
    the outlet that relays the memo is on the claim's chain (SPEC, nested
    attributions), not its source."""
    doc = nlp(ARTICLE)  # type: ignore[operator]
    contents = doc.spans[component.CONTENT_KEY]
    assert len(contents) == len(doc._.claims)
    sources = [(s.text, s.label_) for s in doc.spans[component.SOURCE_KEY]]
    assert ("she", "person") in sources and ("a leaked memo", "document") in sources
    chains = [s.text for record in doc._.claims for s in record.chain]
    assert "The Daily Planet" in chains
    cues = [(s.text, s.label_) for s in doc.spans[component.CUE_KEY]]
    assert ("denied", "reporting") in cues and ("may", "hedge") in cues
    assert len(cues) == len(set(cues))


def test_the_component_leaves_other_annotation_alone() -> None:
    """In a pipeline with a sentencizer, tokens and sentence starts are unchanged."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    plain = pipeline(ARTICLE)
    pipeline.add_pipe("claimscope")
    doc = pipeline(ARTICLE)
    assert [t.text for t in doc] == [t.text for t in plain]
    assert [s.start for s in doc.sents] == [s.start for s in plain.sents]
    assert len(doc._.claims) == len(annotate(ARTICLE).claims)


def test_offsets_inside_a_token_expand_to_the_token() -> None:
    """A tokenizer that keeps the comma on its word still gives a covering span."""
    pipeline = spacy.blank("en")
    pipeline.tokenizer = spacy.tokenizer.Tokenizer(pipeline.vocab)  # whitespace only
    pipeline.add_pipe("claimscope")
    doc = pipeline('"We cannot wait another winter," said Jane Doe, the chief engineer.')
    record = doc._.claims[0]
    assert record.content.text == record.claim.text
    assert record.claim.source.text == "Jane Doe" and record.source.text == "Jane Doe,"


def test_docs_serialise_and_pipe_in_processes(nlp: object) -> None:
    """The stored annotation is plain data: to_bytes round trips, pickling works, and
    nlp.pipe with two processes gives the same claims."""
    doc = nlp(ARTICLE)  # type: ignore[operator]
    back = spacy.tokens.Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert [c.claim for c in back._.claims] == [c.claim for c in doc._.claims]
    assert [s.label_ for s in back.spans[component.CUE_KEY]] == [
        s.label_ for s in doc.spans[component.CUE_KEY]
    ]
    assert pickle.loads(pickle.dumps(doc))._.claimscope == doc._.claimscope
    texts = [ARTICLE, "Officials said the talks may collapse.", ""]
    piped = list(nlp.pipe(texts, n_process=2, batch_size=1))  # type: ignore[attr-defined]
    assert [len(d._.claims) for d in piped] == [len(annotate(t).claims) for t in texts]


def test_a_doc_without_the_component_says_what_to_do() -> None:
    """Reading claims from an unannotated Doc gives nothing; asking for the document or
    displaCy data raises ValueError naming add_pipe."""
    doc = spacy.blank("en")("Officials said the talks may collapse.")
    assert doc._.claims == ()
    with pytest.raises(ValueError, match="add_pipe"):
        component.document(doc)
    with pytest.raises(ValueError, match="add_pipe"):
        component.to_displacy(doc)
    with pytest.raises(TypeError, match="spaCy Doc, a claimscope Document"):
        component.to_displacy("Officials said it.")


def test_to_displacy_renders_a_claimscope_document() -> None:
    """A claimscope Document (or its dict) becomes displaCy span data that renders
    with every token, and the HTML escapes the text."""
    found = annotate('Officials said the <b>talks</b> may collapse. "It is over," she said.')
    data = component.to_displacy(found, title="talks")
    assert data == component.to_displacy(found.to_dict(), title="talks")
    assert set(data) == {"text", "spans", "tokens", "title"}
    assert "".join(data["tokens"]).replace(" ", "") == data["text"].replace(" ", "")
    for span in data["spans"]:
        assert 0 <= span["start_token"] < span["end_token"] <= len(data["tokens"])
        assert span["label"].split(": ")[0] in {"claim", "source", "cue"}
    html = spacy.displacy.render(
        data, style="span", manual=True, jupyter=False, options=component.displacy_options()
    )
    assert "&lt;" in html and "<b>" not in html and "#d6eaff" in html
    assert "claim: reported" in html or "claim: hedged" in html


_WORDS = st.sampled_from(
    [
        "Officials",
        "said",
        "the",
        "talks",
        "may",
        "collapse",
        "“We",
        "wait,”",
        "she",
        "added.",
        "reportedly",
        "denied",
        "İ",
        "\u00a0",
        "\n\n",
        "Mr.",
        "Doe",
        "'",
        '"',
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_every_span_covers_its_claim_piece(text: str) -> None:
    """For any text, every span of every claim lies on token boundaries around the
    claimscope offsets it came from."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("claimscope")
    doc = pipeline(text)
    for record in doc._.claims:
        claim = record.claim
        assert record.content.start_char <= claim.start
        assert claim.end <= record.content.end_char
        for span, cue in zip(record.cues, claim.cues, strict=True):
            assert span.start_char <= cue.start and cue.end <= span.end_char


def test_core_import_does_not_import_spacy() -> None:
    """Importing claimscope and annotating loads no spaCy module."""
    import subprocess
    import sys

    code = (
        "import sys, claimscope; claimscope.annotate('Officials said it.'); "
        "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert isinstance(claimscope.Document(""), Document)
