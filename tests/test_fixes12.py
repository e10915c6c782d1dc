"""Fixes of the twelfth round: general shapes behind known errors (the verb
*projects* told from the noun).

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType
from claimscope.testing import claim_holding


def test_projects_before_that_reports_a_forecast() -> None:
    """*The budget office projects that C*: the verb reports a forecast (hedged, as
    *projected* is), its source the document or body before it."""
    text = (
        "The budget office projects that the deficit will narrow next year. "
        "A new study projects that sea levels will rise faster than expected."
    )
    doc = claimscope.annotate(text)
    deficit = claim_holding(doc, "the deficit will narrow next year")
    assert deficit.cue is not None and deficit.cue.text == "projects"
    assert deficit.quote.value == "indirect"
    study = claim_holding(doc, "sea levels will rise faster")
    assert study.source.type is SourceType.DOCUMENT
    assert study.confidence is Confidence.HEDGED


def test_projects_as_a_noun_is_no_cue() -> None:
    """*Several road projects are behind schedule*, *housing projects in the north*:
    the plural noun, no attribution."""
    text = (
        "Several road projects are behind schedule. "
        "Housing projects in the north have stalled since March."
    )
    doc = claimscope.annotate(text)
    assert all(c.source.type is SourceType.AUTHOR for c in doc.claims)
    assert not any(c.cue is not None for c in doc.claims)


def test_a_name_before_a_company_role_is_an_organisation() -> None:
    """*Tarvel spokesperson Ines Moyo*, *Quillmark CEO Dan Okafor*: the one-word name
    before a role only a body has names the body, so its bare mention later (*Tarvel
    said*) is an organisation, not a person."""
    text = (
        "Tarvel spokesperson Ines Moyo said the line would reopen on Friday. "
        "Quillmark CEO Dan Okafor said orders had doubled. "
        "Quillmark said it would hire 300 workers. Tarvel said repairs were under way."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the line would reopen").source.type is SourceType.PERSON
    assert claim_holding(doc, "orders had doubled").source.text == "Dan Okafor"
    hire = claim_holding(doc, "hire 300 workers")
    assert hire.source.text == "Quillmark"
    assert hire.source.type is SourceType.ORGANIZATION
    repairs = claim_holding(doc, "repairs were under way")
    assert repairs.source.type is SourceType.ORGANIZATION


def test_a_think_tank_in_a_capital_speaks_for_itself() -> None:
    """*A think tank in London said C*: *think* opens the two-word noun *think tank*,
    not the phrase's verb, so the source is the think tank (an organisation), not the
    capital after *in*."""
    text = (
        "A think tank in Paris said the levy would raise little money. "
        "A think tank said the rules were too complex."
    )
    doc = claimscope.annotate(text)
    levy = claim_holding(doc, "the levy would raise little money")
    assert levy.source.text is not None and levy.source.text.startswith("A think tank")
    assert levy.source.type is SourceType.ORGANIZATION
    rules = claim_holding(doc, "the rules were too complex")
    assert rules.source.type is SourceType.ORGANIZATION


def test_making_false_statements_names_an_offence_not_a_denial() -> None:
    """*charged with … making false statements*, *knowingly gave false information*:
    the adjective after a verb of making or giving names an act of lying, not a
    claim the text rejects; *his statement was false* still denies."""
    text = (
        "The former treasurer was charged with theft and making false statements to "
        "auditors. The contractor knowingly gave false information to the council, "
        "prosecutors said. Ms Patel said the statement from the club was false."
    )
    doc = claimscope.annotate(text)
    charged = claim_holding(doc, "making false statements to auditors")
    assert charged.confidence is not Confidence.DENIED
    assert not any(c.text == "false" for c in charged.cues)
    gave = claim_holding(doc, "gave false information")
    assert gave.confidence is Confidence.REPORTED
    club = claim_holding(doc, "the statement from the club was false")
    assert club.confidence is Confidence.DENIED


def test_a_negative_subject_negates_the_cue() -> None:
    """*though neither said a decision had been made*, *No one confirmed the
    figures*: a negative subject negates the speech act as *did not say* does. The
    negated neutral verb states a negative fact (reported, as docs/decisions.md
    says of *did not say*); a negated endorsement leaves the content open (hedged)."""
    text = (
        "The two ministers met for an hour, though neither said a deal had been "
        "reached. Nobody confirmed that the border would reopen."
    )
    doc = claimscope.annotate(text)
    deal = claim_holding(doc, "a deal had been reached")
    assert deal.cue is not None and deal.cue.negated
    assert deal.confidence is Confidence.REPORTED
    border = claim_holding(doc, "the border would reopen")
    assert border.cue is not None and border.cue.negated
    assert border.confidence is Confidence.HEDGED
