"""`storeapp provision`: machine file and keyring written together, the key never taken from the
command line, and nothing changed when anything is wrong."""

from __future__ import annotations

import io
import os
import tomllib
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from storeapp import cli
from storeapp.config import load_config
from storeapp.sync.credentials import CredentialStore

URL = "https://erp.example.com"
BASE = ["provision", "--url", URL + "/", "--db", "prod", "--store", "PAR1", "--login", "dev-par1"]


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "storeapp" / "storeapp.toml"
    monkeypatch.setenv("STOREAPP_CONFIG", str(path))
    return path


def provision(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main([*BASE, *args])


def test_writes_the_machine_file_and_the_key_from_stdin(
    machine_file: Path, memory_keyring, monkeypatch, capsys
):
    assert provision(monkeypatch, "--timezone", "Europe/Paris", stdin="s3cret-key\n") == 0
    cfg = load_config({"STOREAPP_CONFIG": str(machine_file)})
    assert (cfg.odoo.url, cfg.odoo.database, cfg.odoo.login) == (URL, "prod", "dev-par1")
    assert cfg.store.warehouse_code == "PAR1"
    assert cfg.store.timezone == "Europe/Paris"
    assert CredentialStore().get(URL, "prod", "dev-par1") == "s3cret-key"
    assert "s3cret-key" not in machine_file.read_text()
    assert machine_file.stat().st_mode & 0o777 == 0o644
    out = capsys.readouterr().out
    assert "stored in the keyring" in out and str(machine_file) in out
    # root's keyring is not the store user's: provision says so when it runs as root.
    assert ("root's keyring" in out) == (os.geteuid() == 0)


def test_reads_the_key_from_a_named_environment_variable(
    machine_file: Path, memory_keyring, monkeypatch
):
    monkeypatch.setenv("DEVICE_KEY", "from-env")
    assert provision(monkeypatch, "--secret-env", "DEVICE_KEY", stdin="ignored") == 0
    assert CredentialStore().get(URL, "prod", "dev-par1") == "from-env"


def test_the_key_cannot_be_given_on_the_command_line():
    provision_parser = next(
        action.choices["provision"]
        for action in cli.build_parser()._actions
        if getattr(action, "choices", None) and "provision" in action.choices
    )
    flags = {flag for action in provision_parser._actions for flag in action.option_strings}
    secret_like = {f for f in flags if any(w in f for w in ("secret", "key", "pass", "token"))}
    assert secret_like == {"--secret-env"}
    with pytest.raises(SystemExit):
        cli.main([*BASE, "--password", "x"])


def test_missing_or_empty_secret_changes_nothing(
    machine_file: Path, memory_keyring, monkeypatch, capsys
):
    assert provision(monkeypatch, stdin="  \n") == 2
    assert provision(monkeypatch, "--secret-env", "NOT_SET_ANYWHERE") == 2
    assert not machine_file.exists()
    assert CredentialStore().get(URL, "prod", "dev-par1") is None
    err = capsys.readouterr().err
    assert "No API key was given" in err and "NOT_SET_ANYWHERE is not set" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--url", "erp.example.com"], "not a web address"),
        (["--url", "https://erp.example.com/web"], "points inside Odoo"),
        (["--store", ""], "--store is required"),
        (["--timezone", "Mars/Olympus"], "unknown time zone"),
        (["--set", "sync.page_size=lots"], "expected an integer"),
        (["--set", "sync.speed=3"], "no such option"),
        (["--set", "odoo.api_key=abc"], "secrets are never written"),
        (["--set", "odoo.url=https://x.example.com"], "already given by its own flag"),
        (["--set", "page_size"], "section.key=value"),
    ],
)
def test_invalid_input_is_explained_and_changes_nothing(
    machine_file: Path, memory_keyring, monkeypatch, capsys, args, said
):
    monkeypatch.setattr("sys.stdin", io.StringIO("key"))
    assert cli.main([*BASE, *args]) == 2
    assert said in capsys.readouterr().err
    assert not machine_file.exists()
    assert memory_keyring._secrets == {}


