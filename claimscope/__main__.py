"""``python -m claimscope`` runs the command-line interface."""

from claimscope.cli import main

raise SystemExit(main())
