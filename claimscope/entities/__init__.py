"""The entity model of a document: who and what the text mentions, clustered and typed.

Built once per text, after attribution, from the text and its sentence spans:

1. **mentions** (:mod:`.mentions`): capitalised name runs (with their titles and
   honorifics, initials, possessives cut off), acronyms, descriptions headed by a
   source noun (*the president*, *a spokesman*, *officials*, *the report*, *the
   brokerage*) and third-person pronouns. Only phrase-shaped mentions: none starts
   with a preposition, auxiliary or verb, ends with one or with a determiner, or
   crosses a clause boundary.
2. **clusters** (:mod:`.cluster`): full name ↔ surname ↔ title + surname ↔ short
   name (*Sir John*); acronym ↔ expansion; apposition (*Jane Roe, the chief
   constable*; *police spokesman Audley Peters*) and role titles (*President Jane
   Doe* … *the president*) give a person the role nouns that later refer back to
   them; definite descriptions (*the brokerage*, *the outlet*) go to the latest
   entity of their kind; pronouns (:mod:`.pronouns`) to the most salient compatible
   entity.
3. **types** (:mod:`.kinds`) with a reason each, one per entity.

:func:`resolve_sources` (:mod:`.resolve`) then maps each claim's source (and chain
links) to an entity, mending source phrases that are not phrase-shaped from the
entities around them.
Work is linear in the text: every lookup is a dictionary or a bounded window.
"""

from __future__ import annotations

from claimscope.entities.cluster import build_entities
from claimscope.entities.mentions import Mention, find_mentions
from claimscope.entities.resolve import resolve_sources

__all__ = ["Mention", "build_entities", "find_mentions", "resolve_sources"]
