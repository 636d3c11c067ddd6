"""`storeapp doctor` as IT's compliance check: every local check, then, with a key stored, the
live ones against Odoo (here odoosim over HTTPS with a private CA, as a real store reaches it).
Exit codes: 0 all OK, 1 problems, 2 warnings only; `--json` for MDM tools."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from odoosim import OdooSim
from storeapp import cli
from storeapp.offline.returns_policy import SAMPLE
from storeapp.sync.credentials import CredentialStore
from tests.sync.tls_helpers import make_certificates

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")


@pytest.fixture(scope="module")
def tls_sim(tmp_path_factory) -> Iterator[tuple[OdooSim, Path]]:
    certificates = make_certificates(tmp_path_factory.mktemp("tls"))
    # The device user as the IT guide sets it up for Odoo 17 (Inventory: Administrator too).
    sim = OdooSim(seed="demo", test_mode=True, device_stock_manager=True)
    sim.start(port=0, tls=certificates.server_context())
    yield sim, certificates.ca
    sim.stop()


class Pc:
    """A store PC as IT provisions it: a machine file, a data folder, a keyring."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.machine_file = tmp_path / "storeapp.toml"
        self.monkeypatch = monkeypatch
        for name in [n for n in __import__("os").environ if n.startswith("STOREAPP_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("STOREAPP_CONFIG", str(self.machine_file))
        monkeypatch.setenv("STOREAPP_DATA_DIR", str(tmp_path / "data"))

    def write(self, **sections: dict[str, object]) -> None:
        lines = []
        for section, values in sections.items():
            lines.append(f"[{section}]")
            lines += [f"{k} = {json.dumps(v)}" for k, v in values.items()]
        self.machine_file.write_text("\n".join(lines) + "\n")


@pytest.fixture
def pc(tmp_path, monkeypatch, memory_keyring) -> Pc:
    return Pc(tmp_path, monkeypatch)


def _odoo(sim: OdooSim, ca: Path, **changes: object) -> dict[str, object]:
    values = {
        "url": sim.url,
        "database": sim.db_name,
        "login": sim.device.login,
        "ca_bundle": str(ca),
    }
    values.update(changes)
    return values


def _doctor(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(["doctor", *argv])
    return code, capsys.readouterr().out


def _store_key(sim: OdooSim, database: str | None = None) -> None:
    CredentialStore().set(sim.url, database or sim.db_name, sim.device.login, sim.device.api_key)


def test_everything_right_exits_0_with_the_live_checks(pc, tls_sim, capsys):
    sim, ca = tls_sim
    pc.write(odoo=_odoo(sim, ca), store={"warehouse_code": "LYO"})
    _store_key(sim)
    code, out = _doctor(capsys)
    assert code == 0, out
    assert "OK    setup    https address" in out
    assert f"OK    key      a device key for {sim.device.login} is stored" in out
    assert "OK    odoo     Connected to Odoo 17.0" in out
    assert "OK    odoo     warehouse LYO" in out
    assert "may pick, validate and return" in out
    assert out.rstrip().endswith("0 problems, 0 warnings.")


def test_no_key_wrong_database_and_invalid_policy_each_named(pc, tls_sim, capsys, tmp_path):
    sim, ca = tls_sim
    policy = tmp_path / "policy.toml"
    policy.write_text(SAMPLE.read_text().replace("days = 30", "dayz = 30"))
    pc.write(
        odoo=_odoo(sim, ca),
        store={"warehouse_code": "LYO"},
        returns={"policy_file": str(policy)},
    )
    code, out = _doctor(capsys, "--problems-only")
    assert code == 1
    assert "FAIL  key      no Odoo key is stored" in out
    assert "storeapp provision --only credential" in out
    assert "FAIL  policy" in out and "dayz: unknown key" in out

    pc.write(odoo=_odoo(sim, ca, database="nope"), store={"warehouse_code": "LYO"})
    _store_key(sim, "nope")
    code, out = _doctor(capsys, "--problems-only")
    assert code == 1
    assert 'FAIL  odoo     Odoo has no database "nope"' in out


def test_unknown_warehouse_and_missing_rights_for_the_sign_in_mode(pc, tls_sim, capsys):
    sim, ca = tls_sim
    pc.write(
        odoo=_odoo(sim, ca),
        store={"warehouse_code": "XYZ"},
        identity={"mode": "odoo_badges"},
    )
    _store_key(sim)
    sim.revoke_group(sim.device.login, "hr.group_hr_user")
    try:
        code, out = _doctor(capsys, "--problems-only")
    finally:
        sim.grant_group(sim.device.login, "hr.group_hr_user")
    assert code == 1
    assert "FAIL  odoo     Odoo has no warehouse with the code XYZ (it has: " in out
    assert "LYO" in out
    assert "FAIL  odoo     identity.mode = odoo_badges needs the Employees / Officer right" in out


def test_http_needs_allow_http_and_then_warns(pc, tls_sim, capsys):
    sim, ca = tls_sim
    plain = OdooSim(seed="demo", test_mode=True).start(port=0)
    try:
        pc.write(odoo=_odoo(plain, ca, ca_bundle=""), store={"warehouse_code": "LYO"})
        _store_key(plain)
        code, out = _doctor(capsys, "--problems-only")
        assert code == 1
        assert f"FAIL  config   {pc.machine_file}: [odoo] url: {plain.url} is http://" in out
        assert "odoo.allow_http = true" in out

        pc.write(
            odoo=_odoo(plain, ca, ca_bundle="", allow_http=True), store={"warehouse_code": "LYO"}
        )
        code, out = _doctor(capsys, "--problems-only")
        assert code == 2, out
        assert "WARN  setup    http:// address" in out and "clear text" in out
    finally:
        plain.stop()


def test_not_a_web_address_and_no_database(pc, capsys):
    pc.write(
        odoo={"url": "ftp://erp.example.com/some/path", "database": "", "login": "device"},
        store={"warehouse_code": "LYO"},
    )
    code, out = _doctor(capsys, "--problems-only")
    assert code == 1
    assert "FAIL  setup    odoo.url 'ftp://erp.example.com/some/path' is not a web address" in out
    assert "FAIL  setup    odoo.database is empty" in out
    assert "Traceback" not in out


def test_json_for_mdm_tools(pc, tls_sim, capsys):
    sim, ca = tls_sim
    pc.write(odoo=_odoo(sim, ca), store={"warehouse_code": "LYO"})
    code, out = _doctor(capsys, "--json")
    report = json.loads(out)
    assert code == report["exit_code"] == 1
    assert report["problems"] >= 1 and report["warnings"] >= 0
    failed = [f for f in report["findings"] if f["status"] == "FAIL"]
    assert any(f["topic"] == "key" and f["advice"] for f in failed)
    assert {"status", "topic", "text", "advice"} <= set(report["findings"][0])
