"""Cue sense in context: whether a matched hedge, distancing, denial or reporting form
is used in that sense where it stands.

:func:`claimscope.cues.find_cues` matches forms from the lexicons; the rules here read
a few words around each match and keep, change or drop its reading (a noun after a
determiner, a modal of ability, an attitude verb without a propositional complement, a
rejection of an action rather than a claim …). Each rule that changes a reading names
itself (:data:`SENSE_RULES`), and the name is kept in ``Cue.reason``."""

from __future__ import annotations

import itertools

import regex

from claimscope import lexicon
from claimscope._cue_acts import ACT_ENTRIES, no_report
from claimscope._estimated_amounts import estimated_amount
from claimscope._false_acts import false_made
from claimscope._idle_hedges import attributive_attitude, not_doubting_whether, sought_belief
from claimscope._modal_should import expectation_should
from claimscope._noun_complements import inquiry_whether
from claimscope._sense_words import (
    _BE,
    _WORD,
    ED_NOT_PAST,
    MESSAGE_ENTRIES,
    SPECULATE_ON,
    SUPERLATIVE_MODALS,
    THAT_ONLY,
    _next_words,
    _words_before,
    ability_could,
    agent_or_price,
    allegations_named_again,
    be_then_adverb,
    before_own_verb,
    counted,
    in_according_object,
    no_message,
    no_that_clause,
    no_view,
    show_closes_description,
    superlative_relative,
    unverified_claims,
)
from claimscope.model import CueKind

__all__ = [
    "ATTITUDES",
    "SENSE_RULES",
    "TRAP_KEYS",
    "WINDOW",
    "context_free",
    "in_question",
    "normal",
    "plural_noun",
    "propositional",
    "sense",
    "trap_hedge",
]

WINDOW = 40
"""How many characters around a match the context rules may read."""


def normal(form: str) -> str:
    """The lookup key of a surface form: lower case, single spaces, straight apostrophes."""
    return " ".join(form.lower().replace("’", "'").split())


_PREPOSITIONS = frozenset(
    """about above after against amid amidst among despite during following for from
    in into of on over to toward towards under with without""".split()
)
"""Prepositions: a form ending in *-s* right after one is a plural noun (*with claims of*)."""

_SUBORDINATORS = frozenset(
    "although because lest once since so though unless whereas while".split()
)
"""Words opening a clause of cause, purpose or concession: a modal inside such a clause
(*so he could watch*, *because they may disagree*, *while it may help*) is about that
clause, not a doubt the text casts on the claim."""

_SUBJECTS = frozenset("i you he she it we they this that there one".split())

_CLAIM_NOUNS = frozenset(
    """account accounts accusation accusations allegation allegations assertion
    assertions characterisation characterization charge charges claim claims
    conclusion conclusions criticism criticisms figure figures finding findings idea
    ideas information narrative narratives news notion notions premise report reports
    rumor rumors rumour rumours story stories statement statements suggestion
    suggestions theory theories""".split()
)
"""Nouns naming a claim: rejecting or calling false one of these rejects a claim
(*dismissed the figures*, *the false claim that*); rejecting anything else (*rejected
the amendments*, *dismissed the coach*, *a false start*) is an action."""

ATTITUDES = frozenset(
    """believe believed believes believing expect expected expecting expects fear
    feared fearing fears feel feels felt hope hoped hopes hoping suspect suspected
    suspecting suspects think thinking thinks thought worried worries worry
    worrying""".split()
)
"""Attitude verbs: they hedge only with a propositional complement (a clause or a
*to*-infinitive), not with a preposition (*worried about turnout*, *hope for peace*,
*feel for Mr Obama*)."""

EXPERIENCER_ADJECTIVES = frozenset(("worried",))
"""Attitude participles that are adjectives after *be*, with the holder of the
attitude as subject (*Democrats are worried that …*), unlike the passives *is
expected*, *is feared*, whose subject is the content (*rain is expected*)."""

_EMBEDDED = regex.compile(
    r"[^\S\r\n]++(?:that[^\S\r\n]++)?(?:i|he|she|they|we|it)"
    r"(?:[^\S\r\n]++\w++ly)?[^\S\r\n]++",
    regex.IGNORECASE,
)
"""What may stand between a speech verb and an embedded attitude verb: *said (that)
she (still) thinks*."""


