"""`python -m dashboard.users`: the coordinators' local accounts.

The code is in `dashboard.publishing.users`; this path is what the README tells people to run.
"""

import sys

from dashboard.publishing.users import main

if __name__ == "__main__":
    sys.exit(main())