def test_no_keyring_leaves_the_machine_file_alone(machine_file: Path, monkeypatch, capsys):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert provision(monkeypatch, stdin="key") == 3
    finally:
        keyring.set_keyring(previous)
    assert not machine_file.exists()
    assert "no system keyring" in capsys.readouterr().err


def test_config_only_and_credential_only(machine_file: Path, memory_keyring, monkeypatch):
    assert provision(monkeypatch, "--only", "config") == 0
    assert machine_file.is_file()
    assert memory_keyring._secrets == {}

    before = machine_file.read_bytes()
    assert provision(monkeypatch, "--only", "credential", stdin="k") == 0
    assert machine_file.read_bytes() == before
    assert CredentialStore().get(URL, "prod", "dev-par1") == "k"

    monkeypatch.setenv("DEVICE_KEY", "x")
    assert provision(monkeypatch, "--only", "config", "--secret-env", "DEVICE_KEY") == 2


def test_reprovisioning_keeps_other_options_and_retires_the_old_key(
    machine_file: Path, memory_keyring, monkeypatch
):
    assert provision(monkeypatch, "--set", "sync.page_size=500", stdin="old-key") == 0
    text = machine_file.read_text() + "\n[counts]\nblind = false\n"
    machine_file.write_text(text)

    monkeypatch.setattr("sys.stdin", io.StringIO("new-key"))
    new_url = "https://erp2.example.com"
    args = ["provision", "--url", new_url, "--db", "prod", "--store", "LYO2", "--login", "dev"]
    assert cli.main(args) == 0

    cfg = load_config({"STOREAPP_CONFIG": str(machine_file)})
    assert (cfg.odoo.url, cfg.odoo.login, cfg.store.warehouse_code) == (new_url, "dev", "LYO2")
    assert cfg.sync.page_size == 500 and cfg.counts.blind is False
    store = CredentialStore()
    assert store.get(new_url, "prod", "dev") == "new-key"
    assert store.get(URL, "prod", "dev-par1") is None
    # Declared order, each section once: the file stays readable for the next person.
    tables = tomllib.loads(machine_file.read_text())
    assert list(tables) == ["odoo", "store", "sync", "counts"]


def test_an_unreadable_machine_file_is_not_overwritten(
    machine_file: Path, memory_keyring, monkeypatch, capsys
):
    machine_file.parent.mkdir(parents=True)
    machine_file.write_text("[odoo\nurl = ")
    assert provision(monkeypatch, stdin="k") == 4
    assert machine_file.read_text() == "[odoo\nurl = "
    assert "cannot be read" in capsys.readouterr().err


def test_a_machine_file_that_cannot_be_written_says_what_to_do(
    tmp_path: Path, memory_keyring, monkeypatch, capsys
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("STOREAPP_CONFIG", str(blocker / "storeapp.toml"))
    assert provision(monkeypatch, "--only", "config") == 4
    assert "could not be written" in capsys.readouterr().err


def test_check_changes_nothing_and_lists_keyring_backends(machine_file: Path, capsys):
    assert cli.main(["provision", "--check"]) == 0
    out = capsys.readouterr().out
    assert f"machine file: {machine_file} (absent)" in out
    assert "keyring backends in this build:" in out and "SecretService" in out
    assert not machine_file.exists()


def test_an_http_address_is_refused_unless_allowed_and_then_warned_about(
    machine_file: Path, memory_keyring, monkeypatch, capsys
):
    http = ["--url", "http://erp.lan:8069"]
    monkeypatch.setattr("sys.stdin", io.StringIO("key"))
    assert cli.main([*BASE, *http]) == 2
    err = capsys.readouterr().err
    assert "unencrypted" in err and "odoo.allow_http=true" in err
    assert not machine_file.exists() and memory_keyring._secrets == {}

    monkeypatch.setattr("sys.stdin", io.StringIO("key"))
    assert cli.main([*BASE, *http, "--set", "odoo.allow_http=true"]) == 0
    out = capsys.readouterr().out
    assert "Warning: http://erp.lan:8069 is not encrypted" in out
    assert load_config({"STOREAPP_CONFIG": str(machine_file)}).odoo.allow_http is True
