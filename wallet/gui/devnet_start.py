"""``kapchyk-gui --devnet``: start the local chains and a demo wallet, off the GUI thread.

The demo wallet is the well-known public test phrase (``test test … junk``, the accounts anvil
and the Tron devnode pre-fund), restored in devnet mode only, with the password
``kapchyk-devnet`` (documented in the README). Its keys are public: it exists so that a newcomer
with no internet sees a working wallet with balances in one command.
"""

from __future__ import annotations

import logging
from typing import Any

from wallet.devnet import launcher
from wallet.devnet.anvil import TEST_MNEMONIC
from wallet.services.environment import Environment

log = logging.getLogger(__name__)

DEMO_PASSWORD = "kapchyk-devnet"  # noqa: S105 - devnet demo wallet over a public test phrase


def start_devnet_with_demo_wallet(env: Environment, **devnet_options: Any) -> Any:
    """Start the devnet and make sure a funded demo wallet exists. When its ports are taken by
    the devnet this data folder recorded, that one is used and ``attached`` is true (the caller
    says so: it keeps running after the window closes); otherwise the port error is raised.

    ``devnet_options`` go to ``launcher.start_devnet`` (e.g. ``bsc_port=0, tron_port=0`` for
    free ports, as the screenshot script uses)."""
    try:
        net = launcher.start_devnet(env.data_dir, **devnet_options)
    except launcher.DevnetError as exc:
        # the ports are taken: use that devnet only if it is the one this data folder set up
        # (its devnet.json answers), and the window says so (``net.attached``); else the error
        log.info("devnet ports are taken (%s); trying the devnet recorded in the data folder", exc)
        try:
            net = launcher.connect_devnet(env.data_dir)
        except launcher.DevnetError:
            raise exc from None
    accounts = env.accounts
    if not accounts.wallets():
        wallet, _ = accounts.create_hd_wallet("Devnet demo", DEMO_PASSWORD, TEST_MNEMONIC)
        for acct in accounts.accounts(wallet.id):
            for address in (acct.evm_address, acct.tron_address):
                if address:
                    net.fund(address)
    return net
