"""Bundle entry point for the command line (PyInstaller runs this file as __main__)."""

import sys

from kapchyk.cli.main import main

sys.exit(main())
