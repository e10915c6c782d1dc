"""A spaCy pipeline component and displaCy views (needs the ``spacy`` extra).

``pip install 'claimscope[spacy]'`` installs spaCy; claimscope's core never imports
it. The component is registered under the name ``"claimscope"`` when this module is
imported, and through the ``spacy_factories`` entry point, so ``nlp.add_pipe`` finds it
without an import. It reads only ``doc.text``, so it runs in any pipeline, also
``spacy.blank("en")`` (no model to download), and it changes no token, tag or entity:

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("claimscope")
>>> doc = nlp("Officials said the talks may collapse.")
>>> [(c.source.text, c.source.label_, c.content.text, c.content.label_) for c in doc._.claims]
[('Officials', 'anonymous', 'the talks may collapse', 'hedged')]
>>> [(s.text, s.label_) for s in doc.spans["claimscope_cue"]]
[('said', 'reporting'), ('may', 'hedge')]

What it sets on each ``Doc``:

``doc._.claims``
    a tuple of :class:`SpanClaim`, one per claim in text order: the claimscope
    :class:`~claimscope.Claim` with spaCy ``Span`` objects for its content (labelled with
    the confidence), source and local mention (labelled with the source type), chain
    links, attribution cue and cues (labelled with the cue kind);
``doc._.claimscope``
    the document's ``claimscope/1`` dict (plain data, so the ``Doc`` still serialises
    with ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=...)``); ``doc._.claims``
    is built from it when read; :func:`document` gives the :class:`~claimscope.Document`;
``doc.spans["claimscope_content"]``, ``["claimscope_source"]``, ``["claimscope_cue"]``
    span groups of the contents (label: confidence), sources (label: source type; the
    mention next to the claim, else the best mention) and cues (label: cue kind, each
    cue once).

Spans come from ``doc.char_span(start, end, alignment_mode="expand")``: a claimscope
offset inside a token widens to the whole token, so every span maps onto tokens
whatever the tokenizer; the character offsets of the claim itself are in
``SpanClaim.claim``.

:func:`to_displacy` turns an annotated ``Doc`` or a claimscope
:class:`~claimscope.Document` into displaCy's manual span format:

>>> from spacy import displacy
>>> data = to_displacy(doc)
>>> [(data["tokens"][s["start_token"]], s["label"]) for s in data["spans"]]
[('Officials', 'source: anonymous'), ('said', 'cue: reporting'),
 ('the', 'claim: hedged'), ('may', 'cue: hedge')]
>>> html = displacy.render(data, style="span", manual=True, jupyter=False,
...                        options=displacy_options())
>>> "source: anonymous" in html
True
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from claimscope.model import Claim, Document
from claimscope.pipeline import Annotator

__all__ = [
    "CONTENT_KEY",
    "CUE_KEY",
    "FACTORY",
    "SOURCE_KEY",
    "ClaimscopeComponent",
    "SpanClaim",
    "displacy_options",
    "document",
    "make_component",
    "to_displacy",
]

FACTORY = "claimscope"
"""The name of the component factory: ``nlp.add_pipe("claimscope")``."""

CONTENT_KEY = "claimscope_content"
"""The ``doc.spans`` key of the claims' contents (label: confidence)."""

SOURCE_KEY = "claimscope_source"
"""The ``doc.spans`` key of the claims' sources (label: source type)."""

CUE_KEY = "claimscope_cue"
"""The ``doc.spans`` key of the cues (label: cue kind)."""


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(
            f"claimscope.integrations.spacy needs {module.split('.')[0]}, which is an "
            "optional extra of claimscope; install it with: pip install 'claimscope[spacy]'",
            name=module.split(".")[0],
        ) from e


_spacy = _require("spacy")
_Doc = _require("spacy.tokens").Doc
_Language = _require("spacy.language").Language