def _clause_start(text: str, start: int) -> bool:
    """Whether only spaces and an opening quotation mark separate ``start`` from the
    start of the text or the end of a sentence."""
    left = text[max(0, start - 8) : start].rstrip(" \t\u00a0\"“‘'")
    return not left or left[-1] in ".!?\n"


def plural_noun(text: str, end: int, key: str, prev: str) -> bool:
    """Whether a form ending in *-s* is a plural noun by its neighbours: after a
    preposition or at a clause start, before *of*, *that* or *about* (*with claims
    of abuse*, *Claims that …*, *amid fears that …*); after a quantity word
    (*many claims*); or right after a verb in the past (*Mr. Obama scrutinized
    reports like …*, *cited claims*)."""
    if not key.endswith("s") or " " in key:
        return False
    if prev in _QUANTITY or counted(prev) or _after_past_verb(text, end - len(key), prev):
        return True  # "many claims", "43 suspects": a verb in -s takes no plural
    if prev and (before_own_verb(text, end) or in_according_object(text, end - len(key))):
        return True  # "advocates seized on", "according to police reports": nouns
    if prev not in _PREPOSITIONS and not (prev == "" and _clause_start(text, end - len(key))):
        return False
    nxt = _next_words(text, end, 1)
    return bool(nxt) and nxt[0] in ("of", "that", "about")


_QUANTITY = frozenset("all both countless few many most multiple numerous several various".split())
"""Quantity words before a noun: an *-s* form after one is a plural noun (*Many
claims about the plan were false*), never a verb whose subject they are."""


def _after_past_verb(text: str, start: int, prev: str) -> bool:
    """Whether the word before ``start`` (``prev``, lower-cased) is a lower-case past
    form in *-ed*: two finite verbs do not stand side by side, so the *-s* form after
    it is its object. On PolNeAR train no reporting verb in *-s* right after such a
    word opens a gold cue."""
    if len(prev) < 5 or not prev.endswith("ed") or prev in ED_NOT_PAST:
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if i < 0 or not text[j].islower():
        return False  # a name: "Mohammed says"
    # "the charity she founded says": a relative clause closes before the verb
    return _previous_word_at(text, j) not in _SUBJECTS


def _previous_word_at(text: str, start: int) -> str:
    """The lower-case word before ``start``, across spaces only."""
    words = _words_before(text, start, 1)
    return words[0] if words and text[start - 1 : start].isspace() else ""


SENSE_RULES = (
    "noun: after a determiner or possessive",
    "noun: plural after a preposition or at a sentence start, before of/that/about",
    "passive attitude participle",
    "attitude verb embedded under a speech verb",
    "attitude verb in quoted speech",
    "attitude verb with a prepositional object, no proposition",
    "rejection of a proposal, action or person, not of a claim",
    "agentless passive accusation",
    "questioning as interrogation",
)
"""The reasons a context rule records in :attr:`Cue.reason` when it changes the kind or
stance the lexicon gives a form. Rules that drop a match altogether (*as soon as
possible*, *so they could*, *could see*, *regardless of whether*, *was not
apparent*, *was supposed to open*, *a false start*, *the office lies*) leave no cue;
:func:`sense` says why in its comments and the golden files hold an example of
each."""


def _other_sense(text: str, start: int, end: int, key: str, prev: str) -> bool:
    """Whether a distancing or denial form ``key`` is used in another sense here."""
    if key == "apparent":
        return _predicative(text, start)  # it was not apparent at first: evident
    if key in ("claim", "claims"):
        # claims to the sea (a title); could not be verified (a fact)
        return _title_claim(text, end) or unverified_claims(text, start, end, WINDOW)
    if key == "supposed":
        nxt = _next_words(text, end, 2)
        # was supposed to open in March: a schedule
        return nxt[:1] == ["to"] and nxt[1:2] != ["have"] and _predicative(text, start)
    if key in ("false", "fake"):  # a false start, fake passports; making false statements
        return _attributive(text, end) or false_made(text, start)
    if key in ("allegation", "allegations"):
        return allegations_named_again(text, end, prev)  # aware of the allegations
    if key in ("lie", "lies"):
        return prev not in _LIE_BEFORE  # the office lies two blocks away
    if key == "perceived":  # the officer perceived a threat: a verb with its object
        return _next_words(text, end, 1)[:1] in (["a"], ["an"], ["the"], ["his"], ["her"])
    return False


