"""Word-context helpers for :mod:`claimscope.cue_senses`, and the sense rules of
round 6 built on them: results *posted* and gigs *shown* that report nothing, claims
the writer says *could not be verified*, and *be* plus an adverb before a passive
attitude participle (*is also expected to*); and those of round 7: a form in *-s*
before its own verb (*advocates seized on*), *that* after a ruling (*ruled Thursday
that*), *speculate on* a topic, *the allegations* named again (*aware of the
allegations*) and a modal praising a superlative (*the kindest man you could meet*)."""

from __future__ import annotations

import regex

from claimscope import _grammar, lexicon, sources
from claimscope._grammar import POSSESSIVES
from claimscope._noun_complements import nominal_object
from claimscope._participle_agents import after_participle_agent
from claimscope.model import SourceType

__all__ = [
    "ED_NOT_PAST",
    "SPECULATE_ON",
    "SUPERLATIVE_MODALS",
    "THAT_ONLY",
    "ability_could",
    "allegations_named_again",
    "be_then_adverb",
    "before_own_verb",
    "felt_not_thought",
    "in_according_object",
    "no_message",
    "no_that_clause",
    "no_view",
    "show_closes_description",
    "superlative_relative",
    "that_follows",
    "unverified_claims",
]

_BE = frozenset(
    "am is are was were be been being 's ’s become became becomes seem seems seemed".split()
)
"""Forms of *be* (and copulas) before a predicative adjective or a passive participle."""

_NEXT_TOKEN = regex.compile(r"[^\S\r\n]*+([\w'’-]++|\S)")


def _next_words(text: str, end: int, n: int) -> list[str]:
    """Up to ``n`` lower-case tokens after ``end`` in the same sentence (a token is a
    word or one punctuation mark; the list stops at the first punctuation mark)."""
    words: list[str] = []
    pos = end
    limit = min(len(text), end + 80)
    while len(words) < n:
        m = _NEXT_TOKEN.match(text, pos, limit)
        if m is None:
            break
        token = m.group(1).lower()
        words.append(token)
        if not (token[0].isalnum() or token[0] == "_"):
            break
        pos = m.end()
    return words


