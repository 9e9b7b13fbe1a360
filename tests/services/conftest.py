"""Worlds the service tests share with the chain tests: a wallet on the real anvil (``world``)
and on the Tron devnode (``tron_world``)."""

from tests.evm.conftest import world  # noqa: F401 - fixture
from tests.tron.conftest import tron_node, tron_world  # noqa: F401 - fixtures
