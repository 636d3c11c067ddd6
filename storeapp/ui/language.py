"""The language the app speaks right now, switched per person without a restart.

A store PC is shared by colleagues who read different languages (in Brussels, French and Dutch
at the same till). The store's default comes from the machine configuration (`store.language`,
empty: this PC's locale); each employee picks theirs at sign-in and the PC remembers it.

Switching swaps the installed translators (ours and Qt's own) and the default `QLocale`, so
numbers and dates follow (storeapp/ui/dates.py). Qt then sends `LanguageChange` to every widget;
texts a screen set once when it was built are put back into the new language by `retranslate`,
which finds each visible text's English source in the catalogue of the previous language. Texts
built with values ("3 orders") are rebuilt by the screens' own refresh after sign-in.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from storeapp.core.quantities import Amount, Quantity, SignedQuantity
from storeapp.core.text import Counted, Listing, Message, Wording
from storeapp.core.wording import singular

log = logging.getLogger(__name__)

ENGLISH = "en"
PSEUDO = "pseudo"  # accented and longer English: shows untranslated and clipped text in tests
# The languages a person can choose, each named in itself.
LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}

Source = tuple[str, str]  # (context, English text)
# The context of texts marked with storeapp.core.text.translatable (kept in constants).
TEXTS = "Texts"


def translated(text: str) -> str:
    """A text marked `translatable` where it is defined, or a `Message` built with its values,
    in the language spoken now. Any other text (store data) comes back as it is."""
    if not text:
        return text
    if isinstance(text, Wording):
        return text.in_language(spoken())
    if isinstance(text, Counted):  # "0 jour": the form by the spoken language's rule
        text = text.in_form(singular(spoken(), text.number))
    if isinstance(text, Message):
        values = {k: _value_text(v) for k, v in text.values.items()}
        try:
            return QCoreApplication.translate(TEXTS, text.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            log.warning("translation of %r has a broken placeholder", text.template)
            return str(text)
    return QCoreApplication.translate(TEXTS, text)


# Money symbols the locale writes for a currency code; others are written as their code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money_text(amount: object, currency: str | None = None) -> str:
    """An amount as the language spoken now writes money ("141,85 €" in French, "€ 141,85" in
    Dutch), or as a plain number in the locale's way when the currency is not known."""
    value = float(str(amount))
    if not currency:
        return QLocale().toString(value, "f", 2)
    return QLocale().toCurrencyString(value, CURRENCY_SYMBOLS.get(currency, currency), 2)


def qty_text(value: float, *, signed: bool = False) -> str:
    """A quantity as the language spoken now writes it: "2,5" in French, "2.5" in English
    ("+2"/"−3" when `signed`)."""
    return str(_value_text(SignedQuantity(value) if signed else Quantity(value)))


def _value_text(value: object) -> object:
    """One value of a `Message`, as the language spoken now writes it: a message or a marked
    text translated, a quantity or a number with the locale's decimal separator, money in the
    locale's currency format. Other values (store data) go in as they are."""
    if isinstance(value, str):
        return translated(value)
    if isinstance(value, Listing):
        return _separator(value.separator).join(str(_value_text(part)) for part in value)
    if isinstance(value, Amount):
        return money_text(value, value.currency)
    if isinstance(value, Quantity):
        return str(value).replace(".", QLocale().decimalPoint())
    if isinstance(value, float | Decimal) and not isinstance(value, bool):
        return QLocale().toString(
            float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )
    return value


# Separators a language writes its own way: French puts a no-break space before ; : ? !
SEPARATORS = {"fr": {"; ": "\u00a0; ", ": ": "\u00a0: "}}


def _separator(separator: str) -> str:
    """A `Listing`'s separator as the language spoken now writes it (French "\u00a0; ")."""
    return SEPARATORS.get(spoken(), {}).get(separator, separator)


def spoken() -> str:
    """The language texts are shown in right now ("fr"): the person's, or the customer's
    inside `Languages.speaking` (both set the default QLocale)."""
    return normalise(QLocale().name()) or ENGLISH


def normalise(code: str | None) -> str:
    """ "nl_BE", "nl-BE" or "nl" -> "nl"; anything unknown -> "" (no preference)."""
    if not code:
        return ""
    if code == PSEUDO:
        return PSEUDO
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else ""


def qlocale(code: str, country_hint: QLocale | None = None) -> QLocale:
    """The QLocale for a language, in the store's country when that country speaks it
    (French in Brussels writes dates as fr_BE does)."""
    if code in ("", PSEUDO):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    wanted = QLocale(code)
    hint = country_hint or QLocale.system()
    same_country = QLocale(wanted.language(), hint.territory())
    return same_country if same_country.language() == wanted.language() else wanted


def catalogue(folder: Path, code: str) -> dict[str, list[Source]]:
    """Translated text -> its English sources, from the language's .ts file."""
    path = folder / f"storeapp_{code}.ts"
    found: dict[str, list[Source]] = {}
    if not path.exists():
        return found
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for node in ctx.iter("message"):
            trans = node.find("translation")
            text = trans.text if trans is not None else None
            if text and trans is not None and trans.get("type") not in ("vanished", "obsolete"):
                found.setdefault(text, []).append((name, node.findtext("source") or ""))
    return found


