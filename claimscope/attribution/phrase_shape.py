"""Whether the words found before a cue can be a noun phrase at all: the checks that
keep clauses, commands and adverbials out of a source (:mod:`.who` finds the words)."""

from __future__ import annotations

from claimscope import lexicon
from claimscope._grammar import (
    FINITE_PASTS,
    GROUP_QUANTIFIERS,
    IRREGULAR_PARTICIPLES,
    NOT_NP_START,
    NP_OPENERS,
    NP_PREPOSITIONS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from claimscope._punkt import known_abbreviations
from claimscope.attribution._place_relatives import people_of_place
from claimscope.attribution.context import OPEN_QUOTES
from claimscope.entities.offices import office_title
from claimscope.sources import is_source_noun, participle_postmodifier

MAX_NP = 14
"""The longest source phrase (in tokens) the scanner accepts."""

NOT_VERB_FORMS = lexicon.words("not_verb_forms")
"""Words ending in *-ed*/*-ing* that are not verb forms (*Two hundred workers said*)."""

SUBJECT_RELATIVES = frozenset({"that", "who"})
"""Relative pronouns that may open a clause on the subject before a cue (*The company
that runs the ferries said*, *The man who found the body said*)."""


def relative_on_subject(tokens: list[tuple[int, int, str]], j: int, start: int, end: int) -> bool:
    """Whether *that*/*who* at token ``j`` opens a relative clause on the noun right
    before it, a determiner or quantifier before that noun or before a noun modifying it
    (*The company that runs the ferries said*, *Many residents who fled the town said*,
    *The staff member who reported the call recalled*) or the noun opening the sentence
    (*Residents who reached the border said*), with the clause's verb at ``start`` and
    its object opening right after it (a determiner, a possessive or a name) before
    ``end``. A complement *that* after a verb (*warned that officials said*) has no
    determiner two words back; an object relative (*the themes that marketers hope*)
    has a noun, not a verb and its object."""
    if tokens[j][2] not in SUBJECT_RELATIVES or j < 1 or start != j + 1 or end - start < 2:
        return False
    noun, verb = tokens[j - 1][2], tokens[start][2]
    opener = tokens[j - 2][2].casefold() if j >= 2 else ""
    if (
        j >= 3
        and opener.isalpha()
        and tokens[j - 2][2].islower()
        and opener not in NP_OPENERS
        and opener not in QUANTIFIERS
    ):
        opener = tokens[j - 3][2].casefold()  # "The staff member who reported": a compound
    obj = tokens[start + 1][2]
    placed = people_of_place(tokens, j)  # "Residents of Sapang Bayan who attended"
    return (
        noun.isalpha()
        and (noun.islower() or j == 1 or placed)  # "Residents who reached the border said"
        and (j == 1 or opener in ("the", "a", "an") or opener in QUANTIFIERS or placed)
        and verb.islower()
        and verb.casefold() not in NP_OPENERS
        and verb.casefold() not in SUBJECT_PRONOUNS
        and (obj.casefold() in NP_OPENERS or obj.casefold() in POSSESSIVES or obj[:1].isupper())
    )


def addressee_word(tokens: list[tuple[int, int, str]], i: int, bare: frozenset[str]) -> bool:
    """Whether token ``i`` continues an addressee: a capitalised word, one of the
    ``bare`` addressees (*told reporters*), a station's number before its capitalised
    name (*told 2 NEWS the store*), or a station's number after its name before the
    clause's subject (*told KVCT 10 he*)."""
    word = tokens[i][2]
    return (
        word[:1].isupper()
        or word.casefold() in bare
        or (
            word.isdigit()
            and len(word) <= 3
            and i + 1 < len(tokens)
            and tokens[i + 1][2][:1].isupper()
        )
        or (
            word.isdigit()
            and len(word) <= 3
            and tokens[i - 1][2][:1].isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1][2].casefold() in SUBJECT_PRONOUNS | {"it", "the"}
        )
    )


ANONYMITY_PARTICIPLES = frozenset({"identified", "named", "quoted"})
"""What an unnamed speaker asks not to be (*who asked not to be named*)."""


