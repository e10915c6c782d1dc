"""``python -m claimscope.evaluation``: the ``claimscope evaluate`` command on its own."""

import sys

from claimscope.evaluation.command import main

sys.exit(main())
