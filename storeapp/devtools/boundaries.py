"""Import-boundary check for the layers of docs/architecture.md.

`storeapp/core` is pure Python: no PySide6, SQLAlchemy or odoorpc.
`storeapp/offline` and `storeapp/sync` never import PySide6.
Nothing in `storeapp` imports `odoosim` except the demo bootstrap.

The check reads the source with `ast` rather than importing it, so a lazy import inside a
function is caught just like a module-level one.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent

# package folder (relative to storeapp/) -> top-level modules it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("PySide6", "shiboken6", "qasync", "sqlalchemy", "alembic", "odoorpc", "odoosim"),
    "offline": ("PySide6", "shiboken6", "qasync", "odoosim"),
    "sync": ("PySide6", "shiboken6", "qasync", "odoosim"),
    "ui": ("odoosim",),
}
# The only modules allowed to import the emulator: the demo bootstrap.
ODOOSIM_ALLOWED = {"demo.py"}


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    module: str
    rule: str

    def __str__(self) -> str:
        rel = self.path.relative_to(PACKAGE_ROOT.parent)
        return f"{rel}:{self.line}: imports {self.module!r} ({self.rule})"


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def check(root: Path = PACKAGE_ROOT) -> list[Violation]:
    violations: list[Violation] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        layer = rel.parts[0] if len(rel.parts) > 1 else None
        forbidden = FORBIDDEN.get(layer, ())
        if layer is None or layer not in FORBIDDEN:
            forbidden = () if path.name in ODOOSIM_ALLOWED else ("odoosim",)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in _imported_modules(tree):
            top = module.split(".")[0]
            if top in forbidden:
                rule = f"storeapp/{layer} must not import {top}" if layer else "only demo.py may"
                violations.append(Violation(path, line, module, rule))
    return violations


def main() -> int:
    violations = check()
    for violation in violations:
        print(violation)
    if violations:
        print(f"{len(violations)} import-boundary violation(s)", file=sys.stderr)
        return 1
    print("import boundaries: ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
