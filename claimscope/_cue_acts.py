"""Reporting forms used for an act or a thing, not to report: a phone call (*called
911*), a name taken (*calling itself GAR*), a plea in court (*pleaded not guilty*), an
estimate spoken of (*the mass estimate depends on*), a speaker's past surprise (*we did
not expect to find it*), a product recall (*recalled 212,000 heaters*), a crowd's noise
(*chanting slogans*), a thing added (*added 30,000 jobs*, *added the firm to its leak
site*), a thing not verified (*could not verify them*), a thing put somewhere (*put it
down to luck*), a stance held (*groups opposed to the plan*), a thing taken (*claimed
responsibility*, *claimed the lives of*), a charge laid (*charged him with burglary*), a
motion filed (*a motion to dismiss*). (*did not respond to a request for comment* stays a
report: PolNeAR and the composed gold give it the silent source.)

:func:`claimscope.cue_senses.sense` asks :func:`no_report` with the words around the
form; kept apart so that module stays short.
"""

from __future__ import annotations

import regex

__all__ = ["ACT_ENTRIES", "no_report"]

ACT_ENTRIES = frozenset(
    (
        "add",
        "call",
        "chant",
        "charge",
        "claim",
        "continue",
        "dismiss",
        "estimate",
        "expect",
        "oppose",
        "plead",
        "put it",
        "recall",
        "reveal",
        "verify",
    )
)
"""The reporting entries :func:`no_report` may read as acts."""


def no_report(after: list[str], before: list[str], key: str, entry: str, left: str = "") -> bool:
    """Whether the reporting form ``key`` (of ``entry``) is used for an act or a thing,
    given up to six lower-case words ``after`` it and three ``before`` it (nearest
    last), and ``left``, the text just before it."""
    if entry == "call" and _phoned(after):
        return True  # called 911, called the police: a phone call, no speech reported
    if entry == "call" and after[:1] in _REFLEXIVES:
        return True  # a coalition calling itself GAR: a name taken, no speech
    if entry == "call" and _convened(after):
        return True  # activists have called a march for Saturday: an event, no speech
    if entry == "recall" and after and (after[0][:1].isdigit() or after[0] in _RECALLED):
        return True  # recalled 212,000 heaters, recalled its ambassador: taken back
    if entry == "chant" and after[:1] in _CHANTED:
        return True  # marched, chanting slogans: what was chanted is not quoted
    if entry == "claim" and _claimed_thing(after):
        return True  # claimed responsibility, claimed the lives of: taken, not asserted
    if entry == "charge" and _charge_laid(after):
        return True  # charged him with burglary: a charge laid, no proposition
    if entry == "plead" and after[:1] in _PLEAS:
        return True  # pleaded not guilty to theft: a plea in court, no proposition
    if key == "estimate" and after[:1] in _AFTER_ESTIMATE_NOUN:
        return True  # the mass estimate depends on …, the cost estimate of $4m: a noun
    if key == "estimates" and after[:1] in _AFTER_ESTIMATES_NOUN and _noun_opened(before):
        return True  # estimates have narrowed, official estimates vary: a noun
    if entry == "add" and _added_thing(after):
        return True  # added 30,000 jobs, added the firm to its leak site: no speech
    if entry == "put it" and _no_phrasing(after, left):
        return True  # put it down to luck, put it on the table: no words quoted
    if entry == "continue" and _went_on_doing(after):
        return True  # has continued to attend, continued the work: no speech goes on
    if entry == "reveal" and "can" in before[-2:]:
        return True  # the Sunday Courier can (exclusively) reveal: the paper's own voice
    if entry == "dismiss" and before[-1:] == ["to"] and before[-2:-1] in _MOTIONS:
        return True  # a motion to dismiss the case: a court filing, no rejection spoken
    if entry == "oppose" and key == "opposed" and after[:1] == ["to"]:
        return True  # groups opposed to climate policy: a stance held, no verb of speech
    if entry == "verify" and after[:1] != ["that"]:
        return True  # could not verify them, verified the footage: a check, no speaker
    # "we did not expect to find it": a past surprise, no doubt now; "the summons had
    # been expected, but": an expectation met, with nothing left to come
    return entry == "expect" and (
        _surprise(before) or (before[-2:] == ["had", "been"] and after[:1] not in _AHEAD)
    )


