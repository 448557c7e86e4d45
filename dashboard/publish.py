"""`python -m dashboard.publish`: publish an export, list the versions, roll back.

The code is in `dashboard.publishing.publish`; this path is what scheduled jobs call.
"""

import sys

from dashboard.publishing.publish import main

if __name__ == "__main__":
    sys.exit(main())
