"""The shipped translations are complete and keep what the screen needs, and the table tool
that fills them catches the translator's usual slips."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storeapp.devtools import translation_table as tt

VENV_BIN = Path(sys.executable).parent

# One word per concept (docs/translations.md, "Glossary"): the words a store must never see
# mixed, with the spellings that would mean the glossary was not followed.
FORBIDDEN_WORDS = {
    "fr": ("réapprovisionnement", "recompte", "casier", "arriéré"),
    "nl": ("backorder", "naleveren", "vak", "herteling"),
    "de": ("Nachlieferung", "Lagerfach", "Rücklieferung", "Neuzählung"),
}

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Pick</name>
    <message>
        <source>Picking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Welcome, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_every_shipped_message_is_translated_with_its_placeholders(language):
    report = tt.check(language)
    assert report.translated > 0
    assert report.missing == []
    assert report.mismatched == []


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_the_table_and_the_ts_file_agree(language, tmp_path):
    """Filling again from the table changes nothing: nobody edited the .ts by hand only."""
    for path in (tt.ts_path(language), tt.table_path(language)):
        shutil.copy(path, tmp_path / path.name)
    tt.fill(language, tmp_path)
    assert (tmp_path / tt.ts_path(language).name).read_text(encoding="utf-8") == tt.ts_path(
        language
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_glossary_words_are_used_consistently(language):
    text = tt.table_path(language).read_text(encoding="utf-8")
    translations = "\n".join(line.split("\t")[-1] for line in text.splitlines()[1:])
    for word in FORBIDDEN_WORDS[language]:
        found = re.search(rf"\b{word}\b", translations, re.IGNORECASE)
        assert found is None, f"{language}: {word!r} is not the glossary's word"


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_lrelease_reports_nothing_unfinished(language, tmp_path):
    lrelease = VENV_BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("the Qt tools are not installed in this environment")
    out = subprocess.run(
        [str(lrelease), str(tt.ts_path(language)), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "0 unfinished" in out, out


def test_fill_prefers_the_context_row_and_writes_plural_forms(tmp_path):
    (tmp_path / "storeapp_fr.ts").write_text(TS, encoding="utf-8")
    tt.write_table(
        tmp_path / "storeapp_fr.tsv",
        {
            ("*", "Picking: %1"): "Préparation : %1",
            ("*", "Welcome, {name}."): "Bienvenue, {name}.",
            ("Other", "Welcome, {name}."): "Bonjour, {name}.",
            ("*", "%n item(s)"): "%n article || %n articles",
        },
    )
    report = tt.fill("fr", tmp_path)
    assert report.ok and report.translated == 4
    tree = tt.ET.parse(tmp_path / "storeapp_fr.ts")
    found = {(c, m.findtext("source")): tt.current_text(m) for c, m in tt.messages(tree.getroot())}
    assert found[("Pick", "Welcome, {name}.")] == "Bienvenue, {name}."
    assert found[("Other", "Welcome, {name}.")] == "Bonjour, {name}."
    assert found[("Pick", "%n item(s)")] == "%n article || %n articles"
    assert "unfinished" not in (tmp_path / "storeapp_fr.ts").read_text(encoding="utf-8")


def test_check_names_a_lost_placeholder_and_an_untranslated_message(tmp_path):
    (tmp_path / "storeapp_fr.ts").write_text(TS, encoding="utf-8")
    tt.write_table(
        tmp_path / "storeapp_fr.tsv",
        {("*", "Picking: %1"): "Préparation", ("*", "Welcome, {nom}."): "Bienvenue, {nom}."},
    )
    report = tt.fill("fr", tmp_path)
    assert not report.ok
    assert any("Picking: %1" in line and "%1" in line for line in report.mismatched)
    assert sum("Welcome" in line for line in report.missing) == 2
    assert any("%n item(s)" in line for line in report.missing)


def test_table_cells_keep_new_lines_tabs_and_backslashes(tmp_path):
    table = {("*", "a\nb"): "c\td \\n", ("Ctx", "x"): "y"}
    tt.write_table(tmp_path / "t.tsv", table)
    assert len((tmp_path / "t.tsv").read_text(encoding="utf-8").splitlines()) == 3
    assert tt.read_table(tmp_path / "t.tsv") == table


def test_a_row_without_three_columns_is_named(tmp_path):
    (tmp_path / "t.tsv").write_text("*\tonly two\n", encoding="utf-8")
    with pytest.raises(ValueError, match="t.tsv:1"):
        tt.read_table(tmp_path / "t.tsv")


def test_french_punctuation_keeps_its_no_break_space():
    """A colon or a question mark alone at the start of a line reads as an error in French."""
    table = tt.read_table(tt.table_path("fr"))
    loose = [t for t in table.values() if re.search(r" [:;?!»]|« ", t)]
    assert loose == []


def test_a_shortcut_may_use_the_keyboards_own_key_names():
    assert tt.mismatch("Search (Ctrl+F)", "Suchen (Strg+F)") is None
    assert tt.mismatch("Search (Ctrl+F)", "Suchen (Strg+G)") is not None
    assert tt.mismatch("Search (Ctrl+F)", "Suchen") is not None
