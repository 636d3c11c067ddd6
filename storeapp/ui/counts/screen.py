"""The Counts screen's entry (the screen contract of storeapp/ui/screen.py)."""

from __future__ import annotations

import logging

from storeapp.core.count_review import CountRules
from storeapp.core.quantities import confirm_above
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.counts_settings import CountSettingsError, rules_from_config
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.counts.view import CountsView
from storeapp.ui.screen import ShellServices

log = logging.getLogger(__name__)


def build(shell: ShellServices) -> CountsView:
    """The task list and the count in progress, with the store's count rules."""
    deps = shell.deps
    problem = None
    try:
        rules = rules_from_config(deps.config)
    except CountSettingsError as exc:
        # Counting must go on: the defaults apply, and the page says what to fix.
        log.error("count settings not usable: %s", exc)
        rules, problem = CountRules(), str(exc)
    repo = CountsRepo(deps.cache, deps.journal, deps.outbox, rules)
    presenter = CountsPresenter(
        repo,
        deps.executors,
        lambda: shell.session.employee,
        blind=rules.blind,
        confirm_above=confirm_above(deps.config),
        advise_unknown=getattr(deps.sync, "advise_unknown", None),
    )
    view = CountsView(presenter, shell.errors)
    if problem:
        view.show_settings_problem(problem)
    shell.scanner.scanned.connect(view.handle_scan)
    view.changed.connect(shell.signals.operation_executed)
    # The next person starts from the task list: nobody adds scans to a count unknowingly.
    # The count stays open in the list (saved after every scan).
    shell.session.signed_out.connect(lambda *_: view.leave())
    return view
