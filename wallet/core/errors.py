"""The one error type users see.

Every error a user can cause or meet carries an English message *template* with named
parameters. The template is also the translation key: the GUI translates the template and
then fills in the parameters, the CLI prints it as it is. Messages never contain secrets.
"""

from __future__ import annotations

from typing import Any


class KapchykError(Exception):
    """An error with a plain, specific message meant for the user."""

    #: short machine-readable category, printed by ``--json`` output
    code = "error"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __str__(self) -> str:
        return self.message


def term(text: str) -> str:
    """Mark an English word or phrase that goes into a message as a parameter ("the token",
    "amount in the payment link") so the GUI translates it too; returns ``text`` unchanged.

    scripts/extract_error_strings.py collects ``term("...")`` literals with the templates.
    """
    return text


class InvalidAddress(KapchykError):
    code = "invalid_address"


class InvalidAmount(KapchykError):
    code = "invalid_amount"


class InvalidUri(KapchykError):
    code = "invalid_uri"


class DataFileError(KapchykError):
    code = "data_file"


class UnknownNetwork(KapchykError):
    code = "unknown_network"


class UnknownToken(KapchykError):
    code = "unknown_token"


class StoreError(KapchykError):
    code = "store"