def _went_on_doing(after: list[str]) -> bool:
    """Whether the words after *continued* tell what someone went on doing (*has
    continued to attend family occasions*, *continued the tour*), not words spoken
    (*"…," he continued*, *He continued: "…"*). A verb after *to* whose object opens
    with *for*, *against* or *that* still reports a stance (*continued to push for
    reform*, *continued to call for answers*)."""
    if not after or not after[0][:1].isalpha() or after[0] == "that":
        return False
    return after[0] != "to" or after[2:3] not in (["for"], ["against"], ["that"])


def _added_thing(after: list[str]) -> bool:
    """Whether the words after *add* name a thing added, not words spoken: a quantity
    (*added 30,000 jobs*, *added 2.1 per cent*) or an object then *to* (*added the firm
    to its leak site*, *added to the pressure*), with no *that* clause among them."""
    if not after or "that" in after:
        return False
    if after[0][:1].isdigit():
        return True
    if "to" not in after[:4]:
        return False
    # "added it was hard to say": a clause whose verb comes before "to"
    return _FINITE.isdisjoint(after[: after.index("to")])


_FINITE = frozenset(
    """is was are were be been has had have will would could can may might must should
    did does do 's""".split()
)
"""Verbs and auxiliaries that, before *to*, show a clause after *add* (*added it was
hard to say*), not an object (*added the firm to its site*)."""


_MOTIONS = tuple([w] for w in "application applications bid motion motions petition".split())
"""Court filings that ask *to dismiss* a case (*Quillmark's motion to dismiss*)."""


_REFLEXIVES = tuple([w] for w in "itself themselves himself herself".split())
"""*calling itself*, *who call themselves*: the name a group or person goes by."""


_RECALLED = frozenset(
    """its about almost around hundreds more millions nearly over some thousands""".split()
)
"""Words opening what a company or state *recalled* when it takes things back (*recalled
its ambassador*, *recalled nearly 4,000 cars*); a memory (*recalled that*, *recalled
how*, *she recalled.*) opens with none of them."""


_CHANTED = tuple([w] for w in "slogans songs anthems hymns prayers chants".split())
"""What protesters chant when the text gives no words (*chanting slogans*): *chant*
then reports nothing; *chanted “C”* and *chanted that C* still do."""


_CONVENED = frozenset(
    """boycott ceasefire election elections halt meeting meetings march marches protest
    protests rally rallies recess referendum session strike strikes timeout truce vigil
    vote walkout""".split()
)
"""What people *call* when they convene or order it (*called a march*, *called a snap
election*, *called a halt to the talks*): an event, no words reported."""

_AFTER_CONVENED = frozenset(
    """after against at before for from in next on outside over this to today tomorrow
    until""".split()
)
"""Words after the event called that end its noun phrase (*called a march for
Saturday*); any other word may open a second noun phrase (*called the vote a sham*,
*called the protest organisers thugs*: a judgment reported)."""


def _convened(after: list[str]) -> bool:
    """Whether the words after *call* are an event called (:data:`_CONVENED`), after an
    article and at most one modifier, ending there (:data:`_AFTER_CONVENED`)."""
    if after[:1] not in (["a"], ["an"], ["the"]):
        return False
    for k in (1, 2):
        if after[k : k + 1] and after[k] in _CONVENED:
            nxt = after[k + 1] if len(after) > k + 1 else ""
            return not nxt[:1].isalnum() or nxt in _AFTER_CONVENED
    return False


_PHONED = frozenset("police ambulance paramedics firefighters 911 999 000 111 112".split())
"""Whom or what a phone call goes to (*called 911*, *called the police*): *call* then
reports no speech."""


_AFTER_PHONED = frozenset("to after and when but at on in about for from or as".split())
"""Words after the service called that end its noun phrase (*called police after the
attack*), where a noun would go on (*called the police shootings a crisis* names)."""


def _phoned(nxt: list[str]) -> bool:
    """Whether the words after *call* name a phone call's number or service."""
    words = nxt[1:] if nxt[:1] == ["the"] else nxt
    if not words or words[0].casefold() not in _PHONED:
        return False
    if words[0].isdigit():
        return True  # "Call 911 if you see him"
    after = words[1] if len(words) > 1 else ""
    return not after[:1].isalnum() or after.casefold() in _AFTER_PHONED


_UNEXPECTED = (
    ["i", "did", "not"],
    ["we", "did", "not"],
    ["i", "didn't"],
    ["we", "didn't"],
    ["i", "never"],
    ["we", "never"],
)
"""The last words before *expect(ed)* that tell of the speaker's own past surprise (*We
did not expect to find this*, *I never expected*): what came is no longer in doubt.
(*Officials did not expect the bridge to reopen before May* still hedges, a third
party's expectation of what is still to come; PolNeAR counts *No one expected C* as an
attribution.)"""


