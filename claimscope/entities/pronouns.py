"""Pronouns: each third-person pronoun to the most salient compatible entity before it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from claimscope.entities.entity import _compatible, _Ent, _governed, _name_kind
from claimscope.entities.mentions import Mention
from claimscope.entities.words import _PRONOUNS, _WINDOW


def link_pronouns(
    text: str,
    mentions: Sequence[Mention],
    of: dict[tuple[int, int], _Ent],
    salient: frozenset[int],
    quotes: Sequence[tuple[int, int]],
    join: Callable[[_Ent, Mention], object],
) -> None:
    """Join each pronoun of ``mentions`` to the entity it most likely means (see
    :func:`claimscope.entities.cluster.build_entities` for ``salient`` and ``quotes``);
    ``of`` maps mention spans to entities, and ``join`` adds a mention to one."""
    _Pronouns(text, mentions, of, salient, quotes, join).run()


class _Pronouns:
    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        of: dict[tuple[int, int], _Ent],
        salient: frozenset[int],
        quotes: Sequence[tuple[int, int]],
        join: Callable[[_Ent, Mention], object],
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.of = of
        self.salient = salient
        self.sources = {e for span, e in of.items() if span[0] in salient}
        self.quotes = quotes
        self.quote_starts = [q[0] for q in quotes]
        self.join = join

    def _governed(self, m: Mention) -> bool:
        return _governed(self.text, m.start)

    def run(self) -> None:
        recent: list[tuple[Mention, _Ent]] = []
        for m in self.mentions:
            if m.kind != "pron":
                e = self.of.get((m.start, m.end))
                if e is not None and e.mentions:
                    recent.append((m, e))
                    if len(recent) > 60:
                        del recent[:20]
                continue
            e = self._pronoun(m, recent)
            if e is None:
                continue
            self.join(e, m)
            gender = _PRONOUNS[m.head][0]
            if gender in ("m", "f") and not e.gender:
                e.pronoun_gender = e.pronoun_gender or gender
            recent.append((m, e))

    def _quote_of(self, offset: int) -> int:
        """The index of the quotation holding ``offset``, or -1."""
        if not self.quotes:
            return -1
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and offset < self.quotes[i][1]:
            return i
        return -1

    def _pronoun(self, p: Mention, recent: list[tuple[Mention, _Ent]]) -> _Ent | None:
        gender, number = _PRONOUNS[p.head]
        best: _Ent | None = None
        best_score = 1e9
        possessive = p.head == "its"
        quote = self._quote_of(p.start)  # once per pronoun, not per candidate
        compatible: dict[int, bool] = {}
        for m, e in reversed(recent[-_CANDIDATES:]):
            if m.start >= p.start:
                continue
            distance = p.sentence - m.sentence
            if distance > _WINDOW:
                break
            ok = compatible.get(id(e))
            if ok is None:
                # an entity recurs among the recent mentions, and nothing about it
                # changes while one pronoun is weighed: test it once
                ok = compatible[id(e)] = bool(e.mentions) and _compatible(
                    e, gender, number, e in self.sources, possessive=possessive
                )
            if not ok:
                continue
            score = float(distance * 3)
            if self._quote_of(m.start) != quote:
                score += 3.0  # "that victim" inside a quote is not the "he" who added it
            if m.start in self.salient:
                score -= 2.0 if p.start not in self.salient else 3.0
            elif m.subject:
                score -= 1.0
            if distance == 0 and self._governed(m):
                score += 2.5  # "Campaigning against Mitt Romney, he …": not the object
            score -= min(1.5, 0.1 * len(e.mentions))  # the article's main people
            if m.kind == "pron":
                score -= 0.5
            if m.kind == "desc" and not m.definite:
                score += 2.0  # "an African-American president" is rarely the "he" after
            elif (
                m.kind == "name"
                and gender in ("m", "f")
                and len(e.key_words) < 2
                and _name_kind(e) != "person"
            ):
                score += 2.5  # a name never shown to be a person ("Russia said")
            if distance == 0 and p.head in ("him", "her", "them", "himself", "herself"):
                score += 1.0
            score += 0.001 * (p.start - m.start) / 1000
            if score < best_score:
                best, best_score = e, score
        return best


_CANDIDATES = 30
"""How many of the latest mentions a pronoun weighs (within :data:`_WINDOW` sentences)."""
