"""Views of an annotated document: an HTML view for notebooks and reports, and a plain
text view for terminals.

Rendering is a pure function of plain data: every function takes the ``claimscope/1``
dict (:meth:`Document.to_dict`) and returns a string. Every fragment of text, attribute
values included, goes through :func:`html.escape`, and labels that become CSS classes
are checked against the known values, so annotated untrusted text cannot inject markup.

Overlapping spans (a cue inside a source inside a claim, two claims sharing words) are
rendered from a sorted list of boundary events: the text is cut at every span boundary
and each piece is wrapped in its own complete set of elements, so nesting is never
broken whatever the spans.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from claimscope.labels import Confidence, CueKind, SourceType

__all__ = ["html_page", "render_html", "render_text"]

_CONFIDENCES = tuple(c.value for c in Confidence)
_TYPES = tuple(t.value for t in SourceType)
_KINDS = tuple(k.value for k in CueKind)

_CSS = """
.claimscope{font:15px/1.7 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;
  max-width:60em}
.claimscope .cs-text{white-space:pre-wrap;padding:.6em .8em;border:1px solid #ddd;
  border-radius:6px;background:#fff}
.claimscope mark.cs-claim{border-radius:3px;padding:1px 0;color:inherit}
.claimscope .cs-conf-asserted{background:#eceff1}
.claimscope .cs-conf-reported{background:#d6eaff}
.claimscope .cs-conf-hedged{background:#fff1b8}
.claimscope .cs-conf-alleged{background:#ffd8a8}
.claimscope .cs-conf-denied{background:#ffc9c9}
.claimscope mark.cs-overlap{box-shadow:inset 0 -2px 0 #888}
.claimscope .cs-src{text-decoration-line:underline;text-decoration-thickness:2px;
  text-underline-offset:3px}
.claimscope .cs-src-person{text-decoration-color:#1864ab}
.claimscope .cs-src-anonymous{text-decoration-color:#862e9c;text-decoration-style:dashed}
.claimscope .cs-src-organization{text-decoration-color:#2b8a3e}
.claimscope .cs-src-media{text-decoration-color:#d9480f;text-decoration-style:double}
.claimscope .cs-src-document{text-decoration-color:#5c940d;text-decoration-style:dotted}
.claimscope .cs-src-unspecified{text-decoration-color:#868e96;text-decoration-style:wavy}
.claimscope .cs-src-author{text-decoration-color:#495057}
.claimscope .cs-cue{font-weight:600;border-bottom:1px dotted #333}
.claimscope .cs-cue-hedge{font-style:italic}
.claimscope .cs-cue-denial{color:#c92a2a}
.claimscope .cs-cue-distancing{color:#d9480f}
.claimscope [title]{cursor:help}
.claimscope .cs-legend{font-size:13px;margin:.5em 0;display:flex;flex-wrap:wrap;gap:.3em 1em}
.claimscope .cs-legend span{padding:0 .3em}
.claimscope ol.cs-claims{font-size:14px;padding-left:2em}
.claimscope ol.cs-claims li{margin:.2em 0}
.claimscope .cs-meta{color:#555}
"""


def _e(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape(str(value), quote=True)


def _label(value: object, allowed: tuple[str, ...]) -> str:
    """A CSS-safe label: the value if known, else ``other``."""
    return value if isinstance(value, str) and value in allowed else "other"


def _claims(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    claims = data.get("claims") or []
    return [c for c in claims if isinstance(c, Mapping)]


def _source_line(source: Mapping[str, Any]) -> str:
    text = source.get("text")
    kind = source.get("type", "?")
    return f"{text} ({kind})" if text is not None else f"({kind})"


def _cue_line(cue: Mapping[str, Any]) -> str:
    extra = [str(cue[k]) for k in ("entry", "stance") if cue.get(k)]
    if cue.get("negated"):
        extra.append("negated")
    if cue.get("reason"):
        extra.append(str(cue["reason"]))
    suffix = f" [{', '.join(extra)}]" if extra else ""
    return f"{cue.get('text')} ({cue.get('kind')}){suffix}"


def _quote_words(quote: object) -> str:
    return "no quote" if quote == "none" else f"{quote} quote"


def _claim_tooltip(i: int, claim: Mapping[str, Any]) -> str:
    source = claim.get("source") or {}
    lines = [
        f"claim {i + 1}: {claim.get('confidence')}, {_quote_words(claim.get('quote'))}",
        f"source: {_source_line(source)}",
    ]
    mention = source.get("mention")
    if isinstance(mention, Mapping):
        lines.append(f"mention: {mention.get('text')}")
    chain = claim.get("chain") or []
    if chain:
        lines.append("via: " + " < ".join(_source_line(link) for link in chain))
    cue = claim.get("cue")
    if isinstance(cue, Mapping):
        lines.append(f"cue: {_cue_line(cue)}")
    cues = [c for c in claim.get("cues") or [] if isinstance(c, Mapping)]
    if cues:
        lines.append("cues: " + "; ".join(_cue_line(c) for c in cues))
    if claim.get("rule"):
        lines.append(f"rule: {claim['rule']}")
    return "\n".join(lines)


# A layer is one span to mark: (start, end, role, order, css label, tooltip, claim index).
_Layer = tuple[int, int, str, int, str, str, int]
_ROLES = ("claim", "source", "cue")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _layers(data: Mapping[str, Any], n: int) -> list[_Layer]:
    layers: list[_Layer] = []
    seen: set[tuple[int, int, str, str]] = set()

    def add(span: object, role: str, order: int, label: str, tip: str, ident: int = -1) -> None:
        if not isinstance(span, Mapping):
            return
        start, end = _int(span.get("start")), _int(span.get("end"))
        if start is None or end is None:
            return
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if start >= end:
            return
        key = (start, end, role, label)
        if role != "claim" and key in seen:
            return
        seen.add(key)
        layers.append((start, end, role, order, label, tip, ident))

    for i, claim in enumerate(_claims(data)):
        conf = _label(claim.get("confidence"), _CONFIDENCES)
        rank = _CONFIDENCES.index(conf) if conf in _CONFIDENCES else len(_CONFIDENCES)
        add(claim, "claim", rank, conf, _claim_tooltip(i, claim), i)
        source = claim.get("source")
        if isinstance(source, Mapping):
            kind = _label(source.get("type"), _TYPES)
            add(
                source,
                "source",
                _TYPES.index(kind) if kind in _TYPES else 99,
                kind,
                f"source: {_source_line(source)}",
            )
            mention = source.get("mention")
            if isinstance(mention, Mapping):
                add(
                    mention,
                    "source",
                    _TYPES.index(kind) if kind in _TYPES else 99,
                    kind,
                    f"mention of {_source_line(source)}",
                )
        for link in claim.get("chain") or []:
            if isinstance(link, Mapping):
                kind = _label(link.get("type"), _TYPES)
                add(link, "source", 50, kind, f"intermediary: {_source_line(link)}")
        cues = [claim.get("cue"), *(claim.get("cues") or [])]
        for cue in cues:
            if isinstance(cue, Mapping):
                kind = _label(cue.get("kind"), _KINDS)
                add(
                    cue,
                    "cue",
                    _KINDS.index(kind) if kind in _KINDS else 99,
                    kind,
                    f"{kind} cue: {_cue_line(cue)}",
                )
    return layers


def _segments(n: int, layers: list[_Layer]) -> Iterable[tuple[int, int, list[_Layer]]]:
    """Cut ``[0, n)`` at every layer boundary; yield each piece with its active layers.

    A sweep over sorted boundary events: at each boundary, layers that end are removed
    and layers that start are added, so the work is linear in the number of pieces
    times the number of layers active at once.
    """
    events: list[tuple[int, int, int]] = []  # (position, 0=end/1=start, layer index)
    for k, (start, end, *_rest) in enumerate(layers):
        events.append((start, 1, k))
        events.append((end, 0, k))
    events.sort()
    active: dict[int, _Layer] = {}
    position = 0
    j = 0
    while position < n or j < len(events):
        while j < len(events) and events[j][0] == position:
            _, is_start, k = events[j]
            if is_start:
                active[k] = layers[k]
            else:
                active.pop(k, None)
            j += 1
        following = events[j][0] if j < len(events) else n
        if following > position:
            yield position, following, list(active.values())
        elif j >= len(events):
            break
        position = following


def _wrap(piece: str, active: list[_Layer]) -> str:
    if not active:
        return _e(piece)
    by_role: dict[str, list[_Layer]] = {role: [] for role in _ROLES}
    for layer in active:
        by_role[layer[2]].append(layer)
    for layers in by_role.values():
        layers.sort(key=lambda layer: (layer[3], layer[0], layer[1]))
    tooltip = "\n".join(layer[5] for role in _ROLES for layer in by_role[role])
    out = _e(piece)
    if by_role["cue"]:
        kinds = " ".join(dict.fromkeys(f"cs-cue-{layer[4]}" for layer in by_role["cue"]))
        out = f'<span class="cs-cue {kinds}">{out}</span>'
    if by_role["source"]:
        out = f'<span class="cs-src cs-src-{by_role["source"][0][4]}">{out}</span>'
    if by_role["claim"]:
        claims = by_role["claim"]
        ids = " ".join(str(layer[6]) for layer in sorted(claims, key=lambda x: x[6]))
        overlap = " cs-overlap" if len(claims) > 1 else ""
        out = (
            f'<mark class="cs-claim cs-conf-{claims[0][4]}{overlap}" '
            f'data-claims="{_e(ids)}">{out}</mark>'
        )
    return f'<span class="cs-seg" title="{_e(tooltip)}">{out}</span>'


def _legend() -> str:
    parts = ['<div class="cs-legend"><b>confidence:</b>']
    parts += [f'<mark class="cs-claim cs-conf-{c}">{c}</mark>' for c in _CONFIDENCES]
    parts.append('</div><div class="cs-legend"><b>source type:</b>')
    parts += [f'<span class="cs-src cs-src-{t}">{t}</span>' for t in _TYPES if t != "author"]
    parts.append('</div><div class="cs-legend"><b>cue:</b>')
    parts += [f'<span class="cs-cue cs-cue-{k}">{k}</span>' for k in _KINDS]
    parts.append(
        '<span class="cs-meta">(hover for source, type, confidence and reasons)</span></div>'
    )
    return "".join(parts)


def _claim_list(data: Mapping[str, Any]) -> str:
    claims = _claims(data)
    if not claims:
        return '<p class="cs-meta">No claims found.</p>'
    items = []
    for i, claim in enumerate(claims):
        conf = _label(claim.get("confidence"), _CONFIDENCES)
        source = claim.get("source") or {}
        kind = _label(source.get("type"), _TYPES)
        who = source.get("text")
        who_html = (
            f'<span class="cs-src cs-src-{kind}">{_e(who)}</span>'
            if who is not None
            else '<span class="cs-meta">—</span>'
        )
        items.append(
            f'<li title="{_e(_claim_tooltip(i, claim))}">'
            f'<mark class="cs-claim cs-conf-{conf}">{_e(claim.get("confidence"))}</mark> '
            f'{who_html} <span class="cs-meta">({_e(source.get("type"))}, '
            f"{_e(_quote_words(claim.get('quote')))})</span>: {_e(claim.get('text'))}</li>"
        )
    return f'<ol class="cs-claims">{"".join(items)}</ol>'


def render_html(data: Mapping[str, Any], *, standalone: bool = False, title: str = "") -> str:
    """Render a ``claimscope/1`` dict as HTML.

    The text is shown with claims highlighted by confidence, sources underlined by
    type and cues marked; hovering any marked piece shows the source, its type, the
    confidence and the reasons (cues and rule). A legend and a numbered list of the
    claims follow. With ``standalone`` the result is a complete HTML page, else a
    fragment (with its own scoped ``<style>``) for notebooks or embedding.
    """
    if not isinstance(data, Mapping):
        raise TypeError(
            f"render_html takes a claimscope/1 dict (doc.to_dict()), not {type(data).__name__}"
        )
    text = data.get("text")
    if not isinstance(text, str):
        raise TypeError("render_html: the dict has no 'text' string; pass doc.to_dict()")
    n = len(text)
    pieces = [_wrap(text[a:b], active) for a, b, active in _segments(n, _layers(data, n))]
    heading = f"<h2>{_e(title)}</h2>" if title else ""
    fragment = (
        f'<div class="claimscope">{heading}{_legend()}'
        f'<div class="cs-text">{"".join(pieces)}</div>{_claim_list(data)}</div>'
    )
    if standalone:
        return html_page([fragment], title=title or "claimscope")
    return f"<style>{_CSS}</style>{fragment}"


def html_page(fragments: Iterable[str], *, title: str = "claimscope") -> str:
    """Wrap rendered fragments (from :func:`render_html` with ``standalone=False``
    or the ``<div class="claimscope">`` part of it) in one complete HTML page."""
    body = "\n<hr>\n".join(
        f.split("</style>", 1)[1] if f.startswith("<style>") else f for f in fragments
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>body{{margin:1.5em}}{_CSS}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _clean(text: object) -> str:
    """Make a value safe to print on a terminal: whitespace runs become one space and
    control characters (which could be escape sequences) become U+FFFD."""
    out = []
    for ch in str(text):
        if ch in "\t\n\r\v\f":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
            out.append("\ufffd")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def render_text(data: Mapping[str, Any]) -> str:
    """Render a ``claimscope/1`` dict as a readable plain-text list of claims.

    Each claim shows its number, confidence, quote kind, source and type, then the
    content and the cues. Control characters in the text are replaced so the view
    is safe to print on a terminal.
    """
    if not isinstance(data, Mapping):
        raise TypeError(
            f"render_text takes a claimscope/1 dict (doc.to_dict()), not {type(data).__name__}"
        )
    claims = _claims(data)
    n_sentences = len(data.get("sentences") or [])
    lines = [f"{len(claims)} claim(s) in {n_sentences} sentence(s)"]
    for i, claim in enumerate(claims):
        source = claim.get("source") or {}
        who = source.get("text")
        mention = source.get("mention")
        head = f"[{i + 1}] {claim.get('confidence')} · {claim.get('quote')} · {source.get('type')}"
        if who is not None:
            head += f": {_clean(who)}"
        if isinstance(mention, Mapping):
            head += f" (as {_clean(mention.get('text'))!s})"
        lines.append(head)
        lines.append(f"    “{_clean(claim.get('text'))}”")
        reasons = []
        cue = claim.get("cue")
        if isinstance(cue, Mapping):
            reasons.append(f"cue: {_clean(cue.get('text'))} ({cue.get('kind')})")
        cues = [c for c in claim.get("cues") or [] if isinstance(c, Mapping)]
        if cues:
            listed = ", ".join(f"{_clean(c.get('text'))} ({c.get('kind')})" for c in cues)
            reasons.append(f"cues: {listed}")
        chain = claim.get("chain") or []
        if chain:
            reasons.append("via: " + " < ".join(_clean(_source_line(x)) for x in chain))
        if claim.get("rule"):
            reasons.append(f"rule: {_clean(claim['rule'])}")
        if reasons:
            lines.append("    " + "; ".join(reasons))
    return "\n".join(lines) + "\n"
