"""settings.json: defaults, checked values, atomic saves, an unreadable file kept, and the one
place deciding the network mode (flag, then $KAPCHYK_NETWORK_MODE, then the saved mode)."""

from __future__ import annotations

import json
import logging

import pytest

from wallet.cli.main import main as cli_main
from wallet.services.app_settings import SETTINGS_FILE, AppSettings, SettingsError
from wallet.services.environment import Environment, default_mode


def test_defaults_when_there_is_no_file(data_dir):
    s = AppSettings(data_dir)
    assert (s.language, s.network_mode, s.auto_lock_minutes) == ("en", "mainnet", 5)
    assert s.problem is None
    assert not (data_dir / SETTINGS_FILE).exists()  # reading never writes


def test_values_are_saved_and_read_back(data_dir):
    s = AppSettings(data_dir)
    s.set("language", "ky")
    s.update(network_mode="testnet", auto_lock_minutes=0, currency="USD")
    on_disk = json.loads((data_dir / SETTINGS_FILE).read_text("utf-8"))
    assert on_disk == {
        "language": "ky",
        "network_mode": "testnet",
        "currency": "USD",
        "auto_lock_minutes": 0,
    }
    again = AppSettings(data_dir)
    assert (again.language, again.network_mode, again.auto_lock_minutes) == ("ky", "testnet", 0)
    assert again.currency == "USD"
    # written through a temp file and a rename: no temp file is left beside it
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("language", "de", "one of en, ru, ky"),
        ("network_mode", "regtest", "one of mainnet, testnet, devnet"),
        ("currency", "usd", "one of KGS, USD, RUB, KZT, EUR, CNY"),
        ("currency", "GBP", "one of KGS, USD, RUB, KZT, EUR, CNY"),
        ("auto_lock_minutes", -1, "a whole number of minutes from 0 (never lock) to 1440"),
        ("auto_lock_minutes", 1441, "from 0 (never lock) to 1440"),
        ("auto_lock_minutes", "5", "a whole number of minutes"),
        ("auto_lock_minutes", True, "a whole number of minutes"),
        ("auto_lock_minutes", 2.5, "a whole number of minutes"),
    ],
)
def test_bad_values_are_refused_naming_field_and_rule(data_dir, field, value, expected):
    s = AppSettings(data_dir)
    with pytest.raises(SettingsError) as exc:
        s.set(field, value)
    assert f"setting {field!r} must be" in exc.value.message
    assert expected in exc.value.message
    assert s.get(field) == AppSettings(data_dir).get(field)  # nothing changed
    assert not (data_dir / SETTINGS_FILE).exists()


def test_unknown_setting_is_refused_and_update_is_all_or_nothing(data_dir):
    s = AppSettings(data_dir)
    with pytest.raises(SettingsError, match="there is no setting 'theme'"):
        s.set("theme", "dark")
    with pytest.raises(SettingsError, match="'language'"):
        s.update(network_mode="testnet", language="xx")
    assert s.network_mode == "mainnet"
    assert not (data_dir / SETTINGS_FILE).exists()


def test_corrupt_file_falls_back_to_defaults_and_is_kept(data_dir, caplog):
    path = data_dir / SETTINGS_FILE
    path.write_text('{"language": "ru", "network_mo', "utf-8")
    with caplog.at_level(logging.INFO, logger="wallet"):
        s = AppSettings(data_dir)
    assert s.language == "en" and s.network_mode == "mainnet"
    assert "is not valid JSON" in s.problem
    assert "using the default settings" in caplog.text
    assert path.read_text("utf-8") == '{"language": "ru", "network_mo'  # untouched
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="wallet"):
        s.set("language", "ky")
    kept = data_dir / (SETTINGS_FILE + ".unreadable")
    assert kept.read_text("utf-8") == '{"language": "ru", "network_mo'
    assert "moved the unreadable settings file" in caplog.text
    assert json.loads(path.read_text("utf-8"))["language"] == "ky"
    assert AppSettings(data_dir).problem is None


def test_one_bad_value_in_the_file_uses_its_default_and_keeps_the_rest(data_dir, caplog):
    (data_dir / SETTINGS_FILE).write_text(
        json.dumps({"language": "ru", "auto_lock_minutes": "ten", "future_option": [1, 2]}),
        "utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="wallet"):
        s = AppSettings(data_dir)
    assert (s.language, s.auto_lock_minutes) == ("ru", 5)
    assert "'auto_lock_minutes' must be a whole number" in caplog.text
    s.set("network_mode", "devnet")
    on_disk = json.loads((data_dir / SETTINGS_FILE).read_text("utf-8"))
    assert on_disk["future_option"] == [1, 2]  # a newer version's setting survives
    assert on_disk["auto_lock_minutes"] == 5


def test_not_an_object_is_unreadable(data_dir):
    (data_dir / SETTINGS_FILE).write_text("[1, 2]", "utf-8")
    assert "does not hold a JSON object" in AppSettings(data_dir).problem


def test_mode_flag_then_environment_variable_then_saved_mode(data_dir, monkeypatch):
    monkeypatch.delenv("KAPCHYK_NETWORK_MODE", raising=False)
    assert default_mode(data_dir) == "mainnet"
    AppSettings(data_dir).set("network_mode", "testnet")
    assert default_mode(data_dir) == "testnet"
    assert Environment(data_dir).mode == "testnet"
    monkeypatch.setenv("KAPCHYK_NETWORK_MODE", "devnet")
    assert Environment(data_dir).mode == "devnet"
    assert Environment(data_dir, "mainnet").mode == "mainnet"


def _cli_mode(data_dir, capsys, *flags: str) -> str:
    assert cli_main(["--data-dir", str(data_dir), "--json", *flags, "networks"]) == 0
    return json.loads(capsys.readouterr().out)["mode"]


def test_cli_honours_flag_then_variable_then_saved_mode(data_dir, monkeypatch, capsys):
    monkeypatch.delenv("KAPCHYK_NETWORK_MODE", raising=False)
    assert _cli_mode(data_dir, capsys) == "mainnet"
    AppSettings(data_dir).set("network_mode", "testnet")
    assert _cli_mode(data_dir, capsys) == "testnet"
    monkeypatch.setenv("KAPCHYK_NETWORK_MODE", "devnet")
    assert _cli_mode(data_dir, capsys) == "devnet"
    assert _cli_mode(data_dir, capsys, "--network-mode", "mainnet") == "mainnet"