def sense(
    text: str,
    start: int,
    end: int,
    kind: CueKind,
    entry: str,
    stance: str | None,
    prev: str,
    last_report: int,
) -> tuple[CueKind, str | None, str] | None:
    """The cue a matched form makes in its context, as ``(kind, stance, reason)``
    (``reason`` empty when the lexicon entry decides), or ``None`` when the word is
    used in another sense here. Each rule looks at a few words around the match."""
    key = normal(text[start:end])
    if kind is CueKind.HEDGE:
        return None if _not_a_hedge(text, start, end, key, entry, prev) else (kind, stance, "")
    if kind is CueKind.DISTANCING or kind is CueKind.DENIAL:
        return None if _other_sense(text, start, end, key, prev) else (kind, stance, "")
    # reporting verbs
    if (entry in ACT_ENTRIES or key == "estimate") and no_report(
        _next_words(text, end, 6),
        _words_before(text, start, 3),
        key,
        entry,
        text[max(0, start - 60) : start],
    ):
        return None  # called 911, pleaded not guilty, the estimate is, we did not expect
    if entry in ("reject", "dismiss", "challenge") and not _rejects_claim(text, start, end, prev):
        return kind, "neutral", SENSE_RULES[6]  # rejected the amendments
    if entry == "be concerned" and _next_words(text, end, 1)[:1] in (["about"], ["for"], ["by"]):
        return kind, "neutral", SENSE_RULES[5]  # is concerned about traffic
    if entry == "speculate" and set(_next_words(text, end, 1)) <= SPECULATE_ON:
        return None  # too early to speculate on the cause: a topic, no proposition
    if entry == "hear" and not COURT_HEARERS.intersection(_words_before(text, start, 3)):
        return None  # heard gunshots, I've heard: only a court or jury hears a case
    if entry == "demonstrate" and _next_words(text, end, 1)[:1] in _PROTEST_NEXT:
        return None  # demonstrated outside the newspaper, planned to demonstrate.
    if entry in MESSAGE_ENTRIES and no_message(text, end, entry, prev):
        return None  # posted a loss, a talent show in 2015: results, a programme
    if key == "show" and show_closes_description(text, start):
        return None  # the postponed Glasgow show reacted: a gig, no verb
    if entry in THAT_ONLY and no_that_clause(text, end, entry):
        return None  # are afraid of the dark, discovered a tunnel: no proposition
    if entry == "estimate" and key.endswith("s") and _beats_estimates(text, start):
        return None  # results beat estimates, in line with estimates: a comparison
    if key in ATTITUDES and stance == "hedging":
        if key in EXPERIENCER_ADJECTIVES and attributive_attitude(text, end, prev):
            return None  # calls from worried customers: an adjective on a noun
        if sought_belief(text, start, end):
            return None  # waited 30 years to be believed: sought, no doubt
        if _comparison(text, start, end):
            return None  # better than expected, as feared: a comparison, no doubt
        nxt = _next_words(text, end, 1)
        if (
            (prev in _BE or be_then_adverb(text, start, prev))
            and key not in EXPERIENCER_ADJECTIVES
            and not key.endswith(("s", "ing"))
            and nxt[:1] not in (["by"], ["about"], ["for"], ["of"], ["over"])
        ):
            return CueKind.HEDGE, stance, SENSE_RULES[2]  # rain is expected on Monday
        if (nxt and nxt[0] in _PREPOSITIONS and nxt[0] != "to") or no_view(text, start, end):
            return kind, "neutral", SENSE_RULES[5]  # worried about turnout, fear nobody
        if (
            0 <= start - last_report <= WINDOW
            and _EMBEDDED.fullmatch(text[last_report:start])
            and propositional(text, start, end)
        ):
            return CueKind.HEDGE, stance, SENSE_RULES[3]  # she said she thinks …
    if entry == "question" and (prev == "under" or _next_words(text, end, 1)[:1] in _BY_FROM):
        return kind, "neutral", SENSE_RULES[8]  # under questioning, questioned by police
    if entry in _ADJECTIVAL and _adjectival(text, start, end, prev):
        return None  # provided detailed evidence, well-documented: an adjective
    if (
        entry in ("accuse", "blame", "charge")
        and (prev in _BE or (entry == "charge" and _next_words(text, end, 1) == ["with"]))
        and not agent_or_price(text, end)  # were charged $250 a week: a price
    ):
        return CueKind.DISTANCING, "distancing", SENSE_RULES[7]  # was accused of fraud
    return kind, stance, ""


