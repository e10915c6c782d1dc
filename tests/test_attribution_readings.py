"""Attributions once missed or misread in real articles (issue #15), on composed news
sentences: attitude adjectives, subject pronouns, dash asides, misprinted quotation
marks and initials in a quotation's credit line."""

from __future__ import annotations

from claim_docs import only_claim
from hypothesis import given
from hypothesis import strategies as st

import claimscope


def test_worried_that_is_the_subjects_attitude() -> None:
    """*Democrats are worried that C*: *worried* after *be* is an adjective whose
    subject holds the attitude, not a passive like *rain is expected*."""
    claim = only_claim(
        "Many Democrats are worried that turnout in the cities may be low.", "turnout"
    )
    assert claim.source.text == "Many Democrats"
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    assert claim.confidence is claimscope.Confidence.HEDGED
    assert claim.text == "turnout in the cities may be low"


def test_afraid_that_is_an_attitude() -> None:
    """*are afraid that C* attributes a hedged C to the subject."""
    claim = only_claim(
        "Party officials are afraid that the new rules will keep young voters home.",
        "the new rules",
    )
    assert claim.source.text == "Party officials"
    assert claim.confidence is claimscope.Confidence.HEDGED


def test_worry_and_fear_without_a_proposition_stay_the_authors() -> None:
    """*worried about flooding*, *afraid of the dark*, *afraid to speak*: no clause,
    so no claim is attributed to the subject."""
    for text in (
        "Residents along the river are worried about flooding.",
        "Many shop owners are afraid of another closure.",
        "Witnesses were afraid to speak to the police.",
    ):
        doc = claimscope.annotate(text)
        assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR], text


def test_together_does_not_become_the_source() -> None:
    """*which together vowed to …*: the adverb is stepped over, the source is the
    relative pronoun's antecedent."""
    claim = only_claim(
        "The deal was pushed by Brazil and Norway, which together vowed to end "
        "deforestation by 2030.",
        "to end deforestation",
    )
    assert claim.source.text is not None
    assert "together" not in claim.source.text


def test_a_subject_pronoun_is_the_whole_subject() -> None:
    """*the emissions target it pledged to reach*: the object before the pronoun is no
    part of the source; the pronoun stands for the government named before."""
    text = (
        "Canada has struggled to cut its emissions. The carbon tax is the main tool for "
        "meeting the target it pledged to reach at the Paris talks."
    )
    claim = only_claim(text, "to reach at the Paris talks")
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    assert claim.source.text is not None and "tool" not in claim.source.text


def test_a_dash_aside_may_hold_commas() -> None:
    """*The film — which features A, B and others — explains C*: the source is the
    phrase before the opening dash, also when the aside holds commas."""
    claim = only_claim(
        "The documentary \u2014 which features farmers, economists and, among others, a "
        "former minister \u2014 explains how the drought ruined the harvest.",
        "how the drought",
    )
    assert claim.source.text == "The documentary"
    assert claim.source.type is claimscope.SourceType.DOCUMENT


def test_a_horizontal_bar_reads_as_a_dash() -> None:
    """Some outlets set the em dash as a horizontal bar (U+2015); the aside reads the
    same either way."""
    text = "The report \u2015 which was released on Monday \u2015 explains how the money was spent."
    claim = only_claim(text, "how the money")
    assert claim.source.text == "The report"
    assert claim.text == "how the money was spent"


@given(st.sampled_from(["\u2014", "\u2013", "\u2015"]))
def test_the_dash_style_does_not_change_the_claims(dash: str) -> None:
    """The claims of a sentence with dash asides do not depend on which dash is typed."""
    base = (
        "The mayor {d} a Democrat, elected in May {d} said the budget was balanced. "
        "The plan {d} unveiled on Friday {d} will cut bus fares, officials said."
    )
    em = claimscope.annotate(base.format(d="\u2014"))
    other = claimscope.annotate(base.format(d=dash))
    assert [(c.start, c.end, c.source.text, c.rule) for c in other.claims] == [
        (c.start, c.end, c.source.text, c.rule) for c in em.claims
    ]


