"""Vetoes on subject-verb attributions whose verb can report but reports nothing.

*The number who reported using cannabis rose* states a figure; *the March 21 call* is a
noun after a date; *called off the talks* reports no speech; *reported in-line results*
publishes figures; *officers found a man* discovered a thing. :func:`no_speaker` says
so for one candidate, so the pattern table can drop it.
"""

from __future__ import annotations

import regex

from claimscope import lexicon
from claimscope import sources as sources_mod
from claimscope.attribution._amount_objects import amount_only
from claimscope.attribution._content_openers import gapped_participle, noncommittal_noun
from claimscope.attribution._non_reporting_objects import where_or_with_whom
from claimscope.attribution.context import Raw
from claimscope.attribution.who import PUBLISHING_VERBS
from claimscope.model import Cue, SourceType

QUANTITY_NOUNS = frozenset(
    "number numbers share proportion percentage rate amount total majority minority".split()
)
"""Heads of a subject that counts people rather than naming a speaker: *the number
who reported using cannabis rose* states a figure, not what anyone said."""


DATED_NOUNS = frozenset("call calls report reports claim claims statement".split())
"""Cue forms that are nouns after a date or number (*the March 21 call*, *a 2013
report*)."""


BUSINESS_FIGURES = frozenset(
    "results earnings profit profits loss losses sales revenue revenues figures".split()
)
"""Objects of *report* that are figures a company publishes, not claims (*most
companies reported in-line results*)."""


MARKET_FIGURES = frozenset(
    "shares stocks prices yields bonds profit profits sales revenue revenues earnings".split()
)
"""Heads of a subject that is a market figure, which speaks for nobody: in *Shares in
Acme fell 9% after the firm cut its forecast, blaming costs* the one blaming is the firm."""

_FIGURE_MOVES = frozenset(
    "fell rose slid slipped dropped jumped climbed tumbled gained plunged surged sank".split()
)


def _market_figure(words: list[str]) -> bool:
    """Whether the source words are a market figure (*Shares in Acme fell 9%*, *Acme
    Inc shares fell*, *its profits*): the figure noun after any determiners and
    capitalised or possessive words (the company's name), then nothing, a
    preposition or a verb of movement (*sales staff* is people)."""
    n = 0
    while n < len(words) and (
        words[n].casefold() in ("the", "its", "their", "his", "her")
        or (words[n][:1].isupper() and words[n].casefold() not in MARKET_FIGURES)
        or words[n].endswith(("'s", "’s"))
    ):
        n += 1
    if n >= len(words) or words[n].casefold() not in MARKET_FIGURES:
        return False
    after = words[n + 1].casefold() if n + 1 < len(words) else ""
    return not after or after in _AFTER_FIGURES or after in _FIGURE_MOVES


def figure_subject(text: str, src: tuple[int, int] | None, cue: Cue) -> bool:
    """Whether the subject a participle shares is a market figure (*Shares in Acme fell
    9% after the firm cut its forecast, blaming costs*): no speaker. The name before
    the figure may stand alone as the source span (*Acme Inc* of *Acme Inc shares*)."""
    if src is None:
        return False
    return _market_figure(text[src[0] : max(src[1], min(cue.start, src[1] + 40))].split())


PUBLISHED_THEN_SAYING = regex.compile(
    r"(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:"
    + lexicon.alternation("carriers")
    + r")(?:\s+(?:on|to|in|from|at|of)(?:\s+[\p{L}\p{N}'’.-]+){1,3}?)?,?\s+(\p{Ll}+ing)\b",
    regex.I,
)
"""*posted a video saying*, *wrote a letter to the board urging*: the thing published
(``lexicons/carriers.txt``) and a participle that reports through it (bounded: linear)."""

REPORTING_PARTICIPLES = frozenset(
    form.strip()
    for e in lexicon.load("reporting")
    if len(e.fields) == 2
    for form in e.fields[1].split(",")
    if form.strip().endswith("ing")
)
"""The *-ing* forms of ``lexicons/reporting.txt`` (*saying*, *urging*): not *reading*."""


def _published_then_saying(text: str, start: int) -> bool:
    """Whether the object starting at ``start`` is a thing published and then a
    reporting participle (*a video saying*, *a letter to the board urging*)."""
    found = PUBLISHED_THEN_SAYING.match(text, start, min(len(text), start + 160))
    return found is not None and found.group(1) in REPORTING_PARTICIPLES


TIME_TO = regex.compile(r"\b(?:days|weeks|months|hours)[^\S\n]+to[^\S\n]+\Z", regex.I)
"""*has 21 days to respond*, *was given two weeks to reply*: time allowed for an answer
before the cue, which reports no speech yet."""


