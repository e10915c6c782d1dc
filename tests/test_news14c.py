"""Unusual news formats of the tenth composed round (a fact-check, a "what we know"
explainer, a leaked-documents investigation, an update with corrections, a magazine
Q&A, a commodity market report): one test per general error seen in those articles
of ``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

import claimscope
from claimscope import SourceType

# -- magazine Q&A: a short edit note, a surname after the name, "I think" -----------------

_QA = (
    "Tomas Brennock's new novel is set on a lighthouse\n\n"
    "By Una Fallon\n\n"
    "Tomas Brennock's third novel, The Keeper, follows a widower who takes a job on a "
    "rock lighthouse. Brennock, 52, worked as a ferry engineer before Salt Harbour came "
    "out in 2016. We spoke in his garden in Cobh.\n\n"
    "Why a lighthouse?\n\n"
    "My grandfather kept one off Kerry for twenty years. I think he was happiest out "
    "there. The book grew from his logbooks.\n\n"
    "Was it hard to write?\n\n"
    "It took four years. I threw away most of the first draft.\n\n"
    "This interview has been edited and condensed."
)


def test_a_q_and_a_with_a_bare_edit_note_gives_the_answers_to_the_interviewee() -> None:
    """*This interview has been edited and condensed.* marks a Q&A as surely as *edited
    for length and clarity*; the interviewee is the person the introduction names most,
    counting the surname alone (*Brennock, 52,*) and not a book title (*Salt Harbour*),
    and an answer's *I think* is the interviewee, not the writer."""
    doc = claimscope.annotate(_QA)
    by_text = {c.text: c for c in doc.claims}
    for text in ("It took four years", "The book grew from his logbooks"):
        claim = by_text[text]
        assert claim.source.text == "Tomas Brennock", text
        assert claim.source.type is SourceType.PERSON
    hedged = next(c for c in doc.claims if "happiest out there" in c.text)
    assert hedged.source.text == "Tomas Brennock"
    assert hedged.confidence.value == "hedged"


def test_a_lightly_edited_conversation_is_a_q_and_a_too() -> None:
    """*This conversation has been lightly edited.*: an adverb before *edited*."""
    text = _QA.replace("This interview has been edited and condensed.", "")
    text = text.replace(
        "We spoke in his garden in Cobh.",
        "We spoke in his garden in Cobh. This conversation has been lightly edited.",
    )
    claim = next(c for c in claimscope.annotate(text).claims if "four years" in c.text)
    assert claim.source.text == "Tomas Brennock"


def test_a_column_that_mentions_editing_is_no_q_and_a() -> None:
    """A text that says a draft *has been edited* but is no interview keeps its
    questions rhetorical and its prose the writer's."""
    text = _QA.replace("This interview has been edited and condensed.", "My draft was edited.")
    claim = next(c for c in claimscope.annotate(text).claims if "four years" in c.text)
    assert claim.source.type is SourceType.AUTHOR


# -- fire brigades, transit bodies and slide decks -----------------------------------------


def test_a_fire_brigade_is_an_organization() -> None:
    """*Westmoor Fire Brigade said …* and *The brigade said …*: a public body, not a
    person named Brigade."""
    text = (
        "Westmoor Fire Brigade said six engines were sent to the warehouse. "
        "The brigade said the roof had partly collapsed."
    )
    claims = claimscope.annotate(text).claims
    assert [c.source.type for c in claims] == [SourceType.ORGANIZATION] * 2
    assert claims[1].source.text == "Westmoor Fire Brigade"


def test_a_transit_agency_is_an_organization() -> None:
    """*Harbour Transit said …*: the transit agency speaks as a body."""
    text = "Harbour Transit said the route would reopen on Monday."
    claim = claimscope.annotate(text).claims[0]
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_slide_deck_is_a_document() -> None:
    """*One slide deck … recommends that …*: a written artefact."""
    text = (
        "One slide deck, prepared for a board meeting in May, recommends that managers "
        "stop publishing monthly complaint figures."
    )
    claim = claimscope.annotate(text).claims[0]
    assert claim.source.type is SourceType.DOCUMENT


def test_the_company_is_not_the_fire_brigade_or_the_safety_executive() -> None:
    """*The company said …* after a company, then a fire brigade and the Health and
    Safety Executive were named: a brigade or an executive agency is no company."""
    text = (
        "Tolland Plastics Ltd said the building held drums of resin.\n\n"
        "Westmoor Fire Brigade said six engines attended. The Health and Safety "
        "Executive (HSE) has opened an investigation.\n\n"
        "The company said production had been halted."
    )
    claim = next(c for c in claimscope.annotate(text).claims if "halted" in c.text)
    assert claim.source.text == "Tolland Plastics Ltd"


# -- a denial of a claim reported inside another attribution --------------------------------


