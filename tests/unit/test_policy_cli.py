"""`storeapp policy` reads this PC's configuration once, and a draft is still checked when the
configuration is invalid (only the comparison with Odoo's names needs it)."""

from __future__ import annotations

from storeapp import cli, config
from storeapp.offline.returns_policy import SAMPLE


def _invalid_configuration(monkeypatch, tmp_path) -> list[int]:
    machine = tmp_path / "storeapp.toml"
    machine.write_text("[odoo]\ntimeout_seconds = 'soon'\n", encoding="utf-8")
    monkeypatch.setenv("STOREAPP_CONFIG", str(machine))
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(tmp_path / "data"))
    reads: list[int] = []
    real = config.load_config

    def counted(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(config, "load_config", counted)
    return reads


def test_check_validates_the_draft_with_an_invalid_configuration(monkeypatch, tmp_path, capsys):
    reads = _invalid_configuration(monkeypatch, tmp_path)
    assert cli.main(["policy", "check", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "is a valid returns policy" in out
    assert "Not compared with Odoo's names: the configuration of this PC is invalid." in out
    assert len(reads) == 1


def test_simulate_says_the_configuration_is_invalid(monkeypatch, tmp_path, capsys):
    reads = _invalid_configuration(monkeypatch, tmp_path)
    assert cli.main(["policy", "simulate", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "The configuration is invalid:" in out and "timeout_seconds" in out
    assert len(reads) == 1
