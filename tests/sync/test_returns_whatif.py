"""`storeapp policy simulate` on a real data folder: returns taken on this PC (with their
recorded decisions) and returns done in Odoo, replayed against a stricter draft."""

from __future__ import annotations

from datetime import UTC, datetime

from storeapp import cli
from storeapp.core.policy import ReturnLine, ReturnRequest, evaluate
from storeapp.core.returns import plan_returns
from storeapp.offline.outbox import Actor
from storeapp.offline.returns_policy import SAMPLE, PolicySource
from storeapp.offline.returns_repo import ReturnsRepo
from tests.sync.conftest import make_engine
from tests.sync.helpers import drain


def test_simulate_reports_what_a_stricter_window_would_change(
    sim, tmp_path, memory_keyring, monkeypatch, capsys
):
    code = sim.facts["stores"][0]["code"]
    folder = tmp_path / "data"
    wiring = make_engine(sim, folder, warehouse_code=code)
    try:
        wiring.engine.run_once(push=False)
        repo = ReturnsRepo(wiring.cache, wiring.journal, wiring.outbox, warehouse_code=code)
        policy = PolicySource(wiring.journal).load().policy
        delivery = next(
            d
            for d in sim.facts["past_deliveries"]
            if d["store"] == code
            and d["days_ago"] > 5
            and d["within_30_days"]
            and not d.get("partly_returned")
        )
        sale = repo.load_sale(delivery["sale_order_id"])
        view = sale.lines[0]
        request = ReturnRequest(
            (
                ReturnLine(
                    view.facts.product_id,
                    1.0,
                    "resellable",
                    view.facts.unit_price,
                    sale_line_id=view.facts.sale_line_id,
                    category=view.facts.category,
                ),
            ),
            customer_id=sale.facts.customer_id,
        )
        decision = evaluate(policy, request, sale.facts, [], datetime.now(UTC), True)
        assert decision.allowed
        planned = plan_returns(
            request, decision, {view.facts.sale_line_id: view.moves}, repo.locations()
        )
        repo.save_confirmed(request, sale.facts, decision, planned, Actor(2, "Camille Garcia"))
        drain(wiring.engine)
        wiring.engine.run_once(push=False)
        here, odoo = repo.past_cases(90), repo.odoo_cases(90)
        assert len(here) == 1 and odoo, "the demo store has returns done in Odoo"
        assert all(c.sale is not None for c in odoo)
    finally:
        wiring.close()

    draft = tmp_path / "draft.toml"
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace('policy_version = "2026.11-sample"', 'policy_version = "draft-5-days"')
    text = text.replace(
        'days = 30\nlevel = "deny"\ngrace_days = 7', 'days = 5\nlevel = "deny"\ngrace_days = 0'
    )
    draft.write_text(text, encoding="utf-8")
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(folder))
    machine = tmp_path / "storeapp.toml"
    machine.write_text(f'[store]\nwarehouse_code = "{code}"\n', encoding="utf-8")
    monkeypatch.setenv("STOREAPP_CONFIG", str(machine))
    assert cli.main(["policy", "check", str(draft)]) == 0
    assert "window: all sales: 5 days, then deny" in capsys.readouterr().out
    assert cli.main(["policy", "simulate", str(draft), "--days", "90"]) == 0
    out = capsys.readouterr().out
    assert "1 return taken on this PC" in out
    assert "Policy draft-5-days replayed on" in out
    window = next(line for line in out.splitlines() if line.strip().startswith("window"))
    before, after = (int(n) for n in window.split()[1:3])
    assert after > before
    assert "-> deny (stricter)" in out
    assert "window is 5 days" in out
