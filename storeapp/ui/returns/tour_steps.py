"""The returns screens in the screenshot tour (storeapp --demo --tour DIR).

Runs with a manager signed in on the demo store: a search by customer, a sale within its
window, a damaged item that needs a manager, a sale past its window, and the receipt of a
confirmed return. Each step fails the tour with its name when it cannot be reached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from storeapp.ui.returns.model import ReturnLinesModel
from storeapp.ui.returns.view import DONE, FIND, INTAKE


async def returns_steps(tour: Any, app: Any, window: Any) -> None:
    from storeapp.ui.tour import TourFailed, _choose, wait_for

    shell = app.shell
    view = shell.pages["returns"]
    people = app.demo_store.people
    manager = next(p for p in people if p.role == "manager")
    associate = next(p for p in people if p.role == "associate")

    async def sign_in(person: Any) -> None:
        shell.session.sign_out("switch")
        await _choose(shell, person.name)
        shell.sign_in.pin.setText(person.pin)
        shell.sign_in.submit()
        await wait_for(f"{person.name} signed in", lambda: shell.session.employee is not None)

    # An associate takes the returns, so the store's manager can approve one in person.
    await sign_in(associate)
    facts = app.demo_store.sim.facts
    code = facts["stores"][0]["code"]
    deliveries = [d for d in facts["past_deliveries"] if d["store"] == code]
    window.show_page("returns")

    def order_of(delivery: dict) -> str:
        rows = app.demo_store.sim.execute(
            "sale.order", "read", [delivery["sale_order_id"]], ["name"]
        )
        return rows[0]["name"]

    async def open_sale(text: str, step: str) -> None:
        view.start_over()
        view.search.setText(text)
        await view.find()
        await wait_for(step, lambda: view.stack.currentIndex() in (FIND, INTAKE))

    def set_cell(row: int, column: int, value: object) -> None:
        model = view.lines_model
        if not model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole):
            raise TourFailed(f"the returns screen refused {value!r} in column {column}")

    # A customer with several sales: the list to choose from.
    await open_sale(facts["frequent_returner"]["name"].split()[0], "returns search")
    await tour.shot("returns-find", window)

    # A recent sale: one item back in resellable condition.
    recent = next(d for d in deliveries if d["within_30_days"] and not d.get("partly_returned"))
    await open_sale(order_of(recent), "returns recent sale")
    await wait_for("returns intake", lambda: view.stack.currentIndex() == INTAKE)
    set_cell(0, ReturnLinesModel.QUANTITY, 1)
    await tour.shot("returns-intake", window)

    # The same item damaged: a manager must approve, in person, with PIN and a note.
    set_cell(0, ReturnLinesModel.CONDITION, "damaged")
    await tour.shot("returns-needs-approval", window)
    await view.override()
    dialog = await wait_for("manager approval dialog", lambda: view.override_dialog)
    await wait_for("managers listed", lambda: dialog.manager.count() > 0)
    dialog.pin.setText(manager.pin)
    dialog.note.setPlainText("Box crushed in transport; regular customer.")
    await tour.shot("returns-manager-approval", window, dialog)

    # Approved: the receipt.
    await dialog.approve()
    await wait_for("returns receipt", lambda: view.stack.currentIndex() == DONE)
    await tour.shot("returns-receipt", window)

    # A sale past its window: refused, with the reason in plain words.
    old = max(deliveries, key=lambda d: d["days_ago"])
    await open_sale(order_of(old), "returns old sale")
    await wait_for("returns old intake", lambda: view.stack.currentIndex() == INTAKE)
    set_cell(0, ReturnLinesModel.QUANTITY, 1)
    await tour.shot("returns-refused", window)
    view.start_over()
    await sign_in(manager)
