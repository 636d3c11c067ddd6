"""A returns policy is compared with the names the store's Odoo has (as synced): every
category, and the quarantine location its rules send items to, that Odoo lacks is reported
with the closest existing names — by `storeapp policy check` and by doctor."""

from __future__ import annotations

from storeapp import cli
from storeapp.core.policy import load_policy
from storeapp.offline.returns_policy import SAMPLE
from storeapp.offline.store_checks import policy_problems
from tests.sync.conftest import Wiring

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
DRAFT = SAMPLE_TEXT.replace('"All / Clearance"', '"All / Clearence"').replace(
    '"All / Health & Beauty / Cosmetics"', '"All / Final Sale"'
)


def test_the_sample_policy_names_only_categories_the_demo_store_has(wiring: Wiring):
    wiring.engine.run_once(push=False)
    sample = load_policy(SAMPLE_TEXT, source=str(SAMPLE))
    assert policy_problems(wiring.cache, sample, "Quarantine", "LYO") == []


def test_every_missing_name_is_reported_with_the_closest_ones(wiring: Wiring):
    wiring.engine.run_once(push=False)
    draft = load_policy(DRAFT, source="draft.toml")
    problems = policy_problems(wiring.cache, draft, "Quarantaine", "LYO")
    assert [p.describe() for p in problems] == [
        'category "All / Clearence" (rules.final_sale[1]) is not in Odoo; closest in Odoo: '
        '"All / Clearance"',
        'category "All / Final Sale" (rules.final_sale[2]) is not in Odoo; Odoo has no '
        "category with a similar name",
        'location "Quarantaine" (returns.quarantine_location) is not in Odoo; closest in '
        'Odoo: "LYO/Quarantine"',
    ]


def test_policy_check_and_doctor_warn_with_a_synced_cache(
    wiring: Wiring, tmp_path, monkeypatch, capsys
):
    wiring.engine.run_once(push=False)
    folder = wiring.journal.path.parent
    draft = tmp_path / "draft.toml"
    draft.write_text(DRAFT, encoding="utf-8")
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        f'[store]\nwarehouse_code = "LYO"\n\n[returns]\npolicy_file = "{draft}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("STOREAPP_CONFIG", str(machine))
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(folder))
    assert cli.main(["policy", "check", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "Warning: 2 names in it not in Odoo (as last synced)" in out
    assert '  ! category "All / Clearence" (rules.final_sale[1]) is not in Odoo' in out

    from storeapp.diagnostics.doctor import run_checks

    policy = [(f.status.value, f.text) for f in run_checks() if f.topic == "policy"]
    # The file itself is a valid policy; two names in it are not in Odoo.
    assert policy[0] == ("OK", f"returns policy 2026.11-sample from {draft}")
    lines = policy[1:]
    assert [status for status, _ in lines] == ["WARN", "WARN"]
    assert lines[0][1].startswith('returns policy 2026.11-sample: category "All / Clearence"')

    monkeypatch.setenv("STOREAPP_DATA_DIR", str(tmp_path / "never-synced"))
    assert cli.main(["policy", "check", str(SAMPLE)]) == 0
    assert "Not compared with Odoo's categories" in capsys.readouterr().out
