"""Bundle entry point for the desktop app (PyInstaller runs this file as __main__)."""

import sys

from kapchyk.gui.app import main

sys.exit(main())
