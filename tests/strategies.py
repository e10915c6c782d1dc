"""Hypothesis strategies shared by the test suite.

They produce hostile news-like text: real sentence fragments mixed with curly and
unbalanced quotes, ``İ`` (which grows when lower-cased), zero-width and non-breaking
spaces, ``\\r\\n`` and other line ends, very long lines, list markers, ellipses and
words from the shipped lexicons in odd places. Import what you need::

    from strategies import hostile_texts, news_texts

The public strategies and the contract check of :mod:`claimscope.testing` are
re-exported here (``article_texts`` is ``claimscope.testing.news_texts``: whole
articles in every attribution pattern). The Hypothesis profiles (``default``, ``ci``)
are registered in ``tests/conftest.py``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from claimscope import lexicon
from claimscope.testing import check_document, documents
from claimscope.testing import news_texts as article_texts

__all__ = [
    "CUE_PIECES",
    "FRAGMENTS",
    "HOSTILE_CHARS",
    "SEPARATORS",
    "article_texts",
    "check_document",
    "cue_runs",
    "documents",
    "hostile_texts",
    "lexicon_words",
    "long_lines",
    "news_texts",
    "non_str_values",
    "paragraph_prefixes",
    "texts",
]

FRAGMENTS: tuple[str, ...] = (
    "The Harbour Bridge will close for six months, the council said on Tuesday.",
    "“The cables are older than anyone expected,” said Jane Doe.",
    "“We cannot wait another winter.”",
    '"This is great." she said.',
    "Mr. Reyes runs a bakery near the bridge.",
    "Sen. Lisa Warren and Rep. Tom Hale introduced the bill in the U.S. Senate.",
    "The fund is run by J. R. Smith, a former banker.",
    "The deal is worth $4.5 billion, or 3.2 percent of sales.",
    "Read more at www.example.com/news or write to desk@example.com.",
    "The mayor paused... Then she resigned.",
    "The statute says that . . . no vessel may dock.",
    "Can you believe it?!",
    "(The vote was postponed.)",
    "WASHINGTON (AP) — The Senate passed the bill late Thursday.",
    "PORTLAND, Ore. — Firefighters contained the blaze.",
    "Bridge to Close",
    "By MARIA LOPEZ",
    "1. Close the bridge.",
    "a) Run a ferry.",
    "• It carries 40,000 cars a day.",
    "Polls open at 7 a.m. and close at 8 p.m.",
    "İstanbul officials welcomed the decision.",
    "Officials said the money had not been approved",
    "‘It is over,’ he said, “for now.",
    "The company moved to the U.S. The move saved millions.",
)
"""Realistic news fragments composed for the tests (sentences, headings, markers)."""

SEPARATORS: tuple[str, ...] = (
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    " \u200b ",
    "\u2028",
    "\u2029",
    "\x0c",
    "\x85",
    "\n \n",
    "",
)
"""What goes between fragments: spaces, line ends of every kind, zero-width space."""

HOSTILE_CHARS = (
    "aZ İıß\u0301 .?!…,;:—–-\"'“”‘’«»()[]{}•*1234567890$%@/"
    "\n\r\t\u00a0\u200b\u200d\u2028\u2029\x0c\x85\ufeff"
)
"""Characters that stress segmentation and offsets."""


def texts() -> st.SearchStrategy[str]:
    """Any Unicode text (Hypothesis's own strategy, surrogates excluded)."""
    return st.text()


@st.composite
def lexicon_words(draw: st.DrawFn) -> str:
    """A word from a shipped lexicon, in lower, title or upper case, sometimes with a
    period glued to it ("Said.", "ALLEGEDLY", "u.s.")."""
    names = lexicon.shipped_names()
    entries = draw(st.sampled_from(names).map(lexicon.load).filter(bool))
    word = draw(st.sampled_from(entries)).text
    word = draw(st.sampled_from((word, word.title(), word.upper())))
    return word + draw(st.sampled_from(("", ".", ",", "?", "”", ".”")))


def hostile_texts(max_size: int = 200) -> st.SearchStrategy[str]:
    """Short text drawn mostly from :data:`HOSTILE_CHARS`, plus anything else."""
    return st.text(
        alphabet=st.one_of(st.sampled_from(HOSTILE_CHARS), st.characters()),
        max_size=max_size,
    )


@st.composite
def news_texts(draw: st.DrawFn, max_pieces: int = 12) -> str:
    """Text built from news fragments, lexicon words, hostile snippets and separators.

    Fragments may be cut anywhere, which yields unbalanced quotes and brackets.
    """
    piece = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(FRAGMENTS).flatmap(
            lambda f: st.integers(0, len(f)).map(lambda i: f[:i] if i % 2 else f[i:])
        ),
        lexicon_words(),
        hostile_texts(max_size=12),
    )
    pieces = draw(st.lists(piece, max_size=max_pieces))
    separators = draw(
        st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces))
    )
    return "".join(p + s for p, s in zip(pieces, separators, strict=True))


@st.composite
def paragraph_prefixes(draw: st.DrawFn) -> str:
    """Text that ends a paragraph: news text followed by ``"\\n\\n"``."""
    return draw(news_texts(max_pieces=4)) + "\n\n"


@st.composite
def long_lines(draw: st.DrawFn, length: int = 100_000) -> str:
    """One line of about ``length`` characters: a fragment, sentence or marker repeated
    without line ends (or a single unbroken token)."""
    unit = draw(
        st.one_of(
            st.sampled_from(FRAGMENTS).map(lambda f: f + " "),
            st.sampled_from(("a", ".", ". ", "U.S.", "…", "“", "1. ", "?!", "\u00a0", "İ")),
        )
    )
    return (unit * (length // len(unit) + 1))[:length]


CUE_PIECES: tuple[str, ...] = (
    "said",
    "Said",
    "told",
    "thinks",
    "believes",
    "claims",
    "denied",
    "rejected",
    "reports",
    "according to",
    "is said to",
    "called",
    "may",
    "could not",
    "not",
    "the",
    "his",
    "he",
    "She",
    "they",
    "him",
    "that",
    "Jane Doe",
    "aides",
    "officials",
    "the report",
    "on Tuesday",
    "the mayor rejected the treaty",
    ", aides said",
    ", he said, adding",
    ", Jane Doe told reporters",
    ",",
    ".",
    ":",
    "?",
    '"',
    '"said"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "—",
)
"""Reporting cues, hedges, pronouns, names, commas and quotation marks: the pieces
of the pathological benchmark inputs (*said said said*, *He said he would.*, one
sentence of quoted *"said"*)."""


@st.composite
def cue_runs(draw: st.DrawFn, max_pieces: int = 60) -> str:
    """Text dense with cues: :data:`CUE_PIECES` (and news fragments) joined by spaces
    and other separators, so that nearly every word is a cue, a source or a mark."""
    piece = st.one_of(st.sampled_from(CUE_PIECES), st.sampled_from(FRAGMENTS))
    pieces = draw(st.lists(piece, max_size=max_pieces))
    glue = st.sampled_from((" ", " ", " ", "", "\n", "\n\n", "\u00a0", "\x85"))
    return "".join(p + draw(glue) for p in pieces)


def non_str_values() -> st.SearchStrategy[object]:
    """Values that are not ``str`` and must be refused with ``TypeError``."""
    return st.one_of(
        st.binary(),
        st.none(),
        st.integers(),
        st.floats(allow_nan=False),
        st.lists(st.text(), max_size=2),
    )
