"""``kapchyk wallet …`` and ``kapchyk account …``.

Passwords: prompted without echo (new ones twice), or read from ``--password-fd N`` one per
line: the wallet password first (the current one for ``change-password``); then the new password
for ``change-password``, the BIP-39 passphrase for ``create``/``restore --passphrase``, the
keystore's password for ``import-keystore``, the new keystore password for ``export-keystore``.
Phrases and private keys: a hidden prompt on a terminal, or stdin when it is not a terminal.
Never argv or the environment.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wallet.cli.context import Context
from wallet.cli.secrets_input import SecretInputError, SecretReader
from wallet.core.wallets import Account, Wallet
from wallet.keys import mnemonic
from wallet.keys.manager import decrypt_keystore
from wallet.services.accounts import AccountError
from wallet.store.files import write_json_atomic


def register(sub: argparse._SubParsersAction) -> None:
    w = sub.add_parser("wallet", help="create, restore, import and manage wallets")
    ws = w.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)

    def add(
        name: str, help_text: str, handler: Any, *, password: bool = True, label: bool = False
    ) -> argparse.ArgumentParser:
        p = ws.add_parser(name, help=help_text)
        if password:
            p.add_argument(
                "--password-fd",
                type=int,
                metavar="N",
                help="read passwords from file descriptor N, one per line",
            )
        if label:
            p.add_argument("--label", default=None, help="a name for the wallet")
        p.set_defaults(handler=handler)
        return p

    p = add("create", "create a wallet with a new recovery phrase", cmd_create, label=True)
    p.add_argument("--words", type=int, choices=(12, 24), default=12)
    p.add_argument(
        "--passphrase",
        action="store_true",
        help="also protect the phrase with a BIP-39 passphrase (asked for)",
    )
    p = add(
        "restore",
        "restore a wallet from its recovery phrase (stdin or prompt)",
        cmd_restore,
        label=True,
    )
    p.add_argument("--passphrase", action="store_true", help="the phrase has a BIP-39 passphrase")
    p = add(
        "import-key",
        "import one private key (hex, from stdin or prompt)",
        cmd_import_key,
        label=True,
    )
    p.add_argument("--chain", choices=("evm", "tron"), required=True)
    p = add(
        "import-keystore", "import an Ethereum keystore V3 file", cmd_import_keystore, label=True
    )
    p.add_argument("file", type=Path)
    p.add_argument("--chain", choices=("evm", "tron"), default="evm")
    p = add("export-keystore", "export an account's key as a keystore V3 file", cmd_export_keystore)
    p.add_argument("account")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--chain", choices=("evm", "tron"), default="evm")
    p = add(
        "watch",
        "add a watch-only address (no key: cannot send)",
        cmd_watch,
        password=False,
        label=True,
    )
    p.add_argument("address")
    add("list", "list wallets and their accounts", cmd_list, password=False)
    p = add(
        "unlock", "check a wallet's password (the desktop app keeps wallets unlocked)", cmd_unlock
    )
    p.add_argument("wallet")
    p = add(
        "lock", "lock a wallet (each CLI command unlocks only for itself)", cmd_lock, password=False
    )
    p.add_argument("wallet", nargs="?")
    p = add("change-password", "change a wallet's password", cmd_change_password)
    p.add_argument("wallet")
    p = add("verify-backup", "prove the recovery phrase is written down", cmd_verify_backup)
    p.add_argument("wallet")
    p = add("remove", "remove a wallet and its keys from this computer", cmd_remove)
    p.add_argument("wallet")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    a = sub.add_parser("account", help="accounts of wallets")
    as_ = a.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    p = as_.add_parser("add", help="add the next account of a recovery-phrase wallet")
    p.add_argument("wallet", nargs="?", help="wallet id or name; may be left out if there is one")
    p.add_argument("--label", default=None)
    p.add_argument("--password-fd", type=int, metavar="N")
    p.set_defaults(handler=cmd_account_add)
    p = as_.add_parser("list", help="list accounts")
    p.set_defaults(handler=cmd_account_list)
    p = as_.add_parser("rename", help="rename an account")
    p.add_argument("account")
    p.add_argument("label")
    p.set_defaults(handler=cmd_account_rename)


# ------------------------------------------------------------------ output helpers
def account_json(a: Account) -> dict[str, Any]:
    return {
        "wallet_id": a.wallet_id,
        "index": a.index,
        "label": a.label,
        "evm": a.evm_address,
        "tron": a.tron_address,
        "watch_only": a.watch_only,
    }


def wallet_json(ctx: Context, w: Wallet) -> dict[str, Any]:
    return {
        "id": w.id,
        "label": w.label,
        "kind": w.kind,
        "watch_only": w.watch_only,
        "backup_verified": w.backup_verified,
        "accounts": [account_json(a) for a in ctx.env.accounts.accounts(w.id)],
    }


def _account_lines(a: Account) -> str:
    parts = [f"    {a.label}"]
    if a.evm_address:
        parts.append(f"      EVM (BNB Chain, Ethereum): {a.evm_address}")
    if a.tron_address:
        parts.append(f"      Tron: {a.tron_address}")
    return "\n".join(parts)


def _wallet_text(ctx: Context, w: Wallet) -> str:
    kind = {"hd": "recovery phrase", "key": "imported key", "watch": "WATCH-ONLY"}[w.kind]
    head = f"{w.label}  [{kind}]  id {w.id}"
    if not w.backup_verified:
        head += "  (backup not confirmed: run `kapchyk wallet verify-backup`)"
    return "\n".join([head, *(_account_lines(a) for a in ctx.env.accounts.accounts(w.id))])


def _reader(args: argparse.Namespace) -> SecretReader:
    return SecretReader(getattr(args, "password_fd", None))


def _default_label(ctx: Context, args: argparse.Namespace, base: str) -> str:
    if args.label:
        return args.label
    n = len(ctx.env.accounts.wallets()) + 1
    return f"{base} {n}"


# ------------------------------------------------------------------ commands
def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    password = reader.password("New wallet password: ", confirm=True)
    passphrase = (
        reader.password("BIP-39 passphrase: ", what="BIP-39 passphrase", confirm=True)
        if args.passphrase
        else ""
    )
    wallet, phrase = ctx.env.accounts.create_hd_wallet(
        _default_label(ctx, args, "Wallet"), password, None, passphrase, words=args.words
    )
    numbered = "\n".join(f"  {i:>2}. {w}" for i, w in enumerate(phrase.split(), 1))
    ctx.emit(
        {**wallet_json(ctx, wallet), "mnemonic": phrase},
        f"Your recovery phrase — write it on paper, in order, and keep it safe.\n"
        f"Anyone who has it can take your money; Kapchyk will never ask for it.\n\n{numbered}\n\n"
        + _wallet_text(ctx, wallet),
    )
    ctx.say("Next: `kapchyk wallet verify-backup " + wallet.id + "` before receiving money.")
    return 0


def cmd_verify_backup(ctx: Context, args: argparse.Namespace) -> int:
    accounts = ctx.env.accounts
    wallet = accounts.wallet(args.wallet)
    if wallet.kind != "hd":
        raise SecretInputError("only recovery-phrase wallets have a backup to verify")
    password = _reader(args).password()
    ctx.env.keys.unlock(wallet.id, password)
    positions = accounts.backup_questions(wallet.id)
    ctx.say(
        "Type the words of your recovery phrase at these positions: "
        + ", ".join(str(p) for p in positions)
    )
    answers = {}
    for pos in positions:
        if sys.stdin.isatty():
            import getpass

            answers[pos] = getpass.getpass(f"Word {pos}: ")
        else:
            answers[pos] = sys.stdin.readline().strip()
    ok = accounts.verify_backup(wallet.id, answers)
    if not ok:
        raise SecretInputError(
            "those words do not match the recovery phrase; check your paper and try again"
        )
    ctx.emit({"wallet": wallet.id, "backup_verified": True}, "Backup confirmed.")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    phrase = reader.text_secret("Recovery phrase: ", what="recovery phrase")
    mnemonic.validate(phrase)  # say what is wrong before asking for a password
    password = reader.password("New wallet password: ", confirm=True)
    passphrase = (
        reader.password("BIP-39 passphrase: ", what="BIP-39 passphrase") if args.passphrase else ""
    )
    wallet, _ = ctx.env.accounts.create_hd_wallet(
        _default_label(ctx, args, "Wallet"), password, phrase, passphrase
    )
    ctx.emit(wallet_json(ctx, wallet), "Restored.\n" + _wallet_text(ctx, wallet))
    return 0


def cmd_import_key(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    key = reader.text_secret("Private key (hex): ", what="private key")
    password = reader.password("New wallet password: ", confirm=True)
    wallet = ctx.env.accounts.import_private_key(
        _default_label(ctx, args, "Imported"), password, key, args.chain
    )
    ctx.emit(wallet_json(ctx, wallet), "Imported.\n" + _wallet_text(ctx, wallet))
    return 0


def cmd_import_keystore(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    try:
        text = args.file.read_text("utf-8")
    except OSError as exc:
        raise SecretInputError(
            "cannot read {file}: {reason}", file=str(args.file), reason=exc.strerror or str(exc)
        ) from None
    password = reader.password("New wallet password: ", confirm=True)
    ks_password = reader.password("Keystore file password: ", what="keystore password")
    key = decrypt_keystore(text, ks_password)
    wallet = ctx.env.accounts.import_key_bytes(
        _default_label(ctx, args, "Imported"), password, key, args.chain
    )
    ctx.emit(wallet_json(ctx, wallet), "Imported.\n" + _wallet_text(ctx, wallet))
    return 0


def cmd_export_keystore(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    account = ctx.env.accounts.account(args.account)
    password = reader.password()
    ctx.env.keys.unlock(account.wallet_id, password)
    ks_password = reader.password("New keystore password: ", what="keystore password", confirm=True)
    doc = ctx.env.keys.export_keystore(account, ks_password, args.chain)
    write_json_atomic(args.out, doc)
    ctx.emit(
        {"file": str(args.out), "address": doc.get("address")},
        f"Wrote {args.out} (encrypted with the keystore password).",
    )
    return 0


def cmd_watch(ctx: Context, args: argparse.Namespace) -> int:
    wallet = ctx.env.accounts.add_watch_only(_default_label(ctx, args, "Watch"), args.address)
    ctx.emit(wallet_json(ctx, wallet), "Added.\n" + _wallet_text(ctx, wallet))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    wallets = ctx.env.accounts.wallets()
    ctx.emit(
        {"mode": ctx.mode, "wallets": [wallet_json(ctx, w) for w in wallets]},
        "\n\n".join(_wallet_text(ctx, w) for w in wallets)
        or "No wallets yet: `kapchyk wallet create`, `restore`, `import-key` or `watch`.",
    )
    return 0


def cmd_unlock(ctx: Context, args: argparse.Namespace) -> int:
    wallet = ctx.env.accounts.wallet(args.wallet)
    ctx.env.keys.unlock(wallet.id, _reader(args).password())
    ctx.emit(
        {"wallet": wallet.id, "password_ok": True},
        "Password OK. (Each command asks again; the desktop app stays unlocked until idle.)",
    )
    return 0


def cmd_lock(ctx: Context, args: argparse.Namespace) -> int:
    ctx.env.keys.lock(ctx.env.accounts.wallet(args.wallet).id if args.wallet else None)
    ctx.emit({"locked": True}, "Locked. (The command line never keeps a wallet unlocked.)")
    return 0


def cmd_change_password(ctx: Context, args: argparse.Namespace) -> int:
    reader = _reader(args)
    wallet = ctx.env.accounts.wallet(args.wallet)
    old = reader.password("Current password: ")
    new = reader.password("New password: ", what="new password", confirm=True)
    from wallet.services.accounts import check_new_password

    check_new_password(new)
    ctx.env.keys.change_password(wallet.id, old, new)
    ctx.emit({"wallet": wallet.id, "changed": True}, "Password changed.")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    wallet = ctx.env.accounts.wallet(args.wallet)
    if not args.yes:
        if not sys.stdin.isatty():
            raise SecretInputError("removing a wallet needs --yes when there is no terminal")
        answer = input(f"Remove {wallet.label} from this computer? Type its name to confirm: ")
        if answer.strip() != wallet.label:
            raise SecretInputError("not confirmed; nothing was removed")
    password = None if wallet.watch_only else _reader(args).password()
    ctx.env.accounts.remove_wallet(wallet.id, password)
    ctx.emit({"removed": wallet.id}, f"Removed {wallet.label}.")
    return 0


def _the_wallet(ctx: Context, ref: str | None) -> Wallet:
    """The wallet named by ``ref``, or the only one there is."""
    if ref:
        return ctx.env.accounts.wallet(ref)
    wallets = ctx.env.accounts.wallets()
    if len(wallets) == 1:
        return wallets[0]
    if not wallets:
        raise AccountError("no wallet yet: `kapchyk wallet create` or `kapchyk wallet restore`")
    raise AccountError(
        "there are several wallets ({choices}); name one, e.g. `kapchyk account add {first}`",
        choices=", ".join(f"{w.label} (id {w.id})" for w in wallets),
        first=wallets[0].id,
    )


def cmd_account_add(ctx: Context, args: argparse.Namespace) -> int:
    wallet = _the_wallet(ctx, args.wallet)
    if wallet.kind == "hd":
        ctx.env.keys.unlock(wallet.id, _reader(args).password())
    account = ctx.env.accounts.add_account(wallet.id, args.label)
    ctx.emit(account_json(account), "Added.\n" + _account_lines(account))
    return 0


def cmd_account_list(ctx: Context, args: argparse.Namespace) -> int:
    accounts = ctx.env.accounts.accounts()
    ctx.emit(
        {"accounts": [account_json(a) for a in accounts]},
        "\n".join(_account_lines(a) for a in accounts) or "No accounts yet.",
    )
    return 0


def cmd_account_rename(ctx: Context, args: argparse.Namespace) -> int:
    account = ctx.env.accounts.rename_account(args.account, args.label)
    ctx.emit(account_json(account), "Renamed.\n" + _account_lines(account))
    return 0
