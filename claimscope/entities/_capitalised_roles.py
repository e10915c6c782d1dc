"""A role noun written with a capital after *the* (*The Minister, Ciarán Hollis,
says*; *the Commissioner*; *the Taoiseach*), in the style of Irish, British and
Commonwealth papers: a description of the person named next to it, not a name of
its own, so an apposition joins the two as it joins *the minister, Jane Doe*.
"""

from __future__ import annotations

from claimscope import sources as sources_mod
from claimscope.entities.mention import Mention


def role_name(text: str, m: Mention) -> bool:
    """Whether the name mention ``m`` is one capitalised role word after *the*."""
    return (
        m.kind == "name"
        and len(m.words) == 1
        and text[m.start : m.start + 4].casefold() == "the "
        and sources_mod.is_role(m.words[0].casefold())
    )