@attrs.frozen
class SpanClaim:
    """One claim of a spaCy ``Doc``, its pieces as spaCy ``Span`` objects.

    ``claim`` is the claimscope :class:`~claimscope.Claim` (exact character offsets,
    labels, reasons). ``content`` is labelled with the confidence; ``source`` (the
    source's best mention) and ``mention`` (the mention next to the claim, when it
    differs) with the source type, and are ``None`` for ``author`` and ``unspecified``
    sources; ``chain`` holds the intermediaries, innermost first (``None`` for a link
    without a text span); ``cue`` is the attribution cue and ``cues`` every cue, each
    labelled with its kind.
    """

    claim: Claim
    content: Any
    source: Any | None
    mention: Any | None
    chain: tuple[Any | None, ...]
    cue: Any | None
    cues: tuple[Any, ...]


def _span(doc: Any, start: int | None, end: int | None, label: str) -> Any | None:
    if start is None or end is None or start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _span_claim(doc: Any, claim: Claim) -> SpanClaim:
    kind = claim.source.type.value
    source = claim.source
    mention = source.mention
    return SpanClaim(
        claim=claim,
        content=_span(doc, claim.start, claim.end, claim.confidence.value),
        source=_span(doc, source.start, source.end, kind),
        mention=None if mention is None else _span(doc, mention.start, mention.end, kind),
        chain=tuple(_span(doc, link.start, link.end, link.type.value) for link in claim.chain),
        cue=None
        if claim.cue is None
        else _span(doc, claim.cue.start, claim.cue.end, claim.cue.kind.value),
        cues=tuple(
            span
            for span in (_span(doc, c.start, c.end, c.kind.value) for c in claim.cues)
            if span is not None
        ),
    )


def document(doc: Any) -> Document:
    """The claimscope :class:`~claimscope.Document` of a ``Doc`` the component has run on.

    Raises ``ValueError`` when the component has not run on ``doc``.
    """
    data = doc._.claimscope
    if data is None:
        raise ValueError(
            "this Doc has no claimscope annotation; add the component first: "
            'nlp.add_pipe("claimscope")'
        )
    return Document.from_dict(data)


def _claims_getter(doc: Any) -> tuple[SpanClaim, ...]:
    if doc._.claimscope is None:
        return ()
    found = document(doc)
    return tuple(_span_claim(doc, claim) for claim in found.claims)


def _register_extensions() -> None:
    if not _Doc.has_extension("claimscope"):
        _Doc.set_extension("claimscope", default=None)
    if not _Doc.has_extension("claims"):
        _Doc.set_extension("claims", getter=_claims_getter)


def _set_annotations(doc: Any, found: Document) -> None:
    """Store ``found`` on ``doc`` and fill its span groups."""
    if found.text != doc.text:
        raise ValueError("the claimscope document's text differs from the Doc's text")
    doc._.claimscope = found.to_dict()
    contents, sources, cues = [], [], []
    seen_cues: set[tuple[int, int, str]] = set()
    for claim in found.claims:
        record = _span_claim(doc, claim)
        if record.content is not None:
            contents.append(record.content)
        source = record.mention if record.mention is not None else record.source
        if source is not None:
            sources.append(source)
        for span in (record.cue, *record.cues):
            key = (span.start, span.end, span.label_) if span is not None else None
            if key is not None and key not in seen_cues:
                seen_cues.add(key)
                cues.append(span)
    doc.spans[CONTENT_KEY] = contents
    doc.spans[SOURCE_KEY] = sources
    doc.spans[CUE_KEY] = sorted(cues, key=lambda s: (s.start, s.end))


class ClaimscopeComponent:
    """The pipeline component: annotates ``doc.text`` and stores the result on the Doc.

    ``annotator`` defaults to ``Annotator()``. Build it with
    ``nlp.add_pipe("claimscope")``; it holds no model and needs no initialisation.
    """

    def __init__(self, name: str = FACTORY, annotator: Annotator | None = None) -> None:
        self.name = name
        self.annotator = annotator if annotator is not None else Annotator()

    def __call__(self, doc: Any) -> Any:
        """Annotate one ``Doc`` in place and return it."""
        _set_annotations(doc, self.annotator.annotate(doc.text))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterable[Any]:
        """Annotate a stream of ``Doc`` objects, in order (``nlp.pipe`` calls this)."""
        for doc in docs:
            yield self(doc)


