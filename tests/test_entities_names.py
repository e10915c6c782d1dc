"""Issue 15: names and role nouns behind pronoun and role-noun sources.

Each test composes its own news sentences; a pronoun or role noun must reach the
entity's best name, not a name garbled by the words around it.
"""

from __future__ import annotations

import claimscope


def _entity_of(doc: claimscope.Document, mention: str) -> claimscope.Entity:
    for e in doc.entities:
        if any(m.text == mention for m in e.mentions):
            return e
    raise AssertionError(f"no entity with the mention {mention!r}")


def test_a_name_modifying_a_noun_after_the_is_no_name_with_the() -> None:
    """*the Warren campaign* is a campaign: *Warren* modifies it, and the person's
    entity is never named *the Warren*."""
    doc = claimscope.annotate(
        "That is what the Warren campaign now hopes. Elizabeth Warren said on Monday "
        "that the plan would pass. She said it was overdue."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "the Warren" not in names
    assert _entity_of(doc, "She").name.text == "Elizabeth Warren"


def test_the_before_a_name_that_heads_its_phrase_stays() -> None:
    """*The White House said* keeps its article: nothing follows the name that it
    could modify."""
    doc = claimscope.annotate("The White House said it would act on Friday.")
    assert _entity_of(doc, "The White House").name.text == "The White House"


def test_a_camp_is_a_source_noun_a_name_before_it_modifies() -> None:
    """*The Warren camp* names a camp: the entity of *she* is named by the full
    name, not *The Warren*."""
    doc = claimscope.annotate(
        "Elizabeth Warren spoke in Boston on Monday. A spokesman added, “The Warren camp "
        "has done the work.” She said the plan was ready."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "The Warren" not in names
    assert _entity_of(doc, "She").name.text == "Elizabeth Warren"


def _together(doc: claimscope.Document, a: str, b: str) -> bool:
    return any({a, b} <= {m.text for m in e.mentions} for e in doc.entities)


def test_a_body_noun_before_a_clause_gives_the_name_no_role() -> None:
    """*a network Russia has financed* is a relative clause, not the network named
    Russia; nor is Putin *the network* in *the network President Vladimir Putin
    formed*: later mentions of the network never reach Russia or Putin."""
    doc = claimscope.annotate(
        "Few hosts would sign up with a network Russia has financed. Critics called it "
        "part of the network President Vladimir Putin formed years ago. The network "
        "said on Monday that its reporting was independent."
    )
    assert not _together(doc, "Russia", "a network")
    assert not _together(doc, "President Vladimir Putin", "the network")
    assert not _together(doc, "Russia", "The network")


def test_a_body_noun_before_its_name_still_names_it() -> None:
    """*The cable network CNN* keeps the network and its name together."""
    doc = claimscope.annotate(
        "The cable network CNN aired the interview on Sunday. "
        "The network said it stood by the report."
    )
    assert _together(doc, "CNN", "The network")


def test_a_name_before_any_plain_noun_after_the_is_a_modifier() -> None:
    """*the Acme Bank scandal* is a scandal: the bank's entity is named *Acme Bank*,
    while *the Pentagon said* keeps its article."""
    doc = claimscope.annotate(
        "In the Acme Bank scandal, customers were charged fees. Acme Bank said it "
        "regretted the errors. The Pentagon said it would review the contracts."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "the Acme Bank" not in names
    assert _entity_of(doc, "The Pentagon").name.text == "The Pentagon"


def test_the_bare_noun_takes_the_body_named_since_its_last_description() -> None:
    """*the bank* after *Acme Holdings* is Acme Holdings, not the unnamed *his bank* of an
    earlier sentence, nor a *Bank* that only opens *Bank executives*."""
    doc = claimscope.annotate(
        "John Stumpf said his bank had fired the workers. Bank executives were not "
        "punished, Warren said. In the Acme Holdings scandal, customers were charged fees. "
        "The bank said that it had fired 5,300 employees."
    )
    assert _together(doc, "Acme Holdings", "The bank")


def test_the_bare_noun_still_takes_its_own_description_back() -> None:
    """*A Bloomberg poll* … *the poll*: with no body named since, the description
    is taken back."""
    doc = claimscope.annotate(
        "A Bloomberg poll released on Monday found the race tied. The poll said "
        "voters were undecided."
    )
    assert _together(doc, "A Bloomberg poll", "The poll")


def test_her_campaign_is_not_the_campaign_of_a_name_before() -> None:
    """*her campaign* after *The Baker campaign* is not that campaign: the pronoun
    may mean another owner (here Jane Roe's)."""
    doc = claimscope.annotate(
        "The Baker campaign did not respond to requests for comment. A spokeswoman for "
        "Jane Roe says neither the nominee nor her campaign helped the donor."
    )
    assert not _together(doc, "The Baker campaign", "her campaign")


def test_a_name_ending_in_a_plural_institutional_noun_is_a_body() -> None:
    """*Maritime Fraud Investigations* is an office, so *the agency* reaches it."""
    doc = claimscope.annotate(
        "Officials at Maritime Fraud Investigations said they were concerned about the "
        "program. In a 2013 memo, the agency suggested that the program end."
    )
    (office,) = [e for e in doc.entities if e.name.text == "Maritime Fraud Investigations"]
    assert office.type is claimscope.SourceType.ORGANIZATION
    assert _together(doc, "Maritime Fraud Investigations", "the agency")


def test_a_plural_role_noun_takes_the_names_just_coordinated() -> None:
    """*the senators* after *Ms. Baldwin and Mr. Cornyn* in the same sentence is the
    two of them."""
    doc = claimscope.annotate(
        "The program has drawn criticism in Congress. But Ms. Baldwin and Mr. Cornyn said "
        "developers had stretched the rules, amounting to what the senators said was "
        "gerrymandering."
    )
    assert _together(doc, "Ms. Baldwin and Mr. Cornyn", "the senators")


def test_a_plural_role_noun_far_from_any_names_stays_unnamed() -> None:
    """*the senators* sentences after a pair of names is not surely that pair."""
    doc = claimscope.annotate(
        "Ms. Baldwin and Mr. Cornyn wrote the bill. It passed in March. Few objected. "
        "Critics waited. Later the senators said it had failed."
    )
    assert not _together(doc, "Ms. Baldwin and Mr. Cornyn", "the senators")


def test_a_title_of_the_other_gender_keeps_two_people_apart() -> None:
    """ "Mr. Reyes" in an earlier paragraph is not "Adviser Abigail Reyes": the given
    name after a capitalised role still says she is a woman, so "She" resolves to her
    (found by the paragraph-prefix property test)."""
    doc = claimscope.annotate(
        "Mr. Reyes runs a bakery near the bridge.\n\n"
        "“The bridge will close for six months,” Adviser Abigail Reyes said.\n\n"
        "She added that the council would pay for the repairs."
    )
    added = [c for c in doc.claims if c.cue is not None and c.cue.text == "added"]
    assert [c.source.text for c in added] == ["Adviser Abigail Reyes"]
    mr = next(e for e in doc.entities if e.mentions[0].text == "Mr. Reyes")
    assert all("Abigail" not in m.text for m in mr.mentions)
