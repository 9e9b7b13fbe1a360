"""Start and stop a local anvil (Foundry's EVM node, installed from npm into the project)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wallet.core.errors import KapchykError

TEST_MNEMONIC = "test test test test test test test test test test test junk"
_LISTENING = re.compile(r"Listening on (\S+):(\d+)")


class AnvilNotFound(KapchykError):
    code = "anvil_missing"


def project_root() -> Path:
    return Path(__file__).resolve().parents[2]


def find_anvil() -> Path:
    """The anvil binary: $KAPCHYK_ANVIL, the project's node_modules, or PATH."""
    env = os.environ.get("KAPCHYK_ANVIL")
    candidates = [Path(env)] if env else []
    nm = project_root() / "node_modules" / "@foundry-rs"
    candidates += sorted(nm.glob("anvil-*/bin/anvil"))
    on_path = shutil.which("anvil")
    if on_path:
        candidates.append(Path(on_path))
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    raise AnvilNotFound(
        "anvil is not installed; run `make setup` (it installs @foundry-rs/anvil from npm)"
    )


@dataclass
class AnvilProcess:
    """A running anvil; ``url`` is its JSON-RPC endpoint on loopback."""

    process: subprocess.Popen | None  # None when attached to a node another process runs
    url: str
    chain_id: int
    output: list[str] = field(default_factory=list)

    def stop(self) -> None:
        """Stop the node (anvil writes its --state file on the way out)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_anvil(
    *,
    chain_id: int = 97,
    port: int = 0,
    state_file: Path | None = None,
    block_time: float | None = None,
    extra_args: Sequence[str] = (),
    timeout: float = 20.0,
) -> AnvilProcess:
    """Start anvil on 127.0.0.1 and wait until it listens (``port=0`` picks a free port)."""
    cmd = [
        str(find_anvil()),
        "--host", "127.0.0.1",
        "--port", str(port),
        "--chain-id", str(chain_id),
        "--mnemonic", TEST_MNEMONIC,
        "--accounts", "10",
        "--balance", "10000",
    ]  # fmt: skip
    if state_file is not None:
        cmd += ["--state", str(state_file)]
    if block_time is not None:
        cmd += ["--block-time", str(block_time)]
    cmd += list(extra_args)
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    output: list[str] = []
    found: dict[str, str] = {}
    ready = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            output.append(line.rstrip())
            if len(output) > 500:
                del output[:250]
            m = _LISTENING.search(line)
            if m and not ready.is_set():
                found["host"], found["port"] = m.group(1), m.group(2)
                ready.set()
        ready.set()

    threading.Thread(target=pump, name="anvil-output", daemon=True).start()
    if not ready.wait(timeout) or "port" not in found:
        proc.kill()
        tail = "\n".join(output[-20:])
        raise RuntimeError(f"anvil did not start within {timeout}s:\n{tail}")
    return AnvilProcess(proc, f"http://127.0.0.1:{found['port']}", chain_id, output)
