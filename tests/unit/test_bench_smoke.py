"""Every benchmark runs end to end at a tiny size, so the suite cannot rot between `make bench`
runs. Figures are not judged here (a busy test machine says nothing about them); that each one
was measured and lands in the table is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import __main__ as suite
from bench import common, journal, search

pytestmark = pytest.mark.slow


def test_the_whole_suite_writes_its_table(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv(common.SCALE_ENV, "0.002")
    out = tmp_path / "performance.md"
    out.write_text(
        "# Performance\n\nintro\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\n"
        "## Improvements\n\nkept\n"
    )
    assert suite.main(["--out", str(out)]) == 0
    text = out.read_text()
    # The notes around the generated block survive; the old block is gone.
    assert text.startswith("# Performance\n\nintro\n")
    assert text.rstrip().endswith("## Improvements\n\nkept")
    assert "\nold\n" not in text
    for key in ("CPU", "cores", "RAM", "Python", "SQLite", "PySide6"):
        assert f"- {key}: " in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0] == "| figure | value | unit | baseline | ratio | goal | met? |"
    names = [row.split(" | ")[0][2:] for row in rows[1:]]
    for expected in (
        "initial sync, 200 products",
        "floor: JSON decode of the same answers",
        "no-change incremental sync, 50 ms link",
        "push of 12 ops",
        "Odoo 19 (JSON-2): initial sync, 200 products",
        "Odoo 19 (JSON-2): push, per op",
        "scan to screen p99",
        "search as you type p99, 200 products",
        "cold start to usable window",
        "peak RSS with the 200-product cache",
        "journal commit (outbox enqueue) p99",
        "calibrated Odoo: first sync, 200 products",
        "PCs per Odoo worker at idle",
        "fleet of 2 PCs, idle: Odoo seconds per PC-hour",
        "fleet of 2 PCs, busy store: change in Odoo to the PC, p99",
    ):
        assert expected in names, f"{expected!r} missing from {names}"
    for row in rows[1:]:
        value = row.split(" | ")[1].replace(",", "")
        assert float(value) >= 0, row
    # The floor is real: answers were recorded and decoded, rows inserted.
    floor_line = next(line for line in text.splitlines() if line.startswith("Floor: "))
    assert not floor_line.startswith("Floor: 0 answers")
    assert "figure" in capsys.readouterr().out


def test_search_and_journal_command_lines(capsys) -> None:
    assert search.main(["--products", "300", "--rounds", "1"]) in (0, 1)
    assert journal.main(["--ops", "30"]) in (0, 1)
    printed = capsys.readouterr().out
    assert "p99" in printed and "300 products" in printed and "30 ops" in printed


def test_figure_goals_and_ratios() -> None:
    floor = common.Figure("sync", 6.0, "s", 2.0, "floor", 3, "ratio")
    assert floor.ratio == 3.0 and floor.met is False
    assert common.Figure("rpcs", 18, "RPCs", goal=18, goal_kind="atmost").met is True
    assert common.Figure("speed", 40, "x", 2, goal=20, goal_on="ratio", goal_kind="min").met
    assert common.Figure("free", 1.0, "s").met is None
    table = common.markdown_table([floor])
    assert "| sync | 6.00 | s | 2.00 (floor) | 3.00× | ratio < 3× | **no** |" in table
    assert common.percentile([5, 1, 3, 2, 4], 50) == 3
    assert common.scaled(100_000, 0.001, 200) == 200


def test_fleet_bills_both_schemes_and_every_change_reaches_every_pc(capsys) -> None:
    """bench/fleet.py at its smallest: one store, two PCs, ten simulated minutes after ten of
    warm-up. The figures are not judged, but the method is: the old scheme pulls every model
    every interval, the new one costs less, and every change made in the busy store reaches
    both of its PCs' caches, after it was made."""
    from bench import fleet

    assert (
        fleet.main(
            ["--pcs", "2", "--minutes", "10", "--warmup", "10", "--idle-minutes", "10", "--json"]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    idle_old, idle_new = out["idle_old"]["all"], out["idle_new"]["all"]
    assert idle_old["requests_per_interval"] >= 19  # a request per mirrored model
    assert idle_new["requests"] < idle_old["requests"]
    assert idle_new["server_seconds"] < idle_old["server_seconds"]
    for scheme in ("old", "new"):
        busy = out[f"busy_{scheme}"]
        assert busy["changes"] >= 2  # an order and a stock change at least
        assert busy["never_arrived"] == 0
        assert busy["arrivals"] == 2 * busy["changes"]
        assert 0 <= busy["delay_p50"] <= busy["delay_p99"] <= busy["delay_max"]
    assert out["idle_new"]["changes"] == 0
