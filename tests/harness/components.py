"""Real components for tests: what is missing fails the run in CI and skips elsewhere."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


def missing(component: str, how_to_install: str) -> None:
    """Stop a test whose real component is absent: fail in CI, skip on a developer machine."""
    message = f"{component} is not available: {how_to_install}"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
