"""Files written by Windows PowerShell 5.1 (`Out-File -Encoding utf8`, `Set-Content`) start with
a UTF-8 byte-order mark. Every file storeapp reads must accept one."""

from __future__ import annotations

from pathlib import Path

from storeapp import cli, provision
from storeapp.config import load_config
from storeapp.core.policy import load_policy
from storeapp.offline.journal import JournalStore
from storeapp.offline.returns_policy import SAMPLE, PolicySource

BOM = b"\xef\xbb\xbf"


def _with_bom(path: Path, text: str) -> Path:
    path.write_bytes(BOM + text.encode("utf-8"))
    return path


def test_machine_file_with_a_bom_loads(tmp_path: Path):
    machine = _with_bom(tmp_path / "storeapp.toml", '[odoo]\nurl = "https://erp.example.com"\n')
    cfg = load_config({"STOREAPP_CONFIG": str(machine), "STOREAPP_DATA_DIR": str(tmp_path)})
    assert cfg.odoo.url == "https://erp.example.com"


def test_machine_file_that_is_not_utf8_is_a_config_problem(tmp_path: Path, capsys):
    machine = tmp_path / "storeapp.toml"
    machine.write_bytes('[odoo]\nlogin = "caf\xe9"\n'.encode("latin-1"))
    env = {"STOREAPP_CONFIG": str(machine), "STOREAPP_DATA_DIR": str(tmp_path)}
    try:
        load_config(env)
    except Exception as exc:  # the type is what is checked
        assert type(exc).__name__ == "ConfigError"
        assert "UTF-8" in str(exc)
    else:
        raise AssertionError("a Latin-1 file was accepted")


def test_policy_with_a_bom_loads_from_text_file_and_cli(tmp_path: Path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    assert load_policy("\ufeff" + text).policy_version == "2026.11-sample"
    path = _with_bom(tmp_path / "policy.toml", text)
    with JournalStore.open(tmp_path / "data") as journal:
        loaded = PolicySource(journal, path).load()
    assert loaded.problems == () and loaded.source == str(path)
    assert cli.main(["policy", "check", str(path)]) == 0, capsys.readouterr().out


def test_provision_keeps_a_machine_file_with_a_bom(tmp_path: Path):
    machine = _with_bom(tmp_path / "storeapp.toml", "[sync]\npage_size = 500\n")
    assert provision.read_machine_file(machine) == {"sync": {"page_size": 500}}
