"""Screenshots of the wallet for the README, taken from the real app on a local devnet.

Run: `make screenshots` (scripts/screenshots.sh runs this under Xvfb with Qt's xcb platform, a
real X11 window system). It starts a private Secret Service and the devnet on free ports with the
demo wallet (wallet/gui/devnet_start.py: the public test phrase, funded), refreshes the
balances and saves PNGs into docs/screenshots/ (``--out``; ``--language ru`` for the user
guide's shots in docs/guide/screenshots/<lang>/, which `make screenshots` takes too):

- main-window.png   the main window with the refreshed balances
- send-review.png   the send dialog's review page for a KGST transfer
- send-confirmed.png the confirmation page after that transfer went through
- receive.png       the receive dialog with an amount, a label and the QR code
- onboarding.png    the first page of the new-wallet dialog (once wallet/gui/onboarding.py exists)
- home-en.png, home-ru.png  the home screen in money (English, Russian): a mainnet view of the
  demo wallet whose cached balances are the ones just read from the devnet (same symbols), with
  prices and KGS rates from a local server speaking Binance's ticker and the NBKR daily XML
  (tests/harness/price_server.py, sample numbers) — test coins have no value, so the devnet
  window itself shows none

The shot functions take an Environment and a folder, so tests run them offscreen into a tmp dir.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT_DIR = ROOT / "docs" / "screenshots"
#: where the review screenshot sends 250 KGST (anvil's well-known account 5: a public test key)
RECIPIENT = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"
SEND_AMOUNT = "250"
RECEIVE_AMOUNT = "150"
RECEIVE_LABEL = "Invoice 42"
WINDOW_SIZE = (900, 560)


class ShotError(RuntimeError):
    pass


def wait_until(done: Callable[[], bool], timeout: float = 60.0, what: str = "") -> None:
    """Process Qt events until ``done()``; ShotError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise ShotError(f"timed out waiting for {what or done}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(widget: QWidget) -> None:
    """Let layouts and pending paints finish before the grab."""
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)
    widget.repaint()


def save(widget: QWidget, path: Path) -> QImage:
    """``widget`` as drawn, saved to ``path`` as PNG; returns the image."""
    settle(widget)
    image = widget.grab().toImage()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise ShotError(f"could not write {path}")
    return image


def start_demo(data_dir: Path, keys: Any = None) -> tuple[Any, Any]:
    """The devnet on free ports and the funded demo wallet in ``data_dir``: (env, devnet)."""
    from wallet.gui.devnet_start import start_devnet_with_demo_wallet
    from wallet.services.environment import Environment

    env = Environment(data_dir, "devnet")
    if keys is not None:
        env.__dict__["keys"] = keys
    devnet = start_devnet_with_demo_wallet(env, bsc_port=0, tron_port=0, block_time=0.5)
    env.refresh_registry()  # devnet.json now names the nodes and the test tokens
    return env, devnet


def main_window(env: Any, devnet: Any) -> Any:
    """The main window shown with refreshed balances."""
    from wallet.gui.main_window import MainWindow

    window = MainWindow(env, devnet=devnet)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.refresh()
    wait_until(lambda: not window.refreshing, what="the balances to refresh")
    from PySide6.QtCore import QCoreApplication

    up_to_date = QCoreApplication.translate("MainWindow", "Balances are up to date")
    if up_to_date not in window.status.currentMessage():
        raise ShotError(f"balances not refreshed: {window.status.currentMessage()}")
    return window


def shoot_main_window(window: Any, out_dir: Path) -> Path:
    path = out_dir / "main-window.png"
    save(window, path)
    return path


def _select(box: Any, text: str) -> None:
    index = box.findText(text)
    if index < 0:
        raise ShotError(
            f"{text!r} is not offered ({[box.itemText(i) for i in range(box.count())]})"
        )
    box.setCurrentIndex(index)


