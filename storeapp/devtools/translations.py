"""The translation tooling: `.ts` sources from the code, `.qm` for the app, the pseudo-locale.

    python -m storeapp.devtools.translations update    # code -> resources/translations/*.ts
    python -m storeapp.devtools.translations release   # *.ts (+ generated pseudo) -> *.qm

`update` runs Qt's `pyside6-lupdate` over every module of the package, then gives each text the
translation context the module translates it with at run time: a module-level helper
`tr(text)` that calls `QCoreApplication.translate("Context", text)` is invisible to lupdate,
which files its texts under an empty context where the running app would never look them up.
Translations already written in the `.ts` files are kept (matched by context and text); a text
that left the code stays in the file as "vanished" so the translator sees what went.

`release` compiles the `.ts` files with `pyside6-lrelease` next to them (the `.qm` files are
build output, not committed) and first regenerates the pseudo-locale: every text accented and
about 40 % longer, so a test can see untranslated English and text that no longer fits.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "storeapp"
TRANSLATIONS = ROOT / "resources" / "translations"
# The languages the translators keep, as Qt names them in the .ts header.
LANGUAGES = {"fr": "fr_FR", "nl": "nl_BE", "de": "de_DE"}
PSEUDO = "pseudo"
TEXTS = "Texts"  # the context of `translatable(...)` texts (storeapp.ui.language.TEXTS)
# A module's translation helper: def tr(text): return QCoreApplication.translate("Ctx", text)
_HELPER = re.compile(r"""translate\(\s*["'](\w+)["']\s*,\s*text\s*[,)]""")
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}|&(?=\w)|<[^<>]*>")


@dataclass
class Message:
    """One text to translate, where it is used, and its translation when known."""

    source: str
    comment: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)  # (filename, line)
    translation: str = ""
    finished: bool = False
    numerus: bool = False
    forms: list[str] = field(default_factory=list)


Catalogue = dict[str, dict[tuple[str, str], Message]]  # context -> (source, comment) -> message


def tool(name: str) -> str:
    """A Qt tool from this interpreter's environment (PySide6 ships them), else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]').")
    return found


def sources() -> list[Path]:
    """Every module that can show text; the developer tools print English only."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "devtools" not in p.parts)


def module_context(path: Path) -> str:
    match = _HELPER.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def read_ts(path: Path) -> Catalogue:
    catalogue: Catalogue = {}
    if not path.exists():
        return catalogue
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for node in ctx.iter("message"):
            source = node.findtext("source") or ""
            comment = node.findtext("comment") or ""
            trans = node.find("translation")
            forms = [f.text or "" for f in trans.iter("numerusform")] if trans is not None else []
            message = Message(
                source,
                comment,
                [(loc.get("filename", ""), loc.get("line", "")) for loc in node.iter("location")],
                (trans.text or "") if trans is not None else "",
                trans is not None
                and trans.get("type") not in ("unfinished", "vanished", "obsolete"),
                node.get("numerus") == "yes",
                forms,
            )
            catalogue.setdefault(name, {})[(source, comment)] = message
    return catalogue


