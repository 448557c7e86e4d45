"""`python -m dashboard.deck --year 2012 --lang it --out deck.pptx` (or `report.pdf`): the
forum's deck or report from the export in use.

The code is in `dashboard.forum.cli`; this path is what coordinators' scripts call.
"""

import sys

from dashboard.forum.cli import main

if __name__ == "__main__":
    sys.exit(main())
