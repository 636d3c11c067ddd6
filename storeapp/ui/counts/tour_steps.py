"""The screenshot tour's counting steps: an associate counts a requested shelf blind and is
asked for recounts; she recounts one line herself (the screen suggests a colleague), the manager
recounts the other and submits; in the approval inbox he may approve her line but not the one
he recounted. Called by storeapp/ui/tour.py."""

from __future__ import annotations

from typing import Any


async def counts_tour(shell: Any, tour: Any, manager: Any, associate: Any) -> None:
    """Run with `associate` signed in; leaves `manager` signed in on the Approvals page."""
    from storeapp.ui.tour import TourFailed, _choose, wait_for

    window = shell.window
    view = shell.pages["counts"]

    async def step(what: str, action) -> None:
        before = view.completed
        action()
        await wait_for(what, lambda: view.completed > before)

    async def sign_in(person: Any) -> None:
        shell.session.sign_out("switch")
        await _choose(shell, person.name)
        shell.sign_in.pin.setText(person.pin)
        shell.sign_in.submit()
        await wait_for(f"{person.name} signed in", lambda: shell.session.employee is not None)

    window.show_page("counts")
    await wait_for("count tasks", lambda: view.tasks_model.rowCount() > 0)
    await tour.shot("counts-tasks", window)

    repo = view.presenter.repo
    task = next((t for t in view.presenter.tasks if t.kind == "request"), None)
    location = repo.location(task.location_id) if task else None
    if location is None or not location.barcode:
        raise TourFailed("the demo store has no count request on a labelled shelf")
    products = repo.stocked_products(location.id, min_qty=8)
    if len(products) < 3:
        raise TourFailed(f"{location.name} holds too few products to count in the tour")
    (first, first_code, first_qty), (second, second_code, second_qty), third = products[:3]
    third_id, third_code, third_qty = third

    def scan(box, code: str):
        def run() -> None:
            box.setText(code)
            box.returnPressed.emit()

        return run

    def set_line(key: str, qty: float):
        def run() -> None:
            view.lines_table.selectRow(view.lines_model.row_of(key))
            view.quantity.setText(str(qty))
            view.set_quantity()

        return run

    def choose(key: str) -> None:
        view.lines_table.selectRow(view.lines_model.row_of(key))

    await step("count started", scan(view.start_box, location.barcode))
    for _ in range(3):
        await step("scan", scan(view.scan_box, first_code))
    for _ in range(2):
        await step("scan", scan(view.scan_box, second_code))
    await step("scan", scan(view.scan_box, third_code))
    await tour.shot("counts-blind-count", window)

    await step("typed quantity", set_line(str(first), first_qty))
    await step("typed quantity", set_line(str(second), second_qty - 5))
    await step("typed quantity", set_line(str(third_id), third_qty - 6))
    await step("submit asks for recounts", view.submit)
    await tour.shot("counts-recount-needed", window)

    # She recounts one line herself: the screen suggests a colleague would catch more.
    choose(str(second))
    await step("recount", view.recount)
    await tour.shot("counts-recount-same-person", window)
    await step("recount scan", scan(view.scan_box, second_code))
    await step("recount quantity", set_line(str(second), second_qty - 5))
    await step("continue later", view.leave)

    # The manager recounts the other line and submits.
    await sign_in(manager)
    window.show_page("counts")
    await wait_for("count in progress", lambda: view.tasks_model.rowCount() > 0)
    view.tasks_table.selectRow(0)
    await step("open the count", view.open_selected)
    choose(str(third_id))
    await step("recount", view.recount)
    await step("recount scan", scan(view.scan_box, third_code))
    await step("recount quantity", set_line(str(third_id), third_qty - 6))
    await step("submit", view.submit)
    await tour.shot("counts-submitted", window)

    inbox = shell.pages["approvals"]
    before = inbox.completed
    window.show_page("approvals")
    await wait_for("approval inbox", lambda: inbox.completed > before)
    await wait_for("two adjustments to decide", lambda: inbox.model.rowCount() >= 2)
    rows = {inbox.model.item(r).product: r for r in range(inbox.model.rowCount())}
    own = next(r for r in range(inbox.model.rowCount()) if not _may(inbox, r))
    theirs = next(r for r in rows.values() if r != own)
    inbox.table.selectRow(theirs)
    inbox.note.setText("Breakage found in the back room")
    await tour.shot("approvals-inbox", window)
    inbox.table.clearSelection()
    inbox.table.selectRow(own)
    await tour.shot("approvals-own-count", window)


def _may(inbox: Any, row: int) -> bool:
    return inbox.presenter.may_approve(inbox.model.item(row))
