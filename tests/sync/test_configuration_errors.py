"""Mistakes in this PC's configuration are configuration errors: said once, with the fix, and
never retried as if Odoo were having a bad moment (a wrong database name, an address that is not
a web address, no key stored)."""

from __future__ import annotations

import argparse
import io

from storeapp.config import load_config
from storeapp.sync import errors
from storeapp.sync.cli import configure, run
from storeapp.sync.connectivity import ConnState
from storeapp.sync.credentials import CredentialStore
from tests.sync.conftest import make_engine


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    configure(parser)
    return parser.parse_args(list(argv))


def _config(tmp_path, **values: str):
    env = {
        "STOREAPP_CONFIG": str(tmp_path / "storeapp.toml"),
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "STOREAPP_STORE_WAREHOUSE_CODE": "LYO",
        "STOREAPP_ODOO_ALLOW_HTTP": "true",  # odoosim serves plain HTTP here
    }
    env.update({f"STOREAPP_ODOO_{k.upper()}": v for k, v in values.items()})
    (tmp_path / "storeapp.toml").write_text("")
    return load_config(env)


def test_wrong_database_is_a_configuration_error_not_retried(sim, tmp_path, memory_keyring):
    # IT provisioned the key for the misspelt database too: the mistake is only the name.
    CredentialStore().set(sim.url, "storeapp_dmeo", sim.device.login, sim.device.api_key)
    wiring = make_engine(sim, tmp_path / "engine", gateway_kw={"database": "storeapp_dmeo"})
    try:
        cycle = wiring.engine.run_once()
        assert wiring.engine.connectivity.state is ConnState.MISCONFIGURED
        assert "storeapp_dmeo" in cycle.error and "odoo.database" in cycle.error
        assert "try again" not in cycle.error
        # Not a transient fault: the next cycles do not ask Odoo again.
        logins = wiring.gateway.calls["common.login"]
        for _ in range(3):
            again = wiring.engine.run_once()
            assert again.error == cycle.error
        assert wiring.gateway.calls["common.login"] == logins
    finally:
        wiring.close()


def test_database_error_that_is_not_about_the_name_stays_transient():
    from odoorpc.error import RPCError

    from storeapp.sync.error_mapping import map_rpc_error

    down = RPCError(
        "Odoo Server Error",
        {
            "code": 200,
            "data": {
                "name": "psycopg2.OperationalError",
                "message": 'connection to server at "db" (10.0.0.5), port 5432 failed: '
                "Connection refused",
            },
        },
    )
    error = map_rpc_error(down, database="prod")
    assert error.transient and isinstance(error, errors.ServerError)
    missing = RPCError(
        "Odoo Server Error",
        {
            "code": 200,
            "data": {
                "name": "psycopg2.OperationalError",
                "message": 'connection to server on socket "/run/postgresql/.s.PGSQL.5432" '
                'failed: FATAL:  database "prod" does not exist',
            },
        },
    )
    error = map_rpc_error(missing, database="prod")
    assert isinstance(error, errors.DatabaseNotFound) and not error.transient


def test_sync_once_with_a_wrong_database_names_it(sim, tmp_path, memory_keyring):
    cfg = _config(tmp_path, url=sim.url, database="nope", login=sim.device.login)
    CredentialStore().set(sim.url, "nope", sim.device.login, sim.device.api_key)
    out = io.StringIO()
    assert run(_args("--once"), out, cfg) == 2
    text = out.getvalue()
    assert 'database "nope"' in text and "odoo.database" in text
    assert "Connection: misconfigured" in text


def test_sync_once_with_an_address_that_is_not_a_web_address(tmp_path, memory_keyring):
    cfg = _config(tmp_path, url="ftp://erp.example.com/some/path", database="", login="device")
    out = io.StringIO()
    assert run(_args("--once"), out, cfg) == 2
    text = out.getvalue()
    assert "ftp://erp.example.com/some/path" in text and "https://" in text
    assert "odoo.url" in text


def test_sync_once_without_a_key_says_how_to_store_one(sim, tmp_path, memory_keyring):
    cfg = _config(tmp_path, url=sim.url, database=sim.db_name, login=sim.device.login)
    out = io.StringIO()
    assert run(_args("--once"), out, cfg) == 2
    text = out.getvalue()
    assert "No Odoo key is stored" in text and "storeapp provision --only credential" in text
