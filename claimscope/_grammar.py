"""Closed-class English words the attribution stage reasons with.

Determiners, auxiliaries, pronouns, prepositions, conjunctions: the grammar of any
English text, not vocabulary of the news domain. They do not grow with new data, so
they live here as code; every domain word list (roles, outlets, reporting verbs, time
words, …) is a lexicon file in ``claimscope/lexicons/`` instead. All entries are
lower case.
"""

from __future__ import annotations

__all__ = [
    "APPOSITIVE_OPENERS",
    "AUXILIARIES",
    "BE_FORMS",
    "CLAUSE_CONNECTORS",
    "CLAUSE_WORDS",
    "DETERMINERS",
    "EPISTEMIC_MODALS",
    "GROUP_QUANTIFIERS",
    "HEAD_END_WORDS",
    "INDEFINITES",
    "IRREGULAR_PARTICIPLES",
    "IRREGULAR_PASTS",
    "LINKS_TO_EARLIER_SUBJECT",
    "NAME_SUFFIXES",
    "NEEDS_MODIFIER",
    "NOMINATIVE",
    "NOT_BEFORE_NOMINATIVE",
    "NOT_NP_START",
    "NP_OPENERS",
    "NP_PREPOSITIONS",
    "OBJECT_DETERMINERS",
    "OBJECT_PRONOUNS",
    "OPENING_CONJUNCTIONS",
    "PASSIVE_ADVERBS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUANTIFIERS",
    "RELATIVE_PRONOUNS",
    "SINGULAR_DETERMINERS",
    "SUBJECT_PRONOUNS",
    "THIRD_PERSON_PRONOUNS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words(
    "the a an this these those his her its their our my your whose "
    "some any each every another no such"
)
"""The determiners: articles, demonstratives, possessives and the determiners of
quantity that cannot stand alone as a subject. After one, a cue word is a noun (*the
claims*, *his say*); before a head noun they open a noun phrase (*the spokesman*).
*that* is left out: after it a cue word is still a verb (*a report that said*)."""

CARDINALS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
"""Number words from two to ninety: before a noun they count a plural (*two suspects*,
*Eighteen brands*); the readers add the larger counts they need (*hundred*, *dozens*).
"""

QUANTIFIERS = _words(
    "several many few both all most more other one two three four five six seven eight "
    "nine ten dozens dozen hundreds thousands"
)
"""Numbers and quantifiers that open a noun phrase (*two officers*, *many aides*) but
also stand alone as its subject (*many said*), so they are not :data:`DETERMINERS`."""

NP_OPENERS = (DETERMINERS | QUANTIFIERS | {"that"}) - {"no"}
"""Words that may open a noun phrase before its head: a source phrase made of these
alone (*that*, *the two*) names nobody. *no* is left out: *No one said* has a
source."""

SINGULAR_DETERMINERS = _words("a an another each every")
"""Determiners of a singular noun only (*an hourlong show*, *each report*), never of a
plural: before a plural possessor (*a farmers' union*) they belong to the noun it
owns."""

OBJECT_DETERMINERS = _words("every each any your")
"""Determiners of a verb's object, never of an inverted speaker: in *Get two or three
quotes, ask every installer how they sized it* the verb is an imperative in a list,
and *every installer* is asked, not speaking (*"C," said a spokesman* does speak)."""

INDEFINITES = _words(
    "a an one some several many few two three four five six seven eight nine ten "
    "dozens dozen hundreds thousands other another most any each more either neither"
)
"""Determiners that leave an individual unidentified (*a spokesman*, *two officers*,
*neither member*)."""

POSSESSIVES = _words("his her their its our my")

SUBJECT_PRONOUNS = _words("he she they i we")
"""Personal pronouns that open a new clause as its subject (*…, and she said*)."""

RELATIVE_PRONOUNS = _words("who which")
"""Relative pronouns that stand for the name before them (*Barkley, who said …*)."""

OBJECT_PRONOUNS = _words("me him her us them you")

NOMINATIVE = SUBJECT_PRONOUNS | {"it"}
"""Pronouns that are a whole subject: no word before them belongs to the source (*the
target it pledged to reach*)."""

NOT_BEFORE_NOMINATIVE = OBJECT_PRONOUNS | {"and", "or", "whom"}
"""Words before a subject pronoun that leave the source to the older rules (*Jane and
I*, *told him she worries*, *whom he called*: the clause nests in another)."""

GROUP_QUANTIFIERS = _words("all few many most several some")
"""Quantifiers that stand alone for an unnamed group (*Many believe C*, *all agreed
that C*); *both*, *each* and *neither* pick out people named before."""

PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("person", "m"),
    "him": ("person", "m"),
    "she": ("person", "f"),
    "her": ("person", "f"),
    "they": ("group", ""),
    "them": ("group", ""),
    "it": ("thing", ""),
    "i": ("self", ""),
    "we": ("self", ""),
    "you": ("self", ""),
}
"""Pronouns a source can be, with what they can refer to and their gender."""

