"""The onboarding wizard as a headless state machine (the model is Electrum's ``wizard.py``).

The GUI's pages are thin views over :class:`Wizard`: each page shows ``wizard.state``, hands what
the user typed to ``wizard.submit(**fields)`` and shows the ``WizardError`` it may raise (its
``field`` says which input is wrong). ``finish()`` runs the slow part (the password KDF) and
returns the new :class:`Wallet`; the GUI calls it on a worker thread, and likewise ``submit`` when
``slow_step`` is true (decrypting a keystore file).

Paths::

    start ─ create ─→ create_phrase ─→ create_verify ─→ credentials ─→ ready ─finish()→ done
          ├ restore ─→ restore_phrase ───────────────→ credentials ─→ ready
          ├ import_key ─→ import_key ────────────────→ credentials ─→ ready
          ├ import_keystore ─→ import_keystore ──────→ credentials ─→ ready
          └ watch_only ─→ watch_only ─────────────────────────────→ ready

Secrets (the phrase, a private key, passwords) stay in this object's memory only: never logged,
stored in SQLite or put in an exception, and dropped by ``finish()`` and by going back to start.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from wallet.core.errors import KapchykError
from wallet.core.wallets import Wallet
from wallet.keys import hd, mnemonic
from wallet.keys.errors import KeystoreError, WrongPassword
from wallet.keys.manager import KeyManager, decrypt_keystore
from wallet.services.accounts import BACKUP_QUESTIONS, check_new_password, watch_address
from wallet.services.environment import Environment

KINDS = ("create", "restore", "import_key", "import_keystore", "watch_only")
CHAINS = ("evm", "tron")
#: a keystore V3 file is a few hundred bytes; refuse to read anything huge
MAX_KEYSTORE_BYTES = 64 * 1024


class State(StrEnum):
    START = "start"
    CREATE_PHRASE = "create_phrase"  # show the new phrase; submit(confirmed=True)
    CREATE_VERIFY = "create_verify"  # submit(answers={position: word})
    RESTORE_PHRASE = "restore_phrase"  # submit(phrase=..., passphrase="")
    IMPORT_KEY = "import_key"  # submit(key=..., chain="evm"|"tron")
    IMPORT_KEYSTORE = "import_keystore"  # submit(path=..., keystore_password=..., chain="evm")
    WATCH_ONLY = "watch_only"  # submit(address=..., name=...)
    CREDENTIALS = "credentials"  # submit(name=..., password=..., repeat=...)
    READY = "ready"  # everything collected: finish() creates the wallet
    DONE = "done"


#: the first state of each choice at the start
FIRST_STATE = {
    "create": State.CREATE_PHRASE,
    "restore": State.RESTORE_PHRASE,
    "import_key": State.IMPORT_KEY,
    "import_keystore": State.IMPORT_KEYSTORE,
    "watch_only": State.WATCH_ONLY,
}


class WizardError(KapchykError):
    """A refusal of what was typed; ``field`` names the input (``"phrase"``, ``"password"``…)."""

    code = "wizard"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


def _on_field(field: str, exc: KapchykError) -> KapchykError:
    """Tag an error from a service with the input it is about (kept as it is otherwise)."""
    exc.field = field  # type: ignore[attr-defined]
    return exc


class Wizard:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.state = State.START
        self.kind: str | None = None
        self.questions: list[int] = []  # 1-based word positions asked in create_verify
        self.address: str | None = None  # the first address of what is being added (public)
        self.tron_address: str | None = None  # a restored phrase's first Tron address too
        self.wallet: Wallet | None = None
        self._trail: list[State] = []  # states to go back to
        self._drop_secrets()

    # ---------------------------------------------------------------- public API
    @property
    def phrase_words(self) -> list[str]:
        """The new recovery phrase's words, for the page that shows them (create only)."""
        if self.kind != "create" or self._phrase is None:
            return []
        return self._phrase.split()

    @property
    def slow_step(self) -> bool:
        """True when ``submit`` in this state runs a KDF (run it on a worker)."""
        return self.state == State.IMPORT_KEYSTORE

    @property
    def can_go_back(self) -> bool:
        return bool(self._trail) and self.state != State.DONE

    def choose(self, kind: str, *, words: int = 12) -> None:
        """Pick what to do at the start; ``create`` generates a new phrase of ``words`` words."""
        self._expect(State.START)
        if kind not in KINDS:
            raise WizardError("kind", "unknown choice {kind!r}", kind=kind)
        self._drop_secrets()
        self.kind = kind
        if kind == "create":
            self._phrase = mnemonic.generate(words)
        self._go(FIRST_STATE[kind])

    def submit(self, **fields: Any) -> State:
        """Check what the current page collected; move on (returns the new state) or raise a
        ``WizardError`` naming the field. A wrong backup word goes back to the phrase."""
        handler = {
            State.CREATE_PHRASE: self._submit_create_phrase,
            State.CREATE_VERIFY: self._submit_create_verify,
            State.RESTORE_PHRASE: self._submit_restore_phrase,
            State.IMPORT_KEY: self._submit_import_key,
            State.IMPORT_KEYSTORE: self._submit_import_keystore,
            State.WATCH_ONLY: self._submit_watch_only,
            State.CREDENTIALS: self._submit_credentials,
        }.get(self.state)
        if handler is None:
            raise WizardError("state", "there is nothing to submit at this step")
        handler(**fields)
        return self.state

    def back(self) -> State:
        """The previous step; back at the start every secret collected so far is dropped."""
        if not self.can_go_back:
            return self.state
        self.state = self._trail.pop()
        self._password = None  # passwords are typed again
        if self.state == State.START:
            self._drop_secrets()
            self.kind = None
            self.address = self.tron_address = None
        return self.state

    def reset(self) -> None:
        """Forget everything (the dialog was closed)."""
        self._trail.clear()
        self.state = State.START
        self.kind = None
        self.address = self.tron_address = None
        self.questions = []
        self._drop_secrets()

    def finish(self) -> Wallet:
        """Create the wallet from what was collected (slow: the KDF; run it on a worker).

        On a refusal (e.g. the keyring is locked) the wizard returns to the step before so the
        user can correct it; every secret is dropped once the wallet exists."""
        self._expect(State.READY)
        accounts = self.env.accounts
        try:
            if self.kind in ("create", "restore"):
                wallet, _ = accounts.create_hd_wallet(
                    self._name, self._password, self._phrase, self._passphrase
                )
            elif self.kind in ("import_key", "import_keystore"):
                wallet = accounts.import_key_bytes(
                    self._name, self._password, self._key, self._chain
                )
            else:
                wallet = accounts.add_watch_only(self._name, self._watch)
        except Exception:  # shown to the user, who corrects the step before and tries again
            self.state = self._trail.pop()
            raise
        self.wallet = wallet
        self._trail.clear()
        self._drop_secrets()
        self.state = State.DONE
        return wallet

    # ---------------------------------------------------------------- steps
    def _submit_create_phrase(self, confirmed: bool = False) -> None:
        if not confirmed:
            raise WizardError(
                "confirmed", "write the recovery phrase down on paper, then confirm that you did"
            )
        self.questions = mnemonic.backup_positions(len(self.phrase_words), BACKUP_QUESTIONS)
        self._go(State.CREATE_VERIFY)

    def _submit_create_verify(self, answers: dict[int, str] | None = None) -> None:
        answers = answers or {}
        missing = [p for p in self.questions if not str(answers.get(p, "")).strip()]
        if missing:
            raise WizardError(
                "answers", "type word {position} of your recovery phrase", position=missing[0]
            )
        wrong = mnemonic.wrong_positions(self._phrase, {p: answers[p] for p in self.questions})
        if wrong:
            self.state = self._trail.pop()  # back to the phrase: look at it again
            self.questions = []
            raise WizardError(
                "answers",
                "word {position} is not the word at that position in your recovery phrase; "
                "look at the phrase again and check what you wrote down",
                position=wrong[0],
            )
        self._go(State.CREDENTIALS)

    def _submit_restore_phrase(self, phrase: str = "", passphrase: str = "") -> None:
        try:
            norm = mnemonic.validate(phrase)
        except KapchykError as exc:
            raise _on_field("phrase", exc) from None
        evm, tron = KeyManager.addresses_from_phrase(norm, passphrase, 0)
        self._refuse_duplicate("phrase", evm, tron)
        self._phrase, self._passphrase, self.address = norm, passphrase, evm
        self.tron_address = tron
        self._go(State.CREDENTIALS)

    def _submit_import_key(self, key: str = "", chain: str = "evm") -> None:
        chain = self._check_chain(chain)
        if not key.strip():
            raise WizardError("key", "paste the private key")
        try:
            raw = hd.parse_private_key(key)
        except KapchykError as exc:
            raise _on_field("key", exc) from None
        self._take_key(raw, chain, "key")

    def _submit_import_keystore(
        self, path: str | Path = "", keystore_password: str = "", chain: str = "evm"
    ) -> None:
        chain = self._check_chain(chain)
        if not str(path).strip():
            raise WizardError("path", "choose the keystore file")
        file = Path(path).expanduser()
        try:
            if file.stat().st_size > MAX_KEYSTORE_BYTES:
                raise WizardError(
                    "path", "{file} is too large to be a keystore file", file=str(file)
                )
            text = file.read_text("utf-8")
        except OSError as exc:
            raise WizardError(
                "path", "cannot read {file}: {reason}", file=str(file), reason=exc.strerror or ""
            ) from None
        except UnicodeDecodeError:
            raise WizardError("path", "this file is not JSON; a keystore V3 file is JSON") from None
        if not keystore_password:
            raise WizardError("keystore_password", "enter the keystore file's password")
        try:
            raw = decrypt_keystore(text, keystore_password)
        except WrongPassword as exc:
            raise _on_field("keystore_password", exc) from None
        except KeystoreError as exc:
            raise _on_field("path", exc) from None
        self._take_key(raw, chain, "path")

    def _submit_watch_only(self, address: str = "", name: str = "") -> None:
        if not address.strip():
            raise WizardError("address", "enter the address to watch")
        try:
            _chain, evm, tron = watch_address(address)
        except KapchykError as exc:
            raise _on_field("address", exc) from None
        self._refuse_duplicate("address", evm, tron)
        self._name = self._check_name(name)
        self._watch = evm or tron
        self.address = self._watch
        self._go(State.READY)

    def _submit_credentials(self, name: str = "", password: str = "", repeat: str = "") -> None:
        label = self._check_name(name)
        try:
            check_new_password(password)
        except KapchykError as exc:
            raise _on_field("password", exc) from None
        if repeat != password:
            raise WizardError("repeat", "the two passwords are not the same")
        self._name, self._password = label, password
        self._go(State.READY)

    # ---------------------------------------------------------------- helpers
    def _go(self, state: State) -> None:
        self._trail.append(self.state)
        self.state = state

    def _expect(self, state: State) -> None:
        if self.state != state:
            raise WizardError("state", "this is not possible at this step")

    def _take_key(self, raw: bytes, chain: str, field: str) -> None:
        evm = hd.evm_address(raw) if chain == "evm" else None
        tron = hd.tron_address(raw) if chain == "tron" else None
        self._refuse_duplicate(field, evm, tron)
        self._key, self._chain, self.address = raw, chain, evm or tron
        self._go(State.CREDENTIALS)

    def _refuse_duplicate(self, field: str, evm: str | None, tron: str | None) -> None:
        try:
            self.env.accounts.refuse_duplicate(evm, tron)
        except KapchykError as exc:
            raise _on_field(field, exc) from None

    @staticmethod
    def _check_chain(chain: str) -> str:
        if chain not in CHAINS:
            raise WizardError(
                "chain", "choose the chain of the key: BNB Chain / Ethereum (0x…) or Tron (T…)"
            )
        return chain

    @staticmethod
    def _check_name(name: str) -> str:
        label = name.strip()
        if not label:
            raise WizardError("name", "give the wallet a name")
        return label

    def _drop_secrets(self) -> None:
        self._phrase: str | None = None
        self._passphrase = ""
        self._key: bytes | None = None
        self._chain: str | None = None
        self._watch: str | None = None
        self._name = ""
        self._password: str | None = None
        self.questions = []

    def __repr__(self) -> str:  # never shows a secret
        return f"Wizard(state={self.state.value!r}, kind={self.kind!r})"