class PersonLanguages:
    """Each employee's chosen language on this PC: a small JSON file in the data folder."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._choices: dict[str, str] = {}
        if path is not None and path.exists():
            try:
                self._choices = {str(k): str(v) for k, v in json.loads(path.read_text()).items()}
            except (OSError, ValueError) as exc:  # a damaged file only costs the preferences
                log.warning("language choices unreadable (%s); starting afresh", exc)

    def get(self, employee_id: int) -> str:
        return normalise(self._choices.get(str(employee_id)))

    def set(self, employee_id: int, code: str) -> None:
        self._choices[str(employee_id)] = code
        if self.path is not None:
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._choices, indent=1, sort_keys=True))
            tmp.replace(self.path)


class Languages(QObject):
    """Installs the translators for one language at a time; `changed(code)` after a switch."""

    changed = Signal(str)

    def __init__(
        self,
        folder: Path,
        store_default: str = "",
        people: PersonLanguages | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.store_default = normalise(store_default) or normalise(QLocale.system().name())
        self.store_default = self.store_default or ENGLISH
        self.people = people or PersonLanguages(None)
        self.current = ENGLISH
        self._installed: list[QTranslator] = []
        self._catalogues: dict[str, dict[str, list[Source]]] = {}

    def for_person(self, employee_id: int) -> str:
        return self.people.get(employee_id) or self.store_default

    def remember(self, employee_id: int, code: str) -> None:
        self.people.set(employee_id, normalise(code) or self.store_default)

    def apply(self, code: str) -> None:
        """Speak `code` from now on ("" = the store's default); a no-op when already spoken."""
        code = normalise(code) or self.store_default
        if code == self.current and (self._installed or code == ENGLISH):
            return
        app = QCoreApplication.instance()
        previous = self.current
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = [t for t in self._translators(code) if app.installTranslator(t)]
        QLocale.setDefault(qlocale(code))
        self.current = code
        log.info("language %s -> %s", previous, code)
        if isinstance(app, QApplication):
            retranslate(app.allWidgets(), self._reverse(previous))
        self.changed.emit(code)

    @contextmanager
    def speaking(self, code: str) -> Iterator[None]:
        """Texts and formats made inside are in `code` ("" = the store's default); the screens
        keep the person's language. For what a customer takes home (the return receipt)."""
        code = normalise(code) or self.store_default
        if code == self.current:
            yield
            return
        app = QCoreApplication.instance()
        locale = QLocale()
        for translator in self._installed:
            app.removeTranslator(translator)
        extra = [t for t in self._translators(code) if app.installTranslator(t)]
        QLocale.setDefault(qlocale(code))
        try:
            yield
        finally:
            for translator in extra:
                app.removeTranslator(translator)
            for translator in self._installed:
                app.installTranslator(translator)
            QLocale.setDefault(locale)

    def _translators(self, code: str) -> list[QTranslator]:
        found = []
        if code not in (ENGLISH, PSEUDO):
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(code), "qtbase", "_", qt_dir):
                found.append(qt)
        if code != ENGLISH:
            ours = QTranslator(self)
            if ours.load(str(self.folder / f"storeapp_{code}.qm")):
                found.append(ours)
            else:
                log.warning("no compiled translation storeapp_%s.qm in %s", code, self.folder)
        return found

    def _reverse(self, code: str) -> Callable[[str], list[Source]]:
        if code not in self._catalogues:
            english = code == ENGLISH
            read = catalogue_sources(self.folder) if english else catalogue(self.folder, code)
            self._catalogues[code] = read
        sources = self._catalogues[code]
        return lambda text: sources.get(text, [])


def catalogue_sources(folder: Path) -> dict[str, list[Source]]:
    """English text -> (context, text) for every text of the code: any language's .ts file
    lists them all."""
    for path in sorted(folder.glob("storeapp_*.ts")):
        found: dict[str, list[Source]] = {}
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for node in ctx.iter("message"):
                source = node.findtext("source") or ""
                found.setdefault(source, []).append((name, source))
        return found
    return {}


def _translate(text: str, lookup: Callable[[str], list[Source]]) -> str | None:
    sources = lookup(text)
    if not sources:
        return None
    context, source = sources[0]
    return QCoreApplication.translate(context, source)


# Each kind of widget's texts: (getter, setter) pairs.
_PROPERTIES: list[tuple[type, str, str]] = [
    (QLabel, "text", "setText"),
    (QAbstractButton, "text", "setText"),
    (QLineEdit, "placeholderText", "setPlaceholderText"),
    (QGroupBox, "title", "setTitle"),
    (QWidget, "windowTitle", "setWindowTitle"),
    (QWidget, "toolTip", "setToolTip"),
    (QWidget, "accessibleName", "setAccessibleName"),
]


def retranslate(widgets: Iterable[QWidget], lookup: Callable[[str], list[Source]]) -> int:
    """Put every text whose source is known into the current language; returns how many."""
    changed = 0
    for widget in widgets:
        for kind, getter, setter in _PROPERTIES:
            if isinstance(widget, kind):
                changed += _swap(getattr(widget, getter)(), getattr(widget, setter), lookup)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                changed += _swap(
                    widget.tabText(i), lambda t, i=i, w=widget: w.setTabText(i, t), lookup
                )
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                changed += _swap(item.text(), item.setText, lookup)
                changed += _swap(item.toolTip(), item.setToolTip, lookup)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                changed += _swap(
                    widget.itemText(i), lambda t, i=i, w=widget: w.setItemText(i, t), lookup
                )
    return changed


def _swap(text: str, setter: Callable[[str], None], lookup: Callable[[str], list[Source]]) -> int:
    if not text:
        return 0
    new = _translate(text, lookup)
    if new is None or new == text:
        return 0
    setter(new)
    return 1
