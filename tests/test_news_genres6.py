"""Sources, types, confidence and furniture in the sixth round's composed genres (a
South African match report, an Irish court report, a New Zealand flood story, a
Canadian space story, a US local live blog, a UK regional council story): one test per
general error seen in ``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

from claim_docs import only_claim

from claimscope import SourceType


def test_an_irish_senior_counsel_keeps_her_full_name() -> None:
    """*Siobhán Kehoe SC* … *Ms Kehoe said*: *SC* (senior counsel, like *KC* and *BL*)
    follows the surname, so the later *Ms Kehoe* names the same barrister."""
    text = (
        "Opening the case, Siobhán Kehoe SC told the jury that the accused had used "
        'his position to move money.\n\n"This was no moment of madness," Ms Kehoe said.'
    )
    claim = only_claim(text, "This was no moment")
    assert claim.source.text == "Siobhán Kehoe SC"
    assert claim.source.type is SourceType.PERSON
