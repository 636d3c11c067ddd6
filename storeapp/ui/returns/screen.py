"""The Returns screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from storeapp.config import Config
from storeapp.core.text import msg
from storeapp.offline.returns_policy import PolicyLoad, PolicySource
from storeapp.offline.returns_repo import ReturnsRepo
from storeapp.ui.returns.presenter import ReturnsPresenter
from storeapp.ui.returns.view import ReturnsView
from storeapp.ui.screen import ShellServices
from storeapp.ui.signin.presenter import SignInPresenter

log = logging.getLogger(__name__)


def _settings(config: Config | None) -> tuple[Path | None, str, str, str]:
    """(policy file, quarantine location, warehouse code, customer language); without a
    configuration (tests that need none) the defaults."""
    if config is None:
        return None, "Quarantine", "", ""
    return (
        config.returns.policy_file,
        config.returns.quarantine_location or "Quarantine",
        config.store.warehouse_code,
        str(config.store.customer_language),
    )


def build(shell: ShellServices) -> ReturnsView:
    """The intake (find the sale, check the policy, approve, return) and its receipt."""
    deps = shell.deps
    policy_file, quarantine, warehouse, customer = _settings(deps.config)
    source = PolicySource(deps.journal, policy_file)
    try:
        loaded = source.load()
    except Exception as exc:  # a policy problem must not stop the app
        log.exception("returns policy not loaded")
        failed = msg("The returns policy could not be loaded: {error}", error=str(exc))
        loaded = PolicyLoad(None, "", (failed,))
    repo = ReturnsRepo(
        deps.cache,
        deps.journal,
        deps.outbox,
        warehouse_code=warehouse,
        quarantine_location=quarantine,
    )
    presenter = ReturnsPresenter(
        repo,
        lambda: source.policy,
        deps.executors,
        online=shell.online,
        store_name=deps.store_name,
    )
    signin = SignInPresenter(deps.credentials, deps.executors, deps.policy, deps.badge_key)
    view = ReturnsView(
        presenter,
        shell.errors,
        lambda: shell.session.employee,
        signin,
        Path(deps.journal.path).parent / "receipts",
        loaded.problems,
    )
    view.policy_source = source
    languages = deps.languages
    if languages is not None:
        # The receipt is the customer's: in the store's customer language (store.customer_language).
        view.in_customer_language = lambda: languages.speaking(customer)
        view.done_page.in_customer_language = view.in_customer_language
    view.policy_reload = source.reload_if_changed
    view.changed.connect(shell.signals.operation_executed)
    # Going offline (or back) changes the rules: the open return is decided again at once.
    shell.signals.connectivity_changed.connect(lambda *_: view.refresh())
    shell.scanner.scanned.connect(view.scanned)
    return view