def shoot_send_review(window: Any, out_dir: Path, *, then_send: bool = False) -> Any:
    """The send dialog's review page for a KGST transfer on the BNB devnet; with ``then_send``
    the transfer is also sent (the demo wallet's public password) and the confirmation page
    shot too: returns (review path, confirmation path or None)."""
    dialog = window.send()
    if dialog is None:
        raise ShotError("no account to send from")
    try:
        network = window.env.registry.network("devnet-bsc").name
        _select(dialog.network_box, network)
        _select(dialog.token_box, "KGST")
        dialog.recipient_edit.setText(RECIPIENT)
        dialog.amount_edit.setText(SEND_AMOUNT)
        dialog.review()
        wait_until(
            lambda: dialog.pages.currentIndex() == 1 or not dialog.busy,
            what="the review page",
        )
        if dialog.pages.currentIndex() != 1:
            raise ShotError(f"the send was refused: {dialog.form_error.text()}")
        dialog.adjustSize()
        path = out_dir / "send-review.png"
        save(dialog, path)
        if not then_send:
            return path, None
        return path, _send_and_shoot(window, dialog, out_dir)
    finally:
        dialog.done(0)


def _send_and_shoot(window: Any, dialog: Any, out_dir: Path) -> Path:
    """Tick the warnings, unlock with the demo password, send, wait for the confirmation."""
    from wallet.gui.devnet_start import DEMO_PASSWORD

    window.env.keys.unlock(dialog.account.wallet_id, DEMO_PASSWORD)
    for check in dialog.warning_checks:
        check.setChecked(True)
    dialog.confirm_send()
    wait_until(lambda: dialog.pages.currentIndex() == 2, what="the transfer to be sent")
    wait_until(
        lambda: dialog.entry is not None and not dialog.entry.pending,
        timeout=90,
        what="the transfer to be confirmed",
    )
    if dialog.entry.status != "confirmed":
        raise ShotError(f"the transfer ended as {dialog.entry.status}")
    dialog.adjustSize()
    path = out_dir / "send-confirmed.png"
    save(dialog, path)
    return path


def shoot_receive(window: Any, out_dir: Path) -> Path:
    """The receive dialog with a KGST amount, a label and the QR code."""
    dialog = window.receive()
    if dialog is None:
        raise ShotError(f"the receive dialog did not open: {window.status.currentMessage()}")
    try:
        _select(dialog.network_box, window.env.registry.network("devnet-bsc").name)
        _select(dialog.token_box, "KGST")
        dialog.amount.setText(RECEIVE_AMOUNT)
        dialog.label.setText(RECEIVE_LABEL)
        if dialog.error.text():
            raise ShotError(f"the receive dialog refused the amount: {dialog.error.text()}")
        dialog.adjustSize()
        path = out_dir / "receive.png"
        save(dialog, path)
        return path
    finally:
        dialog.reject()


def onboarding_class() -> type | None:
    try:
        from wallet.gui.onboarding import OnboardingDialog
    except ImportError:
        return None
    return OnboardingDialog


def shoot_onboarding(env: Any, out_dir: Path) -> Path | None:
    """The first page of the new-wallet dialog; None while wallet/gui/onboarding.py is missing."""
    dialog_class = onboarding_class()
    if dialog_class is None:
        return None
    dialog = dialog_class(env)
    try:
        dialog.show()
        dialog.adjustSize()
        path = out_dir / "onboarding.png"
        save(dialog, path)
        return path
    finally:
        dialog.reject()


