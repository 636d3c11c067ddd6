"""Doctor's checks against a live Odoo — the probe, the store's warehouse, the synced store's
carriers and policy names, the webhooks — speak the system's language: every line they print
is a message whose words the French, Dutch and German catalogues hold (the command line
puts it into the system locale's language; tests/unit/test_cli.py shows that part), over
real HTTP against odoosim."""

from __future__ import annotations

from storeapp.core.text import Counted, Listing, Message
from storeapp.devtools.translation_table import LANGUAGES, lookup, read_table, table_path
from storeapp.diagnostics.doctor import Status, run_checks
from storeapp.ui.language import TEXTS
from tests.sync.conftest import Wiring, store_credentials

LIVE_TOPICS = {"setup", "key", "odoo", "carriers", "policy", "webhooks"}


def _templates(text: object) -> list[str]:
    """The catalogue texts a message is made of: its template (both forms of a count) and
    those of the messages put into it."""
    if isinstance(text, Listing):
        return [t for part in text for t in _templates(part)]
    if not isinstance(text, Message):
        return [text] if isinstance(text, str) else []
    own = list(text.forms) if isinstance(text, Counted) else [text.template]
    inside = [v for v in text.values.values() if isinstance(v, Message | Listing)]
    return own + [t for value in inside for t in _templates(value)]


def _english_only(text: str, tables: dict) -> list[str]:
    """What of `text` would stay English in some language: a template a language's table
    lacks (a plain string is translated as a whole: a text marked `translatable`)."""
    if not text:
        return []
    return [
        f"{language}: {template!r}"
        for template in _templates(text)
        for language, table in tables.items()
        if lookup(table, TEXTS, template) is None
    ]


def test_doctor_lines_about_odoo_the_store_and_webhooks_are_all_translated(sim, wiring: Wiring):
    wiring.engine.run_once(push=False)
    store_credentials(sim)
    env = {
        "STOREAPP_CONFIG": "",
        "STOREAPP_DATA_DIR": str(wiring.journal.path.parent),
        "STOREAPP_ODOO_URL": sim.url,
        "STOREAPP_ODOO_DATABASE": sim.db_name,
        "STOREAPP_ODOO_LOGIN": sim.device.login,
        "STOREAPP_ODOO_ALLOW_HTTP": "true",
        "STOREAPP_STORE_WAREHOUSE_CODE": "NOPE",  # not a warehouse of this Odoo
        "STOREAPP_RETURNS_QUARANTINE_LOCATION": "Quarantaine",
        "STOREAPP_WEBHOOKS_ENDPOINTS": "hq url=https://hooks.example.com/x secret=env:NOT_SET",
    }
    findings = [f for f in run_checks(env) if f.topic in LIVE_TOPICS]
    assert {f.topic for f in findings} == LIVE_TOPICS, findings
    warehouse = next(f for f in findings if "no warehouse with the code NOPE" in f.text)
    assert warehouse.status is Status.FAIL and "LYO" in warehouse.text
    env["STOREAPP_WEBHOOKS_ENDPOINTS"] = "hq url=ftp://hooks.example.com secret=env:NOT_SET"
    refused = [f for f in run_checks(env) if f.topic == "webhooks"]
    assert [f.status for f in refused] == [Status.FAIL]
    assert "hq: url= must be an http(s) address, got 'ftp://hooks.example.com'" in refused[0].text
    tables = {language: read_table(table_path(language)) for language in LANGUAGES}
    english = [
        problem
        for f in findings + refused
        for text in (f.text, f.advice)
        for problem in _english_only(text, tables)
    ]
    assert english == []
