"""The label vocabularies: string enums every stage and view shares.

They sit below :mod:`claimscope.model` (which re-exports them) so that the views
(:mod:`claimscope.profile`, :mod:`claimscope.render`) and the stages
(:mod:`claimscope.quotes`, :mod:`claimscope.cues`) can name labels without importing
the records, and the records can offer those views without an import cycle. Each
value is the string written in ``claimscope/1`` JSON.
"""

from __future__ import annotations

import enum

__all__ = ["Confidence", "CueKind", "QuoteKind", "QuoteRole", "Rule", "SourceType"]


class _StrEnum(str, enum.Enum):
    """A string enum whose ``str()`` is its value (``StrEnum`` is 3.11+ only)."""

    def __str__(self) -> str:
        return str(self.value)


class SourceType(_StrEnum):
    """What kind of source a claim comes from (see SPEC, *Source types*)."""

    PERSON = "person"
    ANONYMOUS = "anonymous"
    ORGANIZATION = "organization"
    MEDIA = "media"
    DOCUMENT = "document"
    UNSPECIFIED = "unspecified"
    AUTHOR = "author"


class Confidence(_StrEnum):
    """How strongly the text commits to a claim.

    When several labels apply, the first in :data:`Confidence.precedence` wins.
    """

    DENIED = "denied"
    ALLEGED = "alleged"
    HEDGED = "hedged"
    REPORTED = "reported"
    ASSERTED = "asserted"

    @property
    def rank(self) -> int:
        """Position in the precedence order: 0 (``denied``) wins over 4."""
        return _CONFIDENCE_RANK[self]


_CONFIDENCE_RANK = {label: i for i, label in enumerate(Confidence)}


class QuoteKind(_StrEnum):
    """How the content of a claim relates to quotation marks."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    NONE = "none"


class CueKind(_StrEnum):
    """The job a cue does for a claim."""

    REPORTING = "reporting"
    HEDGE = "hedge"
    DISTANCING = "distancing"
    DENIAL = "denial"


class Rule(_StrEnum):
    """The attribution pattern that produced a claim (``Claim.rule``).

    Each member is one pattern of :mod:`claimscope.attribution`; its value is the
    string written to ``claimscope/1`` JSON, a sketch of the pattern (``X`` the source,
    ``C`` the content). ``NONE`` (``""``) marks a claim built by hand.
    """

    # cue patterns inside one sentence (claimscope.attribution.patterns)
    ACCORDING_TO_LEADING = "according to X, C"
    ACCORDING_TO_TRAILING = "C, according to X"
    THATS_ACCORDING_TO = "that's according to X"
    IMPERSONAL = "impersonal"
    IS_SAID_TO = "X is said to"
    PASSIVE_AGENT = "Y was accused by X of C"
    PASSIVE_SUBJECT = "C was reported by X"
    SHARED_SUBJECT = "X did …, saying C"
    APPOSITIVE_SAID = "X, appositive, said C"
    QUOTE_APPOSITIVE_SAID = '"C," X, appositive, said'
    QUOTE_SAID_X = '"C," said X'
    ISSUED_STATEMENT = "X issued a statement saying C"
    INVERTED = "C, X said"
    SAID = "X said C"
    # passes over the whole text (claimscope.attribution.passes)
    NOMINAL = "X's claim that C"
    TRANSCRIPT = "X: C"
    DASH = '"C" — X'
    QUOTE_VERBED = '"C," X verbed'
    COLON_QUOTE = "X: quote"
    HEADER_QUOTE = "from X: quote"
    CONTINUATION = "quote continuation"
    LIST_ITEM = "list item"
    INTERVIEW = "Q&A answer"
    # sentences nobody is named for (claimscope.attribution.author)
    REPORTEDLY = "reportedly"
    IS_THOUGHT_TO = "X is thought to"
    IS_ACCUSED = "X was accused of"
    UNDER_CRITICISM = "X came under criticism"
    UNNAMED_CLAIMS = "allegations that C"
    AUTHOR = "author"
    NONE = ""


class QuoteRole(_StrEnum):
    """What a quoted stretch does in the text (see :mod:`claimscope.quotes`)."""

    SPEECH = "speech"
    SCARE = "scare"
    TITLE = "title"
