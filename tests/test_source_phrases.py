"""The words chosen as a claim's source (:mod:`claimscope.attribution.who`), on
composed news sentences: each case is a bug once seen in real articles."""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            "Two fishermen drowned off the coast on Friday. Their loved ones say the "
            "boat had no life jackets on board.",
            "the boat had no life jackets",
            "Their loved ones",
        ),
        (
            "The retired general said the border posts were undermanned.",
            "the border posts",
            "The retired general",
        ),
        (
            "The inspectors' report said the bridge was unsafe for heavy lorries.",
            "the bridge was unsafe",
            "The inspectors' report",
        ),
        (
            "The dockers’ union said the new cranes were never tested.",
            "the new cranes",
            "The dockers’ union",
        ),
    ],
)
def test_the_subject_keeps_its_modifiers(text: str, anchor: str, source: str) -> None:
    """An *-ed* word after a determiner (*their loved ones*) modifies the noun, and a
    plural possessor's apostrophe (*the inspectors' report*) stays inside the
    subject: neither ends the source phrase."""
    assert only_claim(text, anchor).source.text == source


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            '"The water is safe to drink," says chief engineer Mary Collins.',
            "The water is safe",
            "Mary Collins",
        ),
        ("The dam will hold through the winter, say engineers.", "The dam", "engineers"),
        (
            "Rents will keep rising next year, say local economists.",
            "Rents will keep",
            "local economists",
        ),
    ],
)
def test_an_inverted_cue_takes_a_common_noun_speaker(text: str, anchor: str, source: str) -> None:
    """After an inverted cue a lower-case speaker (*say engineers*, *says chief
    engineer Mary Collins*) is a source, not a reason to drop the claim."""
    assert only_claim(text, anchor).source.text == source


def test_told_after_a_long_appositive_keeps_the_speaker() -> None:
    """*X, a long appositive with its own relative clause, told Y: "C"* names X;
    the hearer after *told* is never the speaker."""
    text = (
        "Tom Reed, a hydrologist at the Department of Earth Sciences at the University "
        "of Leeds in the north of England who did not take part in the survey, told the "
        'Evening Courier: "The flooding will get worse every winter."'
    )
    claim = only_claim(text, "The flooding will get worse")
    assert claim.source.text == "Tom Reed"


def test_a_participle_takes_the_subject_of_its_own_clause() -> None:
    """In *A did X, but B did Y, citing C* the participle belongs to B's clause;
    *…, but said C* with no new subject still shares the first one."""
    text = (
        "In May, the city awarded contracts to three builders, but Acme Homes canceled "
        "its contract a month later, citing a shortage of bricklayers."
    )
    assert only_claim(text, "a shortage of bricklayers").source.text == "Acme Homes"
    text = "The mayor declined to give a date, but said the pool would reopen in spring."
    assert only_claim(text, "the pool would reopen").source.text == "The mayor"


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            "The talks ended late. The New York businessman said the tower would rise.",
            "the tower would rise",
            "The New York businessman",
        ),
        (
            "Two Democratic speechwriters said the draft was far too long.",
            "the draft was far too long",
            "Two Democratic speechwriters",
        ),
        ("Twelve percent said they would stay home.", "they would stay home", "Twelve percent"),
        (
            "A Gazette article said the mill would close by spring.",
            "the mill would close",
            "A Gazette article",
        ),
    ],
)
def test_a_name_inside_a_noun_phrase_does_not_replace_it(
    text: str, anchor: str, source: str
) -> None:
    """A capitalised word inside a source phrase (*The New York businessman*, *a
    Gazette article*) is no reason to cut the phrase down to it: a word for a person
    (*businessman*), a count (*Twelve percent*) or a noun right after the name keeps
    the whole phrase."""
    assert only_claim(text, anchor).source.text == source


def test_a_verb_after_a_name_still_ends_the_subject() -> None:
    """*Rev. Ann Lowe began taking questions, saying C*: the name is the speaker, not
    a phrase running on into the verbs after it."""
    text = "The Rev. Ann Lowe began taking questions, saying the church would stay open."
    assert only_claim(text, "the church would stay open").source.text == "Rev. Ann Lowe"


