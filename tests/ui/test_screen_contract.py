"""The screen contract (storeapp/ui/screen.py): every feature screen is built one way, by its
package's `screen.build(shell)`, and takes its settings only from the shell's configuration."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

from storeapp.config import load_config
from storeapp.ui.screen import ShellServices
from tests.ui.shell_helpers import make_shell

UI = Path(__file__).resolve().parents[2] / "storeapp" / "ui"


def test_every_page_comes_from_its_package_screen_build(stores, executors, qloop):
    shell = make_shell(stores, executors)
    try:
        screens = shell._screens()
        assert [spec.key for spec, _build in screens] == list(shell.window.pages)
        for spec, build in screens:
            module = inspect.getmodule(build)
            assert module is not None and module.__name__.endswith(".screen"), spec.key
            assert build.__name__ == "build"
            shell_param = next(iter(inspect.signature(build).parameters.values()))
            assert shell_param.annotation in ("ShellServices", ShellServices), spec.key
            assert shell.pages[spec.key] is shell.window.pages[spec.key]
    finally:
        shell.stop()


def test_no_screen_reads_the_configuration_again():
    """Settings come from `shell.deps.config`, loaded once by the app."""
    readers = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name == "load_config":
                    readers.append(str(path.relative_to(UI)))
    assert readers == []


def test_the_returns_screen_takes_its_settings_from_the_shell(stores, executors, qloop, tmp_path):
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        '[store]\nwarehouse_code = "BRU"\n\n[returns]\nquarantine_location = "Damaged"\n',
        encoding="utf-8",
    )
    shell = make_shell(stores, executors)
    shell.stop()
    deps = dataclasses.replace(shell.deps, config=load_config({"STOREAPP_CONFIG": str(machine)}))
    shell = type(shell)(deps)
    try:
        repo = shell.pages["returns"].presenter.repo
        assert (repo.warehouse_code, repo.quarantine_location) == ("BRU", "Damaged")
    finally:
        shell.stop()
