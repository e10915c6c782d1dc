"""*Who*: finding the source phrase of an attribution.

This module is the one place that chooses the words naming a source: the subject
before a cue (:func:`left_source`, the *Jane Doe* of *Jane Doe said*), the subject
after an inverted cue (:func:`right_source`, *"C," said Jane Doe*), the subject an
appositive or a participle clause refers back to, and the possessor of *X's claim
that*. The channels a claim passed through (*told Fox News*) are
:mod:`claimscope.attribution.channels`'. The speakers the passes
across sentences find (before a colon, after a dash, in a header or transcript label)
are :mod:`claimscope.attribution.speakers`'. A wrong subject chosen before *said* is fixed here.
Typing the phrase found (person, media, …) and linking it to earlier mentions is
:mod:`claimscope.sources`' job.

The subject finders work on the tokens of one sentence
(:func:`~claimscope.attribution.context.tokenize`) and return token indexes; the
others return character spans. None rewrites text.
"""

from __future__ import annotations

from claimscope import lexicon
from claimscope import sources as sources_mod
from claimscope._grammar import (
    APPOSITIVE_OPENERS,
    APPOSITIVE_PARTICIPLES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_WORDS,
    EPISTEMIC_MODALS,
    FINITE_PASTS,
    IRREGULAR_PARTICIPLES,
    LINKS_TO_EARLIER_SUBJECT,
    NEEDS_MODIFIER,
    NOMINATIVE,
    NOT_BEFORE_NOMINATIVE,
    NOT_NP_START,
    NP_OPENERS,
    NP_PREPOSITIONS,
    OPENING_CONJUNCTIONS,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from claimscope.attribution._affiliation import affiliated_name
from claimscope.attribution._gapped_relatives import gapped_relative
from claimscope.attribution._long_leads import SHORT_LEAD, long_lead
from claimscope.attribution._named_holder import named_holder
from claimscope.attribution._perception_passives import over_perception
from claimscope.attribution._quantified_relative import members_start, quantified_relative
from claimscope.attribution.context import (
    BOUNDARY,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    SUBJECT_STOPS,
    Context,
)
from claimscope.attribution.inverted import NEVER_INVERTED as NEVER_INVERTED
from claimscope.attribution.inverted import right_source as right_source
from claimscope.attribution.joined_sources import joins_sources
from claimscope.attribution.phrase_shape import (
    MAX_NP,
    TIME_LEADS,
    TIME_NOUNS,
    after_time_opening,
    anonymity_clause,
    bare_which,
    described_name,
    imperative,
    name_before_appositive,
    name_giving_aside,
    names_nobody,
    object_of,
    of_phrase,
    phrase_before,
    relative_on_subject,
    relative_speaker,
    restrictive_antecedent,
    subject_then_aside,
    verb_ends_subject,
)
from claimscope.attribution.plural_heads import object_relative, plural_noun_in_subject
from claimscope.cue_senses import EXPERIENCER_ADJECTIVES
from claimscope.entities.offices import office_title
from claimscope.model import Cue

SKIP_BEFORE_CUE = AUXILIARIES | EPISTEMIC_MODALS | lexicon.words("adverbs_before_cue")
"""Auxiliaries and adverbs between a source and its cue (*has repeatedly said*)."""

WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
"""``on Saturday``, ``last week``: a time adjunct between a source and its cue."""

INTRODUCERS = lexicon.words("introducers")
"""Words opening an introductory phrase before the subject (*Late last month, the
company wrote…*, *Speaking at a town hall, Trump went after Bush, calling…*)."""

PUBLISHING_VERBS = lexicon.words("publishing_verbs")
CARRIERS = lexicon.words("carriers")
"""*X issued a statement saying C*: a verb of publishing and the thing published."""

AGENT_ENDS = frozenset({"of", "that", "over", "for", ",", ";", ":", "—", "–"})
"""Words that end the agent of a passive cue (*accused by X of C*, *told by X that C*)."""

APPOSITIVE_ENDS = frozenset(",;:()—–")
"""Marks that close an appositive (quotes may stand inside one: *the hacker known as
“Guccifer,”*)."""


def _before_parenthesis(tokens: list[tuple[int, int, str]], j: int) -> int:
    """Step back over a short parenthesis ending at token ``j`` (*Elizabeth Warren
    (D-MA) said*): the index of the token before it, else ``j``."""
    if j >= 1 and tokens[j][2] == ")":
        m = j - 1
        while m >= 0 and j - m <= 8 and tokens[m][2] != "(":
            m -= 1
        if m >= 1 and tokens[m][2] == "(":
            return m - 1
    return j


def left_source(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int, int] | None:
    """Scan back from token ``k`` (the cue) for its subject: ``(np_start_index,
    np_end_index_exclusive, boundary_index)`` or ``None``; the boundary, the token that
    stopped the scan (``-1`` at the sentence start), tells an inversion (``C, X said``).

    >>> from claimscope.attribution.context import tokenize
    >>> s = "The harbour master has repeatedly said the pier would reopen."
    >>> tokens = tokenize(s, 0, len(s))
    >>> start, end, boundary = left_source(tokens, 5)  # token 5 is "said"
    >>> s[tokens[start][0] : tokens[end - 1][1]], boundary
    ('The harbour master', -1)
    """
    j = _before_parenthesis(tokens, skip_before(tokens, k - 1))
    end = j + 1
    if j < 0 or tokens[j][2] in BOUNDARY or tokens[j][2] in CLOSE_QUOTES:
        return None
    if tokens[j][2].casefold() in LINKS_TO_EARLIER_SUBJECT:
        return None
    if (comma := quantified_relative(tokens, j)) is not None:
        return _relative_antecedent(tokens, j, comma, True)  # "groups, some of which claimed"
    if bare_which(tokens, j, k):  # "the Chicago Police Department which reported"
        antecedent = left_source(tokens, j)
        if antecedent is None:
            return None
        return object_of(tokens, antecedent[0], j), j, antecedent[2]
    start = end
    while j >= 0 and end - j <= MAX_NP:
        if start < end and (
            phrase_before(tokens, j, start, end) or gapped_relative(tokens, j, start, k)
        ):
            break  # "the bill it wants passed", "ago police said", "sent a letter"
        word = tokens[j][2]
        folded = word.casefold()
        # an apostrophe first: possessive_mark's own first test, without the call
        if word in ("'", "’") and possessive_mark(tokens, j, start, end):
            start = j  # "The inspectors' report said": the apostrophe of a plural possessor
            j -= 1
            continue
        if word in SUBJECT_STOPS:
            break
        lone = tokens[start][2].casefold() if end - start == 1 else ""
        if lone in NOMINATIVE and folded not in NOT_BEFORE_NOMINATIVE:
            break  # "the target it pledged to": a subject pronoun is the whole subject
        # a relative pronoun: its antecedent (below), or a clause on the subject
        relative = (start == end and relative_speaker(tokens, j, k)) or relative_on_subject(
            tokens, j, start, end
        )
        if word.islower() and (folded in CLAUSE_WORDS or folded in AUXILIARIES) and not relative:
            break
        if verb_ends_subject(tokens, j, start, end) and not is_source_word(folded):
            if folded.endswith("ed") and tokens[start][2].casefold() in NEEDS_MODIFIER:
                start = j  # "…, loved ones say" (not "including ones"): and no further;
                # the token before "loved" (a comma: an inversion) bounds the subject
                j -= 1
            break
        if folded in ("and", "or") and start < end and not joins_sources(tokens, j, start):
            break
        start = j
        j -= 1
    if (veiled := anonymity_clause(tokens, start, end)) is not None:
        return left_source(tokens, veiled)  # "a steward who asked not to be named said"
    # "Barkley, who said …": the source is the antecedent of the relative pronoun
    if end - start == 1 and tokens[start][2].casefold() in RELATIVE_PRONOUNS and j >= 1:
        return _relative_antecedent(tokens, start, j)
    if object_relative(tokens, start, end):
        start += 1  # "the pilots, who the airline says remain on leave": the airline
    while start < end and not can_start_np(tokens[start][2]):
        start += 1
    if of_phrase(tokens, start, end, j):
        return None  # "died two years ago of cancer, which confirmed": no noun phrase
    if start < end and tokens[end - 1][2].casefold() in NP_PREPOSITIONS:
        return None  # "a process for admitting …": the cue is a preposition's object
    start = after_time_opening(tokens, start, end)  # "Last week the watchdog said"
    if start >= end or names_nobody(tokens, start, end, j, k):
        return None  # "That said": openers alone name nobody; "Many believe" does
    if (named := described_name(tokens, start, end, j)) is not None:
        return named, j, named - 1  # "said Jane Doe, a nurse in Houston who said": the name
    if (held := restrictive_antecedent(tokens, start, end)) is not None:
        return held, end - 1, held - 1  # "siding with ranchers who said": the ranchers
    return start, end, j


def _relative_antecedent(
    tokens: list[tuple[int, int, str]], relative: int, comma: int, members: bool = False
) -> tuple[int, int, int] | None:
    """The source a relative pronoun subject stands for (*Barkley, who said*): the
    subject before the ``comma`` ahead of token ``relative``, or the name an
    appositive before it describes (*X, the Y, which said*); ``None`` without one."""
    if tokens[comma][2] != ",":
        return None
    antecedent = left_source(tokens, comma)
    if antecedent is None or antecedent[0] >= comma:
        return None
    a_start, _a_end, a_j = antecedent
    who = tokens[relative][2].casefold() in ("who", "whom")
    if members:
        a_start = members_start(tokens, a_start, comma)
    else:
        a_start = object_of(tokens, a_start, comma, who)
    named = name_before_appositive(tokens, a_start, a_j)  # "X, the Y, which"
    return (a_start, comma, a_j) if named is None else (named, a_j, named - 1)


_Left = tuple[int, int, int] | None


def subject_of(ctx: Context, s: int, tokens: list[tuple[int, int, str]], k: int) -> _Left:
    """:func:`left_source` before token ``k`` of ``tokens``, the tokens of sentence
    ``s`` (:meth:`Context.tokens_of`), each scan made once (:meth:`Context.subjects_of`):
    the inversion test, the cue patterns, the end of a content and the learned cue
    decisions ask about the same cues."""
    made = ctx.subjects_of(s)
    if k not in made:
        made[k] = left_source(tokens, k)
    return made[k]


def possessive_mark(tokens: list[tuple[int, int, str]], j: int, start: int, end: int) -> bool:
    """Whether token ``j`` is the apostrophe of a plural possessor inside a source
    phrase (*the inspectors' report*): attached to a word in *s*, and followed by the
    lower-case noun that opened the phrase scanned so far, or inside a name (*the
    National Farmers' Union*: a capitalised possessor and a capitalised head)."""
    if tokens[j][2] not in ("'", "’") or j < 1 or start >= end or start != j + 1:
        return False
    before, head = tokens[j - 1], tokens[start][2]
    return (
        before[1] == tokens[j][0]
        and before[2][-1:] in ("s", "S")
        and tokens[start][0] > tokens[j][1]
        and (head.islower() or (before[2][:1].isupper() and head[:1].isupper()))
    )


def _adverb_like(folded: str) -> bool:
    """Whether a lower-case word reads as an adverb (*repeatedly*, *thus*-like *-ly*
    words of five letters or more), unless a lexicon names it a kind of source: *her
    family said*, *a close ally said* end in *-ly* but are the speakers."""
    return folded.endswith("ly") and len(folded) > 4 and not is_source_word(folded)


def skip_before(tokens: list[tuple[int, int, str]], j: int) -> int:
    """Step back from token ``j`` over auxiliaries, adverbs and time adjuncts.

    ``has repeatedly said``, ``on Saturday criticized``, ``last week told``. A
    title-case word is a name, not an adverb: *Long said* (all capitals, as in
    headlines, still steps over *ALSO*).
    """
    j = over_perception(tokens, j)  # "X can be heard saying": back to "be"
    while j >= 0:
        folded = tokens[j][2].casefold()
        word = tokens[j][2]
        weekday = word in WEEKDAYS and (j == 0 or tokens[j - 1][2].casefold() not in TIME_LEADS)
        if (
            j > 0
            and not weekday
            and word[:1].isupper()
            and not word.isupper()
            and tokens[j - 1][2][:1].isupper()
        ):
            break  # "Prime Minister Theresa May said": a name, not the modal
        if (
            (folded in SKIP_BEFORE_CUE and not (word[:1].isupper() and word[1:].islower()))
            or weekday  # "A study published Monday found" ("on Monday": below)
            or (tokens[j][2].islower() and _adverb_like(folded))
        ):
            j -= 1
        elif folded in TIME_NOUNS and j >= 1 and tokens[j - 1][2].casefold() in TIME_LEADS:
            j -= 2
        else:
            break
    return j


_PASSIVE_ADVERBS = frozenset("also already first just later never not now once still then".split())
"""Adverbs not in *-ly* between *be* and a participle (*was first reported*)."""


def is_passive(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """``Trump was pressed on``, ``were charged with``: the subject is not the source."""
    j = k - 1
    while (
        j >= 0
        and tokens[j][2].islower()
        and (tokens[j][2].endswith("ly") or tokens[j][2] in _PASSIVE_ADVERBS)
    ):
        j -= 1
    if j < 0 or tokens[j][2].casefold() not in BE_FORMS:
        return False
    verb = tokens[k][2].casefold()
    following = tokens[k + 1][2].casefold() if k + 1 < len(tokens) else ""
    if verb in EXPERIENCER_ADJECTIVES and following not in PREPOSITIONS:
        return False  # "Democrats are worried that …": an adjective, its subject holds it
    return verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES


def published_by(
    tokens: list[tuple[int, int, str]], np_start: int, np_end: int, j: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``X issued a statement saying C``: the phrase before the cue is a document that
    ``X`` put out. Returns X's span and the document's span."""
    if j < 1 or tokens[j][2].casefold() not in PUBLISHING_VERBS:
        return None
    head = next(
        (i - 1 for i in range(np_start + 1, np_end) if tokens[i][2].casefold() in NP_PREPOSITIONS),
        np_end - 1,
    )  # "sent a letter to the board urging": the carrier is the head
    if tokens[head][2].casefold() not in CARRIERS:
        return None
    found = left_source(tokens, j)
    if found is not None:
        p_start, p_end = found[0], found[1]
    elif tokens[j - 1][2] == ",":
        # "The union's president, Carla Ruiz, issued a statement saying …"
        appositive = appositive_source(tokens, j - 1)
        if appositive is None:
            return None
        p_start, p_end = appositive
    else:
        return None
    return (
        (tokens[p_start][0], tokens[p_end - 1][1]),
        (tokens[np_start][0], tokens[np_end - 1][1]),
    )


def can_start_np(word: str) -> bool:
    """Whether a source phrase may begin with ``word`` (trims *and*, *thus*, *If*)."""
    folded = word.casefold()
    if folded in NOT_NP_START or word in BOUNDARY or word == "-":  # "(dpa) - The EU"
        return False
    return not (word.islower() and _adverb_like(folded))


def is_source_word(folded: str) -> bool:
    return sources_mod.is_source_noun(folded)


def shares_subject(tokens: list[tuple[int, int, str]], k: int, cue: Cue) -> bool:
    """Whether the cue continues a clause whose subject came earlier.

    ``…, saying C`` (a participle after a comma) and ``… and said C`` (a second verb
    of the same subject) take the sentence's subject as their source.
    """
    if k == 0:
        return False
    j = k - 1
    while j > 0 and tokens[j][2].casefold() in SKIP_BEFORE_CUE:
        j -= 1
    before = tokens[j][2].casefold()
    if before in LINKS_TO_EARLIER_SUBJECT:
        return True
    if not cue.text.casefold().endswith("ing"):
        return False
    if before in CLOSE_QUOTES and j > 0:
        # 'talked up her “50-state strategy,” promising …'
        before = tokens[j - 1][2]
    return before in (",", "—", "–")


def sentence_subject(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after an introductory phrase), or the
    clause holding token ``k`` when a conjunction after a comma opens it (*NASA
    awarded …, but OrbitBeyond canceled its order, citing …*)."""
    clause = last_clause_start(tokens, k)
    opener = tokens[clause][2] if clause < k else ""
    if clause and (opener[:1].isupper() or opener.casefold() in NP_OPENERS | POSSESSIVES):
        found = _subject_from(tokens, clause, k)
        if found is not None:
            return found
    i = after_time_opening(tokens, 0, k)  # "On September 27 they published …, by …"
    found = _subject_from(tokens, i, k) if i else None
    if found is not None:
        return found
    i = 0
    first = tokens[0][2].casefold() if tokens else ""
    if first in NOT_NP_START or first in INTRODUCERS or first.endswith("ing"):
        reach = 5 if first == "the" else 14  # "The day before, …" is short
        for m in range(min(k, reach)):
            if tokens[m][2] == ",":
                clause = first == "the" and _holds_past(tokens, m)  # "The minister met …,"
                i = 0 if clause or subject_then_aside(tokens, m, k) else m + 1
                break
        else:
            if first in NOT_NP_START:
                return None
    return _subject_from(tokens, i, k)


def _holds_past(tokens: list[tuple[int, int, str]], m: int) -> bool:
    """Whether a lower-case past tense (*-ed*, *met*, *told*) stands among the words
    before token ``m``: they are a clause, not an introductory phrase."""
    return any(
        t[2].islower() and (t[2].endswith("ed") or t[2] in FINITE_PASTS) for t in tokens[1:m]
    )


def _subject_from(tokens: list[tuple[int, int, str]], i: int, k: int) -> tuple[int, int] | None:
    """The noun phrase from token ``i`` up to its verb (before token ``k``)."""
    while i < k and tokens[i][2] in OPEN_QUOTES:
        i += 1
    start = i
    while i < k and i - start < 10:
        word = tokens[i][2]
        folded = word.casefold()
        if word in BOUNDARY or word in CLOSE_QUOTES or word in OPEN_QUOTES:
            break
        if word.islower() and (
            folded in AUXILIARIES
            or folded in CLAUSE_WORDS
            or folded in SKIP_BEFORE_CUE
            or (
                folded.endswith(("ed", "s"))
                and not is_source_word(folded)
                and i > start
                and not plural_noun_in_subject(tokens, i, k)  # "A group of novelists has"
            )
            or (folded in FINITE_PASTS and i > start)
        ):
            break
        i += 1
    if i <= start or not can_start_np(tokens[start][2]) or imperative(tokens, start):
        return None
    return start, i


def last_clause_start(tokens: list[tuple[int, int, str]], k: int) -> int:
    """Where the last clause before token ``k`` that a conjunction opens after a comma
    or semicolon begins (*…, but OrbitBeyond canceled*), else 0. Quotes end the
    search: a clause inside one is somebody else's."""
    for c in range(k - 1, 0, -1):
        word = tokens[c][2]
        if word in OPEN_QUOTES or word in CLOSE_QUOTES:
            break
        if word == ";" or (word in ("but", "yet", "while", "whereas") and tokens[c - 1][2] == ","):
            return c + 1
    return 0


APPOSITIVE_MAX = 40
"""The most tokens an appositive between a name and its cue may hold (*Ian Hamilton,
an expert in drug use at the Department of Health Sciences at the University of York
who did not work on the study, told …*)."""


def appositive_source(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """The phrase before an appositive that ends at token ``comma`` (``Jane Doe, a
    former officer who worked in Europe, said`` → ``Jane Doe``)."""
    if (holder := named_holder(tokens, comma)) is not None:
        return holder  # "A trader at the market, Mrs Jane Roe, said": the name
    j = _name_end(tokens, 1, comma) - 1  # past a party label: "Cllr Jane Roe (Con),"
    # a dash aside may hold commas: "The film — which shows A, B and others — explains"
    ends = "—–" if tokens[comma][2] in ("—", "–") else APPOSITIVE_ENDS
    while j >= 0 and tokens[j][2] not in ends:
        j -= 1
    if j < 0 or tokens[j][2] != tokens[comma][2] or comma - j > APPOSITIVE_MAX or j + 1 >= comma:
        return None
    opener = tokens[j + 1][2]
    if opener == "where" and any(
        t[2] in OPEN_QUOTES or t[2] in CLOSE_QUOTES for t in tokens[: comma + 2]
    ):
        return None  # "where we are as a country," added X: a quote's words, no aside
    name_end = _name_end(tokens, j + 1, comma)
    address = _address_before(tokens, j)
    if (
        address is not None
        and opener[:1].isupper()
        and comma - j <= 4
        and tokens[address - 1][2].isdigit()
    ):
        # "Kyle Bevan, 31, of Heol y Nant, Pencoed, admitted": street and town are asides
        return appositive_source(tokens, address)
    if (
        opener.casefold() not in APPOSITIVE_OPENERS
        and not sources_mod.is_role(opener.casefold())
        and not (opener[:1].isupper() and name_end - j <= 5)  # "the chief, Paul Manafort,"
        and not (opener.isdigit() and comma - j == 2)  # an age: "Lazar, 44, said"
        and opener not in APPOSITIVE_PARTICIPLES  # "the study, published in X, found"
    ):
        return leading_phrase(tokens, comma)
    if opener[:1].isupper() and name_end - j <= 4 and name_giving_aside(tokens, j) is not None:
        return j + 1, name_end  # "Another relative, who gave only his first name, Julio,"
    found = left_source(tokens, j)
    if found is None:
        return None
    start, end, boundary = found
    if (
        end - start == 1
        and tokens[start][2].isdigit()
        and start >= 2
        and tokens[start - 1][2] == ","
    ):
        # "Maureen Hodgson, 78, who has used it for years, said": the age is an aside too
        return appositive_source(tokens, j)
    capped = name_end - j > 2 and all(
        t[2][:1].isupper() or t[2] == "." for t in tokens[j + 1 : name_end]
    )
    if capped and _role_description(tokens, start, end):
        # "Cabinet member for communities, Cllr Rachel Denholm (Con), said": the role
        # and the name that follows it in apposition
        return start, name_end
    if capped and office_title([t[2] for t in tokens[start:end]]):
        return j + 1, name_end  # "Minister of State for Health, Dr Ana Ruiz,": the holder
    named = name_before_appositive(tokens, start, boundary, subject=True)
    if named is not None:
        # "Jane Doe, a former officer, who served in Kabul, said": two asides
        start, end = named, boundary
    if end - start > SHORT_LEAD and not (
        (start == 0 and long_lead(tokens, 0, end))
        or (end - start <= MAX_NP and affiliated_name(tokens, start, end))
    ):
        # long only from the sentence's start ("A nurse who worked …, speaking") or
        # for a person's affiliation ("Hans Olsen at the Institute for … in Kiel, says")
        return None
    return start, end


def _address_before(tokens: list[tuple[int, int, str]], comma: int) -> int | None:
    """The comma that opens an address aside ending at token ``comma`` (*, of Heol y
    Nant,*): *of* and a capitalised place of at most six tokens; else ``None``."""
    i = comma - 1
    while i >= 0 and comma - i <= 7 and tokens[i][2] != ",":
        i -= 1
    if i < 1 or tokens[i][2] != "," or comma - i < 3:
        return None
    if tokens[i + 1][2] != "of" or not tokens[i + 2][2][:1].isupper():
        return None
    return i


def _name_end(tokens: list[tuple[int, int, str]], i: int, comma: int) -> int:
    """Where a name from token ``i`` to the ``comma`` ends: before a closing
    parenthetical (*Cllr Rachel Denholm (Con)*, a party label), else at the comma."""
    if comma - i >= 3 and tokens[comma - 1][2] == ")":
        k = comma - 2
        while k > i and tokens[k][2] != "(" and comma - k <= 6:
            k -= 1
        if tokens[k][2] == "(" and k > i:
            return k
    return comma


def _role_description(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is a bare role described in lower case (*Cabinet
    member for communities*, *Group controller*) that a name in apposition after it
    names, so the name belongs to the source. Not a name (*Ms Doe, Mother Teresa's
    niece*), and not a role with a determiner or possessor (*the union's president*,
    *a lawyer for the outlets*), which the entities link to the name already."""
    words = [t[2] for t in tokens[start:end]]
    return (
        len(words) >= 2
        and words[0].casefold() not in NP_OPENERS  # "the chief, Jane Roe": linked as is
        and not any(w.endswith(("'", "’", "'s", "’s")) for w in words)  # "Labour's …"
        and all(not w[:1].isupper() for w in words[1:])
        and any(sources_mod.is_role(w.casefold()) for w in words)
    )


def quote_then_appositive(
    tokens: list[tuple[int, int, str]], comma: int
) -> tuple[int, tuple[int, int]] | None:
    """``"C," Mr. Daniloff, now 81, said``: a name after a closing quote, then an
    appositive ending at token ``comma``. Returns the quote's closing token index and
    the name's span."""
    qi = comma - 1
    while qi > 0 and comma - qi <= 30 and tokens[qi][2] not in CLOSE_QUOTES:
        qi -= 1
    close = qi
    while close > 0 and tokens[close - 1][2] in CLOSE_QUOTES:
        close -= 1  # '' typed for a closing double quote
    if (
        close <= 0
        or tokens[qi][2] not in CLOSE_QUOTES
        or tokens[close - 1][2] not in (",", "?", "!")
    ):
        return None
    end = qi + 1
    while end < comma and tokens[end][2] != "," and end - qi <= 6:
        end += 1
    if end == qi + 1 or end >= comma or tokens[end][2] != ",":
        return None
    if not can_start_np(tokens[qi + 1][2]) or tokens[qi + 1][2].islower():
        return None
    return qi, (tokens[qi + 1][0], tokens[end - 1][1])


def leading_phrase(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """``Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore, said``:
    several appositives; the source is the phrase opening the sentence."""
    first = next((i for i in range(comma) if tokens[i][2] == tokens[comma][2]), -1)
    lead = 1 if tokens and tokens[0][2].casefold() in OPENING_CONJUNCTIONS else 0
    if first - lead > SHORT_LEAD and not long_lead(tokens, lead, first):
        return None  # "A group of 18 retailers sourcing from Vietnam, in a letter, said"
    if not 1 + lead <= first or not can_start_np(tokens[lead][2]):
        return None  # ("But Jane Doe, senior adviser, said": the conjunction is no part)
    if imperative(tokens, lead):
        return None
    if any(
        t[2].casefold() in CLAUSE_WORDS or (t[2] in BOUNDARY and t[2] not in "()")
        for t in tokens[lead:first]
    ):
        return None
    if not any(t[2][:1].isupper() or is_source_word(t[2].casefold()) for t in tokens[lead:first]):
        return None
    return lead, first


def passive_agent(
    tokens: list[tuple[int, int, str]], k_end: int
) -> tuple[tuple[int, int], int] | None:
    """The agent of a passive cue and the token that ends it: in *has been accused by
    unnamed sources of C* the span of *unnamed sources* and the index of *of*.

    ``k_end`` is the cue's last token; *by* must follow it. ``None`` when no short
    phrase ends at *of*, *that*, *over* or *for*.
    """
    i = k_end + 1
    if i >= len(tokens) or tokens[i][2].casefold() != "by":
        return None
    first = i + 1
    j = first
    while j < len(tokens) and tokens[j][2].casefold() not in AGENT_ENDS:
        if j - first >= MAX_NP:
            return None
        j += 1
    if j == first or j >= len(tokens) or tokens[j][2] in ",;:—–":
        return None
    if not can_start_np(tokens[first][2]):
        return None
    return (tokens[first][0], tokens[j - 1][1]), j