TOPIC = regex.compile(r"(?:\p{L}+ly[^\S\n]+)?(?:on|about|upon)\b", regex.I)
"""*commented (publicly) on the strike*: the topic after *comment*, not what was said."""


def no_speaker(text: str, src: tuple[int, int], content: tuple[int, int], cue: Cue) -> bool:
    """Whether *X verb C* is no attribution though its verb can report: a quantity
    whose relative clause holds the cue (*the number who reported …*), a noun after a
    number (*the March 21 call*), *call* with a particle (*called in threats*), or
    people who *found* a thing (*Responding officers found a man lying on the ground*; a study or
    report that found something still reports), a person or thing that *showed* one
    (*Greaves showed no emotion*; *Polls show a tight race* reports), or a verb of
    publishing whose object carries a participle that reports (*posted a video
    saying C*: *saying* reports C), or a gerund after *worth* (*It's worth noting
    that C*: the writer's aside), or a self-description in a relative clause on a
    subject (*A woman who identified herself as the mother …*: :data:`SELF_DESCRIBED`)."""
    words = text[src[0] : src[1]].casefold().split()
    if len(words) >= 2 and words[-1] in ("who", "that") and words[-2] in QUANTITY_NOUNS:
        return True
    if words and words[-1] in ("who", "that") and SELF_DESCRIBED.match(text, *content):
        return True  # "A woman who identified herself as the mother of the victim admitted"
    before = text[max(0, cue.start - 12) : cue.start].split()
    if before and before[-1].isdigit() and cue.text.casefold() in DATED_NOUNS:
        return True  # "for the March 21 call to the office": a noun after a date
    if before and before[-1].casefold() == "worth":
        return True  # "It's worth noting that C": the writer's own aside, nobody's claim
    after = text[cue.end : cue.end + 6].split()
    if cue.entry == "call" and after and after[0] in ("in", "off", "up", "back"):
        return True  # "called in threats", "called off the talks": no speech reported
    if cue.text.casefold() in PUBLISHING_VERBS and _published_then_saying(text, content[0]):
        return True  # "He posted a video saying C": the participle reports, through the video
    said = text[content[0] : content[1]].casefold().split()
    if cue.entry in ("report", "post") and _figures(said):
        return True  # "most companies reported in-line results": figures, no proposition
    first = text[content[0] : content[0] + 4].casefold().split(" ", 1)[0]
    if cue.entry == "find" and said and said[0] in FOUND_THINGS:
        return True  # "first found fame on The Big Bake Off", "found herself in court"
    if cue.entry == "find" and (first in ("a", "an") or _found_in_a_state(said)):
        kind, _reason = sources_mod.classify(text[src[0] : src[1]])
        return kind is not SourceType.DOCUMENT
    if cue.entry == "show" and first in ("a", "an", "no"):
        # "Greaves showed no emotion", "Instant coffee showed a smaller effect"
        words = text[src[0] : src[1]].split()
        return not sources_mod.is_source_noun(words[-1].casefold()) and (
            sources_mod.classify(text[src[0] : src[1]])[0] is SourceType.PERSON
        )
    return False


_AFTER_FIGURES = frozenset("of in for on at from as after during over that which".split())
"""Words that go on a noun phrase after a business figure (*a record profit of $4
billion*, *results in the third quarter*), where a verb would make it a clause's
subject (*profits fell*: reported, a claim)."""


def _figures(words: list[str]) -> bool:
    """Whether the object after *report*/*post* is a business figure's noun phrase:
    a short one ending in the figure (*in-line or better than expected results*), or
    the figure within its first five words, then the end or a preposition."""
    if words and len(words) <= 8 and words[-1].strip(".,") in BUSINESS_FIGURES:
        return True
    for n, word in enumerate(words[:5]):
        if word.strip(".,") in BUSINESS_FIGURES:
            return n + 1 == len(words) or word[-1] in ".," or words[n + 1] in _AFTER_FIGURES
    return False


FOUND_THINGS = frozenset(
    """fame success love work time refuge shelter favour favor solace comfort fortune
    himself herself themselves itself myself yourself ourselves""".split()
)
"""Objects of *find* that are things found, never a finding (*found fame*, *found
herself in court*): whoever found them reports nothing."""


def _found_in_a_state(words: list[str]) -> bool:
    """*found the boy lying near the station*, *found the victim suffering from
    wounds*: a definite noun phrase then a participle is what was found, no clause
    (*found the money had been moved* reports)."""
    return (
        len(words) >= 3
        and words[0] in ("the", "his", "her", "their")
        and any(w.endswith("ing") for w in words[2:4])
    )


