"""Bundle entry point for the desktop app (PyInstaller runs this file as __main__)."""

import sys

from wallet.gui.app import main

sys.exit(main())
