"""Bundle entry point for the command line (PyInstaller runs this file as __main__)."""

import sys

from wallet.cli.main import main

sys.exit(main())
