"""A second verb after a new clause: *…, according to exit polls, but his rival
refused to concede and accused the party of C*.

*and accused* shares a subject with the verb before it; the attribution before it in
the sentence (*according to exit polls*) supplies that subject only while no clause
opened by a conjunction after a comma (*, but his rival refused*) stands between
them. Past one, the clause's own subject speaks."""

from __future__ import annotations

from claimscope._grammar import NP_OPENERS, POSSESSIVES
from claimscope.attribution.context import Raw
from claimscope.attribution.who import last_clause_start


def clause_since(tokens: list[tuple[int, int, str]], k: int, previous: Raw) -> bool:
    """Whether a clause opened by a conjunction after a comma, with a subject of its
    own, starts between the attribution ``previous`` (its content, source and cue) and
    the cue at token ``k``."""
    clause = last_clause_start(tokens, k)
    if clause <= 0 or clause >= k:
        return False
    opener = tokens[clause][2]
    if not (opener[:1].isupper() or opener.casefold() in NP_OPENERS | POSSESSIVES):
        return False  # "who is supporting Sanders, but has previously dismissed": no subject
    ends = [previous.end]
    if previous.source is not None:
        ends.append(previous.source[1])
    if previous.cue is not None:
        ends.append(previous.cue.end)
    return tokens[clause][0] >= max(ends)
