"""The translators' tables: fill Qt's .ts files from one plain-text table per language.

A translator keeps `resources/translations/storeapp_<lang>.tsv` (three columns separated by a
tab: context, English source, translation). The context `*` means "this source, in every
context"; a row naming a context wins over it for that context only. A source with a plural
(`numerus`) takes its forms separated by `||`. Escapes: `\\n` is a new line, `\\t` a tab, `\\\\`
a backslash. Lines starting with `#` are comments.

`fill` writes the table into the .ts file that `pyside6-lupdate` generated and marks each
translated message finished, so `pyside6-lrelease` reports 0 unfinished; `check` fails on a
message left untranslated and on a translation that lost or invented a placeholder (`{name}`,
`%1`, `%n`), an HTML tag, a shortcut or the spaces around the text — the mistakes that show up
as broken screens rather than as a wrong word.

    python -m storeapp.devtools.translation_table fill    # all languages, then check
    python -m storeapp.devtools.translation_table check
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl", "de")
PLURAL_SEPARATOR = "||"
# What must come through a translation unchanged: format fields, Qt's %1/%n, HTML tags,
# new lines, keyboard shortcuts.
KEEP = re.compile(r"\{[^{}]*\}|%(?:\d|n)|<[^>]+>|\n|(?:Ctrl|Alt|Shift)\+\w+")
# Qt writes shortcuts with the keyboard's names in some languages (German "Strg+Z"): a
# translation may use them, and is compared as if it said "Ctrl".
KEY_NAMES = {"Strg+": "Ctrl+", "Umschalt+": "Shift+"}
ANY_CONTEXT = "*"
HEADER = "# context\tsource\ttranslation\n"

Table = dict[tuple[str, str], str]


@dataclass
class Report:
    """What one language's fill or check found; empty lists mean the file is ready to ship."""

    language: str
    missing: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    translated: int = 0

    @property
    def ok(self) -> bool:
        return not self.missing and not self.mismatched


def unescape(cell: str) -> str:
    """A table cell back to its text (see the module docstring for the escapes)."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), cell)


def escape(text: str) -> str:
    """Text to a table cell that fits on one line."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_table(path: Path) -> Table:
    """The rows of one language's table, keyed by (context, source)."""
    table: Table = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{path.name}:{number}: expected 3 tab-separated columns")
        context, source, translation = (unescape(c) for c in cells)
        table[(context, source)] = translation
    return table


def write_table(path: Path, table: Table) -> None:
    """The table sorted by source then context, so a new row lands in a predictable place."""
    rows = sorted(table.items(), key=lambda item: (item[0][1].lower(), item[0][0]))
    lines = [f"{escape(c)}\t{escape(s)}\t{escape(t)}\n" for (c, s), t in rows]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")


def lookup(table: Table, context: str, source: str) -> str | None:
    """The context's own row when there is one, else the row for every context."""
    return table.get((context, source), table.get((ANY_CONTEXT, source)))


def kept_parts(text: str) -> list[str]:
    """The parts of a text a translation must keep, in a comparable order."""
    for local, english in KEY_NAMES.items():
        text = text.replace(local, english)
    return sorted(KEEP.findall(text))


def mismatch(source: str, translation: str) -> str | None:
    """Why the translation cannot replace the source on screen, or None."""
    if kept_parts(source) != kept_parts(translation):
        return f"placeholders {kept_parts(source)} became {kept_parts(translation)}"
    if source[:1].isspace() != translation[:1].isspace():
        return "leading space differs"
    if source[-1:].isspace() != translation[-1:].isspace():
        return "trailing space differs"
    return None


def messages(root: ET.Element):
    """(context name, message element) for every live message of a .ts tree."""
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message


def set_translation(message: ET.Element, text: str) -> None:
    """Write the text (or its plural forms) and mark the message finished."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    if message.get("numerus") == "yes":
        translation.text = None
        for part in text.split(PLURAL_SEPARATOR):
            ET.SubElement(translation, "numerusform").text = part.strip()
    else:
        translation.text = text


def current_text(message: ET.Element) -> str | None:
    """The message's finished translation as the table would hold it, or None."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return None
    forms = translation.findall("numerusform")
    if forms:
        return f" {PLURAL_SEPARATOR} ".join(f.text or "" for f in forms)
    return translation.text or None


def examine(root: ET.Element, language: str) -> Report:
    """Check every message of a .ts tree: translated, and with its placeholders intact."""
    report = Report(language)
    for context, message in messages(root):
        source = message.findtext("source", "")
        text = current_text(message)
        if text is None:
            report.missing.append(f"{context}: {source!r}")
            continue
        report.translated += 1
        plural = message.get("numerus") == "yes"
        forms = [f.strip() for f in text.split(PLURAL_SEPARATOR)] if plural else [text]
        for form in forms:
            problem = mismatch(source, form)
            if problem:
                report.mismatched.append(f"{context}: {source!r}: {problem}")
    return report


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"storeapp_{language}.ts"


def table_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"storeapp_{language}.tsv"


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write the .ts the way lupdate does (declaration, doctype, 4-space indent)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill(language: str, folder: Path = TRANSLATIONS) -> Report:
    """Put the language's table into its .ts file; report what the table lacks."""
    table = read_table(table_path(language, folder))
    tree = ET.parse(ts_path(language, folder))
    for context, message in messages(tree.getroot()):
        text = lookup(table, context, message.findtext("source", ""))
        if text is not None:
            set_translation(message, text)
    write_ts(tree, ts_path(language, folder))
    return examine(tree.getroot(), language)


def check(language: str, folder: Path = TRANSLATIONS) -> Report:
    """Examine the language's .ts file as it is."""
    return examine(ET.parse(ts_path(language, folder)).getroot(), language)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command not in ("fill", "check"):
        print(__doc__)
        return 2
    failed = False
    for language in LANGUAGES:
        report = fill(language) if command == "fill" else check(language)
        print(f"{language}: {report.translated} translated, {len(report.missing)} missing")
        for line in report.missing + report.mismatched:
            print(f"  {line}")
        failed |= not report.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
