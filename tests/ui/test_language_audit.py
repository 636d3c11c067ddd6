"""The pseudo-locale tour's English check: exact about store data, so an untranslated label
cannot hide behind a word that a product name happens to use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storeapp.ui.language_audit import data_phrases, english

APP_WORDS = {"ready", "pickup", "order", "orders", "changed", "mind", "waiting", "name", "open"}


def test_store_data_shown_whole_is_not_english_but_a_label_sharing_its_words_is():
    data = {"Ready Meal Lasagne", "Camille Leroy", "Changed mind"}
    assert not english("Ready Meal Lasagne", APP_WORDS, data)  # a product name: data
    assert not english("⟦Ŵàîţîñĝ⟧ · Ready Meal Lasagne ×2", APP_WORDS, data)
    assert not english("Changed mind", APP_WORDS, data)  # the policy's own label
    # "Ready" is a word of a product name, but this label is the app's and untranslated.
    assert english("Ready for pickup", APP_WORDS, data)
    assert english("Ready Meal Lasagne — 3 orders waiting", APP_WORDS, data)
    assert not english("⟦Ŕéàðý⟧", APP_WORDS, data)
    # A value built in English and put into a translated text is English too.
    assert english(
        "⟦Ðéłîvéŕý: Ready Meal Lasagne (name has 'meal'): 3 open orders⟧", APP_WORDS, data
    )
    assert not english("⟦Ðéłîvéŕý: Ready Meal Lasagne (⟦ñàmé⟧): 3 ⟦öþéñ⟧⟧", APP_WORDS, data)


def test_data_phrases_are_the_stores_names_and_the_texts_of_its_documents(tmp_path: Path):
    db = tmp_path / "cache.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE product (name TEXT, state TEXT, doc TEXT)")
    policy = 'policy_version = "2026.11"\n[[reasons]]\ncode = "changed"\nlabel = "Changed mind"\n'
    con.execute("INSERT INTO product VALUES ('Ready Meal Lasagne', 'done', ?)", (policy * 20,))
    con.commit()
    con.close()
    phrases = data_phrases(db)
    assert {"Ready Meal Lasagne", "Changed mind"} <= phrases
    assert "done" not in phrases and "changed" not in phrases  # codes, not shown as data
    assert data_phrases(tmp_path / "missing.sqlite") == set()
