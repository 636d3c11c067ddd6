from pathlib import Path

from storeapp.devtools import boundaries


def test_storeapp_respects_layer_boundaries():
    assert [str(v) for v in boundaries.check()] == []


def test_checker_catches_forbidden_imports(tmp_path: Path):
    core = tmp_path / "core"
    core.mkdir()
    (core / "bad.py").write_text("def f():\n    import sqlalchemy.orm\n")
    sync = tmp_path / "sync"
    sync.mkdir()
    (sync / "bad.py").write_text("from PySide6 import QtCore\n")
    (tmp_path / "app.py").write_text("import odoosim.server\n")
    (tmp_path / "demo.py").write_text("import odoosim.server\n")
    found = sorted((v.path.name, v.module) for v in boundaries.check(tmp_path))
    assert found == [
        ("app.py", "odoosim.server"),
        ("bad.py", "PySide6"),
        ("bad.py", "sqlalchemy.orm"),
    ]