_WORD = regex.compile(r"[\w'’-]++")
"""A word with its inner apostrophes and hyphens."""


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` lower-case words before ``start``, nearest last, not crossing
    punctuation other than an apostrophe or hyphen."""
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind(ch) for ch in '.,;:!?"“”()\n')
    words = _WORD.findall(window, cut + 1)
    return [w.lower().replace("’", "'") for w in words[-n:]]


_POST_NEXT = tuple([w] for w in """on online to that : \" “ ' ‘""".split())
"""What follows *posted* used of a message (*posted on X that*, *posted online:*,
*posted: “…”*); anything else (*posted a 38% rise*, *posted an operating loss*,
*posted record profits*) is a company's results or an upload, no speech."""


def _posts_a_message(text: str, end: int) -> bool:
    """Whether *posted* or *shared* ending at ``end`` introduces a message: :data:`_POST_NEXT`
    follows, or a colon or *reading* closes the object (*posted the clip with the
    caption: “…”*, *posted a message on X reading “…”*)."""
    nxt = _next_words(text, end, 8)
    return (
        nxt[:1] in _POST_NEXT
        or nxt[-1:] == [":"]
        or "reading" in nxt
        or _COLON_QUOTE.match(text, end, min(len(text), end + 160)) is not None
    )


_COLON_QUOTE = regex.compile(
    r"[^.!?:\n]{0,150}?\bcaption(?:ed)?[^\S\n]*:[^\S\n]*[\"“‘']", regex.IGNORECASE
)
"""An object closed by a caption and its quotation within the sentence (*shared a
black-and-white snap of a sunset on Instagram alongside the caption: “…”*); bounded,
so the match is linear."""


_SHOW_NOUN_NEXT = tuple([w] for w in "at during in on this last next earlier later tonight".split())
"""What follows *show* or *shows* used as a noun for a programme or a gig (*a TV talent
show in 2015*, *three shows in Manchester*, *the show on Friday*, *the show this
week*): a place or a time. Records and polls that *show* something take an object or
a clause (*figures show the rate fell*, *polls show that*)."""

_SHOW_PLURALS = frozenset("data media people police staff".split())
"""Plural nouns without an *-s* that *show* follows as a verb (*the data show*)."""

_NOT_MODIFIERS = (
    _grammar.AUXILIARIES
    | _grammar.EPISTEMIC_MODALS
    | _grammar.PREPOSITIONS
    | _grammar.CLAUSE_WORDS
    | _grammar.RELATIVE_PRONOUNS
    | _grammar.SUBJECT_PRONOUNS
    | {"and", "or", "not", "it", "also", "to"}
)
"""Words that cannot stand between a determiner and the noun *show*: before one, *show*
is a verb (*the tests will show*, *the polls by Gallup show*)."""


_SHOW_OBJECTS = (
    _grammar.SUBJECT_PRONOUNS | _grammar.DETERMINERS | {"it", "that", "how", "what", "why"}
)
"""Words opening the clause or object of the verb *show* (*show he took*, *show that*,
*show a rise*)."""


@lexicon.cached()
def _time_nouns() -> frozenset[str]:
    """The time nouns of ``lexicons/time_words.txt`` (*week*, *month*, *Friday*)."""
    return frozenset(e.text for e in lexicon.load("time_words") if e.fields[:1] == ("noun",))


def show_closes_description(text: str, start: int) -> bool:
    """Whether the bare form *show* at ``start`` closes a noun phrase opened by a
    determiner or a possessive (*an hourlong show that aired*, *the postponed Glasgow
    show*, *the broadcaster's post-match show*): a programme or a gig. A plural word
    on the way (*the latest figures show*, *the data show*) or a verb's word (*the
    test will show*) makes it a verb with a plural subject; after a determiner that
    does not say its noun is singular, so does a clause or an object after it
    (*documents from his tax return show he took*, *the figures from the survey show
    that*)."""
    for word in reversed(_words_before(text, start, 4)):
        if word in _grammar.SINGULAR_DETERMINERS:
            return True
        if word in _grammar.DETERMINERS or word.endswith(("'s", "s'")):
            if after_participle_agent(text, start):
                return False  # "emails seen by the BBC show": the agent of a participle
            return not _show_object_after(text, start + 4)
        if (
            word.endswith("s")
            or word in _SHOW_PLURALS
            or word in _NOT_MODIFIERS
            or word in _time_nouns()
        ):
            return False  # "figures show", "the test will show", "polls this week show"
        if word.endswith("ly"):
            return False  # "the results clearly show"
    return False


def _show_object_after(text: str, end: int) -> bool:
    """Whether a lower-case word opening a clause or an object (:data:`_SHOW_OBJECTS`)
    or a number follows *show* ending at ``end`` (*The 411*, a title, does not)."""
    after = _NEXT_TOKEN.match(text, end, min(len(text), end + 40))
    if after is None:
        return False
    word = after.group(1)
    return word[:1].isdigit() or (word.islower() and word in _SHOW_OBJECTS)


_PASSIVE_ADVERBS = _grammar.PASSIVE_ADVERBS


def be_then_adverb(text: str, start: int, prev: str) -> bool:
    """Whether a form of *be* and one of :data:`_PASSIVE_ADVERBS` stand right before
    ``start`` (*Kuppet is also expected to issue a strike notice*)."""
    if prev not in _PASSIVE_ADVERBS:
        return False
    before = _words_before(text, start, 2)
    return len(before) == 2 and before[0] in _BE


_UNVERIFIABLE = regex.compile(
    r"\b(?:could[^\S\r\n]+not|couldn['’]t|cannot|can['’]t|(?:was|were)[^\S\r\n]+unable"
    r"[^\S\r\n]+to|has[^\S\r\n]+not|have[^\S\r\n]+not)[^\S\r\n]+(?:be[^\S\r\n]+|been"
    r"[^\S\r\n]+)?(?:independently[^\S\r\n]+)?(?:verif|confirm|corroborat)\w*",
    regex.IGNORECASE,
)
"""*could not be independently verified*, *was unable to confirm*: the writer's own
statement that claims are unchecked."""


def _unverifiable(text: str, start: int, end: int, window: int) -> bool:
    """Whether the noun *claim(s)* at ``start:end`` is what the writer says could not
    be verified (*The claims by both sides could not be independently verified*,
    *Reuters could not independently verify the claims*): that sentence states a fact
    about the claims in the author's voice, it distances itself from nothing new."""
    lo = max(0, start - window - 20)
    hi = min(len(text), end + window + 20)
    return _UNVERIFIABLE.search(text, lo, hi) is not None


def unverified_claims(text: str, start: int, end: int, window: int) -> bool:
    """Whether the noun *claim(s)* at ``start:end`` is one the writer says could not be
    verified (:func:`_unverifiable`) and opens no content (*their claim that C could
    not be confirmed* still distances C)."""
    return _next_words(text, end, 1)[:1] != ["that"] and _unverifiable(text, start, end, window)


MESSAGE_ENTRIES = frozenset(
    {"conclude", "demonstrate", "email", "post", "read", "report", "share", "show", "state"}
    | {"understand", "project"}
)
"""Reporting entries :func:`no_message` reads in context (*demonstrate* has its own
rule in :mod:`claimscope.cue_senses`)."""


def no_message(text: str, end: int, entry: str, prev: str) -> bool:
    """Whether *posted*, *shared*, *emailed*, *states* or *show* ending at ``end``
    reports nothing here: the noun *states* (:func:`_states_reports`), results
    *posted* (*posted a 38% rise*), something *shared* in common (*is not
    universally shared*), a *show* before a place or time (*a talent show in 2015*)
    or *showing* after a picture (*videos on social media showing haze*) with no
    *that*-clause after it; a thing posted (*photos shared on social media*,
    ``lexicons/posted_things.txt``); a carrier *posted* or *emailed* (*a statement
    posted on its website*, *a statement emailed to The Ledger*,
    ``lexicons/carriers.txt``): the participle modifies the carrier, whose speaker's
    own verb is the cue."""
    if prev in lexicon.words("carriers") and entry in ("post", "share", "email"):
        return True
    if entry == "project":  # "the report projects that C"; "infrastructure projects are"
        return text.endswith("projects", 0, end) and _next_words(text, end, 1) != ["that"]
    if entry == "understand":
        return not outlet_understands(text, end)  # The ABC understands C; I understand
    if entry == "demonstrate":
        return False
    if entry == "report":
        nxt = _next_words(text, end, 8)
        return prev in _DIRECTIVE_MODALS and nxt[:1] == ["to"] and "that" not in nxt
    if entry == "conclude":
        return _ends_an_event(text, end)  # concluded two weeks of talks: finished them
    if entry == "read":
        return not _QUOTE_THEN_READ.search(text, max(0, end - 12), end)  # "C," read a sign
    if entry in ("post", "share"):
        return (
            prev in _BE
            or prev.endswith("ly")
            or prev in lexicon.words("posted_things")  # photos shared on social media
            or not _posts_a_message(text, end)
        )
    if entry == "email":
        return False
    if entry == "state":
        key = text[max(0, end - 6) : end].casefold()
        return key == "states" and not _states_reports(text, end - 6, end, prev)
    if "that" in _next_words(text, end, 6):
        return False
    if _next_words(text, end, 1)[:1] in _SHOW_NOUN_NEXT:
        return True
    # "videos on social media showing what appeared to be haze": a picture showing a
    # scene the writer describes; no one's message ("Video shows him …" still reports)
    if not text.endswith("ing", 0, end):
        return False
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    posted = lexicon.words("posted_things")
    return any(w in posted for w in _words_before(text, start, 5))


_STATES_SUBJECTS = frozenset("he she it they".split())
"""Pronouns that may stand alone as the subject of a sentence-final *states* after a
comma (*…, it states.*); a longer subject must end in a document noun (*…, the
complaint states.*), else it is a noun phrase (*…, its eastern member states.*)."""


def _states_reports(text: str, start: int, end: int, prev: str) -> bool:
    """Whether *states* at ``start`` reports: after a document noun (*the complaint
    states that*, *C, the filing states.*, ``lexicons/sources_document.txt``), or a
    pronoun closing the sentence after a comma (*C, it states.*). Elsewhere it is the noun
    (*member states*, *several states have passed laws*)."""
    if prev in lexicon.words("sources_document"):
        return True
    if _next_words(text, end, 1)[:1] not in ([], ["."]):
        return False
    before = _words_before(text, start, 5)
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind(ch) for ch in '.,;:!?"“”()\n')
    return (
        cut >= 0
        and window[cut] == ","
        and len(before) == 1
        and before[0] in _STATES_SUBJECTS
        and len(_WORD.findall(window, cut + 1)) == 1
    )


_NAMING_AGAIN = frozenset("the these those such".split())
"""Words by which *allegations* names claims the text has already told."""

_ALLEGED_CONTENT = (["that"], ["of"], ["about"], ["against"])
"""Words after *allegations* that open what is alleged (*the allegations that C*,
*the allegations of fraud*, *against him*): then the noun distances that content."""


def allegations_named_again(text: str, end: int, prev: str) -> bool:
    """Whether *allegation(s)* ending at ``end``, after the word ``prev``, names claims
    the story has already told (*it was aware of the allegations*, *the piracy
    allegation could matter more*): after *the*, *these*, *those* or *such*, or after
    one of them and a noun naming the claim's topic (not *the new allegations*), with
    nothing alleged opening after it."""
    if _next_words(text, end, 1)[:1] in _ALLEGED_CONTENT:
        return False
    if prev in _NAMING_AGAIN:
        return True
    start = end - (11 if text[end - 1 : end] in ("s", "S") else 10)
    before = _words_before(text, start, 2)
    return (
        len(before) == 2
        and before[0] in _NAMING_AGAIN
        and before[1].isalpha()
        and before[1] not in _FRESH
    )


_FRESH = frozenset("new fresh latest further first other more".split())
"""Modifiers that bring in allegations not told before (*the new allegations*)."""


SUPERLATIVE_MODALS = frozenset(("could", "might", "could have", "might have"))
"""Modal forms a relative clause of praise holds (*the kindest man you could meet*)."""

_SUPERLATIVE_OWNERS = POSSESSIVES | {"the"}
_RELATIVE_SUBJECTS = frozenset("you we i one anyone they that".split())


def superlative_relative(before: list[str]) -> bool:
    """Whether the words before a modal (nearest last) make it the verb of a relative
    clause on a superlative (*the kindest man you could meet*, *the best start we
    could have asked for*): an idiom of praise, no doubt about the claim."""
    if not before or before[-1] not in _RELATIVE_SUBJECTS:
        return False
    return any(
        before[i - 1] in _SUPERLATIVE_OWNERS
        and (before[i] in ("best", "worst") or (len(before[i]) >= 6 and before[i].endswith("est")))
        for i in range(1, len(before) - 1)
    )


# -- round 7: verbs in -s before their own verb, "that" after a ruling, speculating on

ED_NOT_PAST = frozenset("indeed speed breed greed creed steed".split())
"""Words in *-ed* that are no past verb (*the report indeed says*)."""

_SUBJECT_VERBS = frozenset(
    "say said argue argued warn warned fear feared worry worried want wanted urge urged".split()
)
"""Reporting verbs that never take a bare object right after a verb in *-s*: a form in
*-s* before one is their plural subject (*advocates say*). Not auxiliaries, which may
open the clause of a verb whose object moved away (*which the Tax Foundation estimates
would cost*)."""

_PARTICLES = frozenset("on in at to for upon with against into over".split())

_PLURAL_VERBS = frozenset("are were remain remained".split())
"""Plural verbs that a verb in *-s* never has right after it: the form before one is
their subject (*safety advocates remain skeptical*, *campaign finance reports are due*),
save where a *wh*-word in the same clause is the plural verb's subject: a free relative
(*what the union says are lies*) or a relative clause (*the pilots, who the airline says
remain on leave*)."""

_WH_SUBJECTS = frozenset("what who whom which".split())

_CLAUSE_BREAK = regex.compile(r"[,;:.!?()\n\"“”]")


def before_own_verb(text: str, end: int) -> bool:
    """Whether the word after a form in *-s* is that form's own verb: a finite verb of
    :data:`_SUBJECT_VERBS` or :data:`_PLURAL_VERBS`, or a past form in *-ed* before a
    preposition (*advocates seized on the leak*, *reports linked to the campaign*; not
    *reports increased risk*, an object)."""
    nxt = _next_words(text, end, 2)
    if not nxt:
        return False
    if nxt[0] in _SUBJECT_VERBS:
        return True
    if nxt[0] in _PLURAL_VERBS:
        clause = _CLAUSE_BREAK.split(text[max(0, end - 60) : end])[-1]
        return _WH_SUBJECTS.isdisjoint(clause.casefold().split())
    return (
        len(nxt) == 2
        and len(nxt[0]) > 4
        and nxt[0].endswith("ed")
        and nxt[0] not in ED_NOT_PAST
        and nxt[1] in _PARTICLES
    )


THAT_ONLY = frozenset(
    ("accept", "assess", "be afraid", "discover", "hold", "leave no doubt", "recognize", "rule")
)
"""Reporting entries that attribute only before *that* (*discovered that C*, not
*accepted the offer*, *discovered a tunnel*, *left no doubt about*, *afraid of the
dark*; a court *held that C* or *ruled Thursday that C*, not *held a hearing*, *ruled
out a rise*)."""


def no_that_clause(text: str, end: int, entry: str) -> bool:
    """Whether the :data:`THAT_ONLY` entry ``entry`` ending at ``end`` opens no
    proposition: no *that* follows (:func:`that_follows`), and it is not a ruling
    closing a sentence (*C, the court ruled.*)."""
    if that_follows(text, end):
        return False
    return not (entry == "rule" and _next_words(text, end, 1)[:1] == ["."])


def that_follows(text: str, end: int) -> bool:
    """Whether *that* follows ``end``, perhaps after a time (*ruled Thursday that*,
    *discovered last week that*)."""
    words = _next_words(text, end, 4)
    times = lexicon.fields("time_words")
    i = 0
    while i < len(words) - 1 and words[i] != "that" and words[i] in times:
        i += 1
    if words[i : i + 1] != ["that"]:
        return False
    after = _next_words(text, end, i + 2)[i + 1 : i + 2]
    return not (after and after[0] in times)  # "a rally held that evening"


SPECULATE_ON = frozenset(
    ("on", "about", "over", "as", "whether", "why", "how", "what", "who", ".", ",", ";")
)
"""What follows *speculate* with no proposition to hedge: a topic or a question (*too
early to speculate on the cause*, *declined to speculate about a motive*, *would not
speculate whether*), or nothing. *Analysts speculate that C* still hedges C."""


_PERCEIVE = (["see"], ["hear"])

_PERCEIVED = frozenset({"seen", "heard", "spotted"})
"""Participles after *could be* that tell what was perceptible (*could be seen from
the motorway*, *could be heard streets away*): ability, no possibility."""

_IF_CONSEQUENT = regex.compile(
    r"[\"“‘'(]?[^\S\r\n]*+if\b[^.!?;:\n,]{1,120},[^\S\r\n]*+(?:then[^\S\r\n]++)?"
    r"[\w'’]++(?:[^\S\r\n]++[\w'’]++)?[^\S\r\n]*+",
    regex.IGNORECASE,
)
"""A clause opening on *if*, then its comma and a subject of one or two words: the
modal after it is the consequent's possibility (*If they follow through, we could
see …*)."""


def ability_could(text: str, start: int, end: int) -> bool:
    """Whether *could* at ``start:end`` is ability (*could only*, *could no longer*,
    *could see the flames*, *could hear shouting*, *could be seen from the coast* but not
    *could be seen as a snub*), not a possibility: before *see*/*hear* it is a
    possibility when the sentence opens on an *if* clause just before its subject, or
    a figure or an outcome word (lexicon ``outcome_words``: *higher*, *rise*, *test*)
    follows within six words (*we could see Brent test $90*, *shoppers could see
    higher bills*)."""
    two = _next_words(text, end, 2)[:2]
    nxt = two[:1]
    if nxt == ["only"] or two == ["no", "longer"]:
        return True  # "could no longer survive on their pay": an ability lost
    if nxt == ["be"] or text[start:end].casefold().endswith(" be"):
        seen = _next_words(text, end, 3)[1:] if nxt == ["be"] else _next_words(text, end, 2)
        # "smoke that could be seen from Middlesbrough": not "could be seen as a snub"
        return bool(seen) and seen[0] in _PERCEIVED and seen[1:2] not in (["as"], ["to"])
    if nxt not in _PERCEIVE:
        return False
    cut = max(text.rfind(ch, max(0, start - 160), start) for ch in ".!?\n")
    lo = cut + 1 if cut >= 0 else max(0, start - 160)
    while lo < start and text[lo] in ' \t"“”':
        lo += 1
    m = _IF_CONSEQUENT.match(text, lo, start)
    if m is not None and m.end() == start:
        return False
    after = _next_words(text, end, 8)[1:]
    outcomes = lexicon.words("outcome_words")
    return not any(w in outcomes or w[0].isdigit() or w in ("$", "£", "€", "%") for w in after)


_FIGURE = regex.compile(r"(?:[$£€¥₹]|[a-z]{0,3}\d)")
"""A figure's first token, perhaps a currency sign or a currency's letters before the
digits (*$*, *250*, *r1*, *rs400bn*)."""


def agent_or_price(text: str, end: int) -> bool:
    """Whether *charged* (*accused*, *blamed*) ending at ``end`` is followed by its
    agent (*was charged by police*) or a price (*were charged $250 a week*, *are
    charged R1 200*): no accusation of the subject either way."""
    nxt = _next_words(text, end, 1)[:1]
    return bool(nxt) and (nxt[0] == "by" or _FIGURE.match(nxt[0]) is not None)


_COUNT_WORDS = _grammar.CARDINALS | frozenset(
    "hundred hundreds thousand thousands dozen dozens".split()
)
"""Number words above one: an *-s* form after one is a plural noun (*two suspects*)."""


def counted(prev: str) -> bool:
    """Whether the word ``prev`` (lower case) before an *-s* form counts it: a figure
    or a number word above one (*43 suspects*, *two reports*), never a verb's subject."""
    return prev in _COUNT_WORDS or (prev[:1].isdigit() and prev not in ("1", "one"))


_QUOTE_THEN_READ = regex.compile(r"[,!?][\"”’'][ \t]*+reads?\Z", regex.IGNORECASE)
"""A quotation closed with a comma (or ``!``, ``?``) right before *read(s)*: the
inverted *"C," read an emergency alert*, *"C," reads the sign*; *read* anywhere else is
reading, not a text's words (*she read the report*)."""


_DIRECTIVE_MODALS = frozenset("should must can could may will shall".split())
"""Modals before *report to* that make it a directive (*anyone with evidence should
report to the bureau*: present it there), no report."""

_EVENTS = frozenset(
    """talks negotiations discussions consultations meeting meetings visit visits tour
    trip mission session sessions summit hearing hearings round""".split()
)
"""Events one concludes by ending them (*concluded two weeks of talks*)."""


def _ends_an_event(text: str, end: int) -> bool:
    """Whether *concluded* ending at ``end`` ends an event (*concluded two weeks of
    talks*, *concluded its visit to Kabul*): an event noun among the next four words and
    no *that* after it; a study that *concluded the drug was safe* still reports."""
    words = _next_words(text, end, 4)
    return "that" not in words and any(w in _EVENTS for w in words)


def outlet_understands(text: str, end: int) -> bool:
    """Whether *understands* ending at ``end`` follows a news outlet that reports what
    it has learnt without naming its source (*The ABC understands the commission has
    …*, *the newspaper understands that …*, ``lexicons/outlets.txt`` and
    ``sources_media.txt``); anyone else *understands* a feeling or a point (*I
    understand the frustration*), which reports nothing."""
    start = end - len("understands")
    if text[start:end].casefold() != "understands":
        return False
    words = _words_before(text, start, 4)
    if not words:
        return False
    outlets = lexicon.words("outlets")
    named = (" ".join(words[i:]) for i in range(len(words)))
    return (
        words[-1] in lexicon.words("sources_media")
        or any(n in outlets or n.removeprefix("the ") in outlets for n in named)
        or _outlet_like_name(text, start)
    )


_NAME_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’&.-]*+[^\S\n]++){1,4}+\Z")
"""The capitalised words (at most four) right before an offset."""


def _outlet_like_name(text: str, start: int) -> bool:
    """Whether a name shaped like an outlet's ends right before ``start`` (*The Fiji
    Times understands*, *the Hebridean Gazette understands*: ``media_patterns.txt``)."""
    found = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return found is not None and sources.classify(found.group().strip())[0] is SourceType.MEDIA


_ACCORDING_OBJECT = regex.compile(
    r"(?<![\w'’-])according[^\S\r\n]++to[^\S\r\n]++"
    r"(?:[^\s,;:.!?()\[\]\"“”—–]++[^\S\r\n]++){1,4}+\Z",
    regex.IGNORECASE,
)
"""*according to* and one to four words of its object right before a form (no
comma, colon, dash, bracket or quotation mark between)."""


def in_according_object(text: str, start: int) -> bool:
    """Whether the form at ``start`` ends the object of *according to*: a noun, not a
    verb (*according to the production notes*, *according to police reports*, the
    words no subject of a verb in *-s*)."""
    return _ACCORDING_OBJECT.search(text, max(0, start - 60), start) is not None


_CLAUSE_WORD = (
    r"(?:i|he|she|we|they|you|it|there|this|that|is|are|was|were|be|been|am|has|have|"
    r"had|will|would|can|could|should|may|might|must|do|does|did)\b"
)
_SENSED = regex.compile(
    r"[^\S\r\n]++(?:like(?:[^\S\r\n]++(?!" + _CLAUSE_WORD + r")[\w'’-]++){1,6}+|it|them)"
    r"[^\S\r\n]*+(?:[,.;:!?”’\"')—–]|\Z)",
    regex.IGNORECASE,
)
"""What makes *feel* a sensation: *like* and a likeness with no subject or verb of
a clause before the next punctuation (*like spare parts,*; not *like he's got*), or
an object pronoun closing the clause (*the first to feel it,*)."""


_FELT_STATE = regex.compile(
    r"[^\S\r\n]++(?:(?:very|so|too|quite|really|\w++ly)[^\S\r\n]++)?+"
    r"(?:[“\"‘]|(?:alone|abandoned|angry|ashamed|betrayed|exhausted|frightened|helpless|"
    r"hungry|ignored|isolated|lucky|powerless|proud|safe|scared|sick|terrified|thirsty|"
    r"tired|trapped|unsafe|unwell|vindicated)\b)",
    regex.IGNORECASE,
)
"""What makes *feel* a state felt: a quoted phrase (*felt “completely on my own”*) or
an adjective of feeling or of the body (*felt betrayed*, *feel thirsty*); *feel sure*
or *feel confident* (a view) are not listed."""


def felt_not_thought(text: str, start: int, end: int) -> bool:
    """Whether *feel*, *feels* or *felt* at ``start:end`` names a sensation, not a
    view: *They feel like spare parts*, *the minor royals are the first to feel it*,
    *felt betrayed* (a view takes a clause: *I feel we were let down*)."""
    if text[start:end].lower() not in ("feel", "feels", "felt"):
        return False
    window = min(len(text), end + 80)
    return bool(_SENSED.match(text, end, window) or _FELT_STATE.match(text, end, window))


def no_view(text: str, start: int, end: int) -> bool:
    """Whether the attitude verb at ``start:end`` takes no proposition: a noun object
    (*fear nobody*) or a state (*felt betrayed*, *feel like spare parts*)."""
    return nominal_object(text, end) or felt_not_thought(text, start, end)