def write_ts(path: Path, catalogue: Catalogue, language: str, vanished: Catalogue) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    for name in sorted(set(catalogue) | set(vanished)):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        rows = [(m, False) for m in catalogue.get(name, {}).values()]
        rows += [(m, True) for m in vanished.get(name, {}).values()]
        for message, gone in rows:
            node = ET.SubElement(ctx, "message")
            if message.numerus:
                node.set("numerus", "yes")
            for filename, line in message.locations:
                ET.SubElement(node, "location", filename=filename, line=line)
            ET.SubElement(node, "source").text = message.source
            if message.comment:
                ET.SubElement(node, "comment").text = message.comment
            trans = ET.SubElement(node, "translation")
            if gone:
                trans.set("type", "vanished")
            elif not message.finished:
                trans.set("type", "unfinished")
            if message.numerus:
                for form in message.forms or [""]:
                    ET.SubElement(trans, "numerusform").text = form
            else:
                trans.text = message.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def extract() -> Catalogue:
    """lupdate over the package, each text moved to the context its module translates with."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=TRANSLATIONS) as tmp:
        template = Path(tmp) / "template.ts"
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(p) for p in sources()), "utf-8")
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "absolute", f"@{listing}", "-ts", template],
            check=True,
            capture_output=True,
        )
        raw = read_ts(template)
        base = template.parent
    contexts: dict[Path, str] = {}
    catalogue: Catalogue = {}
    for name, messages in raw.items():
        for key, message in messages.items():
            for filename, line in message.locations or [("", "")]:
                path = (base / filename).resolve() if filename else None
                context = name
                if not context and path is not None:
                    context = contexts.setdefault(path, module_context(path))
                rel = path.relative_to(ROOT).as_posix() if path else ""
                target = catalogue.setdefault(context, {}).get(key)
                if target is None:
                    target = Message(message.source, message.comment, numerus=message.numerus)
                    catalogue[context][key] = target
                if rel:
                    target.locations.append((f"../../{rel}", line))
    for name, messages in marked(sources()).items():
        for key, message in messages.items():
            catalogue.setdefault(name, {}).setdefault(key, message)
    return catalogue


def marked(paths: Iterable[Path]) -> Catalogue:
    """Texts given to `translatable(...)` and templates given to `msg(...)`: what screens
    show with `translated()`."""
    found: dict[tuple[str, str], Message] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in _MARKERS):
                continue
            for text in _marked_texts(node):
                message = found.setdefault((text, ""), Message(text))
                rel = path.relative_to(ROOT).as_posix()
                message.locations.append((f"../../{rel}", str(node.lineno)))
    return {TEXTS: found} if found else {}


_COUNTS = {"plural", "plural_qty"}  # storeapp.core.wording: a number and its words
_MARKERS = {"translatable", "msg", *_COUNTS}  # storeapp.core.text, storeapp.core.wording


def _marked_texts(node: ast.Call) -> list[str]:
    args = [_literals(a) for a in node.args]
    if _name(node.func) not in _COUNTS:
        return args[0] if args else []
    # plural(n, "day") or plural(n, "try left", "tries left"): "{n} day" and "{n} days"
    if len(args) < 2 or len(args[1]) != 1:
        return []
    one = args[1][0]
    other = args[2][0] if len(args) > 2 and len(args[2]) == 1 else f"{one}s"
    return [f"{{n}} {one}", f"{{n}} {other}"]


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [t for item in node.elts for t in _literals(item)]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.Dict):
        return [t for value in node.values for t in _literals(value)]
    return []


def merge(fresh: Catalogue, old: Catalogue) -> tuple[Catalogue, Catalogue]:
    """The fresh texts with the translations already written; and the texts that went."""
    by_source = {
        key: m for messages in old.values() for key, m in messages.items() if m.translation
    }
    for name, messages in fresh.items():
        for key, message in messages.items():
            known = old.get(name, {}).get(key)
            if known is not None:
                message.translation, message.finished = known.translation, known.finished
                message.forms = known.forms
            elif key in by_source:  # the same text elsewhere: a suggestion to review
                message.translation = by_source[key].translation
                message.forms = by_source[key].forms
    vanished: Catalogue = {}
    for name, messages in old.items():
        for key, message in messages.items():
            if key not in fresh.get(name, {}) and (message.translation or message.forms):
                message.locations = []
                vanished.setdefault(name, {})[key] = message
    return fresh, vanished


def update(languages: Iterable[str] = LANGUAGES) -> list[Path]:
    fresh = extract()
    written = []
    for code in languages:
        path = TRANSLATIONS / f"storeapp_{code}.ts"
        catalogue, vanished = merge(_copy(fresh), read_ts(path))
        write_ts(path, catalogue, LANGUAGES[code], vanished)
        written.append(path)
    return written


def _copy(catalogue: Catalogue) -> Catalogue:
    return {
        name: {
            key: Message(m.source, m.comment, list(m.locations), numerus=m.numerus)
            for key, m in messages.items()
        }
        for name, messages in catalogue.items()
    }


# ---------------------------------------------------------------------- pseudo-locale

_ACCENTS = str.maketrans(
    "AEIOUYCNaeiouycnsz", "ÅÉÎÖÛÝÇÑåéîöûýçñšž"
)  # one accented letter for each plain one: still readable, visibly not English


def pseudo_text(text: str) -> str:
    """Accented and about 40 % longer; placeholders, mnemonics and markup kept as they are."""
    out, last = [], 0
    for match in _PLACEHOLDER.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTS))
    letters = sum(ch.isalpha() for ch in text)
    padding = "·" * max(1, round(letters * 0.4)) if letters else ""
    return f"⟦{''.join(out)}{padding}⟧" if letters else text


def generated(
    path: Path, catalogue: Catalogue, transform: Callable[[str], str], language: str = "en_US"
) -> Path:
    """A .ts whose every text is `transform(source)`, all finished: the pseudo-locale, and the
    stand-in languages of the tests."""
    for messages in catalogue.values():
        for message in messages.values():
            message.translation = transform(message.source)
            message.forms = [message.translation, message.translation]
            message.finished = True
    write_ts(path, catalogue, language, {})
    return path


def pseudo(template: Path | None = None) -> Path:
    """storeapp_pseudo.ts from the code's texts (the French file is the template if present)."""
    catalogue = read_ts(template) if template and template.exists() else extract()
    return generated(TRANSLATIONS / f"storeapp_{PSEUDO}.ts", catalogue, pseudo_text)


def compile_ts(ts: Path, qm: Path) -> Path:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def release(out_dir: Path | None = None, regenerate_pseudo: bool = True) -> list[Path]:
    """Compile every .ts to .qm (into `out_dir`, default next to the sources)."""
    if regenerate_pseudo:
        pseudo(TRANSLATIONS / "storeapp_fr.ts")
    target = out_dir or TRANSLATIONS
    target.mkdir(parents=True, exist_ok=True)
    return [
        compile_ts(ts, target / f"{ts.stem}.qm")
        for ts in sorted(TRANSLATIONS.glob("storeapp_*.ts"))
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storeapp.devtools.translations")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="regenerate resources/translations/*.ts from the code")
    up.add_argument("languages", nargs="*", default=list(LANGUAGES))
    sub.add_parser("release", help="compile the .ts files (and the pseudo-locale) to .qm")
    sub.add_parser("pseudo", help="regenerate the pseudo-locale .ts only")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update(args.languages):
            print(f"updated {path.relative_to(ROOT)}")
    elif args.command == "pseudo":
        print(f"wrote {pseudo(TRANSLATIONS / 'storeapp_fr.ts').relative_to(ROOT)}")
    else:
        for path in release():
            print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