_TITLE_CLAIM = regex.compile(
    r"[^\S\r\n]++(?:to|over)[^\S\r\n]++(?:(?:the|a|an|most|much|all|some|part|parts|"
    r"sovereignty|ownership)\b|\p{Lu})"
)
"""*claims to most of the sea*, *a claim over the islands*, *claims to Crimea*: a noun
phrase after *to*/*over* names what is claimed as a right (*claims to have seen*
reports)."""


def _title_claim(text: str, end: int) -> bool:
    """Whether the noun *claim(s)* ending at ``end`` is a claim to a thing (territory,
    a title), no proposition the text distances itself from."""
    return _TITLE_CLAIM.match(text, end, min(len(text), end + 30)) is not None


def _not_a_hedge(text: str, start: int, end: int, key: str, entry: str, prev: str) -> bool:
    """Whether the hedge form ``key`` at ``start:end`` is used in another sense here
    (degree, purpose, ability, obligation, a count of people, an action on a
    question), so that :func:`sense` drops it."""
    if key == "possible" and (prev in _DEGREE or prev.endswith("est")):
        return True  # as soon as possible, the best possible, what's possible: degree
    if key == "estimated" and estimated_amount(text, end, prev):
        return True  # caused an estimated $38,000 in damage: the figure's, not the claim's
    if (
        entry in _MODAL_ENTRIES
        and _subordinate_modal(text, start)
        and not _epistemic_only(text, end)
    ):
        return True  # so they could, because they may, If I may: not the claim's doubt
    if key in ("could", "could be") and ability_could(text, start, end):
        return True  # could see the flames, could only: ability
    if key in SUPERLATIVE_MODALS and superlative_relative(_words_before(text, start, 6)):
        return True  # the kindest man you could meet, the best we could have hoped for
    if key == "could" and _past_ability(text, start):
        return True  # In those days, fans could smoke inside: what was possible then
    if key == "should" and not expectation_should(text, start, end):
        return True  # should be punished, should coincide with: obligation
    if _weasel_group(key) and not _group_holds_view(text, end, prev):
        return True  # many people were injured: a quantity, no one's view
    # regardless of whether, check whether (an action), ", whether X or Y" (concessive)
    if key == "whether" and inquiry_whether(text, start, prev):
        return True  # examining the wreckage and whether …: a question under inquiry
    return key == "whether" and not_doubting_whether(text, start, prev, _WHETHER_ACTIONS)


def context_free(kind: CueKind, key: str, entry: str, stance: str | None) -> bool:
    """Whether no rule of :func:`sense` can apply to the form ``key`` read as ``entry``
    of ``kind``: then :func:`sense` returns ``(kind, stance, "")`` wherever the form
    stands. Every rule is keyed on the form, the entry or the stance, so the cue
    finder asks this once per form and skips :func:`sense` for most cues (in *said
    said said …* every word is a cue). Keep it in step with :func:`sense`."""
    if kind is CueKind.HEDGE:
        return (
            key not in ("possible", "could", "whether", "should", "estimated")
            and entry not in _MODAL_ENTRIES
            and not _weasel_group(key)
        )
    if kind is CueKind.DISTANCING:
        sensed = ("apparent", "supposed", "claim", "claims", "allegation", "allegations")
        return key not in sensed and key != "perceived"
    if kind is CueKind.DENIAL:
        return key not in ("false", "fake", "lie", "lies")
    return entry not in _SENSE_ENTRIES and not (key in ATTITUDES and stance == "hedging")


_BY_FROM = (["by"], ["from"])
"""The word after *questioned* or *questioning* that names the interrogator."""

_PROTEST_NEXT = (
    [],
    *(
        [w]
        for w in """outside in at against on near for within across through along
        around before . , ; ! ? )""".split()
    ),
)
"""What follows *demonstrate* used of protesters (*About a dozen people demonstrated
outside the newspaper*, *she planned to demonstrate.*): a place, a cause or nothing,
never a clause or the thing shown."""

