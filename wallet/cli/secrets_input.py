"""Reading passwords, phrases and keys for the CLI — never from argv or the environment.

- From a terminal: prompted without echo (new passwords twice).
- For scripts: passwords from a file descriptor (``--password-fd N``, one per line, in the order
  the command documents), phrases and keys from stdin when stdin is not a terminal.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO

from wallet.core.errors import KapchykError


class SecretInputError(KapchykError):
    code = "secret_input"


class SecretReader:
    def __init__(self, password_fd: int | None, stdin: TextIO | None = None) -> None:
        self.password_fd = password_fd
        self.stdin = stdin or sys.stdin
        self._fd_file: TextIO | None = None

    def _fd_line(self, what: str) -> str:
        if self._fd_file is None:
            try:
                self._fd_file = os.fdopen(self.password_fd, "r", encoding="utf-8", closefd=False)
            except OSError:
                raise SecretInputError(
                    "--password-fd {fd} is not an open file descriptor", fd=self.password_fd
                ) from None
        line = self._fd_file.readline()
        if not line:
            raise SecretInputError(
                "file descriptor {fd} ended before the {what} was given",
                fd=self.password_fd,
                what=what,
            )
        return line.rstrip("\r\n")

    def password(
        self,
        prompt: str = "Wallet password: ",
        *,
        what: str = "wallet password",
        confirm: bool = False,
    ) -> str:
        if self.password_fd is not None:
            return self._fd_line(what)
        if not _tty():
            raise SecretInputError(
                "no terminal to ask for the {what}; pass it with --password-fd N", what=what
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise SecretInputError("the two {what}s differ; nothing was changed", what=what)
        return first

    def text_secret(self, prompt: str, *, what: str) -> str:
        """A phrase or key: hidden prompt on a terminal, else the whole of stdin."""
        if self.stdin.isatty():
            value = getpass.getpass(prompt)
        else:
            value = self.stdin.read()
        value = value.strip()
        if not value:
            raise SecretInputError("no {what} was given", what=what)
        return value


def _tty() -> bool:
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False
