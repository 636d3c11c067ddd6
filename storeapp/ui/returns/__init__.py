"""Returns intake screen (issue 7): find the sale, check the policy, approve, return.

`build_returns_screen(shell)` makes the page from the shell's services; the shell calls it
once where pages are built and hands the result to `MainWindow.set_page("returns", ...)`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from storeapp.offline.returns_policy import PolicyLoad, PolicySource
from storeapp.offline.returns_repo import ReturnsRepo

log = logging.getLogger(__name__)


def _settings() -> tuple[Path | None, str, str]:
    """(policy file, quarantine location, warehouse code) from the configuration; a broken
    configuration is reported by the app at start, so here it only means "use defaults"."""
    try:
        from storeapp import config

        cfg = config.load_config(os.environ)
    except Exception as exc:  # the app's start already explains config errors
        log.warning("returns screen uses default settings: %s", exc)
        return None, "Quarantine", ""
    return (
        cfg.returns.policy_file,
        cfg.returns.quarantine_location or "Quarantine",
        cfg.store.warehouse_code,
    )


def build_returns_screen(shell: Any, *, policy_file: Path | None = None) -> Any:
    """The Returns page wired to the shell's stores, executors, session and scanner."""
    from storeapp.ui.returns.presenter import ReturnsPresenter
    from storeapp.ui.returns.view import ReturnsView
    from storeapp.ui.signin.presenter import SignInPresenter

    deps = shell.deps
    configured, quarantine, warehouse = _settings()
    source = PolicySource(deps.journal, policy_file or configured)
    try:
        loaded = source.load()
    except Exception as exc:  # a policy problem must not stop the app
        log.exception("returns policy not loaded")
        loaded = PolicyLoad(None, "", (f"The returns policy could not be loaded: {exc}",))
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
    languages = getattr(deps, "languages", None)
    if languages is not None:
        # The receipt is the customer's: in the store's customer language (store.customer_language).
        cfg = getattr(deps, "config", None)
        customer = str(cfg.store.customer_language) if cfg is not None else ""
        view.in_customer_language = lambda: languages.speaking(customer)
        view.done_page.in_customer_language = view.in_customer_language
    view.policy_reload = source.reload_if_changed
    view.changed.connect(shell.signals.operation_executed)
    # Going offline (or back) changes the rules: the open return is decided again at once.
    shell.signals.connectivity_changed.connect(lambda *_: view.refresh())
    shell.scanner.scanned.connect(view.scanned)
    return view


__all__ = ["build_returns_screen"]
