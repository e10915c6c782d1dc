"""Pronouns: each third-person pronoun to the most salient compatible entity before it.

Linear in the text: a pronoun weighs at most the latest :data:`_CANDIDATES` mentions
within :data:`_WINDOW` sentences, stops once no older mention can win, and looks up
what it needs to know about each entity in a table kept for the pass."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

import regex

from claimscope import lexicon
from claimscope._grammar import DETERMINERS, POSSESSIVES
from claimscope.entities._name_grammar import plural_acronym, which_clause_after
from claimscope.entities.entity import (
    _compatible,
    _Ent,
    _governed,
    _name_kind,
    common_plural,
    place_before_area,
)
from claimscope.entities.mentions import Mention
from claimscope.entities.words import _PRONOUNS, _WINDOW


def link_pronouns(
    text: str,
    mentions: Sequence[Mention],
    of: Mapping[tuple[int, int], _Ent],
    salient: frozenset[int],
    quotes: Sequence[tuple[int, int]],
    join: Callable[[_Ent, Mention], object],
) -> None:
    """Join each pronoun of ``mentions`` to the entity it most likely means (see
    :func:`claimscope.entities.cluster.build_entities` for ``salient`` and ``quotes``);
    ``of`` maps mention spans to entities, and ``join`` adds a mention to one.
    ``mentions`` come in text order and ``quotes`` are ordered and disjoint."""
    _Pronouns(text, mentions, of, salient, quotes, join).run()


class _Pronouns:
    """One pass over a document's mentions, joining each pronoun to an entity."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        of: Mapping[tuple[int, int], _Ent],
        salient: frozenset[int],
        quotes: Sequence[tuple[int, int]],
        join: Callable[[_Ent, Mention], object],
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.of = of
        self.salient = salient
        # the speakers' entities: looked up at the few mentions a source starts at,
        # not by walking every span of the map
        self.sources = {
            e
            for e in (of.get((m.start, m.end)) for m in mentions if m.start in salient)
            if e is not None
        }
        # the quotes' offsets as plain lists: ``quotes`` may be held packed, making a
        # tuple at every index, and the pass reads them at every mention
        self.quote_starts = [q[0] for q in quotes]
        self.quote_ends = [q[1] for q in quotes]
        self.join = join

    def run(self) -> None:
        recent: list[_Candidate] = []
        # sort of pronoun -> entity -> facts; while pronouns are linked, only a
        # pronoun's gender changes what an entity may be (see _facts)
        facts: dict[str, dict[_Ent, _Facts]] = {}
        of, salient = self.of, self.salient
        starts, ends = self.quote_starts, self.quote_ends
        q, n = 0, len(ends)  # q: the first quotation not ending before the mention
        for m in self.mentions:
            start = m.start
            while q < n and ends[q] <= start:
                q += 1
            quote = q if q < n and starts[q] <= start else -1
            if m.kind != "pron":
                e = of.get((start, m.end))
                if e is None or not e.mentions:
                    continue
            else:
                e = self._pronoun(m, quote, recent, facts)
                if e is None:
                    continue
                self.join(e, m)
                gender, number = _PRONOUNS[m.head]
                if gender in ("m", "f") and not e.gender and not e.pronoun_gender:
                    e.pronoun_gender = gender
                    for of_sort in facts.values():
                        of_sort.pop(e, None)  # the entity changed: weigh it afresh
                elif gender == "n" and number == "sg" and not e.neuter and e.kind == "name":
                    e.neuter = True  # "its cordless models": no "she" for it after
                    for of_sort in facts.values():
                        of_sort.pop(e, None)
            # what a candidate brings to every pronoun after it is worked out once:
            # "an African-American president" is rarely the "he" after (a loose
            # description); a bare plural subject ("Researchers analysed …") is often
            # the "they"; a pronoun carries its entity on
            kind = m.kind
            if kind == "desc":
                bonus = 2.0 if not m.definite and not m.plural else 0.0
            else:
                bonus = -0.5 if kind == "pron" else 0.0
            rank = 2 if start in salient else 1 if m.subject else 0
            if rank == 2 and (m.possessive or (kind == "pron" and m.head in _OWNERS)):
                # "Her daughter said", "Zubiría's agent, Mikel Etxeberria, said": the
                # owner opening a source is no speaker, only in its subject
                rank = 1
            recent.append((start, m.end, m.sentence, quote, rank, bonus, kind == "name", e))
            if len(recent) > 60 and m.kind != "pron":
                del recent[:20]

    def _facts(
        self, e: _Ent, gender: str, number: str, possessive: bool, speaker: bool, tag: bool
    ) -> _Facts:
        """Whether a pronoun of ``gender`` and ``number`` may mean ``e``, and whether
        ``e`` is a name never shown to be a person ("Russia said"). Within the pronoun
        pass both change only when a pronoun gives ``e`` a gender: a pronoun adds no
        title, role or name word."""
        # "he" outside a quotation may be an unknown name given an age, as one that
        # speaks ("52-year-old Dnyaneshwar Pawar stood in his field. “…,” he said")
        salient = e in self.sources or (tag and e.kind == "name" and _aged(self.text, e))
        ok = (
            bool(e.mentions)
            and (
                _compatible(e, gender, number, salient, possessive=possessive, speaker=speaker)
                or (gender + number == "nsg" and which_clause_after(self.text, e))
            )
            and not (e.kind == "name" and place_before_area(self.text, e))
            and not (
                e.kind == "name" and number == "sg" and common_plural(self.text, e, e.key_words)
            )
            and not (number == "sg" and plural_acronym(e.key_words))
        )
        if not ok:
            return _NO
        thing = gender in ("m", "f") and len(e.key_words) < 2 and _name_kind(e) != "person"
        return ok, thing

    def _tagged_quote(self, p: Mention) -> int:
        """The index of the quotation that ends right before pronoun ``p`` (``"…,"
        he said``), or -1."""
        k = bisect.bisect_right(self.quote_ends, p.start) - 1
        if k < 0:
            return -1
        q_start, q_end = self.quote_starts[k], self.quote_ends[k]
        gap = self.text[q_end : p.start]
        if len(gap) > 4 or _TAG_GAP.search(gap) is None:
            return -1
        # a quotation over paragraphs is a block that may hold the tag's own quote
        return -1 if self.text.find("\n", q_start, q_end) >= 0 else k

    def _pronoun(
        self,
        p: Mention,
        quote: int,
        recent: list[_Candidate],
        facts: dict[str, dict[_Ent, _Facts]],
    ) -> _Ent | None:
        """The entity pronoun ``p`` (in quotation ``quote``, or -1) most likely means."""
        if not recent:
            return None  # nobody named yet (and no pronoun resolved): nothing to weigh
        head = p.head
        gender, number = _PRONOUNS[head]
        possessive = head == "its"
        if possessive and _DISTRIBUTIVE.search(self.text, max(0, p.start - 60), p.start):
            return None  # "with each state assigned its own target": the state's
        p_salient = p.start in self.salient
        speaker = p_salient and number == "pl"  # "they said": maybe one unnamed source
        # "he said", "his field": a speech tag's pronoun or one outside quotation marks
        tag = gender in ("m", "f") and (p_salient or quote < 0)
        sort = gender + number + ("'" if possessive else "") + ("!" if speaker else "")
        sort += "#" if tag else ""
        best: _Ent | None = None
        best_score = 1e9
        of_sort = facts.setdefault(sort, {})
        # a speaker (rank 2) is favoured more by a speaker's pronoun, a subject (1) less
        ranks = (0.0, -1.0, -3.0 if p_salient else -2.0)
        objective = head in ("him", "her", "them", "himself", "herself")
        text = self.text
        p_start, p_sentence = p.start, p.sentence
        head_of_clause: _Ent | None = None
        # the quotation a speech tag's pronoun closes ("…," he said): whom it names in
        # the third person is not its speaker
        tagged = self._tagged_quote(p) if p_salient else -1
        # "The president, she said, would veto …": the phrase right before the comma
        # that opens a parenthetical pronoun is never that pronoun
        lead = _COMMA_LEAD.search(text, max(0, p_start - 4), p_start)
        before_comma = lead.start() if lead is not None and head in _LEAD_SUBJECTS else -1
        for start, end, sentence, m_quote, rank, bonus, name, e in reversed(recent[-_CANDIDATES:]):
            if start >= p_start or (m_quote == tagged >= 0) or end == before_comma:
                continue
            if (
                head_of_clause is None
                and sentence == p_sentence
                and end <= p_start
                and _relative_head(text, start, end, p)
            ):
                head_of_clause = e  # "the stake in Helix Bank it bought": not Helix Bank
            if e is head_of_clause:
                continue
            distance = p_sentence - sentence
            if distance > _WINDOW or distance * 3 - _MOST_FAVOURED >= best_score:
                break  # too far back, or no older mention can beat the best one
            known = of_sort.get(e)
            if known is None:
                # an entity recurs among the recent mentions, and nothing about it
                # changes until a pronoun joins it: weigh it once
                known = of_sort[e] = self._facts(e, gender, number, possessive, speaker, tag)
            ok, thing = known
            if not ok:
                continue
            # (keep _MOST_FAVOURED in step with the terms that lower a score); every
            # term but the mention count's and the offset's is a multiple of 0.5, so
            # exact in any order
            score = float(distance * 3) + ranks[rank] + bonus
            if m_quote != quote:
                score += 3.0  # "that victim" inside a quote is not the "he" who added it
            if distance == 0:
                if _governed(text, start):
                    score += 2.5  # "Campaigning against Mitt Romney, he …": not the object
                if objective:
                    score += 1.0
            if name and (thing or number == "pl"):
                score += 2.5 if thing else 1.0  # "they": a plural phrase before one name
            n = len(e.mentions)
            score -= 0.1 * n if n < 15 else 1.5  # min(1.5, 0.1 * n): the main people
            score += 0.001 * (p_start - start) / 1000
            if score < best_score:
                best, best_score = e, score
        return best


