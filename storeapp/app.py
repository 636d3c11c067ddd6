"""Composition root: boot in one place, in a fixed order (docs/architecture.md, The layers).

environment → faulthandler → logging → config → single-instance guard → QApplication →
translators → qasync loop → journal backup and migration (or the safe-mode screen) → main window.

Everything the app is made of is built here and handed down; no module below reaches for a
global. `StoreApp` holds the running pieces so the tour, the startup bench and the UI tests can
build exactly what `storeapp` builds.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

from storeapp.app_shutdown import AppShutdown
from storeapp.boot import display_problem

log = logging.getLogger("storeapp.app")


def tr(text: str) -> str:
    """The app's own notices, in the language spoken at the moment they show."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StoreApp", text)


def run(args: Any) -> int:
    """`storeapp` with no subcommand: the GUI. Returns the process exit code.

    The phases run in the order of the module docstring; each returns what the next needs, or
    an exit code when the app must not go on."""
    tour_dir = getattr(args, "tour", None)
    tour = tour_dir is not None
    demo = bool(getattr(args, "demo", False) or tour)

    from storeapp import boot

    # 1. environment
    boot.environment(tour=tour)
    problem = display_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # 2-3. faulthandler, logging
    data_dir = _data_dir(demo)
    diag = boot.diagnostics(data_dir, tour=tour)
    # 4. config
    cfg = _config_or_none(data_dir, tour=tour)
    if cfg is None:
        return 2
    # 5. single-instance guard (before Qt's heavy lifting: a second launch leaves at once)
    from storeapp.ui.single_instance import SingleInstance, server_name

    guard = SingleInstance(server_name(str(data_dir.resolve())))
    if not tour and guard.notify_running():
        print("storeapp is already running; its window was brought forward.")
        return 0
    # 6-8. QApplication, translators, qasync loop
    app = _qt_application(guard, tour=tour)
    languages = boot.translators(app, str(cfg.store.language), data_dir / "languages.json")
    loop = _event_loop(app, cfg)
    # 9-10. journal (backup + migration inside), then the main window or safe mode
    if demo and getattr(args, "demo_reset", False):
        from storeapp import demo as demo_module

        demo_module.reset(data_dir)
    store_app = StoreApp(
        cfg,
        data_dir,
        demo=demo,
        demo_version=str(getattr(args, "odoo_version", None) or "17.0"),
        guard=guard,
        interactive=not tour,
        previous_crashes=[c.summary for c in diag.previous_crashes],
        languages=languages,
    )
    with loop:
        if tour:
            from storeapp.ui.tour import run_tour

            return loop.run_until_complete(run_tour(store_app, Path(tour_dir)))
        return _run_until_closed(loop, store_app)


def _data_dir(demo: bool) -> Path:
    """The data folder (from the environment or the default; the demo's own for the demo),
    with the process made to create private files before the first one is written."""
    from storeapp import config as config_module
    from storeapp.offline.private_files import private_umask

    data_dir, _source = config_module.data_dir_path(os.environ)
    if demo:
        from storeapp.demo import demo_data_dir

        data_dir = demo_data_dir(data_dir)
    private_umask()  # before the first file: logs, databases and PDFs are born private
    return data_dir


def _offscreen() -> bool:
    return os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def _say_invalid_configuration(exc: Any, *, on_screen: bool) -> None:
    """Why storeapp cannot start, in the system's language (no person and no valid store
    language are known yet), on stderr and, started from a desktop icon with no terminal,
    on screen as well."""
    from storeapp.cli_language import speak_system_language
    from storeapp.core.text import msg

    if on_screen:
        from PySide6.QtWidgets import QApplication

        # The message box needs a QApplication; the translators go onto it.
        _app = QApplication.instance() or QApplication(sys.argv[:1])
    say = speak_system_language()
    text = say(
        msg(
            "storeapp cannot start: the configuration is invalid.\n{problems}",
            problems=exc.said(),
        )
    )
    print(text, file=sys.stderr)
    if on_screen:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, "storeapp", text + "\n\n" + say(msg("Ask IT to correct the file."))
        )


def _config_or_none(data_dir: Path, *, tour: bool) -> Any:
    """The configuration, with the log level and the PDF retention it sets applied; None
    (after saying why, on screen too when there is no terminal) when it is invalid."""
    from storeapp import config as config_module

    try:
        cfg = config_module.load_config()
    except config_module.ConfigError as exc:
        log.error("invalid configuration: %s", exc)
        _say_invalid_configuration(exc, on_screen=not tour and not _offscreen())
        return None
    logging.getLogger().setLevel(cfg.logging.level)
    from storeapp.offline.private_files import purge_old_pdfs

    purge_old_pdfs(data_dir, int(cfg.files.pdf_retention_days))
    return cfg


