"""``python -m workbench`` and the bundled executable: the ``workbench`` command.

Guarded, because the PDF importer's parser processes re-import the main module; and
``freeze_support`` lets those processes start inside a PyInstaller bundle.
"""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