def test_a_closing_mark_typed_for_an_opening_one() -> None:
    """A paragraph opening with a closing mark (*”We …” ― Name*) is a quotation: the
    mark faces the wrong way but nothing else can open it."""
    text = (
        "Readers told us what they think of the new stadium.\n\n"
        "\u201dIt will bring jobs to the area. The traffic will be terrible, though.\u201d "
        "\u2015 Maria Lopez"
    )
    claim = only_claim(text, "It will bring jobs")
    assert claim.source.text == "Maria Lopez"
    assert claim.quote is claimscope.QuoteKind.DIRECT
    assert "The traffic will be terrible" in claim.text


def test_a_credit_line_may_hold_initials() -> None:
    """*“C” ― Edwin G. Monroy*: the initial's period does not end the speaker's name."""
    text = (
        "\u201cThe bridge should have been closed years ago.\u201d \u2015 Edwin G. Monroy\n"
        "\u201cNobody listened to us.\u201d \u2014 J. R. Ortiz, a local teacher"
    )
    doc = claimscope.annotate(text)
    assert [c.source.text for c in doc.claims] == ["Edwin G. Monroy", "J. R. Ortiz"]


def test_an_s_form_after_a_past_verb_is_its_object() -> None:
    """*scrutinized reports like …*, *has escaped charges for …*: two finite verbs do
    not stand side by side, so the *-s* form is a plural noun, not a reporting verb
    whose subject is the verb before it (the review's own finding, *linked the
    deficit to tax cuts*, is an attribution of its own)."""
    for text in (
        "The senator scrutinized reports like the 2019 budget review, which linked the "
        "deficit to tax cuts.",
        "The former mayor has so far escaped charges for the missing funds.",
    ):
        doc = claimscope.annotate(text)
        assert all(c.cue is None or c.cue.text not in ("reports", "charges") for c in doc.claims)
        sources = [c.source.text or "" for c in doc.claims]
        assert not any("senator" in s or "mayor" in s for s in sources), text


def test_a_name_or_a_relative_clause_before_the_s_form_keeps_the_verb() -> None:
    """*Mohammed says*, *The charity she founded says*: a name in *-ed* and the verb
    closing a relative clause leave the reporting verb its subject."""
    claim = only_claim("Mohammed says the clinic will reopen in May.", "the clinic")
    assert claim.source.text == "Mohammed"
    claim = only_claim("The charity she founded says it will close its shelters.", "it will close")
    assert claim.cue is not None and claim.cue.text == "says"


def test_a_quantifier_opening_its_clause_is_an_unnamed_group() -> None:
    """*Many said C*, *…, and all agreed that C*: a lone quantifier as subject names an
    unnamed group (SPEC: anonymous), not nobody."""
    claim = only_claim("Many said the new tolls would drive shoppers away.", "the new tolls")
    assert claim.source.text == "Many"
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    claim = only_claim(
        "I spoke with a dozen tax lawyers this week, and all agreed that the proposal "
        "would raise taxes on small firms.",
        "the proposal",
    )
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    assert claim.cue is not None and claim.cue.text == "agreed"


