"""What the pseudo-locale tour checks on every screen: no English left, no text cut off.

In the pseudo-locale every translated text is accented, longer and wrapped in ⟦…⟧ (see
storeapp/devtools/translations.py), so a visible text without ⟦ that uses the app's own words
was never translated: a text built outside the catalogue, or one the extractor cannot see. Store
data (product, customer and employee names) is not the app's wording and is left alone.

Clipping: a one-line label or a button whose text is wider than the widget, or a word-wrapped
label that needs more height than it has, hides part of what it says.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable
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

MARK = "⟦"
_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that read the same in every language of the app, or are names.
_NEUTRAL = {"odoo", "storeapp", "api", "pdf", "url", "https", "http", "csv", "ean", "pin", "ok"}


def vocabulary(folder: Path) -> set[str]:
    """The words of the app's own English texts (from any .ts file: they all list them)."""
    words: set[str] = set()
    for path in sorted(folder.glob("storeapp_*.ts"))[:1]:
        for node in ET.parse(path).getroot().iter("source"):
            words.update(w.casefold() for w in _WORD.findall(node.text or ""))
    return words - _NEUTRAL


def data_words(database: Path) -> set[str]:
    """Every word in the store's data (names of products, people, places, orders)."""
    words: set[str] = set()
    if not database.exists():
        return words
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):  # names from sqlite
                for value in row:
                    if isinstance(value, str) and len(value) < 400:
                        words.update(w.casefold() for w in _WORD.findall(value))
    finally:
        con.close()
    return words


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


def english(text: str, app_words: set[str], data: set[str]) -> bool:
    if not text or MARK in text:
        return False
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text: look at the words, not the tags
    return any(w.casefold() in app_words and w.casefold() not in data for w in _WORD.findall(plain))


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


def audit(roots: Iterable[QWidget], app_words: set[str], data: set[str]) -> list[str]:
    """Problems on screen under `roots`: English texts and clipped texts, one line each."""
    problems: list[str] = []
    for root in roots:
        for widget in visible([root, *root.findChildren(QWidget)]):
            for text in texts_of(widget):
                if english(text, app_words, data):
                    problems.append(f"English: {text!r} ({where(widget)})")
            if clipped(widget):
                problems.append(f"clipped: {texts_of(widget)[:1]!r} ({where(widget)})")
    return problems
