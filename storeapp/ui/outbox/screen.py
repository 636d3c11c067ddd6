"""The Sync & outbox screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

from storeapp.ui.outbox.presenter import OutboxPresenter
from storeapp.ui.outbox.view import OutboxView
from storeapp.ui.screen import ShellServices


def build(shell: ShellServices) -> OutboxView:
    """What waits for Odoo, what a person must decide, and "Sync now"."""
    deps = shell.deps
    presenter = OutboxPresenter(
        deps.outbox,
        deps.executors,
        deps.cache,
        sync_now=deps.sync.sync_now if deps.sync is not None else None,
    )
    view = OutboxView(presenter, shell.errors, lambda: shell.session.employee)
    shell.session.signed_in.connect(view.employee_changed)
    view.changed.connect(shell.signals.operation_executed)
    return view
