"""Test-wide setup. Qt must be told to run headless before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def pytest_configure(config) -> None:  # pytest's hook signature
    """No OS keyring in tests, and no accidental one either: keyring picks the highest-priority
    backend class it knows, which would otherwise be whichever test module defined one first.
    Tests that need a keyring install a memory one (tests/sync/conftest.py `memory_keyring`)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    _hypothesis_outside_the_source_tree()


def _hypothesis_outside_the_source_tree() -> None:
    """Tests write only under temporary folders: Hypothesis keeps its example database in the
    system's temporary folder instead of `.hypothesis/` in the working directory."""
    import getpass
    import tempfile
    from pathlib import Path

    from hypothesis.configuration import set_hypothesis_home_dir

    home = Path(tempfile.gettempdir()) / f"storeapp-hypothesis-{getpass.getuser()}"
    set_hypothesis_home_dir(home)
