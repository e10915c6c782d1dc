"""Write an HTML report of an article: claims highlighted by confidence, sources
underlined by type, cues marked, with a tooltip giving the reasons.

Run: python examples/html_report.py [OUT.html]   (default: article.html beside this file)
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimscope

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Render examples/article.txt to a standalone HTML page."""
    out = Path(argv[0]) if argv else HERE / "article.html"
    doc = claimscope.annotate((HERE / "article.txt").read_text(encoding="utf-8"))
    out.write_text(doc.to_html(standalone=True), encoding="utf-8")
    print(f"wrote {out} ({len(doc.claims)} claims); open it in a browser")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
