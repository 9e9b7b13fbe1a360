"""The wizard checks the OS keyring when it opens (on a worker, the doctor's check: a throw-away
entry written, read back, deleted) and says so on its first page when keys could not be saved —
before the user writes down a phrase. Real Secret Service: unlocked, then locked."""

from __future__ import annotations

import pytest

from tests.gui.test_send_review_wrap import _shown_in_full
from tests.gui.test_translations import language  # noqa: F401 - the fixture
from wallet.gui.onboarding import OnboardingDialog
from wallet.services.environment import Environment

pytestmark = pytest.mark.keyring


def _opened(qtbot, data_dir) -> OnboardingDialog:
    env = Environment(data_dir, "mainnet")
    dialog = OnboardingDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_check is not None, timeout=20_000)
    dialog.destroyed.connect(env.close)
    return dialog


def test_an_unlocked_keyring_says_nothing(qtbot, data_dir, secret_service):
    dialog = _opened(qtbot, data_dir)
    assert dialog.keyring_check.status == "ok"
    assert not dialog.keyring_warning.isVisible()
    assert dialog.create_button.isEnabled()


def test_a_locked_keyring_is_said_on_the_first_page_with_its_fix(
    qtbot, data_dir, secret_service_factory
):
    secret_service_factory(unlock=False)  # DBUS_SESSION_BUS_ADDRESS now points at it
    dialog = _opened(qtbot, data_dir)
    assert dialog.keyring_check.status == "problem"
    warning = dialog.keyring_warning
    assert warning.isVisible()
    assert "cannot be saved" in warning.text() and "unlock" in warning.text()
    assert "Watching an address works without it" in warning.text()
    assert dialog.watch_button.isEnabled()  # a watch-only account needs no keyring


def test_the_warning_follows_a_switch_to_kyrgyz(qtbot, data_dir, secret_service_factory, language):  # noqa: F811
    secret_service_factory(unlock=False)
    dialog = _opened(qtbot, data_dir)
    language("ky")
    assert dialog.keyring_warning.isVisible()
    assert "капчыкты азырынча сактоого болбойт" in dialog.keyring_warning.text()
    assert "Орнотууну текшерүү" in dialog.keyring_warning.text()
    # the long Kyrgyz text wraps onto lines the dialog makes room for (seen clipped under Xvfb)
    qtbot.wait(50)  # the wrapped height is given once the new text is laid out
    _shown_in_full(dialog.keyring_warning)