def _aged(text: str, e: _Ent) -> bool:
    """Whether a name of ``e`` is given an age (*52-year-old Dnyaneshwar Pawar*,
    *Lee Mei Ling, 67,*): a person, whatever the given name."""
    return any(
        m.kind == "name"
        and (
            _AGE_BEFORE.search(text, max(0, m.start - 16), m.start) is not None
            or _AGE_BEFORE.match(text, m.start, min(m.end, m.start + 16)) is not None
            or _AGE_AFTER.match(text, m.end) is not None
        )
        for m in e.mentions
    )


_AGE_BEFORE = regex.compile(r"[0-9]{1,3}-year-old[ \u00a0]++(?:\Z|\p{Lu})")
"""An age right before a name, or opening its mention (*52-year-old Dnyaneshwar
Pawar*)."""

_AGE_AFTER = regex.compile(r",[ \u00a0]*+[0-9]{1,3},")
"""An age set off after a name (*Lee Mei Ling, 67,*)."""


_OWNERS = frozenset(("his", "her", "its", "their"))
"""Pronouns that may stand as a possessive before a noun, never as a subject."""

_COMMA_LEAD = regex.compile(r",[^\S\n]{1,2}\Z")
_LEAD_SUBJECTS = frozenset(("he", "she", "they"))
"""A subject pronoun right after a comma (*The president, she said, …*, *According to
Ms Lee, he …*) does not mean the phrase before the comma."""