def _qt_application(guard: Any, *, tour: bool) -> Any:
    """The one QApplication, with Qt's messages routed into the log; a window started
    meanwhile by a second launch is brought forward through the guard."""
    from PySide6.QtWidgets import QApplication

    from storeapp import boot

    boot.route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("storeapp")
    app.setOrganizationName("storeapp")
    if not tour:
        guard.listen()
    return app


def _event_loop(app: Any, cfg: Any) -> Any:
    """The qasync loop that runs coroutines on the Qt thread, with the diagnostics' handler
    for errors nobody awaited, and the style sheet for the configured display."""
    import qasync

    from storeapp import diagnostics
    from storeapp.ui.shell import load_style

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(diagnostics.asyncio_exception_handler)
    load_style(
        app, cfg.display.font_scale_percent / 100, high_contrast=bool(cfg.display.high_contrast)
    )
    return loop


def _run_until_closed(loop: Any, store_app: StoreApp) -> int:
    """Start the app, wait until its window closes or a stop is requested, stop it."""
    # Created before start: closing the window during the first sync must end the app too.
    closed = asyncio.Event()
    store_app.closed = closed
    restore_signals = store_app.listen_for_stop_requests()
    try:
        code = loop.run_until_complete(store_app.start())
        if code is not None:
            return code
        loop.run_until_complete(closed.wait())
        loop.run_until_complete(store_app.stop())
    finally:
        restore_signals()
    return 0


# --------------------------------------------------------------------------- the running app


def _notice(parent: Any, title: str, text: str, *, warning: bool = False) -> Any:
    """A message box that does not block: a nested event loop inside a coroutine would let
    other tasks re-enter under qasync."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class EngineLink:
    """The sync engine as the shell sees it. Manual syncs run on the engine's own one-worker
    thread, so they queue behind (never run beside) the background cycle."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.events = engine.events

    def connectivity(self) -> tuple[str, str]:
        c = self.engine.connectivity
        if c.last_success_at is None and c.failures == 0 and c.state.value == "offline":
            # Nothing tried yet: "offline" would alarm people for no reason at start-up.
            return ("unknown", c.reason)
        return (c.state.value, c.reason)

    async def sync_now(self) -> object:
        return await self.engine.run_in_turn(self.engine.sync_now)

    def advise_unknown(self, refusal: Any) -> Any:
        """A scan screen's refusal: an unknown barcode asks for the products now."""
        return self.engine.unknown_barcodes.advise(refusal)


