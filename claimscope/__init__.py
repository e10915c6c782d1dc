"""claimscope: who says what in news text, and how firmly the text stands behind it.

>>> import claimscope
>>> doc = claimscope.annotate("Rain is expected on Monday.")
>>> [s.text for s in doc.sentences]
['Rain is expected on Monday.']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimscope.errors import ClaimscopeError, LexiconError, SchemaError, WorkerError
from claimscope.lexicon import Lexicons
from claimscope.model import (
    SCHEMA,
    Claim,
    Confidence,
    Cue,
    CueKind,
    Document,
    Entity,
    QuoteKind,
    Rule,
    Sentence,
    Source,
    SourceType,
    Span,
)
from claimscope.pipeline import Annotator, annotate
from claimscope.resources import example_text, load_schema

try:
    __version__ = version("claimscope")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
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
