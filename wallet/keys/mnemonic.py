"""BIP-39 recovery phrases (English wordlist)."""

from __future__ import annotations

import difflib
import secrets
import unicodedata
from functools import cache

from mnemonic import Mnemonic

from wallet.keys.errors import InvalidMnemonic

WORD_COUNTS = (12, 15, 18, 21, 24)


@cache
def _m() -> Mnemonic:
    return Mnemonic("english")


def generate(words: int = 12) -> str:
    """A new phrase from the OS's secure random source (12 or 24 words)."""
    if words not in (12, 24):
        raise InvalidMnemonic("a new recovery phrase has 12 or 24 words, not {n}", n=words)
    return _m().generate(strength=128 if words == 12 else 256)


def normalize(phrase: str) -> str:
    """NFKD, lower-case, single spaces — the form BIP-39 hashes."""
    return " ".join(unicodedata.normalize("NFKD", phrase).lower().split())


def validate(phrase: str) -> str:
    """Check a typed phrase and return it normalized; errors name each bad word."""
    norm = normalize(phrase)
    words = norm.split()
    if not words:
        raise InvalidMnemonic("enter your recovery phrase")
    if len(words) not in WORD_COUNTS:
        raise InvalidMnemonic(
            "a recovery phrase has 12, 15, 18, 21 or 24 words; this one has {n}", n=len(words)
        )
    wordlist = _m().wordlist
    known = set(wordlist)
    bad = [(i, w) for i, w in enumerate(words, 1) if w not in known]
    if bad:
        parts = []
        for pos, word in bad[:5]:
            close = difflib.get_close_matches(word, wordlist, n=3, cutoff=0.6)
            hint = f" (did you mean {' / '.join(close)}?)" if close else ""
            parts.append(f"word {pos} “{word}”{hint}")
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise InvalidMnemonic(
            "these words are not in the recovery-phrase word list: {words}{more}",
            words="; ".join(parts),
            more=more,
        )
    if not _m().check(norm):
        raise InvalidMnemonic(
            "every word is valid but the phrase's checksum does not match: a word is wrong or "
            "two words are swapped"
        )
    return norm


def to_seed(phrase: str, passphrase: str = "") -> bytes:
    """The BIP-39 seed of a phrase and its optional passphrase (the "25th word").

    The phrase is checked (and normalized) by ``validate`` first, so a bad word is named; the
    passphrase is used as typed, only NFKD-normalized as BIP-39 says. The seed is eth-account's
    ``Mnemonic.to_seed``, the step its ``seed_from_mnemonic`` ends in: ``seed_from_mnemonic``
    itself guesses the phrase's language and refuses a valid English phrase whose words are all
    French words too (tests/keys/test_derivation.py has one).
    """
    from eth_account.hdaccount import Mnemonic as EthMnemonic  # slow import: only when deriving

    return EthMnemonic.to_seed(validate(phrase), passphrase)


def word_at(phrase: str, position: int) -> str:
    """The word at 1-based ``position`` (for the backup check)."""
    return normalize(phrase).split()[position - 1]


def backup_positions(word_count: int, count: int = 3) -> list[int]:
    """``count`` random, sorted 1-based word positions for the backup check."""
    return sorted(secrets.SystemRandom().sample(range(1, word_count + 1), count))


def wrong_positions(phrase: str, answers: dict[int, str]) -> list[int]:
    """The positions whose typed word is not the phrase's word there (sorted; [] = all right)."""
    words = normalize(phrase).split()
    return sorted(
        pos
        for pos, word in answers.items()
        if not 1 <= pos <= len(words) or words[pos - 1] != normalize(word)
    )
