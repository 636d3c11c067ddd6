"""The Approvals screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

from storeapp.core.store_clock import store_zone
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.ui.approvals.presenter import ApprovalsPresenter
from storeapp.ui.approvals.view import ApprovalsView
from storeapp.ui.screen import ShellServices


def build(shell: ShellServices) -> ApprovalsView:
    """The managers' inbox, its dates in the store's time zone."""
    deps = shell.deps
    timezone = deps.config.store.timezone if deps.config is not None else ""
    repo = ApprovalsRepo(deps.journal, deps.outbox, deps.cache, tz=store_zone(timezone))
    presenter = ApprovalsPresenter(repo, deps.executors, lambda: shell.session.employee)
    view = ApprovalsView(presenter, shell.errors)
    view.changed.connect(shell.signals.operation_executed)
    shell.session.signed_in.connect(view.employee_changed)
    return view
