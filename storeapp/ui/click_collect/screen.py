"""The Click & Collect screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

from pathlib import Path

from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.outbox import Actor
from storeapp.ui.click_collect.presenter import QueuePresenter
from storeapp.ui.click_collect.view import ClickCollectView
from storeapp.ui.screen import ShellServices


def build(shell: ShellServices) -> ClickCollectView:
    """The order queue, pick and handover pages, wired to the shell's scanner and signals."""
    deps = shell.deps
    settings = (
        ClickCollectSettings.from_config(deps.config)
        if deps.config is not None
        else ClickCollectSettings()
    )
    repo = ClickCollectRepo(deps.cache, deps.journal, deps.outbox, settings)

    def actor() -> Actor | None:
        who = shell.session.employee
        return who.actor if who is not None else None

    presenter = QueuePresenter(
        repo,
        deps.executors,
        actor,
        online=shell.online,
        manager=lambda: bool(shell.session.employee and shell.session.employee.is_manager),
        advise_unknown=getattr(deps.sync, "advise_unknown", None),
    )
    view = ClickCollectView(
        presenter,
        shell.errors,
        settings,
        label_folder=Path(deps.journal.path).parent / "labels",
        store_name=deps.store_name,
    )
    shell.scanner.scanned.connect(view.scan_received)
    view.changed.connect(shell.signals.operation_executed)
    shell.signals.employee_signed_out.connect(view.employee_left)
    return view
