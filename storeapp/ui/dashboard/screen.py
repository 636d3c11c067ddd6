"""The Dashboard screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

from storeapp.offline.kpi_repo import KpiRepo
from storeapp.ui.dashboard.presenter import DashboardPresenter
from storeapp.ui.dashboard.view import DashboardView
from storeapp.ui.screen import ShellServices


def build(shell: ShellServices) -> DashboardView:
    """The managers' measures, their days cut in the store's time zone."""
    deps = shell.deps
    timezone = deps.config.store.timezone if deps.config is not None else ""
    presenter = DashboardPresenter(
        KpiRepo(deps.journal, deps.cache),
        deps.executors,
        lambda: shell.session.employee,
        timezone=timezone or "",
    )
    view = DashboardView(presenter, shell.errors)
    shell.session.signed_in.connect(view.employee_changed)
    shell.signals.operation_executed.connect(lambda *_: view.isVisible() and view.refresh())
    return view