_AHEAD = (["to"], ["that"])
"""Words after *had been expected* that still tell of something to come (*had been
expected to reopen in May*)."""


def _surprise(before: list[str]) -> bool:
    """Whether the words before *expect* (nearest last) make it a past surprise."""
    return any(before[-len(tail) :] == tail for tail in _UNEXPECTED)


_AFTER_ESTIMATE_NOUN = tuple(
    [w]
    for w in """is was has had of for depends relies rests suggests shows puts assumes
    will would could may might remains""".split()
)
"""Words after *estimate* that make it a noun, the subject of a verb or the head of an
*of* phrase (*the mass estimate depends on assumptions*): a figure spoken of, not
anyone estimating (*we estimate that*, *analysts estimate losses of*)."""


_AFTER_ESTIMATES_NOUN = tuple(
    [w]
    for w in """are were have had of for vary varied differ range ranged suggest show
    put remain""".split()
)
"""Words after *estimates* that make it a plural noun (*Estimates have narrowed*, *estimates
of the toll vary*), not a speaker estimating (*the bank estimates that*)."""

_NOUN_OPENERS = frozenset(
    """the these those their its his her our such some most many all official earlier
    early initial latest new previous current independent government""".split()
)


def _noun_opened(before: list[str]) -> bool:
    """Whether the words ``before`` *estimates* (nearest last) open a noun phrase on
    it: none, a determiner or common adjective, or a possessive (*analysts'*); not a
    speaker (*which the Tax Foundation estimates are worth*)."""
    if not before:
        return True
    last = before[-1]
    return last in _NOUN_OPENERS or last.endswith(("'", "’", "'s", "’s"))


_CLAIMED = frozenset("credit lives responsibility".split())
"""What a group or a disaster *claims* as its own (*claimed responsibility for the
attack*, *claimed credit*, *claimed 40 lives*): an act, no proposition the text doubts."""

_CLAIMED_AFTER_DETERMINER = frozenset("crown life lives medal prize seat title trophy".split())
"""What is *claimed* after a determiner (*claimed the lives of*, *claimed the title*,
*claimed a seat*): something won or taken."""


def _claimed_thing(after: list[str]) -> bool:
    """Whether the words after *claim* name a thing taken (*responsibility*, *the
    lives of*) rather than a claim made (*claimed that*, *claimed the vote was
    rigged*)."""
    if after[:1] and after[0] in _CLAIMED:
        return True
    return (
        len(after) >= 2
        and after[0] in ("a", "an", "the", "its", "his", "her", "their")
        and after[1] in _CLAIMED_AFTER_DETERMINER
        and after[2:3] != ["was"]
        and after[2:3] != ["were"]
    )


def _charge_laid(after: list[str]) -> bool:
    """Whether *charged* lays a charge on someone (*charged him with burglary*,
    *charged the man with two counts of theft*): an object, then *with* and an offence
    that is no gerund (*charged the agency with hiding the figures* accuses)."""
    if "with" not in after[1:4] or after[:1] == ["that"]:
        return False
    k = after.index("with", 1)
    return k + 1 < len(after) and not after[k + 1].endswith("ing")


_PLEAS = (["guilty"], ["not"], ["innocent"], ["no"])
"""The word after *pleaded* in a plea (*pleaded not guilty*, *pleaded no contest*): an
act in court, not something said to be true (*pleaded that she had been misled*)."""


_PHRASING_NEXT = frozenset(": this that another simply differently like".split())
"""Words after *put it* that show a way of saying (*put it bluntly*, *put it this
way:*, *put it like this*)."""


_AS_SPEAKER = regex.compile(r"(?i)\bas(?:\s++[\w'’-]++\.?){1,5}\s*+\Z")
"""*as* and up to five words (periods of abbreviations allowed: *as Ms. Simonyan*)
ending right before *put it*: linear, anchored at the end."""


def _no_phrasing(after: list[str], left: str) -> bool:
    """Whether *put(s) it* is no way of saying: not *as X put it* (``left``, the text
    before it, ends in :data:`_AS_SPEAKER`), nor followed by an adverb in *-ly* or
    :data:`_PHRASING_NEXT`, nor *put it to* someone *that C* (counsel's question)."""
    if _AS_SPEAKER.search(left) is not None:
        return False
    nxt = after[0] if after else ""
    if nxt == "to" and "that" in after[1:5]:
        return False  # "counsel put it to him that C": a proposition put to a witness
    return not (nxt in _PHRASING_NEXT or (len(nxt) > 3 and nxt.endswith("ly")))