_ADJECTIVAL = frozenset(("detail", "document"))
"""Reporting entries whose participle is as often an adjective (*detailed plans*)."""

COURT_HEARERS = frozenset("court jury jurors inquest tribunal hearing magistrates".split())
"""Who *heard* a case (*a court has heard*, *the jury heard*, *the inquest heard*): then
*heard* reports what was said there; anyone else's hearing reports nothing."""

_SENSE_ENTRIES = (
    frozenset(
        (
            "hear",
            "reject",
            "dismiss",
            "challenge",
            "be concerned",
            "accuse",
            "blame",
            "charge",
            "question",
            "estimate",
            "speculate",
        )
    )
    | _ADJECTIVAL
    | ACT_ENTRIES
    | THAT_ONLY
    | MESSAGE_ENTRIES
)
"""The reporting entries some rule of :func:`sense` reads in context."""


_WHETHER_ACTIONS = frozenset(
    """of into regardless irrespective ask asked asking check checking decide deciding
    determine determining establish establishing evaluate evaluating examine
    examining investigate investigating review reviewing see seeing verify verifying
    choose choosing consider considering on say saying comment commented commenting
    confirm confirmed confirming disclose disclosed disclosing reveal revealed
    specify discuss discussed discussing weigh weighing weighed mulling mulled pondering
    pondered debating debated assessing assessed exploring explored studying said told
    assess assesses checks determines evaluates examines explore investigates reviews
    studied study verifies""".split()
)
"""Words after which *whether* opens the object of an action or a question (*to check
whether*, *asked whether*, *declined to say whether*, *refused to be drawn on
whether*, *did not comment on whether*, *is weighing whether to send*), not a doubt the
text casts on a claim."""

_DEGREE = frozenset(
    "as if what's whats everything anything where wherever whenever when most".split()
)
_MODAL_ENTRIES = frozenset({"may", "might", "could", "could be", "could have", "might have"})
_LIE_BEFORE = (
    frozenset(
        """a are be been big blatant complete is just more of outright pack same such
    telling the these those total utter was were""".split()
    )
    | _BE
)


_AS_FILLERS = frozenset(
    """already earlier first generally had has have initially is long many most once
    originally previously some was were widely""".split()
)
"""Words that may stand between *as* and an attitude verb closing a comparison (*as
widely expected*, *as many had feared*)."""


def _comparison(text: str, start: int, end: int) -> bool:
    """Whether the attitude verb at ``start:end`` closes a comparison with what was
    expected: after *than* within three words (*better than expected*,
    *better-than-expected*, *higher than analysts had expected*), or after *as*
    with only adverbs or auxiliaries between (*as expected*, *as many had feared*)
    or with a subject but no complement after it (*as he expected.*). The claim
    states the outcome; the expectation is someone else's, before the fact."""
    words = _words_before(text, start, 3)
    if not words:
        return False
    if text[start - 1 : start] == "-":
        return words[-1].rstrip("-").endswith(("-than", "-as"))
    if "than" in words:
        return True
    if "as" not in words:
        return False
    between = words[len(words) - words[::-1].index("as") :]
    if all(w in _AS_FILLERS or w.endswith("ly") for w in between):
        return True
    nxt = _next_words(text, end, 1)
    return len(between) <= 2 and (not nxt or not nxt[0][0].isalnum())


@lexicon.cached()
def _view_verbs() -> frozenset[str]:
    """Every one-word form of a speech or attitude verb in ``reporting.txt`` (say,
    argue, believe, fear …): what a group holding a view does."""
    forms: set[str] = set()
    for e in lexicon.load("reporting"):
        if len(e.fields) == 2 and e.fields[0] in ("neutral", "hedging", "distancing"):
            forms.update(f for f in (normal(x) for x in e.fields[1].split(",")) if " " not in f)
    return frozenset(forms)


def _weasel_group(key: str) -> bool:
    """Whether a hedge form is a vague group (*some experts*, *many people*) rather
    than a phrase with its own verb (*some say*, *many believe*)."""
    words = key.split()
    return len(words) == 2 and words[0] in ("some", "many") and words[1] not in _view_verbs()


