"""Configuration: declared once, layered, and refused clearly when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from storeapp import config
from storeapp.config import OPTIONS, ConfigError, load_config


def _machine_file(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "storeapp.toml"
    path.write_text(text, encoding="utf-8")
    return {"STOREAPP_CONFIG": str(path), "STOREAPP_DATA_DIR": str(tmp_path / "data")}


def test_every_default_is_valid_for_its_own_type():
    for option in OPTIONS:
        literal = "" if option.default is None else option.default
        assert option.type.from_toml(literal) == option.default, option.name
        assert option.help and option.help[0].isupper(), option.name


def test_required_options_are_declared():
    names = {o.name for o in OPTIONS}
    for name in [
        "odoo.url",
        "odoo.database",
        "odoo.login",
        "odoo.timeout_seconds",
        "odoo.ca_bundle",
        "store.warehouse_code",
        "store.timezone",
        "store.click_collect_mode",
        "store.click_collect_carriers",
        "store.short_pick_policy",
        "store.uncollected_after_days",
        "sync.page_size",
        "sync.interval_seconds",
        "sync.returns_history_days",
        "sync.deletion_check_minutes",
        "identity.mode",
        "identity.manager_tag",
        "identity.manager_job_titles",
        "identity.auto_lock_minutes",
        "identity.max_pin_attempts",
        "counts.blind",
        "logging.level",
        "logging.retention_files",
    ]:
        assert name in names


def test_defaults_only(tmp_path: Path):
    cfg = load_config({"STOREAPP_CONFIG": "", "STOREAPP_DATA_DIR": str(tmp_path)}, platform="linux")
    assert cfg.sync.page_size == 2000
    assert cfg.counts.blind is True
    assert cfg.odoo.ca_bundle is None
    assert cfg.sources["sync.page_size"] == "default"
    assert cfg.machine_file == Path("/etc/storeapp/storeapp.toml")
    assert cfg.data_dir == tmp_path and cfg.data_dir_source == "environment STOREAPP_DATA_DIR"


def test_layers_file_then_environment(tmp_path: Path):
    env = _machine_file(
        tmp_path,
        """
        [odoo]
        url = "https://erp.example.com"
        timeout_seconds = 45

        [store]
        warehouse_code = "PAR1"
        click_collect_carriers = ["Click & Collect", "Retrait magasin"]
        timezone = "Europe/Paris"

        [counts]
        blind = false
        """,
    )
    env["STOREAPP_ODOO_TIMEOUT_SECONDS"] = "12"
    env["STOREAPP_STORE_CLICK_COLLECT_CARRIERS"] = "Pickup, Locker "
    env["STOREAPP_COUNTS_BLIND"] = "yes"
    cfg = load_config(env)
    assert cfg.odoo.url == "https://erp.example.com"
    assert cfg.odoo.timeout_seconds == 12
    assert cfg.store.warehouse_code == "PAR1"
    assert cfg.store.click_collect_carriers == ["Pickup", "Locker"]
    assert cfg.store.timezone == "Europe/Paris"
    assert cfg.counts.blind is True
    assert cfg.sources["odoo.url"] == f"file {tmp_path / 'storeapp.toml'}"
    assert cfg.sources["odoo.timeout_seconds"] == "environment STOREAPP_ODOO_TIMEOUT_SECONDS"
    assert cfg.sources["sync.page_size"] == "default"
    assert cfg.machine_file_found
    assert {o.name for o, _v, _s in cfg.items()} == {o.name for o in OPTIONS}


def test_typed_access_refuses_undeclared_names(tmp_path: Path):
    cfg = load_config({"STOREAPP_DATA_DIR": str(tmp_path)}, platform="linux")
    with pytest.raises(AttributeError, match="sync.pagesize"):
        _ = cfg.sync.pagesize
    assert getattr(cfg.sync, "pagesize", None) is None
    with pytest.raises(AttributeError):
        _ = cfg.nosuchsection


def test_wrong_type_names_file_key_and_problem(tmp_path: Path):
    env = _machine_file(tmp_path, '[sync]\npage_size = "lots"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(env)
    assert str(caught.value) == (
        f"{tmp_path / 'storeapp.toml'}: [sync] page_size: expected an integer, got 'lots'"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[sync]\npage_sise = 100\n",
            "[sync] page_sise: unknown option (did you mean 'page_size'?)",
        ),
        ("[odoo]\npassword = 'x'\n", "[odoo] password: secrets do not belong in the configuration"),
        ("[odoo]\napi_key = 'x'\n", "keyring"),
        ("[shop]\nx = 1\n", "[shop]: unknown section (known: odoo, store"),
        (
            "[store]\nshort_pick_policy = 'later'\n",
            "expected one of backorder, cancel, got 'later'",
        ),
        ("[counts]\nblind = 'no'\n", "[counts] blind: expected true or false, got 'no'"),
        ("[sync]\npage_size = 5\n", "[sync] page_size: must be at least 50, got 5"),
        ("[sync]\npage_size = true\n", "expected an integer, got true"),
        ("[store]\ntimezone = 'Mars/Olympus'\n", "unknown time zone 'Mars/Olympus'"),
        ("[odoo]\nca_bundle = '/nonexistent/ca.pem'\n", "[odoo] ca_bundle: no such file"),
        ("[identity]\nmanager_job_titles = 'Boss'\n", "expected a list of texts"),
        ("[sync\npage_size = 1\n", "not valid TOML"),
        ("sync = 3\n", "[sync]: expected a [section] table"),
    ],
)
def test_invalid_files_are_refused_clearly(tmp_path: Path, text: str, expected: str):
    env = _machine_file(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(env)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / "storeapp.toml"))
    assert expected in message


def test_all_problems_are_reported_at_once(tmp_path: Path):
    env = _machine_file(tmp_path, "[sync]\npage_size = 'lots'\ninterval_seconds = 'often'\n")
    env["STOREAPP_IDENTITY_MAX_PIN_ATTEMPTS"] = "three"
    with pytest.raises(ConfigError) as caught:
        load_config(env)
    assert [(p.section, p.key) for p in caught.value.problems] == [
        ("sync", "page_size"),
        ("sync", "interval_seconds"),
        ("identity", "max_pin_attempts"),
    ]
    assert (
        caught.value.problems[2].where == "environment variable STOREAPP_IDENTITY_MAX_PIN_ATTEMPTS"
    )


def test_missing_file_named_by_storeapp_config_is_an_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="STOREAPP_CONFIG=.*no such file"):
        load_config({"STOREAPP_CONFIG": str(tmp_path / "missing.toml")})


def test_legacy_spelling_of_click_collect_mode_is_accepted(tmp_path: Path):
    env = _machine_file(tmp_path, "[store]\nclick_collect_mode = 'picking_types'\n")
    assert load_config(env).store.click_collect_mode == "picking_type"


def test_ca_bundle_path_is_checked_and_kept(tmp_path: Path):
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    env = _machine_file(tmp_path, f"[odoo]\nca_bundle = '{pem}'\n")
    assert load_config(env).odoo.ca_bundle == pem


def test_machine_file_location_per_platform():
    assert config.machine_file_path({}, "linux") == Path("/etc/storeapp/storeapp.toml")
    assert config.machine_file_path({}, "darwin") == Path(
        "/Library/Application Support/StoreApp/storeapp.toml"
    )
    windows = config.machine_file_path({"PROGRAMDATA": r"D:\ProgramData"}, "win32")
    assert str(windows).replace("/", "\\").endswith(r"D:\ProgramData\StoreApp\storeapp.toml")
    assert config.machine_file_path({"STOREAPP_CONFIG": "/srv/s.toml"}, "win32") == Path(
        "/srv/s.toml"
    )


def test_data_dir_default_is_per_user(monkeypatch):
    path, source = config.data_dir_path({})
    assert source == "default" and path.name == "StoreApp"


def test_sample_file_lists_every_option_and_loads(tmp_path: Path):
    lines: list[str] = []
    config.describe_options(lines.append)
    text = "\n".join(lines)
    for option in OPTIONS:
        assert f"# {option.key} = " in text
    # Uncommenting every value gives a valid file equal to the defaults.
    uncommented = "\n".join(
        line[2:] if line.startswith("# ") and " = " in line else line for line in lines
    )
    uncommented = uncommented.replace('ca_bundle = ""', "")
    env = _machine_file(tmp_path, uncommented)
    cfg = load_config(env)
    assert all(cfg.value(o) == o.default for o in OPTIONS)


def test_an_http_address_needs_allow_http(tmp_path: Path):
    env = _machine_file(tmp_path, '[odoo]\nurl = "http://erp.lan:8069"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(env)
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"{tmp_path / 'storeapp.toml'}: [odoo] url: http://erp.lan")
    assert "unencrypted" in str(problem) and "odoo.allow_http = true" in str(problem)
    env["STOREAPP_ODOO_ALLOW_HTTP"] = "true"
    assert load_config(env).odoo.url == "http://erp.lan:8069"