def make_component(nlp: Any, name: str) -> ClaimscopeComponent:
    """The ``"claimscope"`` factory: what ``nlp.add_pipe("claimscope")`` calls."""
    return ClaimscopeComponent(name)


def _labelled(doc: Any) -> list[dict[str, Any]]:
    spans = []
    for key, role in ((SOURCE_KEY, "source"), (CUE_KEY, "cue"), (CONTENT_KEY, "claim")):
        for span in doc.spans.get(key, []):
            spans.append(
                {
                    "start": span.start_char,
                    "end": span.end_char,
                    "start_token": span.start,
                    "end_token": span.end,
                    "label": f"{role}: {span.label_}",
                }
            )
    spans.sort(key=lambda s: (s["start_token"], -s["end_token"], s["label"]))
    return spans


_COLORS = {
    "claim: asserted": "#eceff1",
    "claim: reported": "#d6eaff",
    "claim: hedged": "#fff1b8",
    "claim: alleged": "#ffd8a8",
    "claim: denied": "#ffc9c9",
    "source: person": "#a5d8ff",
    "source: anonymous": "#eebefa",
    "source: organization": "#b2f2bb",
    "source: media": "#ffc078",
    "source: document": "#d8f5a2",
    "source: unspecified": "#dee2e6",
    "source: author": "#ced4da",
    "cue: reporting": "#74c0fc",
    "cue: hedge": "#ffe066",
    "cue: distancing": "#ffa94d",
    "cue: denial": "#ff8787",
}


def displacy_options() -> dict[str, Any]:
    """displaCy ``options`` giving each :func:`to_displacy` label the colour of
    claimscope's HTML view: ``displacy.render(data, style="span", manual=True,
    options=displacy_options())``."""
    return {"colors": dict(_COLORS)}


def to_displacy(doc_or_document: Any, *, nlp: Any = None, title: str | None = None) -> Any:
    """displaCy's manual span format for an annotated ``Doc`` or a claimscope document.

    Returns ``{"text", "spans", "tokens", "title"}``, each span
    ``{"start", "end", "start_token", "end_token", "label"}`` with labels
    ``"claim: <confidence>"``, ``"source: <source type>"`` and ``"cue: <cue kind>"``.
    Render it with ``displacy.render(data, style="span", manual=True)`` (add
    ``options=displacy_options()`` for claimscope's colours).

    A :class:`~claimscope.Document` (or its ``claimscope/1`` dict) is tokenised with
    ``nlp`` (default: ``spacy.blank("en")``); it is not annotated again. A ``Doc`` must
    have been through the component (else ``ValueError``).
    """
    if isinstance(doc_or_document, _Doc):
        doc = doc_or_document
        if doc._.claimscope is None:
            raise ValueError(
                "this Doc has no claimscope annotation; add the component first: "
                'nlp.add_pipe("claimscope")'
            )
    else:
        if isinstance(doc_or_document, Mapping):
            found = Document.from_dict(doc_or_document)
        elif isinstance(doc_or_document, Document):
            found = doc_or_document
        else:
            raise TypeError(
                "to_displacy() takes a spaCy Doc, a claimscope Document or its dict, got "
                f"{type(doc_or_document).__name__}"
            )
        tokenizer = nlp if nlp is not None else _spacy.blank("en")
        doc = tokenizer.make_doc(found.text)
        _set_annotations(doc, found)
    return {
        "text": doc.text,
        "spans": _labelled(doc),
        "tokens": [token.text for token in doc],
        "title": title,
    }


_register_extensions()
if not _Language.has_factory(FACTORY):
    _Language.factory(FACTORY, func=make_component)
