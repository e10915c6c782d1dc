"""``python -m claimscope`` runs the command-line interface."""

from claimscope.cli import main

# Guarded, so worker processes started with "spawn" (which import the main module
# under another name) do not run the command line again.
if __name__ == "__main__":
    raise SystemExit(main())
