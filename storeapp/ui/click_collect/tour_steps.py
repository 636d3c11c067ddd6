"""The click-and-collect screens in the screenshot tour (storeapp --demo --tour DIR).

With someone signed in on the demo store: the queue, a pick in progress with a refused scan,
a short pick, the order ready with its bag label, and the handover checklist. Scans go through
the same path as the scanner's (`handle_scan`). Each step fails the tour with its name when it
cannot be reached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from storeapp.core.click_collect import QueueGroup
from storeapp.ui.click_collect.label import LABEL_SIZE_MM, paint_label


def _to_pick(view: Any, wanted: Any) -> Any:
    """The first order still to pick that suits a step (a demo journal kept from an earlier
    run may have picked some already)."""
    return next(
        (e for e in view.presenter.entries if e.group is QueueGroup.TO_PICK and wanted(e.facts)),
        None,
    )


async def click_collect_steps(tour: Any, app: Any, window: Any) -> None:
    from storeapp.ui.tour import TourFailed, settle, wait_for

    shell = app.shell
    view = shell.pages["click_collect"]
    repo = view.presenter.repo
    window.show_page("click_collect")
    view.show_queue()
    await view.refresh()
    await tour.shot("click-collect-queue", window)

    # A pick in progress: two good scans, then a product of another order, refused.
    entry = _to_pick(view, lambda f: f.lines >= 3)
    if entry is None:
        raise TourFailed("no demo order left to pick: run the tour with --demo-reset")
    if await view.open_pick(entry.picking_id) is None:
        raise TourFailed(f"the pick of {entry.facts.name} could not be opened")
    session = view.pick.presenter.session
    barcodes = await app.executors.run_db(
        repo.product_barcodes, [line.product_id for line in session.lines] + [163]
    )
    untracked = [line for line in session.lines if line.tracking.value == "none"]
    for line in untracked[:2]:
        await view.handle_scan(barcodes[line.product_id])
    await view.handle_scan(barcodes[163])
    await tour.shot("click-collect-pick-refused", window)
    for line in session.lines:
        code_of = barcodes[line.product_id]
        if line.tracking.value != "none":
            serials = await app.executors.run_db(repo.serials_reserved, line.move_id)
            code_of = f"010{code_of}21{serials[0]}" if serials else code_of
        while not line.complete:
            feedback = await view.pick.scan(code_of)
            if feedback is None or not feedback.ok:
                raise TourFailed(f"scanning {line.product_name} was refused")
            line = session.line(line.move_id)
    await tour.shot("click-collect-pick", window)

    # Ready: quantities and the customer note queued, the bag label written.
    await view.mark_ready()
    await wait_for("the bag label", lambda: view.last_label is not None)
    await tour.shot("click-collect-ready", window)
    await _label_image(tour, view, repo)
    await view.pick.presenter.leave()
    view.show_queue()
    await view.refresh()

    # A short pick: three units of a large line cannot be found.
    short = _to_pick(view, lambda f: f.lines == 1 and f.units >= 10)
    if short is None or await view.open_pick(short.picking_id) is None:
        raise TourFailed("no demo order with a large line to short-pick: use --demo-reset")
    line = view.pick.presenter.session.lines[0]
    available = max(line.demand - 3, 0)
    await view.pick.presenter.type_quantity(line.move_id, available)
    view.pick.table.selectRow(0)
    view.pick.quantity.setValue(available)
    view.pick.show_feedback(view.pick.presenter.mark_short(line.move_id, "not_found"))
    await tour.shot("click-collect-short", window)
    await view.mark_ready()
    await view.pick.presenter.leave()
    view.show_queue()
    await view.refresh()
    view.queue.buttons[QueueGroup.EXCEPTION].click()
    await settle()
    await tour.shot("click-collect-exceptions", window)
    view.queue.buttons[None].click()

    # Handover of the first order: scan its number, the checklist half done.
    await view.handle_scan(entry.facts.name)
    await wait_for("the handover screen", lambda: view.stack.currentWidget() is view.handover)
    boxes = list(view.handover.boxes.values())
    for box in boxes[:-1]:
        box.setChecked(True)
    await tour.shot("click-collect-handover", window)
    boxes[-1].setChecked(True)
    view.handover.collect_button.click()
    await wait_for(
        "the order to be collected",
        lambda: (
            (e := view.presenter.entry(entry.picking_id)) is not None
            and e.group is QueueGroup.COLLECTED
        ),
    )
    view.show_queue()


async def _label_image(tour: Any, view: Any, repo: Any) -> None:
    """The bag label as the PDF draws it, saved as a PNG next to the screenshots."""
    label = await view.pick.presenter.bag_label(view.store_name)
    width = 600
    height = int(width * LABEL_SIZE_MM.height() / LABEL_SIZE_MM.width())
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_label(painter, QRectF(0, 0, width, height), label, view.settings.tz)
    painter.end()
    path = tour.folder / f"{len(tour.saved) + 1:02d}-click-collect-bag-label.png"
    image.save(str(path))
    tour.saved.append(path)
