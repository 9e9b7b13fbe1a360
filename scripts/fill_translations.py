"""Read and fill the translation sources resources/translations/kapchyk_<lang>.ts.

For translators who prefer a text editor or a script to Qt Linguist (docs/TRANSLATING.md):

  python scripts/fill_translations.py --status
      how many messages each language has, and how many are still unfinished;
  python scripts/fill_translations.py --export ru [-o todo.json] [--all]
      the unfinished messages of a language as JSON, ``{context: {source: ""}}`` (``--all``:
      every message, with its current translation), to fill in;
  python scripts/fill_translations.py --apply ru todo.json
      puts the translations of such a JSON file into the .ts file and marks them finished;
      a translation whose {placeholders} differ from its source is refused. Then run
      ``make translations`` to compile the .qm files.

A context of ``"*"`` in the JSON applies its translations to that source text in every context.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "ky")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
_FIELD = re.compile(r"\{[^{}]*\}")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"kapchyk_{lang}.ts"


def placeholders(text: str) -> list[str]:
    """The ``{fields}`` of a str.format template, sorted (``{{`` escapes ignored)."""
    return sorted(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


def parse(path: Path) -> ET.ElementTree:
    return ET.parse(path)  # noqa: S314 - the project's own .ts files, not untrusted input


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message that is still in use."""
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind not in ("obsolete", "vanished"):
                out.append((name, message))
    return out


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") is None
        and bool((translation.text or "").strip())
    )


def status() -> int:
    for lang in LANGUAGES:
        path = ts_path(lang)
        if not path.exists():
            print(f"{lang}: no {path.relative_to(ROOT)} yet (run make translations)")
            continue
        found = messages(parse(path))
        todo = sum(not is_finished(m) for _, m in found)
        print(f"{lang}: {len(found)} messages, {todo} unfinished")
    return 0


def export(lang: str, out: Path | None, every: bool) -> int:
    data: dict[str, dict[str, str]] = {}
    for context, message in messages(parse(ts_path(lang))):
        if every or not is_finished(message):
            source = message.findtext("source") or ""
            current = message.findtext("translation") or ""
            data.setdefault(context, {})[source] = current
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    return 0


def apply(lang: str, source_file: Path) -> int:
    wanted: dict[str, dict[str, str]] = json.loads(source_file.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = parse(path)
    problems, filled = [], 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        text = wanted.get(context, {}).get(source, wanted.get("*", {}).get(source))
        if not text:
            continue
        if placeholders(text) != placeholders(source):
            problems.append(f"{context}: {source!r}: placeholders differ in {text!r}")
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    for problem in problems:
        print(problem, file=sys.stderr)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    left = sum(not is_finished(m) for _, m in messages(parse(path)))
    print(f"{lang}: filled {filled}, {left} unfinished; now run make translations")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--status", action="store_true")
    action.add_argument("--export", metavar="LANG", choices=LANGUAGES)
    action.add_argument("--apply", nargs=2, metavar=("LANG", "JSON"))
    parser.add_argument("-o", "--output", type=Path, default=None)
    parser.add_argument("--all", action="store_true", help="export finished messages too")
    args = parser.parse_args(argv)
    if args.status:
        return status()
    if args.export:
        return export(args.export, args.output, args.all)
    lang, source = args.apply
    if lang not in LANGUAGES:
        parser.error(f"unknown language {lang!r}")
    return apply(lang, Path(source))


if __name__ == "__main__":
    sys.exit(main())
