"""The screenshot tour's counting steps: an associate counts a requested shelf blind, is asked
for a recount, submits; a manager opens the approval inbox. Called by storeapp/ui/tour.py."""

from __future__ import annotations

from typing import Any


async def counts_tour(shell: Any, tour: Any, manager: Any, associate: Any) -> None:
    """Run with `associate` signed in; leaves `manager` signed in on the Approvals page."""
    from storeapp.ui.tour import TourFailed, _choose, wait_for

    window = shell.window
    view = shell.pages["counts"]

    async def step(what: str, action) -> None:  # noqa: ANN001
        before = view.completed
        action()
        await wait_for(what, lambda: view.completed > before)

    window.show_page("counts")
    await wait_for("count tasks", lambda: view.tasks_model.rowCount() > 0)
    await tour.shot("counts-tasks", window)

    repo = view.presenter.repo
    task = next((t for t in view.presenter.tasks if t.kind == "request"), None)
    location = repo.location(task.location_id) if task else None
    if location is None or not location.barcode:
        raise TourFailed("the demo store has no count request on a labelled shelf")
    products = repo.stocked_products(location.id, min_qty=8)
    if len(products) < 2:
        raise TourFailed(f"{location.name} holds too few products to count in the tour")

    def scan(box, code: str):  # noqa: ANN001, ANN202
        def run() -> None:
            box.setText(code)
            box.returnPressed.emit()

        return run

    await step("count started", scan(view.start_box, location.barcode))
    (first, first_code, first_qty), (second, second_code, second_qty) = products[:2]
    for _ in range(3):
        await step("scan", scan(view.scan_box, first_code))
    for _ in range(2):
        await step("scan", scan(view.scan_box, second_code))
    await tour.shot("counts-blind-count", window)

    def set_line(key: str, qty: float):  # noqa: ANN202
        def run() -> None:
            view.lines_table.selectRow(view.lines_model.row_of(key))
            view.quantity.setText(str(qty))
            view.set_quantity()

        return run

    await step("typed quantity", set_line(str(first), first_qty))
    await step("typed quantity", set_line(str(second), second_qty - 5))
    await step("submit asks for a recount", view.submit)
    await tour.shot("counts-recount-needed", window)

    view.lines_table.selectRow(view.lines_model.row_of(str(second)))
    await step("recount", view.recount)
    await step("recount scan", scan(view.scan_box, second_code))
    await step("recount quantity", set_line(str(second), second_qty - 5))
    await step("submit", view.submit)
    await tour.shot("counts-submitted", window)

    shell.session.sign_out("switch")
    await _choose(shell, manager.name)
    shell.sign_in.pin.setText(manager.pin)
    shell.sign_in.submit()
    await wait_for("manager signed in", lambda: shell.session.employee is not None)
    inbox = shell.pages["approvals"]
    before = inbox.completed
    window.show_page("approvals")
    await wait_for("approval inbox", lambda: inbox.completed > before)
    await wait_for("an adjustment to decide", lambda: inbox.model.rowCount() > 0)
    inbox.table.selectRow(0)
    inbox.note.setText("Breakage found in the back room")
    await tour.shot("approvals-inbox", window)