def test_may_after_a_name_is_part_of_the_name() -> None:
    """*Prime Minister Theresa May said*: a capitalised *May* inside a name is no
    modal to step over before the cue."""
    from claimscope.attribution import who
    from claimscope.attribution.context import tokenize

    text = "Prime Minister Theresa May said the deal was done."
    tokens = tokenize(text, 0, len(text))
    found = who.left_source(tokens, [t[2] for t in tokens].index("said"))
    assert found is not None
    assert text[tokens[found[0]][0] : tokens[found[1] - 1][1]] == "Prime Minister Theresa May"


@pytest.mark.parametrize("intro", ["According to the harbour board:", "The harbour board said:"])
def test_a_list_after_a_colon_gives_one_claim_per_item(intro: str) -> None:
    """*According to X:* opens a list as *X said:* does (SPEC, *Edge cases*): one
    claim per dashed item, each with X as its source and without its bullet."""
    text = f"{intro}\n- the pier is unsafe;\n- the ferry will stop in May."
    doc = claimscope.annotate(text)
    got = [(c.text, c.source.text) for c in doc.claims if c.source.text]
    assert got == [
        ("the pier is unsafe", got[0][1]),
        ("the ferry will stop in May", got[0][1]),
    ]
    assert got[0][1] is not None and got[0][1].casefold() == "the harbour board"


@pytest.mark.parametrize(
    "text,source",
    [
        (
            "A spokesman for the governor declined to comment on Monday. The spokesman "
            "said later that tolls would rise.",
            "A spokesman for the governor",
        ),
        (
            "A lawyer for Jane Doe filed the papers. The lawyer said the case was weak.",
            "A lawyer for Jane Doe",
        ),
    ],
)
def test_an_unnamed_role_is_named_with_its_postmodifier(text: str, source: str) -> None:
    """An unnamed role keeps what follows its head as its name (*a spokesman for
    the governor*), even when the claim's own mention is the bare *the spokesman*."""
    claim = next(c for c in claimscope.annotate(text).claims if c.source.text)
    assert claim.source.text == source
    assert claim.source.mention is not None and claim.source.mention.text.startswith("The")


def test_postmodifier_stops_before_the_verb_and_long_phrases() -> None:
    """The post-modifier ends before a verb; it is dropped when it runs on past six
    words or its last noun owns another (*of state's approach*)."""
    from claimscope.entities.postmod import postmodified_end

    text = "Officials at the regional port authority confirmed the closure."
    end = postmodified_end(text, len("Officials"))
    assert end is not None and text[:end] == "Officials at the regional port authority"
    text = "Voters in six states going to the polls said so."
    end = postmodified_end(text, len("Voters"))
    assert end is not None and text[:end] == "Voters in six states"
    long = "Staff at the Springfield Harbour Coastal Waters Management Trust said so."
    assert postmodified_end(long, len("Staff")) is None
    owner = "The adviser of the mayor's office said so."
    assert postmodified_end(owner, len("The adviser")) is None


@pytest.mark.parametrize(
    "text,anchor",
    [
        (
            "Jane Roe spoke at the plant gates on Monday. The former senator said the "
            "plant would stay open.",
            "the plant would stay open",
        ),
        (
            "Tom Reyes says he has big plans for the harbour.\n\nThe Republican noted "
            "Friday that the budget was tight.",
            "the budget was tight",
        ),
    ],
)
def test_a_descriptive_subject_means_the_person_just_named(text: str, anchor: str) -> None:
    """A definite description with a modifier (*The former senator*) or a party
    member's word (*The Republican*) opening the sentence after a named subject is
    the reporter's variation for that person: the source is the name."""
    claim = only_claim(text, anchor)
    assert claim.source.text in ("Jane Roe", "Tom Reyes")
    assert claim.source.mention is not None


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            "Jane Roe spoke at the plant gates on Monday. The mayor said the plant would "
            "stay open.",
            "the plant would stay open",
            "The mayor",
        ),
        (
            "Jane Roe spoke at the plant gates on Monday. The FBI said the plant was "
            "never a target.",
            "the plant was never a target",
            "The FBI",
        ),
        (
            "Jane Roe spoke at the plant gates on Monday. The Republican presidential "
            "nominee's aides said the plant would close.",
            "the plant would close",
            "The Republican presidential nominee's aides",
        ),
    ],
)
def test_other_subjects_are_not_variations(text: str, anchor: str, source: str) -> None:
    """A bare role (*The mayor*) may be someone new, *The FBI* is a body, and an
    owner inside a subject (*the nominee's aides*) is not the speaker: none of them
    is taken for the person named before."""
    assert only_claim(text, anchor).source.text == source


