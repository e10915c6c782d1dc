"""Q&A interviews: the answers are the interviewee's words.

A page that calls itself an edited interview (*This conversation has been edited for
length and clarity*) and sets at least two questions off as paragraphs of their own is
a Q&A. Every sentence of the paragraphs after its first question, other than questions
and page furniture, is the interviewee's: the person its introduction names most
often. A sentence another pattern already attributed keeps that reading.

>>> from claimscope import annotate
>>> text = (
...     "Ana Ruiz has run the ferry for 20 years. We asked Ana Ruiz about delays. "
...     "This interview has been edited for length and clarity.\\n\\n"
...     "Why are the ferries late?\\n\\nThe engines are old.\\n\\n"
...     "Will it change?\\n\\nNew boats arrive in May."
... )
>>> for claim in annotate(text).claims[-2:]:
...     print(claim.text, "|", claim.source.text, "|", claim.rule.value)
The engines are old | Ana Ruiz | Q&A answer
New boats arrive in May | Ana Ruiz | Q&A answer
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import attrs
import regex

from claimscope import sources as sources_mod
from claimscope.attribution.context import Context, Raw, trim_content
from claimscope.furniture import is_question
from claimscope.labels import Rule
from claimscope.model import SourceType

__all__ = ["interview_answers"]

_EDIT_NOTE = regex.compile(
    r"\b(?:edited|condensed)(?:\s+and\s+(?:condensed|edited))?\s+for\s+"
    r"(?:length|clarity|brevity|space)\b"
    r"|\b(?:interview|conversation|exchange|transcript|Q&A)\s+(?:has|have)\s+been\s+"
    r"(?:\p{L}+ly\s+)?(?:edited|condensed)\b",
    regex.I,
)
"""The note every edited Q&A carries (*This interview has been edited and condensed for
clarity*, *This conversation has been lightly edited*): without it, questions set off
as paragraphs may be a column's rhetoric."""

_FIRST_PERSON = regex.compile(
    r"(?:I|We|we)(?:['’](?:m|ve|d|ll|re))?(?:[^\S\n]+\p{Ll}+(?:n['’]t)?)?[^\S\n]*$"
)
"""A source that is the speaker's own pronoun, perhaps with an auxiliary (*I*, *I
don't*, *we've*): in an answer, the interviewee speaking of themselves."""

_EDIT_WORD = regex.compile(r"(?:edit|condens)ed", regex.I)
"""What every :data:`_EDIT_NOTE` starts with, under the same case rules: a text without
it (most) is not scanned for the whole note, a search several times dearer."""

_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+(?:[^\S\n]+\p{Lu}[\p{Ll}'’\-]+)+")
"""Two or more capitalised words in a row: a candidate name for the interviewee."""

_POSSESSIVE = regex.compile(r"['’]s?$")
"""The possessive ending a name may carry."""

MIN_QUESTIONS = 2
"""Question paragraphs a Q&A needs."""

_LONGEST_QUESTION = 60
"""The most words a question paragraph has; longer ones are prose that ends in one."""


def interview_answers(ctx: Context, raws: Sequence[Raw], furniture: Collection[int]) -> list[Raw]:
    """``raws`` and the interviewee's answers in a Q&A (see the module), one raw claim a
    sentence; in an answer, a source in the first person is the interviewee."""
    text = ctx.text
    if _EDIT_WORD.search(text) is None or _EDIT_NOTE.search(text) is None:
        return list(raws)
    questions = [
        k
        for k, (lo, hi) in enumerate(ctx.paragraphs)
        if is_question(text[lo:hi]) and len(text[lo:hi].split()) <= _LONGEST_QUESTION
    ]
    if len(questions) < MIN_QUESTIONS:
        return list(raws)
    first = questions[0]
    speaker = _interviewee(ctx, ctx.paragraphs[first][0], furniture)
    if speaker is None:
        return list(raws)
    taken = {r.sentence for r in raws}
    asked = set(questions)
    answers: set[int] = set()
    out: list[Raw] = []
    for k in range(first + 1, len(ctx.paragraphs)):
        if k in asked:
            continue
        lo, hi = ctx.paragraphs[k]
        for s_index in range(ctx.sentence_of(lo), ctx.sentence_of(hi - 1) + 1):
            answers.add(s_index)
            if s_index in furniture or s_index in taken:
                continue
            start, end = trim_content(text, *ctx.sentences[s_index])
            if start < end and not is_question(text[start:end]):
                out.append(Raw(start, end, s_index, Rule.INTERVIEW, None, speaker))
    return [_as_interviewee(text, r, speaker) if r.sentence in answers else r for r in raws] + out


def _as_interviewee(text: str, raw: Raw, speaker: tuple[int, int]) -> Raw:
    """``raw`` with the interviewee as its source when its own source is the speaker's
    first person outside quotation marks (*the second draft is, I think, truer*)."""
    if raw.source is None or raw.unspecified or raw.chain:
        return raw
    if _FIRST_PERSON.fullmatch(text, raw.source[0], raw.source[1]) is None:
        return raw
    return attrs.evolve(raw, source=speaker)


def _interviewee(ctx: Context, before: int, furniture: Collection[int]) -> tuple[int, int] | None:
    """The span of the person the text names most often before offset ``before`` (on
    a tie, the one named last), outside page furniture; None when nobody is named. A
    name counts again wherever its last word stands alone (*Quinlan, 47, grew up*), and
    a possessive is no part of it (*Orla Quinlan's fourth novel*)."""
    last: dict[str, tuple[int, int]] = {}
    intro: list[str] = []
    for s_index, (lo, hi) in enumerate(ctx.sentences):
        if lo >= before:
            break
        if s_index in furniture:
            continue
        intro.append(ctx.text[lo : min(hi, before)])
        for m in _NAME.finditer(ctx.text, lo, min(hi, before)):
            name = _POSSESSIVE.sub("", m.group())
            if sources_mod.classify(name)[0] is SourceType.PERSON:
                last[name] = (m.start(), m.start() + len(name))
    if not last:
        return None
    words = regex.findall(r"\p{L}[\p{L}\-]*", " ".join(intro))
    counts = {name: words.count(name.split()[-1]) for name in last}
    best = max(last, key=lambda n: (counts[n], last[n][0]))
    return last[best]
