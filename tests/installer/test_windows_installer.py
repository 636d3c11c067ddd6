"""The Windows installer cannot be built here, so these tests read its Inno Setup script and
check it against the app: every setup parameter maps to a `storeapp provision` flag of a
declared option, the command line it builds writes the machine file the app loads, and the
folder it protects is the one the app reads on Windows."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path, PureWindowsPath

import pytest

from storeapp import cli
from storeapp.config import APP_DIR_NAME, OPTIONS, load_config, machine_file_path
from storeapp.provision import FLAG_OPTIONS, REQUIRED_FLAGS

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "windows" / "storeapp.iss").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "it-guide.md").read_text(encoding="utf-8")

# ParamArg('URL', '--url') lines of ProvisionArguments(), in order.
PARAM_FLAGS = dict(re.findall(r"ParamArg\('(\w+)', '(--[\w-]+)'\)", ISS))


def _define(name: str) -> str:
    match = re.search(rf'^#define {name} "(.*)"$', ISS, re.MULTILINE)
    assert match, f"{name} is not defined in storeapp.iss"
    return match.group(1)


def test_every_setup_parameter_is_a_provision_flag_of_a_declared_option():
    assert PARAM_FLAGS, "no ParamArg(...) found in storeapp.iss"
    for param, flag in PARAM_FLAGS.items():
        assert flag[2:] in FLAG_OPTIONS, f"/{param} maps to {flag}, unknown to provision"
        section, key = FLAG_OPTIONS[flag[2:]]
        assert OPTIONS.get(section, key) is not None, f"{section}.{key} is not declared"
    # Every flag provision has for an option can be given to setup, under its own name.
    assert sorted(flag[2:] for flag in PARAM_FLAGS.values()) == sorted(FLAG_OPTIONS)


def test_the_required_parameters_are_the_ones_provision_requires():
    required = re.search(r"RequiredParams = '([A-Z,]+)'", ISS)
    assert required
    names = required.group(1).split(",")
    assert sorted(PARAM_FLAGS[name][2:] for name in names) == sorted(REQUIRED_FLAGS)
    # InitializeSetup counts the first four names of RequiredParams + ',TIMEZONE' as required.
    assert "if (I < 4)" in ISS and len(names) == 4


def test_setup_writes_the_machine_file_where_the_app_reads_it_on_windows():
    config_dir = _define("ConfigDir")
    assert config_dir == "{commonappdata}\\" + APP_DIR_NAME
    expected = machine_file_path({"PROGRAMDATA": r"C:\ProgramData"}, platform="win32")
    installed = PureWindowsPath(config_dir.replace("{commonappdata}", r"C:\ProgramData"))
    assert PureWindowsPath(expected) == installed / _define("ConfigFile")
    # Setup provisions the machine file only; the key is never a setup parameter.
    assert "provision --only config" in ISS
    assert not re.search(r"ParamArg\('\w*(KEY|SECRET|PASS)", ISS)


def _command_line(values: dict[str, str]) -> str:
    """ProvisionArguments() for these setup parameters, the way the Pascal code builds it."""
    args = "provision --only config"
    for param, flag in PARAM_FLAGS.items():
        value = values.get(param, "").strip()
        if value:
            args += f' {flag} "{value}"'
    return args


@pytest.mark.parametrize(
    "values",
    [
        {"URL": "https://erp.example.com", "DB": "prod", "STORE": "PAR1", "LOGIN": "dev-par1"},
        {
            "URL": "https://erp.example.com:8443/",
            "DB": "prod 2026",
            "STORE": "LYO2",
            "LOGIN": "device lyon@example.com",
            "TIMEZONE": "Europe/Paris",
        },
    ],
)
def test_the_command_setup_runs_writes_a_valid_machine_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, values: dict[str, str]
):
    machine_file = tmp_path / "ProgramData" / APP_DIR_NAME / "storeapp.toml"
    monkeypatch.setenv("STOREAPP_CONFIG", str(machine_file))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # setup gives no key
    argv = shlex.split(_command_line(values))
    assert cli.main(argv) == 0
    cfg = load_config({"STOREAPP_CONFIG": str(machine_file)})
    for param, flag in PARAM_FLAGS.items():
        section, key = FLAG_OPTIONS[flag[2:]]
        expected = values.get(param, OPTIONS.get(section, key).default)
        if param == "URL":
            expected = expected.rstrip("/")
        assert getattr(getattr(cfg, section), key) == expected, param


def test_silent_install_upgrade_and_uninstall_rules_are_in_the_script():
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.MULTILINE), "AppId must stay fixed"
    assert "PrivilegesRequired=admin" in ISS  # per-machine
    assert re.search(r'Name: "\{#ConfigDir\}"; Flags: uninsneveruninstall', ISS)
    assert "*S-1-5-32-545:(OI)(CI)RX" in ISS  # users read the machine file, never write it
    assert re.search(r'^Name: "\{autoprograms\}\\StoreApp"', ISS, re.MULTILINE)
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in ISS  # clean upgrade in place


def test_the_it_guide_documents_every_setup_parameter_and_silent_switch():
    for param in PARAM_FLAGS:
        assert f"/{param}=" in GUIDE, f"/{param} is not in docs/it-guide.md"
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG="):
        assert switch in GUIDE
