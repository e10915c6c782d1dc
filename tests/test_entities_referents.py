"""Whom a bare surname, *the company* and a gendered pronoun refer to (composed news
sentences; each test a referent the rules once got wrong)."""

from __future__ import annotations

import claimscope
from claimscope import Document


def _source_of(doc: Document, contains: str) -> str | None:
    """The source text of the claim holding ``contains``, or ``None`` for the author."""
    for claim in doc.claims:
        if contains in claim.text:
            source = claim.source
            if source.entity is None:
                return None
            return doc.entities[source.entity].name.text
    found = "\n".join(f"  {c.text!r}" for c in doc.claims)
    raise AssertionError(f"no claim holding {contains!r}; claims are:\n{found}")


def test_a_bare_surname_is_the_person_not_the_firm_named_after_them() -> None:
    """*Okafor said* after *Daniel Okafor of the law firm Okafor Brandt* is the lawyer:
    a surname alone means the person who bears it, not a firm whose name starts with it."""
    doc = claimscope.annotate(
        "Her lawyer, Daniel Okafor of the law firm Okafor Brandt, said his client had "
        'been "treated unfairly". Okafor said the agreement could not stop her from '
        "speaking to regulators."
    )
    assert _source_of(doc, "could not stop her") == "Daniel Okafor"


def test_the_company_is_no_government_agency() -> None:
    """*…, the company said* right after a sentence about the FBI means the firm named
    before it: *the company* refers to a business, never a government agency known by
    its acronym or a ministry."""
    for agency in ("The FBI", "The Ministry of Transport", "The Pentagon"):
        doc = claimscope.annotate(
            "Orlen Logistics said its systems had been restored after the attack. "
            f"{agency} is reviewing whether any data was lost, a spokesperson said.\n\n"
            "Drivers with questions can call a helpline, the company said."
        )
        assert _source_of(doc, "call a helpline") == "Orlen Logistics", agency


def test_the_company_still_means_a_firm_known_by_its_acronym() -> None:
    """A business known by letters (*BHP*) is still what *the company* refers to."""
    doc = claimscope.annotate(
        "BHP said output at its Chilean mines fell in the quarter. Drivers at the site "
        "will be paid in full, the company said."
    )
    assert _source_of(doc, "paid in full") == "BHP"


def test_she_is_not_a_name_that_its_has_already_referred_to() -> None:
    """*Corvane denies her account* after *its cordless models*: a name an *its* has
    referred to is a body, and *her* means the engineer, not the firm."""
    doc = claimscope.annotate(
        "Managers at Corvane were warned that a battery used in its cordless models "
        "could overheat, according to leaked emails. The emails were passed to the "
        "newspaper by a former safety engineer, who says she was dismissed after "
        'raising concerns. Corvane denies her account and says it acted "promptly".'
    )
    corvane = next(e for e in doc.entities if e.name.text == "Corvane")
    assert "her" not in [m.text for m in corvane.mentions]
    assert corvane.type != claimscope.SourceType.PERSON


def test_he_after_a_possessive_subject_is_the_subject_not_its_possessor() -> None:
    """*Arrieta's agent, Jon Goikoetxea, … He told local radio*: the subject (the
    agent) is more salient than the player who owns it, however often the player was
    named before."""
    doc = claimscope.annotate(
        "Midfielder Tomás Arrieta has been linked with a move to Kingsbridge all summer. "
        "Arrieta, 24, scored 11 goals last season, and Arrieta's contract runs until "
        "2028. Kingsbridge have watched Arrieta for two years, and Arrieta is said to "
        "favour England.\n\nArrieta's agent, Jon Goikoetxea, fuelled the speculation by "
        'admitting his client was "flattered" by the interest.\n\nHe told local radio '
        'station Radio Costa: "Tomás is happy here, but when a club like Kingsbridge '
        'calls, you listen."'
    )
    assert _source_of(doc, "Tomás is happy here") == "Jon Goikoetxea"