WITHHELD = regex.compile(
    r"(?:\bnot|n['’]t|\b(?:declin|refus|unabl)\w*\s+to)\s+(?:\p{Ll}+\s+)?\Z", regex.I
)
"""*would not say*, *declined to say*, *refused to publicly say*: the words before a cue
that withhold what it would report."""

WH_WORDS = frozenset("how whether what when why who whom which where if".split())

ANONYMITY = regex.compile(
    r"(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|give\s+(?:his|her|their)\s+"
    r"(?:full\s+|real\s+)?names?)\b|(?:his|her|their)\s+names?\s+not\s+be\b|anonymity\b",
    regex.I,
)
"""*who asked not to be named*, *did not want to give her name*, *requested
anonymity*: the anonymity formula after an unnamed source, no proposition."""


_DEMONSTRATIVE_OBJECT = regex.compile(r"\s+(?:that|this|it|those|these),\s+", regex.I)
"""*rejected that, saying …*: a pronoun and a comma between a cue and a participle, so
the cue's object is the pronoun (an earlier claim), not a clause."""


AS_MUCH = regex.compile(r"as\s+much\b", regex.I)
"""*admitted as much*: a content pointing back to what the text has just said."""

_INFERRED = regex.compile(
    r"\b(?:effectively|tacitly|implicitly|in\s+effect)\s+(?:\p{Ll}+\s+)?\Z", regex.I
)
"""*has effectively admitted*, *tacitly conceded*: the writer's reading of an act as an
admission, not a speech act the text reports."""


def no_proposition(text: str, start: int, end: int, cue: Cue | None) -> bool:
    """Whether the content ``text[start:end]`` a cue seems to report is no proposition:
    a noun after a demonstrative (*disputed that characterisation*), an answer withheld
    (*would not say how much it cost*, *declined to say whether*), or the anonymity
    formula (*who asked not to be named*; also when it follows the cue and the content
    lies further on: *who asked not to be named, claimed that C* is *claimed*'s C), or a
    participle after a pronoun object (*rejected that, saying C*: *saying* reports C),
    or *as much* after an interpretive adverb (*has effectively admitted as much*: the
    writer's inference; *said as much* stays), or
    time allowed for an answer before the cue (*has 21 days to respond*: :data:`TIME_TO`),
    or the topic of a comment (*has not commented on the strike*: :data:`TOPIC`), or
    a participle whose object is gapped (*the bill it wants passed*), or a noun
    phrase after *neither confirmed nor denied*, or where one spoke right after the verb
    (*testified before Congress*).
    (*Did not respond to requests for comment* stays: the PolNeAR annotators and the
    dev labels count it.)"""
    if cue is None:
        return False
    if not text[cue.end : start].strip() and text[start:end].split(" ", 1)[0] in _NEXT_VERB:
        return True  # "testified before Congress"; "refused to concede and accused"
    if cue.text.casefold() == "citing" and start >= cue.end and cited_source(text[start:end]):
        return True  # "NHK reported, citing people familiar with the case": a source
    if TIME_TO.search(text, max(0, cue.start - 16), cue.start) is not None:
        return True  # "The university has 21 days to respond": time given, no speech
    if gapped_participle(text, cue.entry, cue.end, start):
        return True  # "the bill it wants passed before …": want's object is the bill
    if noncommittal_noun(text, cue.entry, cue.end, start):
        return True  # "neither confirmed nor denied the report": nothing was said
    if cue.entry == "comment" and TOPIC.match(text, start, end) is not None:
        return True  # "has not commented publicly on the strike": a topic, no content
    if where_or_with_whom(cue.entry, text, start, end):
        return True  # "Two men argued outside the shop": where, not what
    if amount_only(cue.entry, text[start:end]):
        return True  # "owners proposed Tk 9,000 a month": an amount, no proposition
    if cue.entry == "write" and text[start : start + 4] == "for " and start - cue.end <= 1:
        return True  # "wrote for the majority, joined by …": for whom, no content
    first = text[start : min(end, start + 12)].split(" ", 1)[0].casefold()
    content = text[start:end]
    if text[max(0, start - 5) : start].casefold() in ("that ", "this ") and _noun_then_time(
        content
    ):
        return True  # "ESA has disputed that characterisation (on Monday)": no clause
    if first in REPORTING_PARTICIPLES and _DEMONSTRATIVE_OBJECT.fullmatch(text, cue.end, start):
        return True  # "rejected that, saying C": the pronoun is the object; saying reports C
    if (
        first == "as"
        and AS_MUCH.match(text, start, end) is not None
        and _INFERRED.search(text, max(0, cue.start - 24), cue.start) is not None
    ):
        return True  # "has effectively admitted as much by agreeing …": the writer's reading
    if first in WH_WORDS and start >= cue.end:
        before = text[max(0, cue.start - 30) : cue.start]
        if WITHHELD.search(before) is not None or WITHHELD.search(cue.text + " ") is not None:
            return True
    if ANONYMITY.match(text, start, end) is not None:
        return True
    after = len(text[cue.end : start]) - len(text[cue.end : start].lstrip())
    return start > cue.end + after and ANONYMITY.match(text, cue.end + after, start) is not None


