"""Sign-in screen: scan a badge or choose a name, then type the PIN (keypad or keyboard)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.pin_keys import PIN_DIGITS_ONLY
from storeapp.offline.credentials_repo import Credential
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.language import translated
from storeapp.ui.outcome import set_level
from storeapp.ui.signin.pin_field import PinField
from storeapp.ui.signin.presenter import PinResult, SignInPresenter, needs_new_pin
from storeapp.ui.slots import asyncSlot

Index = QModelIndex | QPersistentModelIndex


class EmployeeListModel(QAbstractListModel):
    """Employees who can sign in here, by name; the role shows as a second line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Credential] = []

    def set_rows(self, rows: Sequence[Credential]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.tr("Manager") if row.role == "manager" else self.tr("Associate")
            return f"{row.name}\n{label}"
        if role == Qt.ItemDataRole.UserRole:
            return row.employee_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.name
        return None

    def row_of(self, employee_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.employee_id == employee_id:
                return i
        return -1

    def credential(self, row: int) -> Credential:
        return self._rows[row]


class SignInView(QWidget):
    """Badge or name, then PIN. Emits `signed_in(SignedInEmployee)` on success."""

    signed_in = Signal(object)
    first_manager_requested = Signal()

    def __init__(
        self,
        presenter: SignInPresenter,
        errors: ErrorPresenter,
        *,
        store_name: str = "",
        demo_people: Sequence[tuple[str, str, str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self.presenter = presenter
        self.errors = errors
        self.selected: Credential | None = None
        self.model = EmployeeListModel(self)

        title = QLabel(self.tr("Sign in"))
        title.setObjectName("screenTitle")
        store = self.store_label = QLabel(store_name)
        store.setObjectName("subtitle")

        who = self._build_who()
        pin_card = self._build_pin()
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(who, 3)
        cards.addWidget(pin_card, 2)

        if demo_people:
            cards.addWidget(self._build_demo(demo_people), 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(store)
        layout.addLayout(header)
        layout.addLayout(cards, 1)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_entered)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.pin.textChanged.connect(lambda t: self.sign_in_button.setEnabled(bool(t)))
        self.pin.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)
        self.first_manager_button.clicked.connect(self.first_manager_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.reset)
        self._all: list[Credential] = []
        self.local_enrollment = False

    def _build_who(self) -> QFrame:
        """Left: who are you? (a badge scan, or a name found in the list)."""
        who = QFrame()
        who.setObjectName("card")
        who_layout = QVBoxLayout(who)
        scan_hint = QLabel(self.tr("Scan your badge, or choose your name"))
        scan_hint.setObjectName("cardTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to find your name"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setObjectName("employeeList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        who_layout.addWidget(scan_hint)
        who_layout.addWidget(self.search)
        who_layout.addWidget(self.list, 1)
        return who

    def _build_pin(self) -> QFrame:
        """Right: the PIN, typed or on the keypad, the person's language and the message."""
        pin_card = QFrame()
        pin_card.setObjectName("card")
        pin_layout = QVBoxLayout(pin_card)
        self.who_label = QLabel(self.tr("No one chosen yet"))
        self.who_label.setObjectName("cardTitle")
        # The chosen person's language (remembered on this PC); the names are never translated.
        self.language = QComboBox()
        self.language.setObjectName("signInLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setVisible(False)
        self.languages = None
        self.pin = PinField()
        self.pin.setObjectName("pinField")
        self.pin.refused.connect(lambda: self.show_message(translated(PIN_DIGITS_ONLY), "warn"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(8)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEnabled(False)
        keypad = QGridLayout()
        keypad.setSpacing(8)
        self.keys: list[QPushButton] = []
        for i, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]):
            button = QPushButton(label)
            button.setObjectName("keypadKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users type in the field
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, k=label: self._key(k))
            keypad.addWidget(button, i // 3, i % 3)
            self.keys.append(button)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setEnabled(False)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        # Room for three lines, always: a message appearing must not squeeze the keypad.
        self._message_height = self.message.fontMetrics().lineSpacing() * 3 + 8
        self.message.setFixedHeight(self._message_height)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pin_layout.addWidget(self.who_label)
        pin_layout.addWidget(self.language)
        pin_layout.addWidget(self.pin)
        pin_layout.addLayout(keypad, 1)
        pin_layout.addWidget(self.sign_in_button)
        pin_layout.addWidget(self.message)
        self.first_manager_button = QPushButton(self.tr("IT: enroll the first manager"))
        self.first_manager_button.setVisible(False)
        pin_layout.addWidget(self.first_manager_button)
        return pin_card

    def _build_demo(self, demo_people: Sequence[tuple[str, str, str, str]]) -> QFrame:
        """The demo store's people, to try the app without an Odoo of one's own."""
        demo = QFrame()
        demo.setObjectName("demoCard")
        demo_layout = QVBoxLayout(demo)
        demo_title = QLabel(self.tr("Demo store — try these people"))
        demo_title.setObjectName("cardTitle")
        demo_layout.addWidget(demo_title)
        grid = QGridLayout()
        headers = (self.tr("Name"), self.tr("Role"), self.tr("Badge"), self.tr("PIN"))
        for col, text in enumerate(headers):
            label = QLabel(text)
            label.setObjectName("demoHeader")
            grid.addWidget(label, 0, col)
        for r, person in enumerate(demo_people, start=1):
            for col, text in enumerate(person):
                label = QLabel(translated(text) if col == 1 else text)  # the role
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, r, col)
        demo_layout.addLayout(grid)
        tip = QLabel(
            self.tr(
                "Choose a name and type the PIN. Without a scanner, type a badge number in "
                "the search box and press Enter. Managers also see Approvals."
            )
        )
        tip.setObjectName("hint")
        tip.setWordWrap(True)
        demo_layout.addSpacing(12)
        demo_layout.addWidget(tip)
        demo_layout.addStretch(1)
        return demo

    # ------------------------------------------------------------------ data

    @asyncSlot()
    async def reload(self) -> None:
        try:
            self._all = await self.presenter.employees()
        except Exception as exc:  # every failure goes to the error presenter
            self.errors.show(exc, self.tr("Loading the employees"))
            return
        self._filter(self.search.text())
        if self._all:
            if self.selected is None:
                self.message.setText("")
            self.message.setFixedHeight(self._message_height)
        else:
            self.message.setText(
                self.tr(
                    "Nobody can sign in on this PC yet. Employees appear after the first sync "
                    "with Odoo (Odoo badges mode) or after a manager enrolls them."
                )
            )
            # No keypad to keep still while nobody can sign in: the whole text shows (a longer
            # translation included).
            needed = self.message.heightForWidth(max(self.message.width(), 200))
            self.message.setFixedHeight(max(self._message_height, needed))
        self.first_manager_button.setVisible(
            self.local_enrollment and not any(c.role == "manager" for c in self._all)
        )

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.model.set_rows([c for c in self._all if needle in c.name.casefold()])

    def offer_languages(self, languages) -> None:  # storeapp.ui.language.Languages
        """Let each person pick the language they read; shown once a name is chosen."""
        from storeapp.ui.language import LANGUAGES

        self.languages = languages
        self.language.clear()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        if self.language.findData(languages.store_default) < 0:  # the pseudo-locale, in tests
            self.language.addItem(languages.store_default, languages.store_default)
        self.language.setVisible(True)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    # ------------------------------------------------------------------ actions

    def choose(self, credential: Credential) -> None:
        self.selected = credential
        row = self.model.row_of(credential.employee_id)
        if row >= 0:  # show who was chosen, also after a badge scan
            self.list.setCurrentIndex(self.model.index(row))
        prompt = (
            self.tr("New PIN for {name} (a manager reset it)")
            if needs_new_pin(credential)
            else self.tr("PIN for {name}")
        )
        self.who_label.setText(prompt.format(name=credential.name))
        if self.languages is not None:
            at = self.language.findData(self.languages.for_person(credential.employee_id))
            self.language.setCurrentIndex(max(at, 0))
        self.pin.clear()
        self.pin.setEnabled(True)
        self.message.setText("")
        self.pin.setFocus()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(self.model.credential(index.row()))

    @asyncSlot(str)
    async def badge_scanned(self, code: str) -> None:
        """A scan arrived (from the application-wide scanner filter)."""
        if not self.isVisible():
            return
        try:
            found = await self.presenter.find_badge(code)
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the badge"))
            return
        if found is None:
            self.message.setText(
                self.tr("This badge is not known on this PC. Choose your name instead.")
            )
            return
        self.search.clear()
        self.choose(found)

    def _search_entered(self) -> None:
        """Enter in the search box: the only name left, or else a typed badge number."""
        if self.model.rowCount() == 1:
            self.choose(self.model.credential(0))
        elif self.search.text().strip():
            self.badge_scanned(self.search.text().strip())

    def _key(self, key: str) -> None:
        if not self.pin.isEnabled():
            return
        if key == "⌫":
            self.pin.backspace()
        elif key == "C":
            self.pin.clear()
        else:
            self.pin.insert(key)
        self.pin.setFocus()

    def show_message(self, text: str, level: str) -> None:
        """The sign-in message, in its fixed space; the whole text is the tooltip too."""
        self.message.setText(text)
        self.message.setToolTip(text)
        set_level(self.message, level)

    def reset(self) -> None:
        self.selected = None
        self.pin.clear()
        self.pin.setEnabled(False)
        self.who_label.setText(self.tr("No one chosen yet"))
        self.message.setText("")
        self.search.clear()
        self.search.setFocus()

    @asyncSlot()
    async def submit(self) -> None:
        if self.selected is None or not self.pin.text():
            return
        pin = self.pin.text()
        self.pin.clear()
        self.sign_in_button.setEnabled(False)
        try:
            result: PinResult = await self.presenter.submit_pin(self.selected.employee_id, pin)
        except Exception as exc:
            self.errors.show(exc, self.tr("Checking the PIN"))
            return
        self.show_message(result.message, "ok" if result.ok else "error")
        if result.ok and result.employee is not None:
            if self.languages is not None:
                self.languages.remember(result.employee.employee_id, self.chosen_language())
            self.reset()
            self.signed_in.emit(result.employee)