AUXILIARIES = _words(
    "has have had am is was were are be been being will would shall should can could did does do"
)
"""Inside the words before a cue, an auxiliary belongs to another verb: the subject
cannot run past it (*Rubio has broken many promises*)."""

EPISTEMIC_MODALS = _words("may might must")
"""Modals that, with :data:`AUXILIARIES`, may stand between a source and its cue
(*she may say*)."""

BE_FORMS = _words("am is are was were be been being 's")

PASSIVE_ADVERBS = _words("also already generally now still widely")
"""Adverbs between *be* and a passive attitude or reporting participle (*is also
expected to*, *are widely believed to*, *is also said to*)."""

INTERRUPTING_ADVERBS = _words("however meanwhile moreover nevertheless nonetheless though")
"""Sentence adverbs set off by commas between *be* and a passive participle (*is,
however, said to*): an aside that leaves the passive whole."""

IRREGULAR_PARTICIPLES = _words("told shown seen said written known heard taken")

FINITE_PASTS = _words(
    "met told gave took made sent won lost led beat brought saw found kept cut sold paid "
    "bought spent built drew read wrote spoke heard ran went came began got"
)
"""Common irregular past tenses of transitive verbs: one in the words before a comma
makes them a clause (*The minister met reporters, saying C*), not an introductory
phrase (*The day before, …*)."""

IRREGULAR_PASTS = _words("stuck caught held hurt hit")
"""Irregular participles that, after a noun, open a modifier of it (*a passenger stuck
at the terminal*, *a motorist caught in the queue*): the noun is the head, not a
modifier of a compound."""

CLAUSE_WORDS = _words(
    "that which but because while when whereas although though if so since after "
    "before until where whether as than unless once where why how what"
)
"""Lower-case words that start a new clause: a source phrase never runs past them."""

CLAUSE_CONNECTORS = _words("while but whereas although though yet")
"""After a comma, these start a clause that is not part of a reported content."""

OPENING_CONJUNCTIONS = _words("and but yet so")
"""A conjunction opening a sentence (*But Jane Doe, an adviser, said C*): the name
after it still opens the clause."""

LINKS_TO_EARLIER_SUBJECT = _words("and or but to by")
"""A cue right after one of these shares the subject of an earlier verb: *… and
said*, *has begun to rebut*, *ended his speech by saying*."""

NP_PREPOSITIONS = _words("in on with to by about of for at from")
"""A participle followed by one of these can sit in a source phrase
(*people involved in the talks*, *officials familiar with the plan*)."""

HEAD_END_WORDS = _words("of for at from in with who whom which that on to by under inside within")
"""Prepositions and relative pronouns before which a noun phrase's head ends (*a
spokesman for the mayor*); the domain words that do the same are in
``lexicons/source_postmodifiers.txt``."""

NOT_NP_START = _words(
    "if and but or so thus then when while as after before since although though yet "
    "because having on at for with by from now still also in into naturally however "
    "meanwhile indeed instead otherwise moreover later earlier"
)
"""Words that open a clause or an adverbial, not a source phrase (any case)."""

APPOSITIVE_OPENERS = _words(
    "a an the who whose which one two three four five his her its their now also "
    "herself himself both each then formerly once along like including where"
)
"""Words that open an appositive or relative clause after a source's name."""

APPOSITIVE_PARTICIPLES = _words(
    "published released based led run funded written conducted commissioned carried "
    "speaking writing"
)
"""Participles that open an appositive after a source (*the study, published in the
journal Neurology, found*; *the agency, based in Geneva, said*)."""

NAME_SUFFIXES = _words("jr sr ii iii iv")
"""Generational suffixes after a surname (*Jane Doe Jr.*, *John Smith IV*): the surname
is the word before."""

NEEDS_MODIFIER = _words("ones")
"""Heads that cannot stand alone, so the word before them is their modifier (*loved
ones*, *Young ones*): never a verb ending a subject, nor a name."""

PREPOSITIONS = _words(
    "of for at from in into with without by on to about under over after before during "
    "since until than via against among between through across behind like near per "
    "despite toward towards upon within amid"
)
"""Prepositions: a name or description never starts or ends with one (the entity
model's mention edges; :data:`NP_PREPOSITIONS` is the short list a source phrase
runs over)."""

PLACE_ADVERBS = _words("abroad overseas nearby locally here there outside inside upstairs")
"""Adverbs of place that, like a preposition, can follow a participle modifying a
noun (*Americans living abroad*)."""

THIRD_PERSON_PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"),
    "him": ("m", "sg"),
    "his": ("m", "sg"),
    "himself": ("m", "sg"),
    "she": ("f", "sg"),
    "her": ("f", "sg"),
    "hers": ("f", "sg"),
    "herself": ("f", "sg"),
    "they": ("", "pl"),
    "them": ("", "pl"),
    "their": ("", "pl"),
    "it": ("n", "sg"),
    "its": ("n", "sg"),
}
"""Third-person pronouns: gender (``m``, ``f``, ``n`` for things, ``""`` any) and number."""