_VIEW_WINDOW = regex.compile(r"[^.!?;:\n\"“”]{0,60}")
_AGENT_PREPOSITIONS = frozenset("among by from to".split())


def _group_holds_view(text: str, end: int, prev: str) -> bool:
    """Whether a vague group ending at ``end`` is the holder of a view, which makes
    it a weasel hedge: a speech or attitude verb within five words after it (*Some
    experts, however, fear …*, *some critics had been predicting*), or a
    preposition before it naming it as source (*according to some analysts*,
    *criticised by some experts*). *Many people were injured*, *how many people
    attended*, *some people queued overnight* count people; they hold no view."""
    if prev in _AGENT_PREPOSITIONS:
        return True
    m = _VIEW_WINDOW.match(text, end)
    words = _WORD.findall(m.group() if m else "")[:5]
    verbs = _view_verbs()
    return any(normal(w) in verbs for w in words)


_MEASURED_AGAINST = frozenset(
    """above ahead below beat beating beats exceeded exceeding exceeds line matched
    missed misses missing short surpassed than topped topping tops""".split()
)
"""Words that measure an outcome against estimates (*beat estimates*, *in line
with estimates*, *short of estimates*)."""


def _beats_estimates(text: str, start: int) -> bool:
    """Whether the noun *estimates* at ``start`` is what an outcome is measured
    against (*profits beat estimates*, *in line with consensus estimates*): the
    claim states the outcome, so the estimate hedges nothing; or the source that
    *according to* names (*according to UN estimates*)."""
    before = _words_before(text, start, 4)
    if any(w in _MEASURED_AGAINST for w in before):
        return True
    # according to UN estimates: the noun names the source, no one estimates here
    return any(w == "according" and nxt == "to" for w, nxt in itertools.pairwise(before))


_PAST_ADJUNCT = regex.compile(
    r"[^\S\r\n]*+[\"“‘']?(?:until[^\S\r\n]++(?:recently|then|last[^\S\r\n]++\w++)"
    r"|back[^\S\r\n]++then|at[^\S\r\n]++the[^\S\r\n]++time|in[^\S\r\n]++those"
    r"[^\S\r\n]++days|in[^\S\r\n]++the[^\S\r\n]++past|(?:years|decades)[^\S\r\n]++ago"
    r"|in[^\S\r\n]++the[^\S\r\n]++(?:19|20)\d0s|in[^\S\r\n]++the[^\S\r\n]++(?:old"
    r"|early|late)[^\S\r\n]++days),[^\S\r\n]*+([^,;:]{0,60})",
    regex.IGNORECASE,
)
"""A sentence opening on a past time (*Until last year,*, *In the 1990s,*, *Back
then,*), then the words up to the modal."""


def _past_ability(text: str, start: int) -> bool:
    """Whether *could* at ``start`` tells what was possible or allowed in a past the
    sentence opens on (*Until last year, fans could smoke inside the stadium*):
    the subject and *could* follow the past adjunct directly, with no speech or
    attitude verb between (*At the time, officials warned the dam could fail*
    keeps its hedge)."""
    lo = max(0, start - 120)
    cut = max(text.rfind(ch, lo, start) for ch in ".!?\n")
    m = _PAST_ADJUNCT.match(text, cut + 1 if cut >= 0 else lo, start)
    if m is None or m.end() != start:
        return False
    words = _WORD.findall(m.group(1))
    verbs = _view_verbs()
    return 0 < len(words) <= 5 and not any(normal(w) in verbs for w in words)


def propositional(text: str, start: int, end: int) -> bool:
    """Whether the attitude verb at ``start:end`` takes a propositional complement:
    a word follows that is not a preposition (*to* excepted), and the verb does not
    close a comparison (*than expected*, *as feared*)."""
    nxt = _next_words(text, end, 1)
    if not nxt or not nxt[0][0].isalnum() or (nxt[0] in _PREPOSITIONS and nxt[0] != "to"):
        return False
    before = _words_before(text, start, 2)
    return not any(w in ("than", "as") for w in before)


def in_question(text: str, end: int) -> bool:
    """Whether the sentence going on after ``end`` ends with a question mark (*“You
    think you got me?”*): a question asks, it does not hedge a claim."""
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return m is not None and m.group() == "?"


