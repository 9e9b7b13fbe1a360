"""Worlds the GUI tests share with the chain tests: a wallet on the real anvil (``world``) and
on the Tron devnode (``tron_world``); ``idle_workers`` (named after them) waits for background
jobs before the wallet is closed."""

from tests.evm.conftest import world  # noqa: F401 - fixture
from tests.gui.idle import idle_workers  # noqa: F401 - fixture
from tests.tron.conftest import tron_node, tron_world  # noqa: F401 - fixtures