def _noun_then_time(content: str) -> bool:
    """Whether a content is one word, or one word and a time adjunct (*characterization
    Wednesday morning*, *account on Monday*; ``lexicons/time_words.txt``): after *that*
    or *this* a noun with no clause of its own."""
    words = content.casefold().split()
    return bool(words) and all(w in lexicon.fields("time_words") for w in words[1:])


_PEOPLE = frozenset({"people", "person", "persons"})
_NEXT_VERB = frozenset({"before", "and", "or"})
"""Words that, right after a cue, open no content: where one spoke (*testified before
Congress*) or the next verb of a coordination (*refused to concede and accused*)."""
_DEFINITE = frozenset({"the", "these", "those", "his", "her", "its", "their", "our"})


def cited_source(content: str) -> bool:
    """Whether what *citing* introduces is an unnamed informant, not a reason or a
    thing (*citing unnamed officials*, *citing people familiar with the matter*; not
    *citing weak demand*, *citing the audit*): its head is an anonymous source noun,
    or *people* with a postmodifier, and no definite opens it (*citing the many
    Americans who gave up* names a fact about them)."""
    head = sources_mod.head_phrase(content).split()
    if not head or head[0].casefold() in _DEFINITE:
        return False
    word = head[-1].casefold()
    if word in _PEOPLE:
        return len(head) < len(content.split())
    kind, _reason = sources_mod.classify(content)
    return kind is SourceType.ANONYMOUS and sources_mod.is_source_noun(word)


def with_passive(text: str, raw: Raw, cue: Cue) -> bool:
    """Whether the source phrase opens an absolute clause with *with* and the cue is
    a participle after it (*…, with a further 200mm expected on the ranges*): the
    phrase is what is expected or forecast, not whoever expects it."""
    src = raw.source
    return (
        src is not None
        and text[max(0, src[0] - 5) : src[0]].casefold() == "with "
        and cue.start >= src[1]
        and cue.entry in _THEME_PARTICIPLES
        and cue.text.casefold().endswith(("ed", "forecast"))
    )


_THEME_PARTICIPLES = frozenset("expect forecast predict estimate project anticipate".split())
"""Verbs whose participle after *with X* makes X what is expected (*with 200mm
expected*); after others X holds a view (*with Democratic leaders worried that C*,
which PolNeAR counts as an attribution)."""


SELF_DESCRIBED = regex.compile(
    r"(?:him|her|them|it|my|your|our)sel(?:f|ves)[^\S\r\n]++as\b", regex.I
)
"""*identified herself as the mother of the victim*: a content that opens with a
reflexive pronoun and *as* names what its source is. In a relative clause on a
subject (*A woman who identified herself as …*) it only says who the subject is,
and the main clause's verb reports (PolNeAR counts *cast himself as* in a main
clause)."""


FINDING_ONLY = frozenset({"tie", "link"})
"""Cues that attribute only as a written finding: *the assessment tied climate change
to flooding* reports what the assessment found; people *tying* or *linking* one
thing to another are mostly acting (*tied provisions to large bills*, *linking arms*,
*ads tying them to Trump*: PolNeAR train annotates 3 of 16 such verbs)."""


def finding(text: str, raw: Raw, cue: Cue) -> bool:
    """Whether ``raw``, whose cue is in :data:`FINDING_ONLY`, reports a finding: its
    source is a document (*a study*, *reports like the assessment, which*) and its
    content links one thing *to* another (not *a press release linked to the AP
    report*: a hyperlink)."""
    if raw.source is None:
        return False
    if sources_mod.classify(text[raw.source[0] : raw.source[1]])[0] is not SourceType.DOCUMENT:
        return False
    said = text[raw.start : raw.end]
    return " to " in said and not said.startswith("to ")  # "linked to the report": a link
