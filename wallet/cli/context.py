"""What every CLI command gets: the chosen data dir and network mode, output, and lazily
opened registry and database."""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from wallet.core.networks import Registry
from wallet.services.environment import Environment


@dataclass
class Context:
    env: Environment
    json: bool = False
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    @property
    def data_dir(self) -> Path:
        return self.env.data_dir

    @property
    def mode(self) -> str:
        return self.env.mode

    @property
    def registry(self) -> Registry:
        return self.env.registry

    @property
    def db(self) -> sqlite3.Connection:
        return self.env.db

    def __post_init__(self) -> None:
        from wallet.services.app_settings import AppSettings

        notice = AppSettings(self.env.data_dir).notice(self.env.mode)
        if notice is not None:
            self.say(f"warning: {notice.message}")

    def emit(self, obj: Any, human: str | None = None) -> None:
        """Print ``obj`` as JSON (with --json) or ``human`` text (otherwise) on stdout."""
        if self.json:
            json.dump(obj, self.stdout, indent=2, ensure_ascii=False, default=_json_default)
            self.stdout.write("\n")
        elif human is not None:
            self.stdout.write(human.rstrip("\n") + "\n")
        self.stdout.flush()

    def say(self, text: str) -> None:
        """A human message: always stderr, so stdout stays machine-readable."""
        self.stderr.write(text.rstrip("\n") + "\n")
        self.stderr.flush()

    def close(self) -> None:
        clients = self.env.__dict__.get("clients")  # only if this command talked to nodes
        for skipped in clients.wrong_chain() if clients is not None else []:
            self.say(f"warning: {skipped.message}")
        self.env.close()


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, bytes):
        return "0x" + obj.hex()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")
