"""Device setup dialog: Odoo address, database, device login and API key, store, identity mode."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.identity import IdentityMode
from storeapp.offline.device_setup import DeviceSetup
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.language import translated
from storeapp.ui.setup.presenter import SetupPresenter
from storeapp.ui.setup.probe import MODE_TEXT, ProbeReport
from storeapp.ui.slots import asyncSlot

MARKS = {"ok": "✔", "info": "ℹ", "warn": "!", "error": "✖"}
COLOURS = {"ok": "#067647", "info": "#175cd3", "warn": "#b54708", "error": "#b42318"}


class SetupDialog(QDialog):
    """First run, or opened by a manager. `fixed` maps field names (url, database, login,
    warehouse_code, identity_mode) to values IT fixed in the machine file: shown read-only."""

    saved = Signal(object)  # SetupSaved

    def __init__(
        self,
        presenter: SetupPresenter,
        errors: ErrorPresenter,
        current: DeviceSetup | None = None,
        fixed: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Device setup"))
        self.presenter = presenter
        self.errors = errors
        self.fixed = dict(fixed or {})
        self.report: ProbeReport | None = None
        current = current or DeviceSetup()

        left = self._build_connection(current)
        right_box = self._build_store_choice(current)
        buttons, cancel = self._build_buttons()
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 3)
        columns.addWidget(right_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(980)

        self._apply_fixed()
        self.test_button.clicked.connect(self.test)
        self.find_databases.clicked.connect(self.list_databases)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.store.currentIndexChanged.connect(lambda _i: self._update_save())
        self.mode_group.buttonToggled.connect(lambda *_: self._update_save())
        for field in (self.url, self.login, self.secret):
            field.textEdited.connect(self._inputs_changed)
        self.database.editTextChanged.connect(self._inputs_changed)

    def _build_connection(self, current: DeviceSetup) -> QVBoxLayout:
        """Where and as whom this PC reaches Odoo, the test button and what the test found."""
        title = QLabel(self.tr("Connect this PC to Odoo"))
        title.setObjectName("dialogTitle")
        intro = QLabel(
            self.tr(
                "IT or a manager does this once per PC. The API key is kept only in this "
                "computer's password store (keyring), never in a file."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.keyring_banner = QLabel("")
        self.keyring_banner.setObjectName("formMessage")
        self.keyring_banner.setProperty("level", "error")
        self.keyring_banner.setWordWrap(True)
        problem = self.presenter.keyring_problem()
        self.keyring_banner.setText(problem or "")
        self.keyring_banner.setVisible(bool(problem))

        self.url = QLineEdit(current.url)
        self.url.setPlaceholderText("https://odoo.example.com")
        self.database = QComboBox()
        self.database.setEditable(True)
        self.database.setCurrentText(current.database)
        self.find_databases = QPushButton(self.tr("List databases"))
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(self.find_databases)
        self.login = QLineEdit(current.login)
        self.login.setPlaceholderText(self.tr("the store's device user, e.g. store-042"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("API key (or password)"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("primaryButton")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Odoo address"), self.url)
        form.addRow(self.tr("Database"), db_row)
        form.addRow(self.tr("Device login"), self.login)
        form.addRow(self.tr("API key"), self.secret)

        self.findings = QLabel(self.tr("Press Test connection to check the server and rights."))
        self.findings.setObjectName("hint")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAccessibleName(self.tr("Connection test result"))

        result_card = QFrame()
        result_card.setObjectName("card")
        result_layout = QVBoxLayout(result_card)
        result_layout.addWidget(self.findings)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(title)
        left.addWidget(intro)
        left.addWidget(self.keyring_banner)
        left.addLayout(form)
        left.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(result_card, 1)

        return left

    def _build_store_choice(self, current: DeviceSetup) -> QFrame:
        """Which store this PC is in and how its employees sign in (open once tested)."""
        self.store = QComboBox()
        self.store.setEnabled(False)
        self.store.setAccessibleName(self.tr("Store"))
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[IdentityMode, QRadioButton] = {}
        modes = QVBoxLayout()
        for mode, (label, text) in MODE_TEXT.items():
            button = QRadioButton(translated(label))
            button.setEnabled(False)
            explain = QLabel(translated(text))
            explain.setObjectName("hint")
            explain.setWordWrap(True)
            explain.setContentsMargins(24, 0, 0, 6)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
            modes.addWidget(explain)
        self._initial_mode = current.identity_mode
        self._initial_store = current.warehouse_code

        store_form = QFormLayout()
        store_form.addRow(self.tr("Store (warehouse)"), self.store)
        right = QVBoxLayout()
        right.setSpacing(10)
        store_title = QLabel(self.tr("Which store is this PC in?"))
        store_title.setObjectName("cardTitle")
        right.addWidget(store_title)
        right.addLayout(store_form)
        right.addSpacing(12)
        sign_in_title = QLabel(self.tr("How employees sign in"))
        sign_in_title.setObjectName("cardTitle")
        right.addWidget(sign_in_title)
        right.addLayout(modes)
        right.addStretch(1)
        right_box = QFrame()
        right_box.setObjectName("card")
        right_box.setLayout(right)

        return right_box

    def _build_buttons(self) -> tuple[QHBoxLayout, QPushButton]:
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        return buttons, cancel

    def _apply_fixed(self) -> None:
        note = self.tr("Set by IT in the machine file")
        for name, widget in (("url", self.url), ("login", self.login)):
            if name in self.fixed:
                widget.setText(self.fixed[name])
                widget.setReadOnly(True)
                widget.setToolTip(note)
        if "database" in self.fixed:
            self.database.setCurrentText(self.fixed["database"])
            self.database.setEnabled(False)
            self.database.setToolTip(note)
            self.find_databases.setEnabled(False)

    def _inputs_changed(self, *_: object) -> None:
        # A new address or key invalidates the last test: save only what was tested.
        self.report = None
        self._update_save()

    # ------------------------------------------------------------------ actions

    @asyncSlot()
    async def list_databases(self) -> None:
        self.find_databases.setEnabled(False)
        try:
            names = await self.presenter.databases(self.url.text().strip())
        except Exception as exc:
            self.errors.show(exc, self.tr("Listing the databases"))
            names = None
        finally:
            self.find_databases.setEnabled("database" not in self.fixed)
        typed = self.database.currentText()
        if names is None:
            self.findings.setText(
                self.tr("This server does not list its databases. Type the database name.")
            )
            return
        self.database.clear()
        self.database.addItems(names)
        self.database.setCurrentText(typed if typed in names else (names[0] if names else ""))

    @asyncSlot()
    async def test(self) -> None:
        self.test_button.setEnabled(False)
        self.test_button.setText(self.tr("Testing…"))
        self.findings.setText(self.tr("Contacting Odoo…"))
        try:
            report = await self.presenter.test(
                self.url.text().strip(),
                self.database.currentText().strip(),
                self.login.text().strip(),
                self.secret.text(),
            )
        except Exception as exc:
            self.errors.show(exc, self.tr("Testing the connection"))
            return
        finally:
            self.test_button.setEnabled(True)
            self.test_button.setText(self.tr("Test connection"))
        self.show_report(report)

    def show_report(self, report: ProbeReport) -> None:
        self.report = report
        lines = [
            f'<span style="color:{COLOURS[level]}">{MARKS[level]}</span>&nbsp;{html.escape(translated(text))}'
            for level, text in report.findings
        ]
        self.findings.setText("<br>".join(lines))
        self.store.clear()
        for wh in report.warehouses:
            self.store.addItem(f"{wh.name} ({wh.code})", wh)
        wanted = self.fixed.get("warehouse_code") or self._initial_store
        for i in range(self.store.count()):
            if self.store.itemData(i).code == wanted:
                self.store.setCurrentIndex(i)
        self.store.setEnabled(bool(report.warehouses) and "warehouse_code" not in self.fixed)
        for mode, button in self.mode_buttons.items():
            button.setEnabled(mode in report.modes and "identity_mode" not in self.fixed)
        preferred = self.fixed.get("identity_mode") or self._initial_mode
        choice = next((m for m in report.modes if m.value == preferred), None)
        if choice is None and report.modes:
            choice = report.modes[0]
        if choice is not None:
            self.mode_buttons[choice].setChecked(True)
        self._update_save()

    def chosen_mode(self) -> IdentityMode | None:
        for mode, button in self.mode_buttons.items():
            if (
                button.isChecked()
                and button.isEnabled()
                or (button.isChecked() and "identity_mode" in self.fixed)
            ):
                return mode
        return None

    def _update_save(self) -> None:
        ready = (
            self.report is not None
            and self.report.ok
            and self.store.currentData() is not None
            and self.chosen_mode() is not None
            and not self.keyring_banner.isVisible()
        )
        self.save_button.setEnabled(ready)

    def values(self) -> DeviceSetup:
        wh = self.store.currentData()
        mode = self.chosen_mode()
        return DeviceSetup(
            url=self.url.text().strip().rstrip("/"),
            database=self.database.currentText().strip(),
            login=self.login.text().strip(),
            warehouse_id=wh.id if wh else 0,
            warehouse_code=wh.code if wh else "",
            warehouse_name=wh.name if wh else "",
            identity_mode=mode.value if mode else "",
        )

    @asyncSlot()
    async def save(self) -> None:
        self.save_button.setEnabled(False)
        try:
            saved = await self.presenter.save(self.values(), self.secret.text())
        except Exception as exc:
            self.errors.show(exc, self.tr("Saving the device setup"))
            self._update_save()
            return
        self.secret.clear()
        self.saved.emit(saved)
        self.accept()
