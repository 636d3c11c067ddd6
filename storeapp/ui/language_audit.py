"""What the pseudo-locale tour checks on every screen: no English left, no text cut off.

In the pseudo-locale every translated text is accented, longer and wrapped in ⟦…⟧ (see
storeapp/devtools/translations.py), so a visible text without ⟦ that uses the app's own words
was never translated: a text built outside the catalogue, or one the extractor cannot see. Store
data (product, customer and employee names) is not the app's wording and is left alone.

Clipping: a one-line label or a button whose text is wider than the widget, or a word-wrapped
label that needs more height than it has, hides part of what it says.
"""

from __future__ import annotations

import html
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)

MARK = "⟦"  # what the pseudo-locale puts around every translated text
_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that read the same in every language of the app, or are names.
_NEUTRAL = {"odoo", "storeapp", "api", "pdf", "url", "https", "http", "csv", "ean", "pin", "ok"}
# Key names in shortcut hints ("(Ctrl+Z)"): Qt writes them as the keyboard says them.
_NEUTRAL |= {"ctrl", "alt", "shift", "esc"}


def vocabulary(folder: Path) -> set[str]:
    """The words of the app's own English texts (from any .ts file: they all list them)."""
    words: set[str] = set()
    for path in sorted(folder.glob("storeapp_*.ts"))[:1]:
        for node in ET.parse(path).getroot().iter("source"):
            words.update(w.casefold() for w in _WORD.findall(node.text or ""))
    return words - _NEUTRAL


def data_phrases(database: Path) -> set[str]:
    """Every text of the store's data as it is written, whole: names of products, people,
    places and orders, and the quoted texts of documents kept there (the returns policy's
    labels). Codes (one lowercase word: "done", "resellable") are not shown as data and are
    left out, so they cannot excuse a label."""
    phrases: set[str] = set()
    if not database.exists():
        return phrases
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):  # names from sqlite
                for value in row:
                    if isinstance(value, str):
                        phrases.update(_phrases(value))
    finally:
        con.close()
    return phrases


_QUOTED = re.compile(r'"([^"\n]{3,200})"')


def _phrases(value: str) -> list[str]:
    found = [value.strip()] if len(value) < 400 else []
    found += _QUOTED.findall(value)  # documents (TOML, JSON): their texts, not their syntax
    return [p for p in found if _WORD.search(p) and not _CODE.fullmatch(p)]


_CODE = re.compile(r"[a-z_]+")


def texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()] if not widget.text() else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model, across = widget.model(), widget.orientation()
        count = model.columnCount() if across == Qt.Orientation.Horizontal else 0
        return [str(model.headerData(i, across) or "") for i in range(count)]
    return []


# Paths and file names on screen ("/…/labels/bag-label-1.pdf", "return-29F5ED1A.pdf") are
# where things were saved, not words to translate.
_PATHS = re.compile(r"\S*[/\\]\S*|\S+\.(?:pdf|png|csv|json|toml|txt|log|zip)\b")


# What the app quotes is what someone typed or what the data says ("name has 'collect'").
_QUOTES = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)|“[^”\n]*”|«[^»\n]*»|„[^“\n]*“")


def document_phrases(text: str) -> set[str]:
    """The quoted texts of a document (a returns policy's labels and version)."""
    return {p for p in _QUOTED.findall(text) if _WORD.search(p) and not _CODE.fullmatch(p)}


def english(text: str, app_words: set[str], data: set[str]) -> bool:
    """True when `text` uses a word of the app's own English texts outside the store data it
    shows: data counts only where it appears whole ("Ready Meal Lasagne"), so a label that
    merely shares a word with it ("Ready for pickup") is still caught."""
    if not text:
        return False
    # Translated parts are accented (⟦Sîgñ îñ⟧): their letters never make an English word, so
    # the values put into a translated text ("{n} open orders") are checked too.
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))  # rich text: words, not tags
    for phrase in sorted((p for p in data if p in plain), key=len, reverse=True):
        plain = plain.replace(phrase, " ")
    plain = _QUOTES.sub(" ", _PATHS.sub(" ", plain))
    return any(w.casefold() in app_words for w in _WORD.findall(plain))


def clipped(widget: QWidget) -> bool:
    """True when the widget's text does not fit in the space it has."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if (
            not text or widget.textFormat() == Qt.TextFormat.RichText or "<" in text
        ):  # rich text: laid out by Qt
            return False
        room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 2
        return max(metrics.horizontalAdvance(line) for line in text.split("\n")) > room + 1
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.minimumSizeHint().width() > widget.width() + 1
    return False


def visible(widgets: Iterable[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.isVisible() and w.width() > 0]


def where(widget: QWidget) -> str:
    chain, current = [], widget
    while current is not None and len(chain) < 4:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(chain)


def audit(
    roots: Iterable[QWidget],
    app_words: set[str],
    data: set[str],
    found: dict[str, str] | None = None,
) -> list[str]:
    """Problems on screen under `roots`: English texts and clipped texts, one line each.
    `found` collects each English line's text, for `LanguageAudit.settle`."""
    problems: list[str] = []
    for root in roots:
        for widget in visible([root, *root.findChildren(QWidget)]):
            for text in texts_of(widget):
                if english(text, app_words, data):
                    line = f"English: {text!r} ({where(widget)})"
                    problems.append(line)
                    if found is not None:
                        found[line] = text
            if clipped(widget):
                problems.append(f"clipped: {texts_of(widget)[:1]!r} ({where(widget)})")
    return problems


class LanguageAudit:
    """The tour's check of each screenshot. Store data arrives during the tour (the device
    setup screen shows Odoo's carriers before the first sync has stored them), so a text taken
    for English is judged again at the end against all the data then known (`settle`)."""

    def __init__(self, app_words: set[str], data: Callable[[], set[str]]) -> None:
        self.app_words = app_words
        self.data = data
        self.found: dict[str, str] = {}

    def __call__(self, roots: list[QWidget]) -> list[str]:
        return audit(roots, self.app_words, self.data(), self.found)

    def settle(self, problems: list[str]) -> list[str]:
        """`problems` ("<shot>: <line>") without the English ones that turned out to be data."""
        data = self.data()
        kept = []
        for problem in problems:
            text = self.found.get(problem.split(": ", 1)[-1])
            if text is None or english(text, self.app_words, data):
                kept.append(problem)
        return kept
