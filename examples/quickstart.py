"""Quickstart: annotate an article and print who says what, and how firmly.

Run: python examples/quickstart.py
"""

from __future__ import annotations

from pathlib import Path

import claimscope

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Annotate examples/article.txt and print its claims and source profile."""
    text = (HERE / "article.txt").read_text(encoding="utf-8")
    doc = claimscope.annotate(text)
    print(f"{len(doc.sentences)} sentences, {len(doc.claims)} claims\n")
    for claim in doc.claims:
        who = claim.source.text or f"({claim.source.type})"
        print(f"{claim.confidence.value:>9}  {claim.source.type.value:<13} {who}")
        print(f"{'':>9}  “{claim.text}”")
    profile = doc.profile()
    print("\nsources:")
    for source in doc.sources():
        print(f"  {source.type.value:<13} {source.text or '-'}: {len(source.claims)} claim(s)")
    print(f"\nshare of claims from anonymous sources: {profile.share('anonymous'):.0%}")
    print(
        f"share of hedged or alleged claims: "
        f"{profile.share('hedged') + profile.share('alleged'):.0%}"
    )


if __name__ == "__main__":
    main()
