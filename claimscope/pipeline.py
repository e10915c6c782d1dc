"""The annotation pipeline: segment → find cues and quotes → attribute → label →
resolve entities → emit.

:class:`Annotator` holds an immutable configuration and wires the stages together;
:func:`annotate` uses a default annotator. Both are safe to share across threads.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from claimscope import lexicon, source_ranker
from claimscope._held import HeldClaims, HeldSpans
from claimscope._progress import report
from claimscope.attribution import attribute
from claimscope.attribution.context import Subjects
from claimscope.cues import find_cues
from claimscope.entities.resolve import sources_resolved
from claimscope.learned import decide
from claimscope.lexicon import Lexicons
from claimscope.model import Claim, Document, pack_sentences
from claimscope.quotes import find_quotes
from claimscope.segment import segment

__all__ = ["Annotator", "annotate", "check_text"]


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise a helpful ``TypeError`` otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            f"claimscope annotates str, not {type(text).__name__}; decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"claimscope annotates str, not {type(text).__name__}")


DECISIONS = ("learned", "rules")
"""The values :attr:`Annotator.decisions` accepts."""


def _check_decisions(instance: object, attribute: object, value: object) -> None:
    if value not in DECISIONS:
        raise ValueError(f"decisions must be one of {DECISIONS}, got {value!r}")


def _with_lexicons(
    method: Callable[[Annotator, str], Document],
) -> Callable[[Annotator, str], Document]:
    """Run ``method`` with the annotator's user lexicons active (see
    :mod:`claimscope.lexicon`); without any, call it as it is."""

    @functools.wraps(method)
    def annotate(self: Annotator, text: str) -> Document:
        if not self.lexicons:
            return method(self, text)
        with lexicon.using(self.lexicons):
            return method(self, text)

    return annotate


@attrs.frozen(kw_only=True)
class Annotator:
    """Annotates news-like English text.

    The annotator is an immutable configuration; change it with
    :func:`attrs.evolve`. It keeps no state between calls, so one instance can be
    shared by many threads.

    >>> doc = Annotator().annotate("The bridge opened in 1990. It was rebuilt.")
    >>> [s.text for s in doc.sentences]
    ['The bridge opened in 1990.', 'It was rebuilt.']
    """

    author_claims: bool = True
    """Emit a claim (source type ``author``) for each declarative sentence in the
    text's own voice. Turn off to get attributed claims only."""

    decisions: str = attrs.field(default="rules", validator=_check_decisions)
    """Which cues open an attribution: ``"learned"`` runs the cue model of
    :mod:`claimscope.learned` between cue finding and attribution (it vetoes rule cues
    and adds cues the word lists miss; an added cue's ``reason`` reads ``learned cue
    (score …)``, and :func:`claimscope.learned.explain` shows the features behind any
    decision), and after attribution the source ranker of
    :mod:`claimscope.source_ranker` picks each source phrase's boundaries
    (:func:`claimscope.source_ranker.explain` shows why); ``"rules"`` (the default)
    runs the pure rule engine. The
    model raises attribution F1 on PolNeAR dev but not on news-dev yet; see
    ``docs/learned.md``."""

    lexicons: Lexicons = attrs.field(
        default=Lexicons(), validator=attrs.validators.instance_of(Lexicons)
    )
    """Entries added to or removed from the shipped lexicons (outlets, organisations,
    roles, reporting verbs with their stance, hedges...), for this annotator only:
    :class:`~claimscope.lexicon.Lexicons`. Threads and worker processes
    (``pipe(n_process=...)``) see them too; other annotators do not."""

    @_with_lexicons
    def annotate(self, text: str) -> Document:
        """Annotate one text and return its :class:`~claimscope.model.Document`.

        Raises ``TypeError`` when ``text`` is not a ``str``.
        """
        text = check_text(text)
        report("segmenting")
        spans, paragraphs = segment(text)
        if not spans:
            return Document(text)
        found, speech = self._attribute(text, spans, paragraphs)
        del paragraphs
        # who is who: every source becomes an entity of the whole text. The entity
        # stage is the annotation's peak of memory: the claims and sentence spans wait
        # for it compactly, each claim built again when it is read.
        # Only the claims that name someone go through it; the others it would
        # leave as they are.
        held, sentences = HeldClaims(text, found), HeldSpans(spans)
        quotes = HeldSpans(speech)  # the ints the quote finder made go with the list
        del found, spans, speech
        # the parts the stage reads of each named claim are built when it reads them,
        # and its resolved sources go back into the columns, so they are never all
        # held at once; each claim is built once, at the end
        named = held.named()
        entities, changes = sources_resolved(
            text, sentences, held.parts(named), quotes, salient=held.local_starts(named)
        )
        for i, source, chain in changes:
            held.set_sources(named[i], source, chain)
        del named, changes
        del quotes
        claims = tuple(held)
        del held
        return Document(text, pack_sentences(sentences.flat()), claims, entities)

    def _attribute(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        paragraphs: Sequence[tuple[int, int]],
        *,
        rank: bool = True,
    ) -> tuple[list[Claim], list[tuple[int, int]]]:
        """The claims of ``text`` and the spans of its top-level quotes. Quotes and
        the cues no claim keeps are freed on return, before the entity stage (the
        annotation's peak of memory) starts. Under learned decisions the source
        ranker (:mod:`claimscope.source_ranker`) then picks each source's boundaries
        when :data:`~claimscope.source_ranker.ENABLED` and ``rank`` are true."""
        report("finding quotes")
        quotes = find_quotes(text)
        report("finding cues")
        cues = find_cues(text, quotes)
        subjects: dict[tuple[int, int], Subjects] = {}  # scans the cue model made
        if self.decisions == "learned":
            cues = decide(text, spans, quotes, cues, subjects=subjects).cues
        claims = attribute(
            text,
            spans,
            paragraphs,
            quotes,
            cues,
            author_claims=self.author_claims,
            subjects=subjects,
        )
        del subjects
        if rank and self.decisions == "learned" and source_ranker.ENABLED:
            claims = source_ranker.rank_sources(text, spans, claims)
        speech = sorted((q.start, q.end) for q in quotes if q.depth == 0)
        return claims, speech

    def pipe(
        self, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 32
    ) -> Iterator[Document]:
        """Annotate many texts, yielding documents in input order.

        With ``n_process > 1`` the texts are sent in batches of ``batch_size`` to a
        pool of worker processes; the output is identical to sequential annotation.
        ``texts`` is read lazily and only ``2 * n_process`` batches are in flight at
        once, so an endless stream runs in constant memory. A text that is not a
        ``str`` raises ``TypeError`` when its turn comes. Works under every
        multiprocessing start method; under ``spawn`` call it from code guarded by
        ``if __name__ == "__main__":``.

        A worker process that dies (e.g. killed by the out-of-memory killer) takes its
        batches down with it; they are retried once in a fresh pool, one text at a
        time. A text whose retry kills its worker too ends the iteration with a
        :class:`~claimscope.errors.WorkerError` naming its position and the cause,
        after every earlier document has been yielded. Workers end on their own
        within about a second when this process is killed (POSIX).

        >>> [len(d.sentences) for d in Annotator().pipe(["One. Two.", "Three."])]
        [2, 1]
        """
        if n_process < 1:
            raise ValueError(f"n_process must be >= 1, got {n_process}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        from claimscope._pool import ordered_map

        return ordered_map(self.annotate, texts, n_process=n_process, batch_size=batch_size)


_DEFAULT = Annotator()


def annotate(text: str) -> Document:
    """Annotate ``text`` with the default :class:`Annotator`.

    >>> annotate("").claims
    ()
    """
    return _DEFAULT.annotate(text)
