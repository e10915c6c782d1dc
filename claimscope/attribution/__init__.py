"""Attribution: from sentences, quotes and cues to claims with sources and chains.

The stage works sentence by sentence, around each reporting cue found by
:mod:`claimscope.cues`, and then across sentences and paragraphs:

1. **Cue patterns** (in one sentence): ``X said (that) C``, ``C, X said``,
   ``"C," said X``, ``X told Y (that) C``, ``according to X, C`` / ``C, according to
   X``, impersonal forms (``it was claimed that C``, ``X is said to …``), denials and
   accusations (``X denied C``), appositives (``Jane Doe, a former officer, said``).
2. **Across sentences**: colon introductions (``X said:`` then the quote), dash and
   header attributions (``"C" — Jane Doe``, ``And from Chairwoman Doe:``), quote
   continuation (a paragraph that is only a quotation keeps the previous speaker),
   ``That's according to X`` (points back to the previous sentence).
3. **Author voice**: every remaining declarative sentence that is not page furniture
   becomes an ``author`` claim; ``reportedly``/``allegedly`` sentences become
   ``unspecified`` ones.

One module per concern:

- :mod:`~claimscope.attribution.context`: the per-document lookups and the raw
  attribution record;
- :mod:`~claimscope.attribution.who`: the source phrase (the subject before *said*
  and every other place a source is found) — the one place to fix a wrong subject;
- :mod:`~claimscope.attribution.what`: the content span;
- :mod:`~claimscope.attribution.patterns`: the ordered table of cue patterns, one
  small function and one :class:`~claimscope.labels.Rule` each;
- :mod:`~claimscope.attribution.passes`: the passes across sentences;
- :mod:`~claimscope.attribution.author`: the author-voice claims;
- :mod:`~claimscope.attribution.emit`: typing and resolving sources (through
  :mod:`claimscope.sources`), labels (through :mod:`claimscope.confidence`), claims;
- :mod:`~claimscope.attribution.stage`: :func:`attribute`, the order of it all.

Every claim records the rule that produced it.
"""

from __future__ import annotations

from claimscope.attribution.stage import attribute

__all__ = ["attribute"]
