"""The desktop GUI (PySide6).

The Qt-free modules the main window needs at start are imported here, before any PySide6
module: once PySide6 is imported, shiboken's feature hook reads the source of every module
imported after it (``shibokensupport.feature._mod_uses_pyside``), which costs the window's
first paint about 30 ms. Nothing here touches Qt.
"""

from wallet.services import (  # noqa: F401 - imported early on purpose (see above)
    accounts,
    app_settings,
    environment,
    portfolio,
    prices,
    registry_overlay,
)