def test_a_party_word_subject_after_a_chain_of_pronouns() -> None:
    """*Tom Reyes … He says … The Republican is also urging …*: a run of *he*
    subjects carries the person on, so the party member's word still means him."""
    text = (
        "Tom Reyes is raising questions about the vote count.\n\nHe says the machines "
        "failed twice.\n\nHe says, \u201cWe were cheated.\u201d\n\nThe Republican is also "
        "urging his supporters to ask why.\n\nHe says: \u201cI wonder why it was bad.\u201d"
    )
    claim = only_claim(text, "I wonder why")
    assert claim.source.text == "Tom Reyes"


def test_an_acronym_name_is_a_body_not_a_he() -> None:
    """A name opening with an acronym (*KTV Europe*) is a body: a later *he* means the
    person named, not the channel."""
    text = (
        "Tom Reyes gave an interview to KTV Europe this month. Critics seized on the "
        "KTV Europe appearance, in which he said the vote was rigged."
    )
    assert only_claim(text, "the vote was rigged").source.text == "Tom Reyes"


def test_an_owned_description_is_not_an_earlier_one() -> None:
    """*Clinton's campaign* is not *the presidential campaign* mentioned before: a
    description with its owner links back only to the same words."""
    text = (
        "It is late in the presidential campaign. Clinton\u2019s campaign says the rally "
        "will go ahead."
    )
    assert only_claim(text, "the rally will go ahead").source.text == "Clinton\u2019s campaign"


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested in April for the March 21 call to the mayor's office.",
        "He allegedly called in threats to the mayor's office.",
        "The minister will call in to the evening phone-in show.",
    ],
)
def test_a_call_that_reports_nothing_is_no_attribution(text: str) -> None:
    """*the March 21 call* is a noun and *called in threats* a phrasal verb: neither
    reports speech, so the sentence is the author's."""
    doc = claimscope.annotate(text)
    assert [c.rule.value for c in doc.claims] == ["author"]


def test_call_for_and_a_year_before_the_cue_still_report() -> None:
    """*called for an inquiry* reports a demand, and a year before *said* (*In 2019
    the mayor said*) is no noun use."""
    doc = claimscope.annotate("She called for an inquiry into the fire.")
    assert doc.claims[0].source.text == "She"
    doc = claimscope.annotate("In 2019 the mayor said the bridge was safe.")
    assert doc.claims[0].text == "the bridge was safe"


def test_reported_figures_are_the_writers_statement() -> None:
    """*Most of the firms reported better-than-expected results*: a company
    publishing figures is no claim attributed to it; *reported that C* still is."""
    doc = claimscope.annotate("Most of the firms reported better-than-expected results.")
    assert [c.rule.value for c in doc.claims] == ["author"]
    doc = claimscope.annotate("The firm reported that sales fell in May.")
    assert doc.claims[0].source.text == "The firm"


def test_an_according_to_aside_between_dashes_keeps_the_whole_content() -> None:
    """*C1 — according to X — C2*: the attribution is an aside inside its content,
    which runs on past it (the quoted words after the aside are part of the claim)."""
    text = (
        "There would be a code including \u2014 according to the draft of the harbour "
        "bill \u2014 \u201cprovision to protect the confidentiality of sources\u201d."
    )
    claim = only_claim(text, "provision to protect")
    assert claim.text.startswith("There would be a code")
    assert claim.source.text == "the draft of the harbour bill"


def test_a_new_person_described_is_no_variation() -> None:
    """*Jane Roe … The staff member who took the call said C*: a description with a
    plain modifier and a relative clause brings in someone new."""
    text = (
        "Jane Roe is one of two women elected from the district. The staff member who "
        "took the call recalled that the caller was calm."
    )
    claim = only_claim(text, "the caller was calm")
    assert claim.source.text is not None and "staff member" in claim.source.text