def shoot_home(devnet_env: Any, out_dir: Path, keys: Any = None) -> dict[str, Path]:
    """The home screen in money, in English and in Russian (see the module notes)."""
    from tests.harness.price_server import PriceServer
    from wallet.devnet.anvil import TEST_MNEMONIC
    from wallet.gui import i18n
    from wallet.gui.devnet_start import DEMO_PASSWORD
    from wallet.gui.main_window import MainWindow
    from wallet.services.environment import Environment

    shots: dict[str, Path] = {}
    server = PriceServer()  # sample prices, in the documented formats
    with tempfile.TemporaryDirectory(prefix="kapchyk-home-") as tmp:
        env = Environment(Path(tmp), "mainnet")
        if keys is not None:
            env.__dict__["keys"] = keys
        try:
            env.accounts.create_hd_wallet("Shop", DEMO_PASSWORD, TEST_MNEMONIC)
            _copy_demo_cache(devnet_env, env)
            for source in ("binance", "nbkr"):
                env.prices.set_urls(source, [server.url])
            env.prices.refresh()
            for lang in ("en", "ru"):
                i18n.install_language(lang)
                QApplication.processEvents()
                window = MainWindow(env)
                window.resize(*WINDOW_SIZE)
                window.show()
                window.build_tabs()
                window.show_cached()
                path = out_dir / f"home-{lang}.png"
                save(window, path)
                shots[f"home {lang}"] = path
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            i18n.install_language("en")
            QApplication.processEvents()  # every open window re-translates now, not later
            server.stop()
            env.close()
    return shots


def _copy_demo_cache(devnet_env: Any, env: Any) -> None:
    """The demo wallet's devnet balances (and Tron resources) as the mainnet cache, matched by
    network (devnet-bsc → bsc, devnet-tron → tron) and symbol; the others read 0."""
    account = env.accounts.accounts()[0]
    dev_account = devnet_env.accounts.accounts()[0]
    dev = devnet_env.portfolio
    found = {
        (r.network_id.removeprefix("devnet-"), r.symbol): r
        for r in dev.cached([dev_account])
        if r.amount is not None
    }
    now = int(time.time())
    with env.db:
        for row in env.portfolio.cached([account]):
            src = found.get((row.network_id, row.symbol))
            amount = 0 if src is None else src.amount * 10**row.decimals // 10**src.decimals
            env.db.execute(
                "INSERT INTO balances VALUES (?, ?, ?, ?, ?, ?)",
                (row.network_id, row.owner, row.asset, str(amount), src.block if src else 0, now),
            )
        for res in dev.resources([dev_account]):
            env.db.execute(
                "INSERT INTO tron_resources VALUES ('tron', ?, ?, ?, ?, ?)",
                (account.tron_address, res.bandwidth, res.energy, res.block, now),
            )


def take_all(
    env: Any, devnet: Any, out_dir: Path, keys: Any = None, *, home: bool = True
) -> dict[str, Path | None]:
    """Every screenshot into ``out_dir``: {name: path, or None when skipped}; ``home``: also
    the README's home screen in money (English and Russian)."""
    window = main_window(env, devnet)
    try:
        shots: dict[str, Path | None] = {"main window": shoot_main_window(window, out_dir)}
        review, confirmed = shoot_send_review(window, out_dir, then_send=True)
        shots["send review"], shots["send confirmed"] = review, confirmed
        shots["receive"] = shoot_receive(window, out_dir)
        shots["onboarding"] = shoot_onboarding(env, out_dir)
        if home:
            shots.update(shoot_home(env, out_dir, keys))
        return shots
    finally:
        window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the PNG files")
    parser.add_argument(
        "--language", default="en", help="the app's language in the shots (en, ru, ky)"
    )
    args = parser.parse_args(argv)
    from tests.harness.secret_service import start_secret_service

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kapchyk")
    from wallet.gui.i18n import install_language

    install_language(args.language)
    service = start_secret_service()
    service.activate()
    devnet = None
    try:
        with tempfile.TemporaryDirectory(prefix="kapchyk-shots-") as tmp:
            env, devnet = start_demo(Path(tmp))
            readme = args.out == OUT_DIR and args.language == "en"
            shots = take_all(env, devnet, args.out, home=readme)
            env.close()
    finally:
        if devnet is not None:
            devnet.stop()
        service.stop()
    print(f"Qt platform: {app.platformName()}")
    for name, path in shots.items():
        if path is None:
            print(f"{name}: skipped (wallet/gui/onboarding.py is not there yet)")
        else:
            print(f"{name}: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
