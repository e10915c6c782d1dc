"""The annotation's peak-memory forms (issues 18 and 20): each must compute exactly
what the plain form it replaces computes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope import cues

_CASED = st.text(alphabet=st.sampled_from("ΑΣσςİ'.\n aBK\u212a-"), max_size=60)


@given(_CASED, st.integers(1, 9))
def test_lowering_by_slices_equals_lowering_at_once(text: str, size: int) -> None:
    """Lower-casing a long text a slice at a time (cut after spaces and line ends) gives
    ``str.lower`` of the whole, final sigma and the dotted capital I included."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", size)
        assert cues._lower(text) == text.lower()


def test_cues_of_a_long_text_are_found_across_slices() -> None:
    """A text many slices long has the cues it has when lowered at once: the slices
    change where the work happens, not what the scan sees."""
    text = "The ΜΕΓΑΣ senator said it may rain. " * 40 + "ΟΔΟΣ officials claimed."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "_LOWER_SLICE", 50)
        sliced = cues.find_cues(text)
    assert sliced == cues.find_cues(text) and len(sliced) == 81
