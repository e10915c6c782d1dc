"""The public surface: names, version, and bad-input behaviour of the entry points."""

from __future__ import annotations

import pickle

import pytest

import claimscope


def test_all_is_pinned() -> None:
    """The public names are exactly these; adding one is a deliberate decision."""
    assert claimscope.__all__ == [
        "SCHEMA",
        "Annotator",
        "Claim",
        "ClaimscopeError",
        "Confidence",
        "Cue",
        "CueKind",
        "Document",
        "Entity",
        "LexiconError",
        "Lexicons",
        "QuoteKind",
        "Rule",
        "SchemaError",
        "Sentence",
        "Source",
        "SourceType",
        "Span",
        "WorkerError",
        "__version__",
        "annotate",
        "example_text",
        "load_schema",
    ]
    for name in claimscope.__all__:
        assert hasattr(claimscope, name)


def test_version_comes_from_metadata() -> None:
    """``__version__`` is the installed distribution's version."""
    from importlib.metadata import version

    assert claimscope.__version__ == version("claimscope")


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], object()])
def test_non_str_input_raises_type_error_naming_the_type(bad: object) -> None:
    """Anything but ``str`` is refused with the type's name, never ``str()``-ed."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        claimscope.annotate(bad)  # type: ignore[arg-type]


def test_bytes_get_a_hint_to_decode() -> None:
    """Bytes are refused with a hint telling the caller to decode them."""
    with pytest.raises(TypeError, match="decode"):
        claimscope.annotate(b"The council said so.")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0\r\n"])
def test_empty_and_whitespace_text_give_an_empty_document(text: str) -> None:
    """Empty or whitespace-only input is not an error."""
    doc = claimscope.annotate(text)
    assert doc.text == text
    assert doc.sentences == ()
    assert doc.claims == ()


def test_annotator_is_immutable_and_pickles() -> None:
    """The annotator is a frozen configuration that survives pickling."""
    annotator = claimscope.Annotator(author_claims=False)
    with pytest.raises(AttributeError):
        annotator.author_claims = True  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(annotator)) == annotator


def test_pipe_keeps_input_order() -> None:
    """``pipe`` yields one document per text, in order."""
    texts = ["First one.", "Second one here.", ""]
    docs = list(claimscope.Annotator().pipe(texts))
    assert [d.text for d in docs] == texts
