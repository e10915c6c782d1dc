"""Save a libFuzzer crash file as a case in ``tests/golden/fuzz_regressions.json``.

Usage: ``python fuzz/save_regression.py crash-<sha1> --problem "what went wrong"``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fuzz_split import split  # noqa: E402

REGRESSIONS = HERE.parent / "tests" / "golden" / "fuzz_regressions.json"


def main(argv: list[str] | None = None) -> int:
    """Append the crash file's case; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("crash", type=Path, help="a crash-/timeout-/oom- file from libFuzzer")
    parser.add_argument("--problem", required=True, help="what the library did wrong")
    parser.add_argument(
        "--target", help="the target the fuzzer was pinned to (CLAIMSCOPE_FUZZ_TARGET), if any"
    )
    args = parser.parse_args(argv)
    name, data = split(args.crash.read_bytes())
    if args.target is not None:
        name = args.target
    case: dict[str, str] = {
        "target": name,
        "found": f"atheris {datetime.date.today().isoformat()}",
        "problem": args.problem,
    }
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        case["hex"] = data.hex()
    else:
        # JSON reads a high and a low surrogate written side by side back as one
        # character, so such a text is stored as hex to keep its bytes.
        if json.loads(json.dumps(text)) == text:
            case["text"] = text
        else:
            case["hex"] = data.hex()
    store = json.loads(REGRESSIONS.read_text(encoding="utf-8"))
    store["cases"].append(case)
    REGRESSIONS.write_text(json.dumps(store, ensure_ascii=True, indent=2) + "\n", "utf-8")
    print(f"saved a {name} case to {REGRESSIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
