"""Clustering mentions into entities: names, appositions, descriptions, pronouns."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from claimscope._grammar import HEAD_END_WORDS, POSSESSIVES
from claimscope.entities import body_refs
from claimscope.entities._acronym_heads import head_initials
from claimscope.entities._byline_mentions import outside_bylines
from claimscope.entities._capitalised_roles import role_name
from claimscope.entities._headline_descs import in_headline
from claimscope.entities._mention_passes import refined_mentions
from claimscope.entities._relative_holders import subject_over_relative
from claimscope.entities._role_modifiers import fitting_holder
from claimscope.entities.apposition import (
    _apposable,
    _apposed_gap,
    _closes_apposition,
    _introduced_person,
    _role_phrase,
)
from claimscope.entities.entity import (
    _Ent,
    _governed,
    _informative,
    _name_kind,
    _org_name,
)
from claimscope.entities.mentions import Mention, find_mentions
from claimscope.entities.name_compare import (
    _bracketed_alias,
    _ends_with,
    _initials,
    _mention_gender,
    _owned_by_other,
    _same_description,
    _second_surname,
)
from claimscope.entities.name_runs import SURNAME_OPENERS
from claimscope.entities.pronouns import link_pronouns
from claimscope.entities.pseudonym_cues import pseudonym_cues
from claimscope.entities.role_holders import holder_link, holds_role
from claimscope.entities.role_titles import role_holder, title_kept, titled_apposition
from claimscope.entities.spanmap import SpanMap
from claimscope.entities.variation import varied_subject
from claimscope.entities.words import (
    _ACRONYM,
    _NAME_LOOKBACK,
    _NAME_SUFFIXES,
    _RECENT,
    _ROLE_GENDER,
    _ROLE_PREPOSITIONS,
    _WINDOW,
    _bare_anaphor,
    _body_acronym,
    _body_role,
    _given_names,
    _nouns,
    _titles,
)
from claimscope.sources import role_acronym


class _Builder:
    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        salient: frozenset[int],
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.salient = salient
        self.starts = [m.start for m in mentions]
        self.of: SpanMap[_Ent] = SpanMap(mentions)  # mention span -> entity
        self.entities: list[_Ent] = []
        self.by_word: dict[str, list[_Ent]] = {}
        self.by_key: dict[tuple[str, ...], _Ent] = {}
        self.by_acronym: dict[str, _Ent] = {}
        self.by_role: dict[str, _Ent] = {}
        self.by_kind: dict[str, _Ent] = {}
        self.by_desc: dict[str, _Ent] = {}
        self.read: dict[tuple[str, ...], _NameWords] = {}  # see _read
        self.recent: list[tuple[int, _Ent]] = []  # (sentence, entity) of names so far

    def new(self, m: Mention) -> _Ent:
        e = _Ent(m)
        self.entities.append(e)
        self.of[m.start, m.end] = e
        return e

    def join(self, e: _Ent, m: Mention, *, rename: bool = True) -> _Ent:
        e.add(m)
        self.of[m.start, m.end] = e
        if rename and m.kind == "name" and _informative(m) > _informative(e.name):
            e.name = m
        return e

    # names ------------------------------------------------------------------------

    def names(self) -> None:
        for m in self.mentions:
            if m.kind == "name":
                self._name(m)

    def pseudonyms(self) -> None:
        """Mark the names the text says are not real (*a man going by the name of
        'Sam'*, *'Max' (not his real name)*): anonymous at every mention."""
        text = self.text
        for cue in pseudonym_cues(text):
            e = self.of.name_at(cue.end())
            if e is not None:
                e.pseudonym = True
        for cue in _PSEUDONYM_AFTER.finditer(text):
            k = bisect.bisect_right(self.starts, cue.start()) - 1
            while k >= 0 and cue.start() - self.mentions[k].end <= 3:
                m = self.mentions[k]
                e = self.of.get((m.start, m.end))
                if m.kind == "name" and e is not None:
                    e.pseudonym = True
                    break
                k -= 1

    def coordinations(self) -> None:
        """'Charles Grassley and Patrick Leahy': two people named together are also a
        group that a later 'they' can mean (typed by its leading member)."""
        ms = self.mentions
        out: list[Mention] = []
        groups: dict[tuple[int, int], _Ent] = {}
        for k, b in enumerate(ms):
            a = ms[k - 1] if k else None
            if (
                a is not None
                and a.kind == b.kind == "name"
                and a.sentence == b.sentence
                and not a.possessive
                and self.text[a.end : b.start] in (" and ", " & ")
            ):
                ea, eb = self.of.get((a.start, a.end)), self.of.get((b.start, b.end))
                if (
                    ea is not None
                    and eb is not None
                    and ea is not eb
                    and _name_kind(ea) in ("person", "")
                    and _name_kind(eb) in ("person", "")
                ):
                    group = Mention(
                        a.start, b.end, a.sentence, "desc", head="", plural=True,
                        definite=True, subject=a.subject,
                    )  # fmt: skip
                    e = groups[group.start, group.end] = _Ent(group)  # see new()
                    self.entities.append(e)
                    e.number = "pl"
                    out.insert(len(out) - 1, group)  # before its leading member
            out.append(b)
        if len(out) != len(ms):
            self.mentions = out
            self.starts = [m.start for m in out]
            self.of = self.of.rebuilt(out, groups)

    def _name(self, m: Mention) -> None:
        words = m.words
        read = self.read.get(words) or self._read(words)
        key, core, acronym, _initials = read
        e = self.by_key.get(key)
        if e is None and acronym:
            e = self.by_acronym.get(words[0].rstrip("s"))
        if e is None:
            # "Donald Trump says … The Republican noted"; "the Commissioner" after her name
            varied = self._varied(m, False) or role_holder(self.text, m, self.by_role)
            if varied is not None:
                self._index(self.join(varied, m, rename=False), m, read)  # still the name
                return
        if e is None and len(core) == 1:
            e = self._short(core[0], m)
        if e is None and len(core) >= 2:
            e = self._full(core, m)
        self._index(self.new(m) if e is None else self.join(e, m), m, read)

    def _full(self, core: tuple[str, ...], m: Mention) -> _Ent | None:
        """The entity a full name names again after its surname alone (a headline's
        *Obama*), or after a longer form (*James P. Kennedy* ~ *James Kennedy*)."""
        gender = _mention_gender(m)
        last, first = core[-1].casefold(), core[0].casefold()
        for e in reversed(self.by_word.get(last, [])[-_NAME_LOOKBACK:]):
            if gender and e.gender and gender != e.gender:
                continue  # "Michelle Obama" is not the "Mr. Obama" before her
            if len(e.key_words) == 1 and e.key_words[0].casefold() == last:
                return e
            if first in SURNAME_OPENERS and _ends_with(e.key_words, core):
                return e  # "Van der Merwe", "Mac Giolla" after "Ciarán Mac Giolla"
            if (
                len(e.key_words) >= 2
                and e.surname.casefold() == last
                and e.key_words[0].casefold() == first
            ):
                return e
        return None

    def _read(self, words: tuple[str, ...]) -> _NameWords:
        """What clustering reads from a name's words, worked out once per document."""
        found = self.read.get(words)
        if found is None:
            key = tuple(map(str.casefold, words))
            core = words
            if not _NAME_SUFFIXES.isdisjoint(key):
                core = tuple(w for w, k in zip(words, key, strict=True) if k not in _NAME_SUFFIXES)
            while len(core) >= 2 and role_acronym(core[0]):
                core = core[1:]  # "CEO Deshpande": the surname of Rohan Deshpande
            acronym = len(words) == 1 and _body_acronym(words[0])
            initials = ""
            for w in words:
                if w[:1].isupper() and w not in ("Of", "The"):
                    initials += w[0]
            found = self.read[words] = (key, core, acronym, initials)
        return found

    def _short(self, word: str, m: Mention) -> _Ent | None:
        """The entity a one-word name (with or without title) abbreviates."""
        folded = word.casefold()
        gender = _mention_gender(m)
        body = given = first = middle = None
        for e in reversed(self.by_word.get(folded, [])[-_NAME_LOOKBACK:]):
            if len(e.key_words) < 2 or (gender and e.gender and gender != e.gender):
                continue  # "Mr. Obama" after "Michelle Obama" is someone else
            if e.surname.casefold() == folded:
                return e
            if _org_name(e.key_words) or _name_kind(e) == "organization":
                if body is None and e.key_words[0].casefold() == folded:
                    body = e  # "Kotak" for "Kotak Institutional Equities"
                continue  # a firm's first word is no given name ("the law firm Okafor …")
            if (
                given is None
                and e.given.casefold() == folded
                and (m.title in ("sir", "dame", "lord", "lady") or not m.title)
            ):
                given = e
            elif _name_kind(e) not in ("person", "" if m.title else "person"):
                continue  # "China" is not the "South China Sea"; "Mr Lim" is a person
            elif (
                first is None
                and m.title
                and e.given.casefold() == folded
                and (len(e.key_words) >= 3 or "-" in e.key_words[-1])
            ):
                first = e  # "Mr Lim" for Lim Wei Ming, "Mr Ban" for Ban Ki-moon
            elif middle is None and _second_surname(e.key_words, folded):
                middle = e  # "Ortiz" for Daniel Ortiz Vargas: the first of two surnames
        # a surname anywhere in reach before a given name; a person's surname before
        # the firm named after it: "Greer" is Samuel Greer, not Greer Hollis LLP; then a
        # family name written first (Chinese, Korean, Vietnamese, Hungarian order) or
        # the first of two family names (Spanish, Portuguese order)
        return given or body or first or middle

    def _index(self, e: _Ent, m: Mention, read: _NameWords) -> None:
        words = m.words
        key, core, acronym, initials = read
        several = len(words) >= 2
        if several and _informative(m) >= _informative(e.name):
            e.key_words = words
            if len(core) >= 2:
                e.surname, e.given = core[-1], core[0]
        elif not several and words and not e.key_words:
            e.key_words = words
        self.by_key.setdefault(key, e)
        for w in dict.fromkeys(key) if several else key:
            bucket = self.by_word.setdefault(w, [])
            if not bucket or bucket[-1] is not e:
                bucket.append(e)
                if len(bucket) > 2 * _NAME_LOOKBACK:
                    del bucket[:-_NAME_LOOKBACK]  # only the latest are ever looked at
        if several and len(initials) >= 2:
            self.by_acronym.setdefault(initials, e)
            head = head_initials(words)  # "Transportation Safety Board of Canada": TSB
            if len(head) >= 2:
                self.by_acronym.setdefault(head, e)
        if acronym:
            self.by_acronym.setdefault(words[0].rstrip("s"), e)
        for role in m.roles:
            self.by_role[role] = e
        title = m.title
        if title and _titles().get(title, "-") != "-":
            e.gender = e.gender or _titles()[title]
        if not e.gender and (several or title in ("sir", "dame", "lord", "lady", "")):
            e.gender = _given_names().get(key[0], "")

    # appositions and descriptions ---------------------------------------------------

    def appositions(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Map a description's start to the start of the name it stands in apposition
        to (or the name to the acronym in brackets after it)."""
        links: dict[tuple[int, int], tuple[int, int]] = {}
        ms, text = self.mentions, self.text
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            if a.sentence != b.sentence:
                continue
            if b.kind == "name" and k + 2 < len(ms) and a.end <= ms[k + 2].start < b.start:
                b = ms[k + 2]  # "Harlow Tebbit, a Glasgow firm": found after its name
            if b.possessive and k + 2 < len(ms) and ms[k + 2].start == b.start:
                b = b if self._governed(a) else ms[k + 2]  # "Linda Farrow, the town's mayor"
            between = text[a.end : b.start]
            if a.kind == "name" and b.kind == "desc" and not b.plural:
                self._described(k, a, b, links)
            elif (
                _apposable(text, a) or (role_name(text, a) and not a.plural)
            ) and not self._governed(a):
                # the name may come after a short phrase holding other mentions,
                # names among them: "Head of the Kent Police Division, Supt Jane Roe"
                names = [
                    x for x in ms[k + 1 : k + 4] if x.kind == "name" and x.sentence == a.sentence
                ]
                b = next(
                    (
                        x
                        for x in names
                        if _apposed_gap(text, a.end, x.start) is not None
                        and (x is names[0] or _introduced_person(text, x))
                    ),
                    names[0] if names else b,
                )
                if b.kind != "name":
                    continue
                if b is names[0] and len(names) > 1 and not _closes_apposition(text, b.end):
                    # "Another traveller, Manchester resident Omar Siddiqui": a place
                    # in the description before the name
                    later = names[1]
                    if _apposed_gap(text, a.end, later.start) is not None and _introduced_person(
                        text, later
                    ):
                        b = later
                rest = _apposed_gap(text, a.end, b.start)
                if rest is not None and (
                    (not rest and _closes_apposition(text, b.end))
                    or (_role_phrase(text, a) and rest and rest[0] in _ROLE_PREPOSITIONS)
                    # "A spokesperson for the council, Jane Doe, said": a full name
                    or (rest and rest[0] in _ROLE_PREPOSITIONS and _introduced_person(text, b))
                ):
                    # "the chief constable of the county, Dame Ann Lowe"
                    links[a.start, a.end] = (b.start, b.end)
            if titled_apposition(text, a, b):
                links[a.start, a.end] = (b.start, b.end)
            if (a.start, a.end) not in links and (held := holder_link(text, ms, k, self._free)):
                links[a.start, a.end] = held  # "A trader at the market, Mrs Jane Roe"
            if (
                a.kind == "name"
                and b.kind == "name"
                and between.strip() == "("
                and len(b.words) == 1
                and _ACRONYM.match(b.words[0])
                and _initials(a.words) == b.words[0].rstrip("s")
            ):
                links[b.start, b.end] = (a.start, a.end)  # "Federal Aviation Administration (FAA)"
            elif between.strip() == "(" and _bracketed_alias(text, a, b):
                links[b.start, b.end] = (a.start, a.end)  # "… of Labour Inspection (Sunafil)"
        return links

    def _described(
        self, k: int, a: Mention, b: Mention, links: dict[tuple[int, int], tuple[int, int]]
    ) -> None:
        """Link the description ``b`` right after the name ``a`` (*Jane Roe, the chief
        constable*) and a second one joined to it (*… a developer and spokeswoman*)."""
        ms, text = self.mentions, self.text
        if not (
            text[a.end : b.start].strip() in (",", "—", "–", "(")
            and b.start - a.end <= 3
            and _closes_apposition(text, b.end)
        ):
            return
        links[b.start, b.end] = (a.start, a.end)  # "Jane Roe, the chief constable"
        c = ms[k + 2] if k + 2 < len(ms) else None
        if (
            c is not None
            and c.kind == "desc"
            and c.sentence == b.sentence
            and text[b.end : c.start].split()[:1] == ["and"]
            and len(text[b.end : c.start].split()) <= 3
        ):
            links[c.start, c.end] = (a.start, a.end)  # "a developer and spokeswoman"

    def _free(self, m: Mention) -> bool:
        alone = len(getattr(self.of.get((m.start, m.end)), "mentions", ())) <= 1
        return not self._governed(m) and (m.kind != "name" or alone)

    def _governed(self, m: Mention) -> bool:
        return _governed(self.text, m.start)

    def descriptions(self, links: dict[tuple[int, int], tuple[int, int]]) -> None:
        for m in self.mentions:
            if m.kind == "pron":
                continue  # pronouns come last (see link_pronouns)
            span = (m.start, m.end)
            if m.kind == "name":
                named = self.of.get(span)
                if named is not None:
                    self.recent.append((m.sentence, named))
                    if len(self.recent) > 2 * _RECENT:
                        del self.recent[:_RECENT]
            if m.kind == "name" and span in links:
                target = self.of.get(links[span])
                current = self.of.get(span)
                if target is not None and current is not None and target is not current:
                    name = target.name
                    kept = _apposable(self.text, m) or holds_role(m.words)
                    self._merge(target, current, not kept)  # the holder keeps the name
                    if role := title_kept(self.text, m, target, name):
                        self.by_role[role] = target  # "Its President, Nana Kobina Essel III,"
                continue
            if m.kind != "desc" or span in self.of:
                if m.kind == "desc" and not m.head:
                    self.by_desc[""] = self.of[span]  # the latest group of names
                continue  # not a description, or a group already made of names
            if m.words == ("→",):  # a role prefix of the name after it
                target = self._name_after(m)
                if target is not None:
                    self.join(target, m)
                    target.add_roles((m.head,))
                    self.by_role[m.head] = target
                    continue
            if span in links:
                target = self.of.get(links[span])
                if target is not None:
                    target.gender = target.gender or _ROLE_GENDER.get(m.head, "")
                    self.join(target, m)
                    target.add_roles((m.head,))
                    self.by_role[m.head] = target
                    continue
            e = self._antecedent(m)
            if e is not None:
                self.join(e, m)
                continue
            e = self.new(m)
            e.gender = _ROLE_GENDER.get(m.head, "")
            if not m.plural and not in_headline(self.text, m.start):
                self.by_desc[m.head] = e  # "a Bloomberg poll" … "the poll"
            if m.plural and not m.definite:
                self.by_desc["pl:" + m.head] = e
            kind = _nouns().get(m.head, "")
            if kind:
                self.by_kind[kind] = e

    def _name_after(self, m: Mention) -> _Ent | None:
        for k in (m.end, m.end + 1):
            e = self.of.name_at(k)
            if e is not None:
                return e
        return None

    def _antecedent(self, m: Mention) -> _Ent | None:
        """The entity a definite description refers back to, or ``None``."""
        kind = _nouns().get(m.head, "")
        if m.plural and not m.definite:
            e = self.by_desc.get("pl:" + m.head)
            text = self.text[m.start : m.end].casefold()
            if e is not None and self.text[e.name.start : e.name.end].casefold() == text:
                return e if m.sentence - e.last_sentence <= 3 * _WINDOW else None
            return None
        if m.plural and kind == "role" and self.text.startswith(("the ", "The "), m.start):
            # "Mr. Grassley and Mr. Leahy said ... what the senators said"
            group = self.by_desc.get("")
            return group if group is not None and m.sentence == group.last_sentence else None
        if not m.definite or m.plural:
            return None
        first = self.text[m.start : m.start + 4].casefold()
        if not first.startswith(("the ", "this", "that")) and " " not in self.text[m.start : m.end]:
            return None
        recent = self.recent[-_RECENT:] if kind == "role" else []
        holders = [e for _s, e in reversed(recent) if m.head in e.roles and e.mentions]
        holders = holders or [e for e in (self.by_role.get(m.head),) if e is not None]
        if holders and (held := fitting_holder(self.text, m, holders)) is not None:
            if kind == "organization":  # not a body named inside a relative clause
                held = subject_over_relative(self.text, m, held, self.mentions, self.of) or held
            return held  # the latest mentioned holder of the role: "the president"
        e = self._varied(m, kind == "role")
        if e is not None:
            return e  # the role's holder, or the person just named ("The former senator")
        if kind in ("role", "") and _body_role(self.text[m.start : m.end], m.head):
            kind = "organization"  # "the developer said": a body, as no one held the role
        if kind in ("organization", "media", "document"):
            # "the ministry" for the "Ministry of Defence", "the brokerage" for a named firm
            cap = m.head[:1].upper() + m.head[1:]
            for _s, ent in reversed(self.recent[-_RECENT:]):
                if ent.mentions and cap in ent.key_words and ent.key_words != (cap,):
                    return ent  # not "Bank" of "Bank executives": the noun alone names none
            described = self.text[m.start : m.end]
            bare = _bare_anaphor(described, m.head) or _body_role(described, m.head)
            e = self.by_desc.get(m.head)
            if e is not None and _owned_by_other(described, self.text[e.name.start : e.name.end]):
                e = None  # "her campaign" is not "The Trump campaign"
            if e is not None and (
                bare
                or (len(described.split()) <= 2 and "'s " not in described.replace("’", "'") + " ")
                or self.text[e.name.start : e.name.end].casefold() == described.casefold()
            ):
                # "the report" again, not "the fire brigade's report", "Clinton's campaign";
                # "the bank" is the bank named since "his bank" rather than that one
                later = self._named_body(m, kind, e.last_sentence) if bare else None
                if later is None and bare and body_refs.aside(e, self.mentions, self.salient):
                    later = self._unknown_body(m, kind)  # it named none: "the company's plant"
                    if later is not None:
                        self._merge(later, e, rename=False)
                return later or e
            if not bare:
                return None  # "the government team" is not any earlier body
            return self._named_body(m, kind, -1) or self._unknown_body(m, kind)
        e = self.by_desc.get(m.head)
        described = self.text[m.start : m.end].casefold()
        if e is not None and (
            len(described.split()) <= 2
            or _same_description(self.text[e.name.start : e.name.end].casefold(), described)
        ):
            return e  # "the poll" after "a Bloomberg poll"; not "the brigade's report"
        return None

    def _named_body(self, m: Mention, kind: str, after: int) -> _Ent | None:
        """The latest named body of ``kind`` (*the brokerage*) mentioned within reach
        of ``m`` and in a sentence after ``after``."""
        workplace = None  # "an analyst at the security firm Y": only if no other
        for sentence, ent in reversed(self.recent[-_RECENT:]):
            if m.sentence - sentence > 3 * _WINDOW or sentence <= after:
                break
            if (
                ent.mentions
                and _name_kind(ent) == kind
                and not body_refs.other_body(self.text, m.head, ent)
            ):
                if not body_refs.only_a_workplace(self.text, m.head, ent):
                    return ent
                workplace = workplace or ent
        return workplace if after < 0 else None  # else the body meant before

    def _unknown_body(self, m: Mention, kind: str) -> _Ent | None:
        """The speaking name *the company* or *the firm* (``m``, a sentence subject or
        a source) refers to when no body is named: the latest name, in an earlier
        sentence within reach, if it spoke or was a subject and is of no known kind
        (*Calder Marine said … The company blamed …*, *Ofgem announced … the
        regulator said*: no given name, title, role or gendered pronoun; a one-word
        name must have spoken). It learns the noun, which types it."""
        after = self.text[m.end : m.end + 12].split()
        speaks = m.subject or m.start in self.salient  # "…, the company said"
        if kind != "organization" or not speaks or (after and after[0] in HEAD_END_WORDS):
            return None  # "the company that runs the ferries": one introduced here
        for sentence, ent in reversed(self.recent[-_RECENT:]):
            if m.sentence - sentence > _WINDOW:
                return None
            if sentence >= m.sentence or not any(
                x.start in self.salient or x.subject for x in ent.mentions
            ):
                continue  # "… at its yard in Fife": a place, not a speaker or subject
            if _name_kind(ent) != "" or (len(ent.key_words) < 2 and not self._spoke(ent)):
                return None
            if body_refs.other_body(self.text, m.head, ent):
                continue  # "Nutwu said …": a union is no "company" (body_refs)
            ent.add_roles((m.head,))
            return ent
        return None

    def _spoke(self, ent: _Ent) -> bool:
        return any(x.start in self.salient for x in ent.mentions)

    def _varied(self, m: Mention, role: bool) -> _Ent | None:
        return varied_subject(self.text, m, role, self.mentions, self.starts, self.of, _name_kind)

    def _merge(self, keep: _Ent, other: _Ent, rename: bool = True) -> None:
        for m in other.mentions:
            self.join(keep, m, rename=rename)
        keep.add_roles(other.roles)
        keep.gender = keep.gender or other.gender
        if other.key_words and len(other.key_words) == 1 and _ACRONYM.match(other.key_words[0]):
            keep.acronym = other.key_words[0]
            self.by_acronym[other.key_words[0]] = keep
        for m in other.mentions:
            if m.kind != "name":
                continue  # only a name mention's words key an entity (see _index)
            key = self._read(m.words)[0]
            if self.by_key.get(key) is other:
                self.by_key[key] = keep
        other.mentions = []
        other.titled = False

    def possessed(self) -> None:
        """Join *her campaign* to *Clinton's campaign* when *her* refers to Clinton:
        one thing, owned by one entity, with the same head noun; the one a name owns
        keeps its name. Runs once pronouns are linked."""
        owned: dict[tuple[int, str], tuple[_Ent, bool]] = {}
        for m in self.mentions:
            if m.kind != "desc" or m.plural:
                continue
            found = self._owner(m)
            e = self.of.get((m.start, m.end))
            if found is None or e is None or not e.mentions:
                continue
            owner, by_name = found
            other, other_by_name = owned.setdefault((id(owner), m.head), (e, by_name))
            if other is e or not other.mentions or other_by_name == by_name:
                continue
            keep, drop = (e, other) if by_name else (other, e)
            self._merge(keep, drop)
            owned[id(owner), m.head] = keep, True

    def _owner(self, m: Mention) -> tuple[_Ent, bool] | None:
        """The entity owning description ``m`` by a possessive pronoun or name at its
        start (*her campaign*, *Clinton's campaign*), and whether a name owns it."""
        first = self.text[m.start : m.end].split(" ", 1)[0]
        if first.casefold() in POSSESSIVES:
            owner = self.of.get((m.start, m.start + len(first)))
            return None if owner is None else (owner, False)
        if first[-2:] in ("'s", "’s") and first[:1].isupper():
            owner = self.of.get((m.start, m.start + len(first) - 2))
            return None if owner is None else (owner, True)
        return None

    # pronouns -----------------------------------------------------------------------


_NameWords = tuple[tuple[str, ...], tuple[str, ...], bool, str]
"""A name's words case-folded, its core (without suffixes such as *Jr.*), whether it
is an acronym, and its initials (capitalised words but *Of* and *The*)."""

_PSEUDONYM_AFTER = re.compile(
    r"[(,]\s*(?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym|an\s+alias"
    r"|whose\s+(?:real\s+)?name\s+(?:has\s+been|was|is\s+being)\s+changed)",
    re.I,
)
"""What follows a name the text marks as not real (*'Max' (not his real name)*)."""


# -- typing -----------------------------------------------------------------------------


@attrs.frozen
class _Model:
    """The built entities, with where each mention went."""

    entities: tuple[_Ent, ...]
    of: SpanMap[_Ent]
    """Where each mention went (empty once the sources are decided)."""
    mentions: Sequence[Mention]
    starts: Sequence[int]


def build_entities(
    text: str,
    sentences: Sequence[tuple[int, int]],
    salient: Iterable[int] = (),
    quotes: Sequence[tuple[int, int]] = (),
) -> _Model:
    """Find and cluster the entities of ``text``.

    ``salient`` holds the start offsets of source mentions the attribution stage
    found (speakers, whom a later pronoun most likely means); ``quotes`` the spans of
    top-level quotations, ordered and disjoint (a pronoun outside a quote rarely means
    someone named inside it).
    """
    speakers = frozenset(salient)
    mentions = outside_bylines(text, sentences, find_mentions(text, sentences, speakers))
    mentions = refined_mentions(text, sentences, mentions)
    builder = _Builder(text, mentions, speakers)
    del mentions  # the builder's list (coordinations may replace it)
    builder.names()
    builder.coordinations()
    builder.pseudonyms()
    links = builder.appositions()
    builder.descriptions(links)
    link_pronouns(text, builder.mentions, builder.of, speakers, quotes, builder.join)
    builder.possessed()
    entities = tuple(e for e in builder.entities if e.mentions)
    for k, e in enumerate(entities):
        e.k = k
    return _Model(entities, builder.of, builder.mentions, builder.starts)