class StoreApp(AppShutdown):
    """Opens the stores, the demo server, the gateway and the engine; builds the shell."""

    def __init__(
        self,
        cfg: Any,
        data_dir: Path,
        *,
        demo: bool = False,
        demo_version: str = "17.0",
        guard: Any = None,
        interactive: bool = True,
        previous_crashes: list[str] | None = None,
        languages: Any = None,
    ) -> None:
        from storeapp.ui.executors import Executors

        self.cfg = cfg
        self.data_dir = Path(data_dir)
        self.demo = demo
        self.demo_version = demo_version  # which Odoo the demo store's emulator plays
        self.guard = guard
        self.interactive = interactive
        self.previous_crashes = list(previous_crashes or [])
        self.languages = languages
        self.executors = Executors()
        self.journal: Any = None
        self.cache: Any = None
        self.outbox: Any = None
        self.gateway: Any = None
        self.engine: Any = None
        self.shell: Any = None
        self.demo_store: Any = None
        self.safe_window: Any = None
        self.setup: Any = None
        self.identity: Any = None
        self.closed: asyncio.Event | None = None
        self._tasks: list[asyncio.Task] = []

    # ------------------------------------------------------------------ steps

    def _open_stores(self) -> None:
        from storeapp.offline.cache import CacheStore
        from storeapp.offline.journal import JournalStore
        from storeapp.offline.outbox import Outbox

        self.journal = JournalStore.open(self.data_dir)
        if self.journal.safe_mode is None:
            self.cache = CacheStore.open(self.data_dir)
        self.outbox = Outbox(self.journal)

    # Device setup fields and the configuration option behind each.
    SETUP_OPTIONS = (
        ("url", "odoo.url"),
        ("database", "odoo.database"),
        ("login", "odoo.login"),
        ("warehouse_code", "store.warehouse_code"),
        ("identity_mode", "identity.mode"),
    )

    def _option(self, option: str) -> Any:
        section, name = option.split(".")
        return getattr(getattr(self.cfg, section), name)

    def effective_setup(self, *, defaults: bool = True) -> Any:
        """Device setup as saved, with whatever IT fixed in the machine file on top, and the
        configuration's defaults where setup saved nothing (a PC provisioned without the
        setup dialog has no saved sign-in mode: the default `identity.mode` applies).
        `defaults=False` for the setup dialog, which proposes a mode from what Odoo allows."""
        from dataclasses import replace

        from storeapp.offline import device_setup

        saved = device_setup.load(self.journal)
        overrides = {}
        for key, option in self.SETUP_OPTIONS:
            fixed = self.cfg.sources.get(option, "default") != "default"
            if fixed or (defaults and not getattr(saved, key)):
                overrides[key] = str(self._option(option))
        if overrides.get("warehouse_code", saved.warehouse_code) != saved.warehouse_code:
            overrides["warehouse_name"] = ""  # the name saved was another store's
        return replace(saved, **overrides)

    def fixed_fields(self) -> dict[str, str]:
        setup = self.effective_setup()
        return {
            key: getattr(setup, key)
            for key, option in self.SETUP_OPTIONS
            if self.cfg.sources.get(option, "default") != "default"
        }

    async def remember_store_name(self) -> None:
        """A provisioned PC knows its store only by code; once the cache has the warehouse,
        keep Odoo's name for it and show it in the header and the title."""
        from dataclasses import replace

        from storeapp.offline import device_setup, store_figures

        setup = self.setup
        if setup is None or self.cache is None or setup.warehouse_name:
            return
        name = await self.executors.run_db(
            store_figures.warehouse_name, self.cache, setup.warehouse_code
        )
        if not name:
            return
        saved = await self.executors.run_db(device_setup.load, self.journal)
        remembered = replace(saved, warehouse_code=setup.warehouse_code, warehouse_name=name)
        await self.executors.run_db(device_setup.save, self.journal, remembered)
        self.setup = replace(setup, warehouse_name=name)
        self.shell.set_store_name(name)

    async def _configure_demo(self) -> None:
        """The demo device is set up the way IT would: setup values, key in the keyring."""
        from storeapp import demo as demo_module
        from storeapp.offline import device_setup
        from storeapp.offline.device_setup import DeviceSetup
        from storeapp.sync.credentials import CredentialStore

        backend = demo_module.ensure_keyring(self.data_dir)
        self.demo_store = await asyncio.to_thread(
            demo_module.start, self.data_dir, version=self.demo_version
        )
        d = self.demo_store
        CredentialStore().set(d.url, d.database, d.login, d.api_key)
        setup = DeviceSetup(
            url=d.url,
            database=d.database,
            login=d.login,
            warehouse_id=d.warehouse_id,
            warehouse_code=d.warehouse_code,
            warehouse_name=d.warehouse_name,
            identity_mode="odoo_badges",
        )
        await self.executors.run_db(device_setup.save, self.journal, setup)
        log.info("demo device configured (keyring backend: %s)", backend)

    def setup_presenter(self) -> Any:
        from storeapp.sync.credentials import CredentialStore
        from storeapp.sync.gateway import GatewaySettings
        from storeapp.ui.device_keys import BadgeKey
        from storeapp.ui.setup.presenter import SetupPresenter

        return SetupPresenter(
            self.executors,
            CredentialStore(),
            self.journal,
            BadgeKey(self.journal.device_id),
            carrier_names=self.cfg.store.click_collect_carriers or (),
            connection=GatewaySettings.from_config(self.cfg),
        )

    async def _ask_setup(self) -> bool:
        """Show the setup dialog until saved; False when the person cancels."""
        from storeapp.ui.errors import ErrorPresenter
        from storeapp.ui.setup.view import SetupDialog

        dialog = SetupDialog(
            self.setup_presenter(),
            ErrorPresenter(),
            self.effective_setup(defaults=False),
            self.fixed_fields(),
        )
        done = asyncio.get_running_loop().create_future()
        dialog.finished.connect(lambda result: done.done() or done.set_result(result))
        self._setup_dialog = dialog
        dialog.show()
        try:
            return bool(await done)
        finally:
            self._setup_dialog = None

    async def _reopen_setup(self) -> None:
        """A manager changes the device setup. The running connection keeps its settings until
        the next start, and the dialog's outcome says so."""

        if await self._ask_setup():
            window = self.shell.window
            _notice(
                window,
                tr("Device setup saved"),
                tr(
                    "Saved. A new API key is used at once. A different server, database or "
                    "store takes effect when storeapp starts again; work saved meanwhile is kept."
                ),
            )

    def _build_engine(self, setup: Any) -> None:
        from storeapp.sync.credentials import CredentialStore
        from storeapp.sync.engine import SyncEngine
        from storeapp.sync.gateway import GatewaySettings, OdooGateway
        from storeapp.sync.settings import SyncSettings

        settings = GatewaySettings.from_config(self.cfg).for_server(
            setup.url, setup.database, setup.login
        )
        self.gateway = OdooGateway(settings, CredentialStore())
        employee_model = (
            "hr.employee" if setup.identity_mode == "odoo_badges" else "hr.employee.public"
        )
        sync_settings = SyncSettings.from_config(
            self.cfg, warehouse_code=setup.warehouse_code, employee_model=employee_model
        )
        self.engine = SyncEngine(self.gateway, self.cache, self.outbox, sync_settings)

    def _build_shell(self, setup: Any) -> None:
        from storeapp.core.identity import LockoutPolicy
        from storeapp.offline.credentials_repo import CredentialsRepo
        from storeapp.ui.device_keys import BadgeKey
        from storeapp.ui.identity_refresh import OdooBadgeRefresh
        from storeapp.ui.shell import Shell, ShellDeps

        identity = self.cfg.identity
        badge_key = BadgeKey(self.journal.device_id)
        repo = CredentialsRepo(self.journal)
        deps = ShellDeps(
            cache=self.cache,
            journal=self.journal,
            outbox=self.outbox,
            executors=self.executors,
            credentials=repo,
            badge_key=badge_key,
            store_name=setup.warehouse_name or setup.warehouse_code,
            policy=LockoutPolicy(max_attempts=int(identity.max_pin_attempts)),
            auto_lock_minutes=float(identity.auto_lock_minutes),
            sync=EngineLink(self.engine),
            demo_people=self.demo_store.people_rows() if self.demo_store else (),
            interactive_errors=self.interactive,
            config=self.cfg,
            enroll=self._enroll_presenter(setup, repo, badge_key),
            open_setup=self._reopen_setup,
            languages=self._languages(),
        )
        self.shell = Shell(deps)
        # A screen saved an op (or a manager retried one): push now, not at the next interval.
        self.shell.signals.operation_executed.connect(lambda *_: self.engine.notify_new_op())
        if setup.identity_mode == "odoo_badges":
            self.identity = OdooBadgeRefresh(
                self.gateway, self.cache, repo, badge_key.get, self.role_rules()
            )
            self.shell.signals.data_refreshed.connect(self._employees_changed)

    def _languages(self) -> Any:
        """The running app's language switch; built here when the caller (a test) made none."""
        if self.languages is None:
            from PySide6.QtWidgets import QApplication

            from storeapp import boot

            people = self.data_dir / "languages.json"
            store = str(self.cfg.store.language)
            self.languages = boot.translators(QApplication.instance(), store, people)
        return self.languages

    def role_rules(self) -> Any:
        from storeapp.core.identity import RoleRules

        identity = self.cfg.identity
        return RoleRules(
            manager_tags=(identity.manager_tag,) if identity.manager_tag else (),
            manager_job_titles=tuple(identity.manager_job_titles),
            manager_pin_digits=int(identity.manager_pin_digits),
        )

    def _enroll_presenter(self, setup: Any, repo: Any, badge_key: Any) -> Any:
        """Local enrollment mode only: Odoo badges mode takes badges and PINs from Odoo."""
        if setup.identity_mode != "local_enrollment":
            return None
        from storeapp.sync.credentials import CredentialStore
        from storeapp.ui.enroll.presenter import EnrollPresenter

        def device_key() -> str | None:
            return CredentialStore().get(setup.url, setup.database, setup.login)

        return EnrollPresenter(
            self.cache, repo, self.executors, badge_key.get, self.role_rules(), device_key
        )

    def _employees_changed(self, event: Any) -> None:
        if "employee" in (getattr(event, "tables", ()) or ()):
            self._spawn(self.refresh_identity())

    async def refresh_identity(self) -> None:
        if self.identity is None:
            return
        try:
            changed = await asyncio.to_thread(self.identity.refresh)
        except Exception as exc:  # sign-in keeps working with what is stored
            log.warning("could not refresh sign-in credentials from Odoo: %s", exc)
            return
        if changed.any:
            self.shell.sign_in.reload()
            self.shell.signals.identity_refreshed.emit(changed.added + changed.updated)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.append(task)
        task.add_done_callback(self._tasks.remove)

    async def first_sync(self, show: bool = True) -> Any:
        """Fill an empty cache with a progress dialog; cancel keeps what was fetched."""
        from storeapp.ui.first_sync import FirstSyncDialog

        dialog = FirstSyncDialog(self.engine.cancel_event.set, self.shell.window)
        self.first_sync_dialog = dialog
        self.shell.signals.sync_progressed.connect(dialog.progress)
        if show:
            dialog.show()
        try:
            result = await self.engine.run_in_turn(lambda: self.engine.run_once(push=False))
        finally:
            self.shell.signals.sync_progressed.disconnect(dialog.progress)
            # A cancelled first sync stops only itself; the background cycle resumes it.
            self.engine.cancel_event.clear()
            dialog.finish()
        return result

    async def start(self, *, sync_first: bool = True) -> int | None:
        """Bring the app up. Returns an exit code when it should not keep running.
        `sync_first=False` leaves the first sync and the background engine to the caller
        (the tour shows the first sync itself)."""
        from PySide6.QtWidgets import QApplication

        from storeapp.offline import store_figures
        from storeapp.ui.safe_mode import SafeModeWindow
        from storeapp.ui.single_instance import bring_forward

        await self.executors.run_db(self._open_stores)
        app = QApplication.instance()
        # The setup and first-sync dialogs come before the main window: closing them must not
        # end the app. Closing the main window (or the safe-mode screen) does, via `closed`.
        app.setQuitOnLastWindowClosed(False)
        if self.journal.safe_mode is not None:
            self.safe_window = SafeModeWindow(self.journal, self.outbox)
            self.safe_window.resize(1000, 640)
            self.safe_window.show()
            app.lastWindowClosed.connect(self._close_requested)
            return None
        if self.demo:
            await self._configure_demo()
        setup = self.effective_setup()
        if not setup.complete:
            if not self.interactive or not await self._ask_setup():
                print("Device setup was not finished; storeapp needs it to start.")
                return 0
            setup = self.effective_setup()
        self.setup = setup
        self._build_engine(setup)
        self._build_shell(setup)
        self.shell.window.resize(1366, 768)
        self.shell.start()
        if self.guard is not None:
            self.guard.activation_requested.connect(lambda: bring_forward(self.shell.window))
        app.lastWindowClosed.connect(self._close_requested)
        self._listen_for_uncaught_errors()
        if self.previous_crashes and self.interactive:
            _notice(self.shell.window, tr("storeapp"), self.previous_crashes[-1])
        if self.identity is not None:
            await self.refresh_identity_if_possible()
        if not sync_first:
            return None
        facts = await self.executors.run_db(store_figures.cache_facts, self.cache)
        if facts.empty:
            result = await self.first_sync(show=self.interactive)
            self.report_first_sync(result)
            await self.refresh_identity_if_possible()
            self.shell.refresh_status()
        await self.remember_store_name()
        self.start_engine()
        return None

    def report_first_sync(self, result: Any) -> str | None:
        """Say it when the first sync did not finish: the app works with what arrived and the
        background sync carries on, but people should know why lists may be short."""
        error = getattr(result, "error", None)
        if not error:
            return None
        text = tr(
            "The first sync with Odoo did not finish: {error}\nstoreapp works with what arrived "
            "and keeps trying in the background."
        ).format(error=error)
        log.warning("first sync incomplete: %s", error)
        if self.interactive:
            _notice(self.shell.window, tr("First sync"), text, warning=True)
        return text

    def start_engine(self) -> None:
        self._spawn(self._run_engine())
        from storeapp.sync.webhooks import start_from_config

        self.webhooks = start_from_config(self.cfg, self.journal, self.cache)

    def _listen_for_uncaught_errors(self) -> None:
        """Uncaught errors (any thread, the loop) reach the one error presenter on the Qt
        thread; the diagnostics hook has already logged them."""
        from storeapp import diagnostics

        relay = self.shell.signals

        def listener(summary: str, exc: BaseException | None) -> None:
            relay.uncaught_error.emit((summary, exc))

        relay.uncaught_error.connect(self._show_uncaught)
        diagnostics.add_error_listener(listener)
        self._error_listener = listener

    def _show_uncaught(self, item: Any) -> None:
        summary, exc = item
        if exc is not None:
            self.shell.errors.show(exc, summary)

    async def refresh_identity_if_possible(self) -> None:
        from storeapp.offline import store_figures

        facts = await self.executors.run_db(store_figures.cache_facts, self.cache)
        if facts.employees:
            await self.refresh_identity()

    async def _run_engine(self) -> None:
        try:
            await self.engine.run_forever()
        except asyncio.CancelledError:
            raise
        except Exception:  # the status bar shows the state; the log keeps the cause
            log.exception("sync engine stopped")
