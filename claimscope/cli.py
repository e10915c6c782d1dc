"""The ``claimscope`` command line.

Exit status: 0 on success, 1 when some input could not be processed (the others still
are), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimscope.pipeline import Annotator

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def _version() -> str:
    from claimscope import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to generate the CLI reference)."""
    parser = argparse.ArgumentParser(
        prog="claimscope",
        description="Find who says what in news text, and how firmly.",
        epilog="examples:\n  claimscope annotate examples/article.txt --format text\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    annotate = commands.add_parser("annotate", help="annotate text files (or - for stdin)")
    annotate.add_argument("files", nargs="*", default=["-"], metavar="FILE")
    annotate.add_argument("--format", choices=["json", "text"], default="json")
    annotate.set_defaults(handler=_annotate)
    return parser


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(name, encoding="utf-8") as f:
        return f.read()


def _annotate(args: argparse.Namespace) -> int:
    annotator = Annotator()
    status = EXIT_OK
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as e:
            print(f"claimscope: {name}: {e}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        doc = annotator.annotate(text)
        if args.format == "json":
            print(doc.to_json())
        else:
            for sentence in doc.sentences:
                print(sentence.text)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args))
