"""`python -m dashboard.validate [DIR] [--lang it|en]`: check an export before it is used.

The code is in `dashboard.export.validate`; this path is what coordinators' scripts call.
"""

import sys

from dashboard.export.validate import main
from dashboard.publishing.home import default_data_dir

if __name__ == "__main__":
    sys.exit(main(default_folder=default_data_dir))
