"""The sample machine file (`storeapp config --sample`, and the one the installer ships):
every option commented out with its default, its help and its kind, in declaration order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storeapp.config.options import OPTIONS


def describe_options(write: Callable[[str], None] = print) -> None:
    """A commented sample machine file with every option, its default and its help."""
    current = None
    for option in OPTIONS:
        if option.section != current:
            current = option.section
            write(f"\n# {OPTIONS.sections[current].help}\n[{current}]")
        default = option.default
        shown = "" if default is None else default
        literal = _toml_literal(shown)
        write(f"# {option.help} ({option.type.describe()})")
        write(f"# {option.key} = {literal}")


def _toml_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_literal(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