_TAG_GAP = regex.compile(r"[,!?]?[\"”’']?[^\S\n]{1,3}\Z")
"""What stands between a quotation's last word and its speech tag's pronoun: the
closing comma and quote mark, then a space (*"… outside," he said*)."""


_DISTRIBUTIVE = regex.compile(
    r"\b(?:each|every)[^\S\n]+\p{Ll}+(?:[^\S\n]+[\p{Ll}-]+){0,4}?[^\S\n]+\Z"
)
"""*each*/*every* and a noun, then up to four lower-case words, right before *its*
(*each state assigned its own target*): the possessive is the quantified noun's, which
names no entity."""


def _relative_head(text: str, start: int, end: int, p: Mention) -> bool:
    """Whether the mention ``[start, end)`` stands right before pronoun ``p``, which
    opens a relative clause on it without *that* (*the stake in Helix Bank it bought*):
    the pronoun is then the subject of that clause and cannot mean its head. Not after
    a verb that takes an addressee and a clause (*told the minister she had*), nor for
    a reflexive (*the president himself*)."""
    between = text[end : p.start]
    if not between or between.strip(" ") or p.head.endswith(("self", "selves")):
        return False
    before = text[max(0, start - 24) : start].casefold().split()
    if before and before[-1] in DETERMINERS | POSSESSIVES:
        before.pop()
    return not (before and before[-1] in _ADDRESSEE_VERBS)


_ADDRESSEE_VERBS = lexicon.words("addressee_verbs")
"""Verbs taking an addressee then a clause: a pronoun after the addressee may mean it."""

_MOST_FAVOURED = 3.0 + 1.5 + 0.5 + 0.5
"""More than a candidate's score can fall below three times its distance in sentences
(a salient speaker, many mentions, a pronoun; plus a margin for rounding): once the
best score so far is no higher than that for the candidate at hand, no older one can
beat it, and the search stops (scores only grow with distance)."""

_Candidate = tuple[int, int, int, int, int, float, bool, _Ent]
"""A mention a later pronoun may mean, with what it brings to every pronoun after it:
start, end, sentence, quotation index, rank (2 a speaker, 1 a subject, else 0), the
score its kind adds (a pronoun -0.5, a loose description 2.0), whether it is a name,
and its entity."""

_Facts = tuple[bool, bool]
"""What :meth:`_Pronouns._facts` finds about an entity for one sort of pronoun."""

_NO: _Facts = (False, False)

_CANDIDATES = 30
"""How many of the latest mentions a pronoun weighs (within :data:`_WINDOW` sentences)."""
