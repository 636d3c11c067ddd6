"""Where the returns policy comes from: the machine file, else the last valid one kept in the
journal, else the sample; a broken document never replaces the one in force."""

from __future__ import annotations

from storeapp.offline.journal import JournalStore
from storeapp.offline.returns_policy import SAMPLE, PolicySource


def _draft(tmp_path, version: str, broken: bool = False):
    text = SAMPLE.read_text(encoding="utf-8").replace("2026.11-sample", version)
    if broken:
        text = text.replace("days = 30", "dayz = 30")
    path = tmp_path / f"{version}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_when_nothing_is_configured(tmp_path):
    with JournalStore.open(tmp_path / "data") as journal:
        loaded = PolicySource(journal).load()
    assert loaded.policy.policy_version == "2026.11-sample"
    assert loaded.problems == ()


def test_broken_file_keeps_the_last_valid_policy_across_restarts(tmp_path):
    good = _draft(tmp_path, "v1")
    bad = _draft(tmp_path, "v2", broken=True)
    with JournalStore.open(tmp_path / "data") as journal:
        assert PolicySource(journal, good).load().policy.policy_version == "v1"
    with JournalStore.open(tmp_path / "data") as journal:
        loaded = PolicySource(journal, bad).load()
    assert loaded.policy.policy_version == "v1"
    (problem,) = loaded.problems
    assert "rules.window[1].dayz: unknown key" in problem
    assert "policy v1 stays in force" in problem


def test_a_broken_first_file_says_the_sample_stays_in_force(tmp_path):
    """On a PC that never had a valid policy, a broken machine file leaves the sample in
    force: the problem says so, rather than that no policy is in force at all."""
    bad = _draft(tmp_path, "v2", broken=True)
    with JournalStore.open(tmp_path / "data") as journal:
        loaded = PolicySource(journal, bad).load()
    assert loaded.policy.policy_version == "2026.11-sample"
    assert loaded.source == "the sample policy"
    (problem,) = loaded.problems
    assert "policy 2026.11-sample stays in force" in problem, problem
    assert "no returns policy is in force" not in problem


def test_offered_document_from_odoo_is_kept(tmp_path):
    with JournalStore.open(tmp_path / "data") as journal:
        source = PolicySource(journal)
        source.load()
        update = source.offer(_draft(tmp_path, "odoo-3").read_text(), "Odoo attachment")
        assert update.accepted
        refused = source.offer("schema_version = 9", "Odoo attachment")
        assert not refused.accepted and source.policy.policy_version == "odoo-3"
    with JournalStore.open(tmp_path / "data") as journal:
        assert PolicySource(journal).load().policy.policy_version == "odoo-3"


def test_unreadable_file_is_reported(tmp_path):
    with JournalStore.open(tmp_path / "data") as journal:
        loaded = PolicySource(journal, tmp_path / "missing.toml").load()
    assert loaded.policy.policy_version == "2026.11-sample"
    assert "cannot be read" in loaded.problems[0]


def test_a_changed_file_is_read_again_without_a_restart(tmp_path):
    import os

    path = _draft(tmp_path, "v1")
    with JournalStore.open(tmp_path / "data") as journal:
        source = PolicySource(journal, path)
        source.load()
        assert source.reload_if_changed() is None  # unchanged: nothing to do
        path.write_text(_draft(tmp_path, "v2", broken=True).read_text(), encoding="utf-8")
        os.utime(path, (1, 1))
        broken = source.reload_if_changed()
        assert broken.policy.policy_version == "v1" and "dayz" in broken.problems[0]
        path.write_text(_draft(tmp_path, "v3").read_text(), encoding="utf-8")
        os.utime(path, (2, 2))
        fixed = source.reload_if_changed()
        assert fixed.problems == () and source.policy.policy_version == "v3"
        path.unlink()
        gone = source.reload_if_changed()
        assert "is gone" in gone.problems[0] and source.policy.policy_version == "v3"