_SENTENCE_END = regex.compile(r"[.!?\n]")


def _subordinate_modal(text: str, start: int) -> bool:
    """Whether the modal at ``start`` sits in a clause of cause, purpose or
    concession, or a clause-initial *if*: the subordinator at most three words
    before it, a subject word or name between (*so they could*, *If I may*)."""
    words = _words_before(text, start, 4)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        between = words[i + 1 :]
        if not between or len(between) > 2:
            continue
        if word in _SUBORDINATORS or (word == "if" and i == 0 and len(words) < 4):
            return True
    return False


def _epistemic_only(text: str, end: int) -> bool:
    """Whether the modal ending at ``end`` opens a phrase only possibility takes
    (*might be that*, *may well*): then it hedges even after *so* or *because* (*so
    it might be that some people …*)."""
    nxt = _next_words(text, end, 2)
    return nxt == ["be", "that"] or nxt[:1] == ["well"]


def _predicative(text: str, start: int) -> bool:
    """Whether the adjective at ``start`` follows a form of *be*, with at most two
    negations or adverbs between (*was not immediately apparent*)."""
    words = _words_before(text, start, 3)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _BE:
            return True
        if not (words[i] in ("not", "never", "yet", "still", "also") or words[i].endswith("ly")):
            return False
    return False


def _attributive(text: str, end: int) -> bool:
    """Whether the adjective ending at ``end`` modifies a following noun that does
    not name a claim (*a false start*, but *the false claim that*)."""
    nxt = _next_words(text, end, 1)
    if not nxt or not nxt[0][0].isalpha():
        return False
    word = nxt[0]
    return word not in _CLAIM_NOUNS and word not in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    """a about an and as at because but by for from if in is it nor of on or so than
    that the to was were when which while with""".split()
)


def _adjectival(text: str, start: int, end: int, prev: str) -> bool:
    """Whether a participle at ``[start, end)`` is an adjective rather than a reporting
    verb: after *be* (*is well documented*), or modifying the noun after it after a
    number, a verb form, a preposition or a degree word (*50 documented cases*,
    *provided detailed evidence*, *with detailed maps*); not after a subject or an
    auxiliary (*the paper has detailed the payments*). An *-ing* form with no object
    (*gold-leaf detailing,*) is a noun."""
    if text[start - 1 : start] == "-" or prev == "well" or _predicative(text, start):
        return True  # well-documented, is well documented
    if text[start:end].casefold().endswith("ing"):
        return text[end : end + 1] in (",", ".", ";", ":", ")")  # gold-leaf detailing,
    after_modifier = (
        prev[:1].isdigit()
        or prev.endswith(("ed", "ing"))
        or prev in _PREPOSITIONS
        or prev in ("and", "or", "more", "most", "less", "well", "highly", "fully", "poorly")
    )
    return after_modifier and _attributive(text, end)


def _rejects_claim(text: str, start: int, end: int, prev: str) -> bool:
    """Whether a rejection verb takes a claim: a *that*-clause, *as* (*dismissed X
    as lies*), or a claim noun as object (or as subject of a passive)."""
    after = _next_words(text, end, 6)
    if any(w in _CLAIM_NOUNS or w in ("that", "as", "it", "this", "them") for w in after):
        return True
    if prev in _BE:
        return any(w in _CLAIM_NOUNS for w in _words_before(text, start, 5))
    return not after or not after[0][0].isalpha()


TRAP_KEYS = frozenset({"may", "might", "could"})
"""The only forms :func:`trap_hedge` can drop."""


_OF_AFTER = regex.compile(r"[^\S\r\n]++of\b", regex.IGNORECASE)
"""*of* after a form (*the might of the army*)."""

_NOT_AFTER = regex.compile(r"[^\S\r\n]++not\b|n['’]t\b", regex.IGNORECASE)
"""A negation after a form (*could not*, *couldn't*)."""


def trap_hedge(key: str, surface: str, after: str) -> bool:
    """Whether a hedge match is a known false positive (see the module docstring)."""
    if key == "may" and surface[:1] == "M" and surface[1:2] == "a":
        return True  # the month or a name: in May, Theresa May
    if key == "might" and _OF_AFTER.match(after):
        return True  # the might of the army
    return key == "could" and (_NOT_AFTER.match(after) is not None)
