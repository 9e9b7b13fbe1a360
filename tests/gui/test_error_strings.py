"""scripts/extract_error_strings.py finds every way a message template is written in wallet/
(and reports the ones it cannot read), on a small package made for the test."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_error_strings", ROOT / "scripts" / "extract_error_strings.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _package(tmp_path, files):
    pkg = tmp_path / "pkg"
    (pkg / "gui").mkdir(parents=True)
    for name, text in files.items():
        (pkg / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return pkg


ERRORS = """
    class KapchykError(Exception):
        def __init__(self, template, **params):
            super().__init__(template)
            self.template = template

    class SendRefused(KapchykError):
        pass

    class NodeRefused(SendRefused):
        def __init__(self, template, kind, **params):
            super().__init__(template, **params)

    def term(text):
        return text
"""

USES = """
    from pkg.errors import KapchykError, NodeRefused, SendRefused, term

    UNAVAILABLE = "no keyring " "is available"
    _KNOWN = [("needle", "kind", "the node said no to {symbol}")]

    def _fail(template, field):
        return SendRefused("{field}: " + template, field=field)

    def check(x, symbol=term("the token")):
        if x == 1:
            raise SendRefused("one is {bad}", bad=x)
        if x == 2:
            raise _fail("enter an amount", "f")
        if x == 3:
            raise NodeRefused(UNAVAILABLE, "kind")
        for needle, kind, template in _KNOWN:
            if needle in x:
                return NodeRefused(template, kind, symbol=symbol)
        known = {"A": ("a", "it expired"), "B": ("b", "it was " "refused")}
        kind, message = known[x]
        warning = SendWarning("code", "look {here}", {"here": 1})
        text = translated("something went wrong")
        error = KapchykError("short" if x else "long")
        try:
            pass
        except SendRefused as exc:
            raise SendRefused(exc.template) from None
        raise NodeRefused(message, kind)
"""


def test_every_kind_of_template_is_found(tmp_path):
    pkg = _package(tmp_path, {"errors.py": ERRORS, "uses.py": USES})
    found = _extractor().extract(pkg)
    assert found.problems == []
    assert sorted(found.templates) == sorted(
        [
            "one is {bad}",
            "{field}: enter an amount",
            "no keyring is available",
            "the node said no to {symbol}",
            "it expired",
            "it was refused",
            "look {here}",
            "something went wrong",
            "short",
            "long",
            "the token",
        ]
    )
    assert found.templates["one is {bad}"] == ["pkg/uses.py:12"]


def test_a_template_it_cannot_read_is_reported(tmp_path):
    uses = """
        from pkg.errors import SendRefused

        def check(x, name):
            raise SendRefused(f"{name} is wrong")
    """
    pkg = _package(tmp_path, {"errors.py": ERRORS, "uses.py": uses})
    found = _extractor().extract(pkg)
    assert found.templates == {}
    assert found.problems == ["pkg/uses.py:5: template is not a string literal: f'{name} is wrong'"]


def test_the_generated_module_lists_each_template_once_for_lupdate():
    text = _extractor().render(["b {x}", 'say "hi"', "b {x}"])
    assert text.count("QT_TRANSLATE_NOOP(") == 2
    assert '    QT_TRANSLATE_NOOP("errors", "b {x}"),\n' in text
    assert '    QT_TRANSLATE_NOOP("errors", "say \\"hi\\""),\n' in text
    namespace = {}
    exec(compile(text, "error_strings.py", "exec"), namespace)
    assert namespace["TEMPLATES"] == ["b {x}", 'say "hi"']
