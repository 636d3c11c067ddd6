"""A store's count rules from its configuration file: tolerances and auto-approve limits by
category, recounts, blind; unreadable lines named, and the screen says the defaults apply."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storeapp.config import load_config
from storeapp.core.count_review import CountRules
from storeapp.offline.counts_settings import CountSettingsError, rules_from_config


def config_with(tmp_path, text: str):
    path = tmp_path / "storeapp.toml"
    path.write_text(text, encoding="utf-8")
    return load_config({"STOREAPP_CONFIG": str(path)})


def test_defaults_match_the_core_defaults():
    rules = rules_from_config(load_config({}))
    assert rules == CountRules()


def test_rules_by_category(tmp_path):
    cfg = config_with(
        tmp_path,
        "[counts]\n"
        "blind = false\n"
        "max_recounts = 2\n"
        'tolerances = ["* qty=3 percent=15", "All / Electronics qty=0"]\n'
        'auto_approve = ["* qty=2 value=75.50", "All / Electronics value=0"]\n',
    )
    rules = rules_from_config(cfg)
    assert not rules.blind and rules.max_recounts == 2
    assert rules.tolerance_for("All / Home").max_percent == 15
    assert rules.tolerance_for("All / Electronics / Phones").max_qty == 0
    assert rules.auto_approve_for("All / Home").max_value == Decimal("75.50")
    assert rules.auto_approve_for("All / Electronics").max_value == 0


def test_every_bad_line_is_named(tmp_path):
    cfg = config_with(
        tmp_path,
        '[counts]\ntolerances = ["* qty=two", "All / Home"]\nauto_approve = ["* percent=5"]\n',
    )
    with pytest.raises(CountSettingsError) as caught:
        rules_from_config(cfg)
    text = str(caught.value)
    assert "counts.tolerances '* qty=two': qty must be a number" in text
    assert "counts.tolerances 'All / Home': give at least one limit" in text
    assert "counts.auto_approve '* percent=5': unknown limit 'percent'" in text
