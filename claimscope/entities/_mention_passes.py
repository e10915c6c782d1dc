"""Passes over the scanned mentions before clustering (:mod:`.cluster`): element
symbols that are no names give way (:mod:`._symbol_mentions`), and offices written as
titles beside a name become descriptions of its holder (:mod:`._office_phrases`)."""

from __future__ import annotations

from collections.abc import Sequence

from claimscope.entities._office_phrases import office_descriptions
from claimscope.entities._symbol_mentions import without_symbols
from claimscope.entities.mention import Mention

__all__ = ["refined_mentions"]


def refined_mentions(
    text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` after the passes of this module's docstring, in text order."""
    return office_descriptions(text, sentences, without_symbols(text, mentions))