def test_a_reported_denial_of_a_claim_is_nested_and_denied() -> None:
    """*A spokeswoman said the company rejects the suggestion that C*: the company's
    denial of C, relayed by the spokeswoman (SPEC's nesting: the innermost speaker is
    the source, the relay on the chain)."""
    for text, content, source in (
        (
            "A spokeswoman said the company rejects the suggestion that it hid injury "
            "figures from inspectors.",
            "it hid injury figures from inspectors",
            "the company",
        ),
        (
            "Mr Hale said the bank disputed allegations that it had misled savers.",
            "it had misled savers",
            "the bank",
        ),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.text == content
        assert claim.source.text == source
        assert claim.confidence.value == "denied"
        assert claim.chain


def test_rejecting_an_offer_is_no_nested_denial() -> None:
    """*said the club rejected the offer*: a rejected proposal is an act the spokesman
    reports, not a denied claim (SPEC), so the spokesman stays the source."""
    text = "A spokesman said the club rejected the offer from the council."
    claim = claimscope.annotate(text).claims[0]
    assert claim.source.text == "A spokesman"
    assert claim.confidence.value == "reported"


# -- an indefinite role with a prepositional phrase, then the name -----------------------


def test_a_spokesperson_for_a_body_then_a_name_is_that_person() -> None:
    """*A spokesperson for the council, Jane Doe, said …*: the name closing the
    apposition is who speaks, as after *The spokesperson for the council, Jane Doe,*;
    a place after the phrase (*A resident of Main Street, Springfield,*) is no name."""
    for text, source in (
        ("A spokesperson for the council, Jane Doe, said the road would close.", "Jane Doe"),
        ("A teacher at the school, Maria Gomez, said pupils were sent home.", "Maria Gomez"),
        (
            "A resident of Main Street, Springfield, said the road would close.",
            "A resident of Main Street",
        ),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.source.text == source


# -- tip-line calls and contributor lines closing an investigation --------------------------

_STORY = "The bridge will reopen in May, a spokeswoman said on Monday.\n\n"


def test_a_tip_line_after_a_short_question_is_no_claim() -> None:
    """*Have a tip? Contact our reporters securely.*: the question is no claim and the
    call after it addresses the reader."""
    for tail in (
        "Have a tip? Contact our reporters securely.",
        "Got a story? Send us your tips at tips@harbourdaily.example.",
    ):
        claims = claimscope.annotate(_STORY + tail).claims
        assert [c.text for c in claims] == ["The bridge will reopen in May"], tail


def test_contributor_lines_closing_an_article_are_no_claims() -> None:
    """*Daniel Okafor covers labor. Rosa Villanueva is a data reporter.*: one line a
    writer, as a bio; a company's cover (*Acme Insurance covers flood damage.*) stays
    a claim."""
    for tail in (
        "Liam Carrick covers transport. Ines Moreau is a data reporter.",
        "Liam Carrick covers transport for The Harbour Daily.",
    ):
        claims = claimscope.annotate(_STORY + tail).claims
        assert len(claims) == 1, tail
    prose = claimscope.annotate(_STORY + "Acme Insurance covers flood damage.").claims
    assert len(prose) == 2


# -- "reports seen by the paper show": the noun, not the verb --------------------------------


def test_reports_a_participle_follows_are_the_documents_that_show() -> None:
    """*Internal reports reviewed by the Courier show that C*: a participle and its
    agent after *reports* make it the subject's noun, so the documents are the source
    and *show* the cue (*The mayor reports that C* keeps its verb)."""
    for text, head in (
        ("Internal reports reviewed by the Courier show that complaints doubled.", "reports"),
        ("Police reports obtained by the Herald show that the van was speeding.", "reports"),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert head in claim.source.text, text
        assert claim.source.type is SourceType.DOCUMENT
        assert [c.text for c in claim.cues] == ["show"]
    verb = claimscope.annotate("The mayor reports that the budget is balanced.").claims[0]
    assert verb.source.text == "The mayor"


# -- councillors' titles and clarification notes --------------------------------------------


def test_coun_and_cllr_are_titles_that_end_no_sentence() -> None:
    """*Coun. Trevor Vail* (Canadian) and *Cllr Ann Roe* (British): a councillor's
    title before the name, whose period ends no sentence."""
    text = (
        "The remark was made by Coun. Trevor Vail at Tuesday's meeting. "
        "Cllr Ann Roe said the library would stay open."
    )
    doc = claimscope.annotate(text)
    assert len(doc.sentences) == 2
    claim = next(c for c in doc.claims if "library" in c.text)
    assert "Ann Roe" in claim.source.text
    assert claim.source.type is SourceType.PERSON


def test_a_clarification_note_is_page_furniture_like_a_correction() -> None:
    """*Clarification: A previous version said …*: the outlet's note on its own
    story, page furniture like *Correction:*, not a claim of the earlier version."""
    text = (
        "The ferry will be replaced in 2029, staff said.\n\n"
        "Clarification: A previous version of this story said the ferry would be retired "
        "this year. Staff now say it will stay in service."
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["The ferry will be replaced in 2029"]


# -- "could be seen from": what was perceptible, no possibility -----------------------------


def test_smoke_that_could_be_seen_from_a_town_is_no_hedge() -> None:
    """*smoke that could be seen from Hexley*, *could be heard streets away*: ability
    to perceive, so the witnesses' account is reported; *could be seen as a snub* and
    *could be felt for years* stay possibilities."""
    for text, label in (
        ("Witnesses described black smoke that could be seen from Hexley.", "reported"),
        ("Neighbours said the blasts could be heard streets away.", "reported"),
        ("Critics said the decision could be seen as a snub.", "hedged"),
        ("The minister said the effects could be felt for years.", "hedged"),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.confidence.value == label, text


# -- "does not recognise the figures": the British company's denial -------------------------


def test_not_recognising_a_description_or_figures_denies_them() -> None:
    """*said it did not recognise that description*, *does not recognise the
    figures*: a company rejecting a claim; *did not recognise her attacker* is no
    denial."""
    for text, label in (
        ("Harwell Foods said it did not recognise that description.", "denied"),
        ("The trust said it does not recognise the figures quoted by the union.", "denied"),
        ("The witness said she did not recognise her attacker.", "reported"),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.confidence.value == label, text


# -- market reports: "producers and buyers confirmed" ---------------------------------------


def test_joined_market_groups_after_the_content_are_its_source() -> None:
    """*…, producers and buyers confirmed.*: two unnamed groups joined by *and* after
    the content, as *officials and analysts said*; buyers and importers are people
    speaking, like traders and brokers."""
    for text, source in (
        (
            "The October contract settled at $515/t, producers and buyers confirmed.",
            "producers and buyers",
        ),
        ("Cargoes were booked for November, importers said.", "importers"),
    ):
        claim = claimscope.annotate(text).claims[0]
        assert claim.source.text == source
        assert claim.source.type is SourceType.ANONYMOUS
        assert claim.confidence.value == "reported"


def test_a_purpose_before_a_sign_up_call_is_no_claim() -> None:
    """*To receive our weekly market report, sign up here.*: a call to action with a
    purpose clause before its imperative."""
    text = "Prices rose, traders said.\n\nTo receive our weekly market report, sign up here."
    assert [c.text for c in claimscope.annotate(text).claims] == ["Prices rose"]


def test_a_sources_line_is_a_credit_not_a_claim() -> None:
    """*Sources: U.S. Bureau of Labor Statistics, …; interviews with …*: the list a
    fact-check or a chart closes with credits where the figures came from."""
    text = (
        "The governor's figure is wrong, economists said.\n\n"
        "Sources: Bureau of Labor Statistics, accessed Oct. 9; interviews with two "
        "economists.\n\nSource: Ohio Department of Development."
    )
    assert len(claimscope.annotate(text).claims) == 1


# -- "What we know so far": bulleted facts ----------------------------------------------------


def test_a_bullet_is_no_part_of_a_claim() -> None:
    """*\\* The blast happened at 14:10, according to the brigade.*: the list item's
    bullet opens neither an attributed claim nor one in the writer's voice."""
    text = (
        "Here is what we know so far.\n\n"
        "* The blast happened at 14:10 in a storage shed, according to the fire brigade.\n"
        "* Two men died at the scene.\n"
        "• The council opened a rest centre, officials said."
    )
    texts = [c.text for c in claimscope.annotate(text).claims]
    assert "The blast happened at 14:10 in a storage shed" in texts
    assert "Two men died at the scene." in texts
    assert "The council opened a rest centre" in texts


# -- "said C1, but that C2": two contents of one verb ----------------------------------------


def test_a_second_that_clause_after_but_is_the_same_speaker_s() -> None:
    """*The agency said C1, but that the tests would continue*: *but that* and a
    clause's subject open the verb's second content, one claim each with the same
    source; *but that view was not shared* (a determiner) is the writer's."""
    text = (
        "The agency said early monitoring had found no problems, but that the tests "
        "would continue overnight."
    )
    claims = claimscope.annotate(text).claims
    assert [(c.text, c.source.text) for c in claims] == [
        ("early monitoring had found no problems", "The agency"),
        ("the tests would continue overnight", "The agency"),
    ]
    text = "He said the plan was sound, but that view was not shared by the council."
    assert claimscope.annotate(text).claims[0].text == "the plan was sound"


# -- "X read the report and said": an irregular past ends the subject --------------------


def test_an_irregular_past_ends_the_shared_subject() -> None:
    """*The minister read the report and said C*, *My editor read it and said C*: the
    sentence's subject speaks; *read*, *wrote*, *spoke* … are past tenses that end it,
    as *met* and *told* did (not *the report*, not *My editor read it and*)."""
    for text, source in (
        ("The minister read the report and said it was flawed.", "The minister"),
        ("My editor read it and said, kindly, that it was too neat.", "My editor"),
        ("The coach spoke to the players and said the season was over.", "The coach"),
    ):
        claim = claimscope.annotate(text).claims[-1]
        assert claim.source.text == source, text


def test_the_company_is_no_capital_or_country() -> None:
    """*A ministry official in New Delhi told …* then *The company did not respond*:
    a capital or country named for its government is no company."""
    text = (
        "A ministry official in New Delhi told reporters that stocks were adequate.\n\n"
        "The company said it would hold prices."
    )
    claim = claimscope.annotate(text).claims[-1]
    assert claim.source.text == "The company"
