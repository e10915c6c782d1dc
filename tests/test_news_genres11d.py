"""Readings found on the eleventh round's composed genres (an AI copyright suit, a
football press conference, a startup funding round, a nutrition study, a preliminary
air-accident report, a defamation trial): each test is a general shape a reader meets
in many articles.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence
from claimscope.testing import claim_holding


def test_an_attitude_verb_with_a_noun_object_hedges_nothing() -> None:
    """*felt his calf*, *We fear nobody*, *had felt "like hitting a wall"*: a plain
    noun phrase or a gerund after *feel*/*fear* is a sensation or a boast, no doubt
    about a proposition; with a clause (*felt his side deserved more*) it still
    hedges."""
    text = (
        "The Harbour City coach revealed the winger felt his calf in training on "
        "Thursday and will be assessed on Saturday. "
        'Asked about the taunts, the coach said: "They can say what they like. We fear '
        'nobody." '
        "A passenger, Mere Tane, told the Westport Star that the landing had felt "
        '"like hitting a brick wall". '
        "Ms Tane said she felt her seat belt was too loose."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "felt his calf").confidence is Confidence.REPORTED
    assert claim_holding(doc, "We fear nobody").confidence is Confidence.REPORTED
    assert claim_holding(doc, "like hitting a brick wall").confidence is Confidence.REPORTED
    assert claim_holding(doc, "seat belt was too loose").confidence is Confidence.HEDGED


def test_whether_beside_the_object_of_an_inquiry_is_no_doubt() -> None:
    """*investigators were examining the wreckage … and whether the brakes worked*: the
    *whether* question is what is being examined, not a doubt on the claim; *whether*
    standing alone as the doubt (*it is unclear whether*) still hedges."""
    text = (
        "Ms Ruru said investigators were also examining the tyres, which had been "
        "replaced in May, and whether the anti-skid system worked as designed. "
        "The board said it was unclear whether the crew had seen the warning."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "examining the tyres").confidence is Confidence.REPORTED
    assert claim_holding(doc, "the crew had seen the warning").confidence is Confidence.HEDGED


def test_a_name_in_capitals_in_a_tabloid_lead_is_still_a_person() -> None:
    """*STUART KERR has admitted …*: a tabloid lead sets the subject's name in capitals;
    two capitalised words are a shouted name, not an acronym naming a body, so the
    person keeps his pronouns (*He added:*) after a quotation with an *it* in it."""
    text = (
        "FERGUS MCBRIDE has admitted his striker is a doubt for Saturday's derby.\n\n"
        "Carlton Vale captain Dean Pryce said in a radio interview that Harbour "
        '"will not fancy it".\n\n'
        'Asked about those comments, the manager McBride said: "Dean can say what he '
        "likes. I'm sure it made a good headline.\"\n\n"
        'He added: "We will be ready on Saturday."'
    )
    doc = claimscope.annotate(text)
    added = claim_holding(doc, "We will be ready on Saturday")
    assert added.source.text == "FERGUS MCBRIDE" or added.source.text == "McBride", added.source


def test_as_per_attributes_like_according_to() -> None:
    """*as per data from X* (Indian and business English) attributes the clause before
    it as *according to X* does, and *As per X, C* the clause after."""
    text = (
        "Fintech startups in Kenya raised $310 Mn in 2025, down 21% from the previous "
        "year, as per data from research firm LedgerScope. As per the latest census, "
        "the district has 41,000 households."
    )
    doc = claimscope.annotate(text)
    raised = claim_holding(doc, "raised $310 Mn")
    assert raised.source.text is not None and "LedgerScope" in raised.source.text
    census = claim_holding(doc, "the district has 41,000 households")
    assert census.source.text == "the latest census"


def test_accepted_that_reports_an_admission() -> None:
    """*Under cross-examination, she accepted that C*: a witness conceding a point
    reports C as *conceded that* does; *accepted the offer* (no *that*) is an act."""
    text = (
        "Under cross-examination by counsel for the council, Mr Okonjo accepted that the "
        "invoices had been signed after the audit began. The union accepted the offer "
        "on Monday."
    )
    doc = claimscope.annotate(text)
    signed = claim_holding(doc, "the invoices had been signed")
    assert signed.source.text == "Mr Okonjo"
    assert signed.confidence is Confidence.REPORTED
    offer = claim_holding(doc, "accepted the offer")
    assert offer.source.type is claimscope.SourceType.AUTHOR


def test_a_connective_before_a_parenthetical_tag_is_no_content() -> None:
    """*Even so, she said, the link held.*, *However, he added, the road will reopen.*:
    the connective set off by a comma opens the sentence; the claim is the clause after
    the tag, as after *On Sunday, …*."""
    text = (
        "Dr. Amara Osei said the team adjusted for age and income. Even so, she said, "
        "the link held. Mayor Tom Reilly spoke on Monday. However, he added, the road "
        "will reopen in June."
    )
    doc = claimscope.annotate(text)
    held = claim_holding(doc, "the link held")
    assert "Even so" not in held.text
    assert held.source.text == "Dr. Amara Osei"
    road = claim_holding(doc, "the road will reopen in June")
    assert "However" not in road.text


def test_an_appositive_source_after_a_fronted_participle_clause() -> None:
    """*Opening the case on Tuesday, Ruth Cahill SC, for the council, told the jury
    C*: a participle clause opens the sentence, and the source after it carries an
    appositive; the jury is told C by counsel, not by the writer."""
    text = (
        "Opening the case on Tuesday, Ruth Cahill SC, for the council, told the jury the "
        "contract had been signed without a tender. Summing up on Friday, the judge, "
        "Mr Justice Kevin Doyle, said the jury must put sympathy aside."
    )
    doc = claimscope.annotate(text)
    signed = claim_holding(doc, "the contract had been signed")
    assert signed.source.text == "Ruth Cahill SC"
    summing = claim_holding(doc, "the jury must put sympathy aside")
    assert summing.source.type is claimscope.SourceType.PERSON


def test_a_role_acronym_before_a_surname_names_the_person_again() -> None:
    """*Founded by Nadia Rahman …; cofounder and CEO Rahman said C*: the role acronym
    before the surname is no given name, so the mention joins the full name, and the
    pronoun after it (*She claimed …*) goes there too."""
    text = (
        "Founded in 2020 by Nadia Rahman and Omar Siddiqui, the startup runs a freight "
        "marketplace. Speaking with the outlet, cofounder and CEO Rahman said the company "
        "had been profitable for four quarters. She claimed that drivers earn 15% more "
        "on the platform."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "profitable for four quarters").source.text == "Nadia Rahman"
    assert claim_holding(doc, "drivers earn 15% more").source.text == "Nadia Rahman"


def test_photo_credits_close_a_caption_paragraph() -> None:
    """*… (Marie Roy/Prairie Post)* and *… Photo by Jane Doe / The Circuit* close a
    photo caption: the paragraph is furniture, even where its sentence says something
    (*Researchers say …*)."""
    text = (
        "Beans linked to lower diabetes risk, study suggests\n\n"
        "A bowl of chili. Researchers say one extra serving a day may help. "
        "(Marie Roy/Prairie Post)\n\n"
        "The company's offices in Austin, Texas. Photo by Sam Lee / The Circuit\n\n"
        "Adults who eat beans daily may be less likely to develop the disease, "
        "researchers said on Monday."
    )
    doc = claimscope.annotate(text)
    assert not any("one extra serving" in c.text for c in doc.claims)
    assert not any("offices in Austin" in c.text for c in doc.claims)
    assert (
        claim_holding(doc, "less likely to develop").source.text or ""
    ).casefold() == "researchers"


def test_a_quoted_question_tagged_as_asked_is_no_claim() -> None:
    """*"Wouldn't any buyer want to know where the money went?" she asked.*: a question
    asked is no claim (SPEC); a quotation stating something first keeps its claim; a
    quotation that is one question is none however it is tagged (SPEC: questions are
    no claims)."""
    text = (
        "Ms Quinn put it to him that the delay raised questions. \"Wouldn't any buyer "
        'want to know where the money went?" she asked. "Ask, yes. Accuse, no," Mr '
        'Barr replied. "We played well. Why would I change anything?" the coach asked. '
        '"Who do they think they are?" the senator said.'
    )
    doc = claimscope.annotate(text)
    assert not any("where the money went" in c.text for c in doc.claims)
    assert claim_holding(doc, "We played well").source.text == "the coach"
    assert not any("Who do they think they are" in c.text for c in doc.claims)


def test_a_plural_noun_after_of_stays_in_the_shared_subject() -> None:
    """*A coalition of landlords and letting agents has filed a challenge, arguing
    C*: the subject that speaks through the participle runs past the plural nouns
    after *of* and before the auxiliary; a verb in *-s* still ends it."""
    text = (
        "A coalition of landlords and letting agents has filed a legal challenge, arguing "
        "the rent cap breaches property rights. The minister has rejected the claim, "
        "saying the cap is lawful."
    )
    doc = claimscope.annotate(text)
    cap = claim_holding(doc, "the rent cap breaches property rights")
    assert cap.source.text == "A coalition of landlords and letting agents"
    lawful = claim_holding(doc, "the cap is lawful")
    assert lawful.source.text == "The minister"


def test_a_motion_to_dismiss_is_no_rejection() -> None:
    """*A hearing on the firm's motion to dismiss has not been scheduled, according to
    the court docket*: *dismiss* in a court filing's name rejects nothing, so the
    docket stays the source; *dismissed the claims as baseless* still denies."""
    text = (
        "A hearing on Larkspur's motion to dismiss has not yet been scheduled, according "
        "to the court docket. The company dismissed the claims as baseless."
    )
    doc = claimscope.annotate(text)
    hearing = claim_holding(doc, "has not yet been scheduled")
    assert hearing.source.text == "the court docket"


def test_an_attitude_verb_in_a_relative_clause_hedges_only_its_own_clause() -> None:
    """*She told the tribunal that a post which suggested she had faked the results
    cost her the contract*: *suggested* belongs to the post, named inside the content;
    the claim the speaker makes is reported. An attitude verb of the content's own
    clause (*said voters believe …*) still hedges."""
    text = (
        "Dr Ines Moreau told the tribunal that a blog post which suggested she had faked "
        "the results cost her the contract. The pollster said voters believe the "
        "scheme is unfair."
    )
    doc = claimscope.annotate(text)
    post = claim_holding(doc, "cost her the contract")
    assert post.confidence is Confidence.REPORTED
    voters = claim_holding(doc, "the scheme is unfair")
    assert voters.confidence is Confidence.HEDGED


def test_the_company_after_a_startup_founded_by_former_staff_of_another() -> None:
    """*Larkspur, which was founded by former Google researchers, raised $90 million
    … Its app has two million users, the company said*: *former Google researchers*
    names where the founders worked, so *the company* is the startup, which a
    description like *the startup* also types as a body, not a person."""
    text = (
        "Larkspur Labs, a San Diego startup, has been sued by three photographers. "
        "The startup said the claims were baseless. Larkspur, which was founded in 2020 "
        "by former Google researchers, raised $90 million last year, according to "
        "PitchBook. Its app has two million users, the company said in May."
    )
    doc = claimscope.annotate(text)
    users = claim_holding(doc, "two million users")
    assert users.source.text is not None and "Larkspur" in users.source.text
    assert users.source.type is claimscope.SourceType.ORGANIZATION


def test_a_quoted_question_closing_a_statement_keeps_its_full_stop() -> None:
    """*… under the headline "Who paid for the gala?".* at a paragraph's end: the
    closing quote and full stop belong to the sentence, which is a statement, not a
    question (the author's claim is kept)."""
    text = (
        "Mr Dunne (52), from Bray, is suing the newspaper over an article published "
        'in May under the headline "Who paid for the gala?".\n\n'
        "He claims the article meant he had misused charity funds."
    )
    doc = claimscope.annotate(text)
    spans = [text[s.start : s.end] for s in doc.sentences]
    assert spans[0].endswith('gala?".'), spans
    assert claim_holding(doc, "is suing the newspaper").source.type is claimscope.SourceType.AUTHOR


def test_the_subject_of_an_object_relative_speaks() -> None:
    """*the two pilots, who the airline says remain on leave*: the relative pronoun is
    the object of the embedded clause; the airline speaks (and *the airline* is the
    carrier named before, an *… Air* name being a body)."""
    text = (
        "Tasman Coast Air said it was cooperating with investigators. Its chief "
        "executive would not comment on the two pilots, who the airline says remain "
        "on leave."
    )
    doc = claimscope.annotate(text)
    leave = claim_holding(doc, "remain on leave")
    assert leave.source.text == "Tasman Coast Air"
    assert leave.source.type is claimscope.SourceType.ORGANIZATION


def test_a_one_word_name_with_a_plural_verb_is_a_team() -> None:
    """*Ardmore have confirmed that the away end is sold out*: British usage gives a
    team or body a plural verb, which no single person takes; plural nouns and
    demonyms opening a sentence (*Mourners are …*, *Japanese are …*) are not names."""
    text = (
        "Ardmore boss Ian Lyle said his side were ready. Meanwhile, Ardmore have "
        "confirmed that the away end is sold out."
    )
    doc = claimscope.annotate(text)
    sold = claim_holding(doc, "the away end is sold out")
    assert sold.source.type is claimscope.SourceType.ORGANIZATION


def test_the_topic_allegation_named_again_distances_nothing() -> None:
    """*the piracy allegation could matter more than …*: *the* and a topic noun name an
    allegation the story has told, as *the allegations* do; the claim is hedged by
    *could*, not alleged. *the new allegations* bring in fresh ones."""
    text = (
        "Ms Varga said the bribery allegation could matter more than the tax case. "
        "The club said the new allegations about its finances were unfounded."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "could matter more").confidence is Confidence.HEDGED
    assert any(c.kind.value == "distancing" for c in claim_holding(doc, "were unfounded").cues)