def test_a_quantifier_inside_a_clause_or_an_idiom_is_no_source() -> None:
    """*All told, …* is an idiom; *what many expect to be …* and a quantifier after a
    name (*Brown (D-Ohio) all suggested*) are left as before."""
    doc = claimscope.annotate("All told, the two campaigns spent more than $2.5 million.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]
    doc = claimscope.annotate(
        "The network booked the doctor ahead of what many expect to be a friendly interview."
    )
    assert all(c.source.text != "many" for c in doc.claims)


def test_pointing_to_evidence_attributes_it() -> None:
    """*Analysts point to C* cites evidence, like *cite*: the subject is the source."""
    claim = only_claim(
        "Local traders pointed to the weak rupee as the main reason for the slump.",
        "the weak rupee",
    )
    assert claim.source.text == "Local traders"
    assert claim.cue is not None and claim.cue.text == "pointed to"


def test_percentage_points_to_is_no_cue() -> None:
    """*by 0.2 percentage points to 3.1 percent*: *points* is a noun there."""
    doc = claimscope.annotate(
        "The bank raised its forecast by 0.2 percentage points to 3.1 percent."
    )
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_an_s_form_after_a_quantity_word_is_a_noun() -> None:
    """*Many claims about …*, *numerous reports*: the quantity word is no subject and
    the *-s* form no verb; *Most reports say C* keeps the reports as its source."""
    doc = claimscope.annotate("Many claims about the toll plan were never checked.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]
    doc = claimscope.annotate("The senator has broken many promises he made to voters.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]
    claim = only_claim("Most reports say the dam was poorly maintained.", "the dam")
    assert claim.source.text == "Most reports"


def test_complaints_concern_and_assurances_own_their_clause() -> None:
    """*the judge's concern that C*, *the company's assurances that C*: nouns that
    attribute a clause to their possessor, like *claim*."""
    claim = only_claim(
        "The judge's concern that the defendant showed no remorse was plain.",
        "the defendant showed",
    )
    assert claim.source.text == "The judge"
    assert claim.confidence is claimscope.Confidence.HEDGED
    claim = only_claim(
        "Despite the utility's assurances that the water was safe, residents boiled it.",
        "the water was safe",
    )
    assert claim.source.text == "the utility"


def test_an_is_contraction_owns_no_noun() -> None:
    """*There's concern that C*: the *'s* is *is*; nobody is named as the source."""
    doc = claimscope.annotate("There's concern that the old bridge is unsafe.")
    assert all(c.source.text != "There" for c in doc.claims)


def test_a_nominal_cue_may_take_its_clause_after_is() -> None:
    """*The mayor's view is that C*, *Her bet was that C*: the clause after *is that*
    is the possessor's, as in *the mayor's view that C*."""
    claim = only_claim("The mayor's view is that the bridge is safe to reopen.", "the bridge")
    assert claim.source.text == "The mayor"
    assert claim.confidence is claimscope.Confidence.HEDGED
    assert claim.text == "the bridge is safe to reopen"
    claim = only_claim("The airline's position was that the fees were legal.", "the fees")
    assert claim.source.type is claimscope.SourceType.ORGANIZATION
    doc = claimscope.annotate("The senator's position on the bill is unclear.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_a_transcript_line_ending_in_questions_keeps_its_statements() -> None:
    """*HOST: Let's start with the news. … Will she be there?*: the questions closing a
    speaker's line are no claims, the statements before them still are the speaker's;
    a line that is only a question stays unattributed."""
    text = (
        "The governor spoke to the programme on Sunday.\n\n"
        "HOST: Let's start with the budget. The council voted to close two libraries. "
        "Why would it do that? And will the governor step in?\n\n"
        "HOST: Will you step in?"
    )
    doc = claimscope.annotate(text)
    spoken = [c for c in doc.claims if c.source.text == "HOST"]
    assert [c.text for c in spoken] == [
        "Let's start with the budget. The council voted to close two libraries"
    ]


def test_a_participle_and_a_weekday_stay_out_of_a_document_source() -> None:
    """*A study published Monday found C*, *A report released last week said C*: the
    weekday is no source and the participle ends the head, so the source is the
    study or the report (a document), not *Monday* (a person)."""
    claim = only_claim("A study published Monday found that the drug was safe.", "the drug")
    assert claim.source.type is claimscope.SourceType.DOCUMENT
    assert claim.source.text is not None and "Monday" not in claim.source.text
    claim = only_claim("A report released last week said the bridge was unsafe.", "the bridge")
    assert claim.source.type is claimscope.SourceType.DOCUMENT
    claim = only_claim("Jane Doe on Monday said the bridge would reopen.", "the bridge")
    assert claim.source.text == "Jane Doe"


def test_an_article_is_a_media_source() -> None:
    """*A Wall Street Journal article found C*, *the article said C*: an outlet's
    articles and columns speak for the outlet (SPEC: media)."""
    claim = only_claim(
        "A Wall Street Journal article published Friday found that the campaign had overspent.",
        "the campaign",
    )
    assert claim.source.type is claimscope.SourceType.MEDIA
    claim = only_claim("The column said the council had ignored the warnings.", "the council")
    assert claim.source.type is claimscope.SourceType.MEDIA


def test_two_plural_sources_opening_the_clause_are_one_group() -> None:
    """*Experts and brokerages are of the view that C*: both plurals are the source and
    the leading one gives the type (SPEC: mixed groups), not *brokerages* alone;
    *Traders sold shares and analysts said C* still names only the analysts."""
    claim = only_claim(
        "Analysts and brokerages are of the view that the rally will fade.", "the rally"
    )
    assert claim.source.text == "Analysts and brokerages"
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
    claim = only_claim("Traders sold shares and analysts said the market would fall.", "the market")
    assert claim.source.text == "analysts"
