"""Organisation names that hold a list: *the Air-Conditioning, Heating, and
Refrigeration Institute*, *the Mining, Energy and Water Council*. A comma ends a
name run, so the list is first read as several names; :func:`join_listed_names`
joins them back into one, for :mod:`.mentions`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimscope.entities.mention import Mention
from claimscope.entities.words import _head_org_words, _org_words

_LIST_GAP = re.compile(r",\s+(?:and\s+)?\Z")
"""What stands between two names of one listed organisation name: a comma, perhaps
before *and* (the serial comma: *Heating, and Refrigeration Institute*)."""


def join_listed_names(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with each run of single-word names joined by commas to a last name
    ending in an organisation word, with *and* before the last item, made one name
    (*the Food, Drink and Tobacco Federation*). A list of places or people (*Spain,
    Italy and the European Union*) ends in no organisation word and stays apart."""
    out: list[Mention] = []
    run: list[Mention] = []  # single-word names, each followed by a comma
    for m in found:
        if _listed(m, text) and run and _LIST_GAP.match(text, run[-1].end, m.start):
            last = m.words[-1] if m.words else ""
            anded = "and" in m.words or text[run[-1].end : m.start].rstrip().endswith("and")
            if anded and (last in _org_words() or last in _head_org_words()):
                words = [*run[0].words]
                for x in (*run[1:], m):
                    words += x.words
                out[-len(run) :] = [
                    run[0]._replace(end=m.end, words=tuple(words), subject=run[0].subject)
                ]
                run = []
                continue
        if len(m.words) == 1 and not m.title and not m.roles and m.kind == "name":
            listed = run and _listed(m, text) and _LIST_GAP.match(text, run[-1].end, m.start)
            run = [*run, m] if listed else [m]
        else:
            run = []
        out.append(m)
    return out


def _listed(m: Mention, text: str) -> bool:
    """Whether ``m`` can be a later item of a listed name: a name that starts with
    its own capitalised word (*Britain, the Energy Council said* is two names)."""
    return m.kind == "name" and text[m.start].isupper() and not text.startswith("The ", m.start)


def in_longer_name(mentions: Sequence[Mention], starts: Sequence[int], a: int, b: int) -> bool:
    """Whether a name mention starting before ``a`` holds ``[a, b)``: *Energy and
    Water Council* is no group joined by *and* inside *the Mining, Energy and Water
    Council*. ``starts`` holds the mentions' start offsets, in order."""
    k = bisect.bisect_left(starts, a)
    before = mentions[max(0, k - 8) : k]
    return any(m.kind == "name" and m.start < a and m.end >= b for m in before)