def anonymity_clause(tokens: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    """*a shop steward who asked not to be named said C*: when the subject scan stops
    at *be* with only the participle of *to be named* (*identified*, *quoted*) for
    its phrase, the index of the *who* or *that* opening that clause (a few words
    back); the speaker is the noun phrase before it. ``None`` otherwise."""
    if end - start != 1 or start < 3 or tokens[start][2] not in ANONYMITY_PARTICIPLES:
        return None
    if tokens[start - 1][2] != "be" or tokens[start - 2][2].casefold() != "to":
        return None
    for i in range(start - 3, max(0, start - 9), -1):
        if tokens[i][2].casefold() in SUBJECT_RELATIVES:
            return i
    return None


SPEECH_PASTS = frozenset({"said", "told", "wrote"})
"""Irregular pasts of speech: the subject of a later cue never runs back past one
(*said parents still want*; regular pasts in *-ed* end a subject anyway)."""

ATTRIBUTIVE_BEFORE = POSSESSIVES | {"the", "a", "an", "these", "those"}
"""Words after which an *-ed*/*-ing* word modifies the noun that follows (*their loved
ones*, *the retired general*) instead of ending the subject as a verb."""


def verb_ends_subject(tokens: list[tuple[int, int, str]], j: int, start: int, end: int) -> bool:
    """Whether token ``j``, scanned leftwards before the phrase ``[start, end)`` of a
    subject, is a verb form that ends it (*…has broken many said*): a lower-case word
    in *-ed*/*-ing* or an irregular past of speech, not a modifier after a determiner
    (*the retired general*), nor the verb of a relative clause on the subject (*The
    man who stopped the thief said*), nor a participle modifying the noun before it
    (*Americans living abroad said*, *A video posted online shows*:
    ``lexicons/posted_things.txt``; *An analysis released Monday found*)."""
    word = tokens[j][2]
    folded = word.casefold()
    return (
        word.islower()
        and (folded.endswith(("ed", "ing")) or folded in SPEECH_PASTS)
        and folded not in NOT_VERB_FORMS
        and start < end
        and tokens[start][2].casefold() not in NP_PREPOSITIONS
        and not (j >= 1 and tokens[_before_names(tokens, j)][2].casefold() in ATTRIBUTIVE_BEFORE)
        and not _modifier_in_object(tokens, j)
        and not relative_on_subject(tokens, j - 1, j, end)
        and not participle_postmodifier([t[2] for t in tokens[max(0, j - 1) : j + 2]], min(j, 1))
        and not (j >= 1 and tokens[j - 1][2].casefold() in lexicon.words("posted_things"))
        and not (j >= 1 and folded.endswith("ed") and _document_before(tokens, j))
    )


def _modifier_in_object(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the *-ed*/*-ing* word at ``j`` modifies the lower-case noun after it
    inside a preposition's object: after a number (*sources at two trading houses*)
    or after a preposition and one modifier (*at international trading houses*)."""
    if j < 2 or j + 1 >= len(tokens) or not tokens[j + 1][2].isalpha():
        return False
    after = tokens[j + 1][2]
    if not after.islower() or after in PREPOSITIONS or after in NP_OPENERS:
        return False
    before = tokens[j - 1][2]
    if before.casefold() in QUANTIFIERS or before.isdigit():
        return tokens[j - 2][2].casefold() in NP_PREPOSITIONS
    return before.isalpha() and before.islower() and tokens[j - 2][2] in NP_PREPOSITIONS


def _document_before(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether a document noun stands right before the participle at ``j`` (*An
    analysis released Monday by the agency found*, *a memo sent to staff said*): the
    participle modifies it, a document being what is released or sent, not who."""
    return tokens[j - 1][2].casefold() in lexicon.words("sources_document")


def _before_names(tokens: list[tuple[int, int, str]], j: int) -> int:
    """The token before ``j`` and the capitalised words (at most three) just before
    it: the determiner of *a Kingston listening session*, *the New York planning
    meeting*, whose place name modifies the noun as the participle does."""
    i = j - 1
    while i >= 1 and j - i <= 3 and tokens[i][2][:1].isupper() and tokens[i][2].isalpha():
        i -= 1
    return i if i < j - 1 and tokens[i][2].islower() else j - 1


STANDING_ALONE = frozenset({"another"})
"""Words that stand for a person on their own before a cue anywhere (*Another said*):
an unnamed source, though a phrase made of noun-phrase openers alone names nobody
(*That said*). Group quantifiers (*Some argue*, *Many believe*) stand alone only where
they open their clause (:func:`_standalone_quantifier`), not in *what many expect*."""


def names_nobody(tokens: list[tuple[int, int, str]], start: int, end: int, j: int, k: int) -> bool:
    """Whether the phrase ``[start, end)`` (``j`` the token before it, ``k`` the cue)
    is noun-phrase openers alone (*That said*, *the two*), and no quantifier standing
    for people (:data:`STANDING_ALONE`, or a group quantifier opening its clause), or a
    lone verb form in *-ing* (*is facing calls to resign*)."""
    if _standalone_quantifier(tokens, start, end, j, k):
        return False
    if end - start == 1:
        word = tokens[start][2]
        if word.casefold() in STANDING_ALONE:
            return False
        if word.islower() and word.endswith("ing"):
            return True  # "is facing calls to resign": a verb, the cue a noun
        if object_noun(tokens, start, j):
            return True  # "awarded task orders to": the cue a noun of a compound
    return all(tokens[i][2].casefold() in NP_OPENERS for i in range(start, end))


NOT_OBJECT_NOUNS = (
    SUBJECT_PRONOUNS
    | NP_OPENERS
    | frozenset(
        "anybody anyone everybody everyone him it me nobody somebody someone them us you".split()
    )
)
"""Pronouns that can stand alone as the subject of a clause or an infinitive a verb
takes (*ensured everyone knows*, *hearing him say*): never read as a bare object
noun."""


@lexicon.cached()
def _clause_verbs() -> frozenset[str]:
    """Every one-word form of a reporting verb (*said*, *warned*, *found*): verbs that
    take a clause, whose subject may follow them bare (*said police believe*)."""
    forms = set()
    for entry in lexicon.load("reporting"):
        for form in entry.fields[1].split(",") if len(entry.fields) > 1 else ():
            if form.strip() and " " not in form.strip():
                forms.add(form.strip().casefold())
    return frozenset(forms)


def object_noun(tokens: list[tuple[int, int, str]], start: int, j: int) -> bool:
    """Whether the lone word at ``start`` (``j`` the token before it) is a bare
    singular noun right after a verb that takes no clause, hence that verb's object,
    the cue word after it a noun of the same compound (*the agency awarded task
    orders*, *filed insurance claims*). A plural (*showed voters expect*), a source
    noun (*warned staff fear*), a pronoun or a word after a reporting verb (*said
    police believe*) may be the subject of a clause, and is left alone."""
    if j < 0:
        return False
    word, verb = tokens[start][2], tokens[j][2]
    folded, verb_folded = word.casefold(), verb.casefold()
    return (
        word.isalpha()
        and word.islower()
        and not folded.endswith("s")
        and folded not in NOT_OBJECT_NOUNS
        and folded not in PREPOSITIONS
        and not is_source_noun(folded)
        and verb.islower()
        and verb_folded.endswith(("ed", "ing"))
        and verb_folded not in NOT_VERB_FORMS
        and verb_folded not in _clause_verbs()
        and not (j >= 1 and tokens[j - 1][2].casefold() in ATTRIBUTIVE_BEFORE)
        and "-" not in verb  # "a water-carrying headline": a compound modifier
    )


CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | {"it"}
"""A pronoun right before a cue is the whole source phrase: the words before it
belong to another phrase (*criticism of the bill it wants passed*); not so a pronoun
inside the phrase (*the experts I interviewed said*)."""


def phrase_before(tokens: list[tuple[int, int, str]], j: int, start: int, end: int) -> bool:
    """Whether token ``j`` stands before a whole source phrase ``[start, end)`` and
    belongs to another: the phrase is a subject pronoun right before the cue (*the bill
    it wants passed*) or the object of a publishing verb (*sent a letter … urging*), or
    *ago* closes an adverbial (*two years ago police said*). (A
    phrase opening with an article after a lower-case word, *a view the council
    disputes*, is left alone: nouns read as verbs, *a fundraising call*, cut more
    subjects wrongly than it mends.)"""
    first = tokens[start][2]
    if start == end - 1 and first.casefold() in CLAUSE_SUBJECTS:
        return True
    word = tokens[j][2]
    if word in lexicon.words("publishing_verbs") and first in _OBJECT_OPENERS:
        return True  # "sent a letter to the council urging": the carrier (who.published_by)
    return word.casefold() == "ago"


_OBJECT_OPENERS = frozenset("a an the his her their its".split())


def of_phrase(tokens: list[tuple[int, int, str]], start: int, end: int, j: int) -> bool:
    """Whether the words ``[start, end)`` the scan stopped before token ``j`` open
    with *of*: no noun phrase does, unless the scan ran out of length (the subject is
    longer) or stopped at a comma (*Johnnie Wilson, of Springfield, Va., said*)."""
    return (
        start < end
        and tokens[start][2] == "of"
        and j >= 0
        and end - j <= MAX_NP
        and tokens[j][2] != ","
    )


def imperative(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the sentence opening at token ``i`` is a command (*Check out the
    website, and you will find papers laying out …*, *Read the full report*): a
    capitalised word then a determiner, perhaps after a particle, which no noun phrase
    is; not a predeterminer or preposition (*All the officials*, *Like the mayor*)."""
    if i + 2 >= len(tokens) or not tokens[i][2][:1].isupper():
        return False
    word = tokens[i][2].casefold()
    if word in _NOT_COMMANDS or word in PREPOSITIONS or word in NP_OPENERS:
        return False
    nxt = tokens[i + 1][2].casefold()
    if nxt in _PARTICLES:
        nxt = tokens[i + 2][2].casefold()
    return nxt in ("the", "a", "an", "this", "these", "our", "your", "my")


_PARTICLES = frozenset({"out", "up", "at", "through", "in", "on"})
_NOT_COMMANDS = frozenset({"all", "both", "half", "even", "only", "just", "not", "like", "unlike"})
"""Words before a determiner that open a noun phrase or an adjunct, not a command."""


def _standalone_quantifier(
    tokens: list[tuple[int, int, str]], start: int, end: int, j: int, k: int
) -> bool:
    """Whether tokens ``[start, end)`` are one quantifier opening its clause (``j``
    before it) as the cue's subject (*Many believe C*, *…, and all agreed that C*)."""
    if end - start != 1:
        return False
    if tokens[start][2] == "One" and j < 0:
        return True  # "Two former employees disputed it. One said C": one of them
    if tokens[start][2].casefold() not in GROUP_QUANTIFIERS:
        return False
    if k + 1 < len(tokens) and tokens[k + 1][2] == ",":
        return False  # "All told, super PACs spent …"
    before = tokens[j][2] if j >= 0 else ","
    return before in ",;:" or before in OPEN_QUOTES or before.casefold() in ("and", "but")


VERB_OBJECT_PRONOUNS = frozenset(
    "him them us me himself herself themselves itself ourselves myself".split()
)
"""Object and reflexive pronouns: a verb's object, never the head of an antecedent
(not *her*, also a possessive: *released her records in July, which showed*)."""

NAME_LINKS = frozenset({"and", "of", "the", "&"})
"""Lower-case words a name of several members may hold (*China and the United
States*, *Bank of England*)."""


def name_before_appositive(
    tokens: list[tuple[int, int, str]], start: int, comma: int, *, subject: bool = False
) -> int | None:
    """Where the name starts that a description in apposition follows: in *came from
    China and the United States, the world's two biggest polluters, which vowed*,
    the description at token ``start`` (lower-case: *the*, *a*, *its*) follows the
    comma at token ``comma``, and the name before that comma is the antecedent a
    reader takes for *which*. ``None`` when no name ends at the comma, or the words
    before it open the sentence as an adverbial (*In Washington, the aide, who*);
    for a ``subject`` (of a cue after the asides), also when a preposition governs
    the name (*In a statement to the Observer, her adviser, Jake Sullivan, said*)."""
    if comma < 1 or tokens[comma][2] != "," or not tokens[start][2][:1].islower():
        return None
    if not tokens[comma - 1][2][:1].isupper():
        return None
    i = comma - 1
    while i >= 0 and comma - i <= MAX_NP:
        word = tokens[i][2]
        if not (word[:1].isupper() or word in NAME_LINKS):
            break
        i -= 1
    if subject and i >= 0 and tokens[i][2].casefold() in PREPOSITIONS:
        return None
    first = i + 1
    while first < comma and tokens[first][2] in NAME_LINKS - {"the"}:
        first += 1
    if first >= comma or tokens[first][2].casefold() in NOT_NP_START:
        return None  # "In Washington, …": an adverbial, no name
    return first


def described_name(
    tokens: list[tuple[int, int, str]], start: int, end: int, comma: int
) -> int | None:
    """Where the name starts that a subject ``tokens[start:end]`` describes in
    apposition when it is an indefinite description ending with *who* after a comma
    (*said Priya Natarajan, a nurse in Houston who said*): *who* then means the named
    person. ``None`` otherwise (*for anyone who wants*, *those who preferred*)."""
    if tokens[end - 1][2] != "who" or tokens[start][2] not in ("a", "an"):
        return None
    return name_before_appositive(tokens, start, comma)


def restrictive_antecedent(tokens: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    """Where the speaker starts when the subject ``tokens[start:end]`` ends with a
    restrictive *who* (no comma) and its antecedent is the object of a preposition
    after a verb (*siding with ranchers who said*, *heard from parents who said*):
    that object (:func:`object_of`) speaks, not the clause around it. ``None`` when
    the antecedent opens the subject (*Residents who said*, *a nurse who said*)."""
    if end - start < 3 or tokens[end - 1][2] != "who" or tokens[end - 2][2] == ",":
        return None
    first = object_of(tokens, start, end - 1, who=True)
    return first if start < first < end - 1 else None


def relative_speaker(tokens: list[tuple[int, int, str]], j: int, k: int) -> bool:
    """Whether token ``j`` is a relative pronoun after a comma whose antecedent is the
    subject of the cue ``tokens[k]`` (*, which said*); not before a form in *-s*,
    which may be a plural noun (*which advocates say*)."""
    return (
        tokens[j][2].casefold() in RELATIVE_PRONOUNS
        and j >= 1
        and tokens[j - 1][2] == ","
        and not tokens[k][2].endswith("s")
    )


def bare_which(tokens: list[tuple[int, int, str]], j: int, k: int) -> bool:
    """Whether token ``j`` is *which* right after a name, with no comma, and subject
    of the cue ``tokens[k]`` (*turned to the Chicago Police Department which reported
    C*): the name speaks. Only *which* (*who* with no comma picks out a group: *those
    who said*), only after a name, and not before a form in *-s* (*which advocates
    say*)."""
    return (
        tokens[j][2] == "which"
        and j >= 1
        and tokens[j - 1][2][:1].isupper()
        and not tokens[k][2].endswith("s")
    )


def object_of(tokens: list[tuple[int, int, str]], start: int, end: int, who: bool = False) -> int:
    """Where the antecedent of a relative pronoun starts in tokens ``[start, end)``:
    after the last preposition that follows a verb (*They turned to the police
    department, which said*), else at ``start`` (*The head of the agency, who said*).
    An object pronoun opening the span stands after a verb (*immersed himself in the
    literature, which*). For *who* (``who``), an object headed by no person word
    gives way to an earlier one that is (*passed on by a former engineer at the
    company's Telford plant, who says*: the engineer, not the plant)."""
    verb = tokens[start][2].casefold() in VERB_OBJECT_PRONOUNS
    starts = [start]
    for i in range(start, end - 1):
        word = tokens[i][2]
        if (
            word.islower()
            and word not in NOT_VERB_FORMS
            and (
                word.endswith(("ed", "ing"))
                or word in IRREGULAR_PARTICIPLES
                or word in FINITE_PASTS
            )
        ):
            verb = True
        elif verb and word in PREPOSITIONS:
            starts.append(i + 1)
    if who and not _person_head(tokens[end - 1][2]):
        for k in range(len(starts) - 2, 0, -1):
            if _person_head(tokens[starts[k + 1] - 2][2]):
                return starts[k]
    return starts[-1]


def _person_head(word: str) -> bool:
    """Whether ``word``, the last of a noun phrase, can name a person: a name or a
    person noun (*engineer*, *resident*), not a place or thing (*plant*, *depot*)."""
    if not word.islower():
        return word[:1].isupper()
    return is_source_noun(word) or lexicon.fields("entity_nouns").get(word) in (
        "person",
        "anonymous",
    )


TIME_NOUNS = frozenset(w for w, kind in lexicon.fields("time_words").items() if kind == "noun")
"""Nouns of time (*week*, *morning*) that head a time adjunct (*last week*)."""
TIME_LEADS = frozenset(w for w, kind in lexicon.fields("time_words").items() if kind == "opener")
"""Words that open a time adjunct before its noun (*last*, *late*, *early*)."""
MONTHS = frozenset(
    "january february march april june july august september october november december".split()
)
"""Month names (not *May*, also a modal and a name)."""

TIME_PREPOSITIONS = frozenset("on in at during since by".split())
"""Prepositions that open a time adjunct (*On September 27*, *In 2015*)."""


def _time_word(word: str) -> bool:
    """Whether ``word`` names a time: *week*, *Monday*, *September*, *2015*, *27th*."""
    folded = word.casefold()
    if folded in TIME_NOUNS or (folded in MONTHS and word[:1].isupper()) or word.isdigit():
        return True
    return folded[:-2].isdigit() and folded[-2:] in ("st", "nd", "rd", "th")


def after_time_opening(tokens: list[tuple[int, int, str]], start: int, end: int) -> int:
    """Where the phrase ``[start, end)`` starts once a time adjunct opening it with no
    comma is cut off (*Last week the watchdog said*, *On September 27 they
    published*): the token after the adjunct's last time word, if a subject can open
    there (a name, a determiner, a pronoun), else ``start`` (*This week's report*,
    *The day the minister*: no adjunct)."""
    i = start
    if i < end and tokens[i][2].casefold() in TIME_PREPOSITIONS:
        i += 1
    if i >= end or tokens[i][2].casefold() in ("the", "of"):
        return start
    last = -1
    while i < end:
        word = tokens[i][2]
        if _time_word(word):
            last = i
        elif word.casefold() not in TIME_LEADS and word.casefold() not in ("the", "of"):
            break
        i += 1
    if last < 0 or last + 1 >= end:
        return start
    following = tokens[last + 1][2]
    folded = following.casefold()
    if following[:1].isupper() or folded in NP_OPENERS or folded in SUBJECT_PRONOUNS:
        return last + 1
    return start


def subject_then_aside(tokens: list[tuple[int, int, str]], comma: int, k: int) -> bool:
    """Whether the comma at ``comma`` opens a participle aside after the subject
    (*The defender, speaking after the match, appeared to …*), not after an
    introductory phrase (*The day before, …*)."""
    after = tokens[comma + 1][2] if comma + 1 < k else ""
    return (
        tokens[0][2].casefold() == "the"
        and after.islower()
        and after.endswith("ing")
        and not any(t[2].casefold() in TIME_NOUNS for t in tokens[1:comma])
    )


PHRASE_ENDS = frozenset((",", ";", "—", "–"))
"""Marks that close the *X* of *according to X*; a period closes it too, unless it is an
abbreviation's (:func:`ends_according_phrase`)."""


def ends_according_phrase(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` closes the *X* of *according to X*: a comma, semicolon or
    dash, or a period that ends no abbreviation (*according to two U.S. officials*,
    *according to Gov. Smith*: the period of *U.S* or *Gov* is inside the phrase)."""
    word = tokens[i][2]
    if word != ".":
        return word in PHRASE_ENDS
    if i == 0 or i + 1 >= len(tokens):
        return True
    before = tokens[i - 1]
    return before[1] != tokens[i][0] or not (
        before[2].casefold() in known_abbreviations()
        or (len(before[2]) == 1 and before[2].isupper())
    )


_NAME_GIVING = frozenset("name names named identified".split())
"""Words by which a relative clause gives the name that follows it in apposition
(*who gave only his first name, Julio,*; *who asked to be identified as Amina,*)."""


def name_giving_aside(tokens: list[tuple[int, int, str]], comma: int) -> int | None:
    """In *Another relative, who gave only his first name, Julio, said* with ``comma``
    the token index of the comma before *Julio*: the index of the comma that opens the
    relative clause giving the name, when there is one; else ``None``. The name after
    such a clause is the speaker, the clause an aside."""
    i = comma - 1
    while i > 0 and tokens[i][2] != "," and comma - i <= 16:
        i -= 1
    if i < 1 or tokens[i][2] != "," or tokens[i + 1][2].casefold() not in ("who", "whom"):
        return None
    if not any(t[2].casefold() in _NAME_GIVING for t in tokens[i + 2 : comma]):
        return None
    return i


def opens_with_named_aside(tokens: list[tuple[int, int, str]], comma: int) -> bool:
    """Whether the sentence opens with a phrase, a name-giving aside
    (:func:`name_giving_aside`) and the name before ``comma``: *Another relative, who
    gave only his first name, Julio, said C*, the name being the subject; or with an
    office written as a title before the name (:func:`office_title`: *Minister of
    State for Health, Dr Ana Ruiz, said C*)."""
    if (
        tokens[comma][2] == ","
        and all(t[2] != "," for t in tokens[:comma])
        and office_title([t[2] for t in tokens[:comma]])
    ):
        return True
    aside = name_giving_aside(tokens, comma)
    return aside is not None and all(t[2] != "," for t in tokens[:aside])


def comma_before_coordinate(tokens: list[tuple[int, int, str]], i: int, j: int) -> int | None:
    """The index of the comma that opens a short lower-case phrase coordinated by the
    *and* at token ``j`` (*…, union leaders and analysts said*), after token ``i``;
    else ``None``: there a new subject starts inside a content."""
    c = j - 1
    while c > i and j - c <= 4 and tokens[c][2].isalpha() and tokens[c][2].islower():
        c -= 1
    return c if c > i and c < j - 1 and tokens[c][2] == "," else None
