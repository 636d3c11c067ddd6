"""The bag label: one painter routine, drawn into a PDF (QPdfWriter) or onto a printer (QPrinter).

The label is 100 × 150 mm, the common thermal shipping-label size, portrait. The order number
and the customer's name are printed large: the label is read on a shelf from a metre away. Under
the order number, the same number as a Code 128 barcode: scanned at handover, it finds the order.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from storeapp.core import code128
from storeapp.core.click_collect import BagLabel
from storeapp.ui.language import translated

LABEL_SIZE_MM = QSizeF(100, 150)
RESOLUTION_DPI = 300
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def tr(text: str) -> str:
    return QCoreApplication.translate("BagLabel", text)


class LabelPrintError(Exception):
    """The label could not be printed or written; the message says what to do."""


def _page_layout() -> QPageLayout:
    size = QPageSize(LABEL_SIZE_MM, QPageSize.Unit.Millimeter, "Bag label 100x150")
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def paint_label(painter: QPainter, page: QRectF, label: BagLabel, tz: tzinfo | None) -> None:
    """Draw the label into `page` (device pixels of whatever the painter paints on)."""
    mm = page.width() / LABEL_SIZE_MM.width()
    inner = page.adjusted(6 * mm, 6 * mm, -6 * mm, -6 * mm)
    painter.save()
    painter.setPen(QPen(QColor("#101828"), 0.5 * mm))
    painter.drawRoundedRect(page.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm), 3 * mm, 3 * mm)
    y = inner.top()

    def font(size_mm: float, bold: bool) -> QFont:
        f = QFont("Sans Serif")
        f.setPixelSize(max(1, int(size_mm * mm)))
        f.setBold(bold)
        return f

    def one_line(text: str, size_mm: float, bold: bool = False, after_mm: float = 1.5) -> None:
        """A line that must stay whole (the order number): shrunk until it fits."""
        nonlocal y
        f = font(size_mm, bold)
        while (
            size_mm > 3
            and QFontMetricsF(f, painter.device()).horizontalAdvance(text) > inner.width()
        ):
            size_mm -= 0.5
            f = font(size_mm, bold)
        painter.setFont(f)
        height = QFontMetricsF(f, painter.device()).height()
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), int(LEFT), text)
        y += height + after_mm * mm

    def wrapped(text: str, size_mm: float, bold: bool = False, after_mm: float = 1.5) -> None:
        nonlocal y
        f = font(size_mm, bold)
        painter.setFont(f)
        flags = int(LEFT | Qt.TextFlag.TextWordWrap)
        box = QFontMetricsF(f, painter.device()).boundingRect(
            QRectF(0, 0, inner.width(), page.height()), flags, text
        )
        painter.drawText(QRectF(inner.left(), y, inner.width(), box.height()), flags, text)
        y += box.height() + after_mm * mm

    one_line(tr("CLICK & COLLECT") + (f" · {label.store}" if label.store else ""), 4, True, 3)
    one_line(label.order, 12, True, 1)
    if label.sale_name:
        one_line(label.sale_name, 6)
    y += 2 * mm
    y += paint_code128(painter, label.order, QRectF(inner.left(), y, inner.width(), 16 * mm))
    y += 2 * mm
    painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))
    y += 5 * mm
    wrapped(label.customer or tr("(no customer name)"), 8, True, 5)
    for row in label.detail_lines(tz):
        wrapped(translated(row), 4.2)
    painter.setPen(QColor("#475467"))
    painter.setFont(font(3.2, False))
    footer = QRectF(inner.left(), inner.bottom() - 10 * mm, inner.width(), 10 * mm)
    painter.drawText(
        footer,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
        tr("Keep on the pickup shelf until the customer collects it."),
    )
    painter.restore()


def paint_code128(painter: QPainter, text: str, box: QRectF) -> float:
    """The order number as a Code 128 barcode, centred in `box`, in whole device pixels per
    module (a blurred edge is what makes a scanner hesitate). Returns the height used; 0 when
    the text cannot be a Code 128 or the box is too narrow to print it readably."""
    try:
        dark = code128.modules(text)
    except code128.Code128Error:
        return 0.0
    total = len(dark) + 2 * code128.QUIET_ZONE
    module = int(box.width() // total)
    if module < 1:
        return 0.0
    left = round(box.left() + (box.width() - module * total) / 2) + code128.QUIET_ZONE * module
    top, height = round(box.top()), round(box.height())
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    black = QColor("#000000")
    run_start = None
    for i, bit in enumerate([*dark, False]):
        if bit and run_start is None:
            run_start = i
        elif not bit and run_start is not None:
            painter.fillRect(
                left + run_start * module, top, (i - run_start) * module, height, black
            )
            run_start = None
    painter.restore()
    return box.height()


def write_pdf(label: BagLabel, path: Path, tz: tzinfo | None = None) -> Path:
    """Write the label as a one-page PDF. Raises LabelPrintError with what to do."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LabelPrintError(
            f"The label folder {path.parent} cannot be created ({exc.strerror}). "
            "Ask IT to check the data folder's permissions."
        ) from exc
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(_page_layout())
    writer.setTitle(f"Bag label {label.order}")
    writer.setCreator("storeapp")
    painter = QPainter()
    if not painter.begin(writer):
        raise LabelPrintError(
            f"The label could not be written to {path}. Check that the disk is not full and "
            "that the file is not open in another program, then print again."
        )
    try:
        paint_label(painter, QRectF(writer.pageLayout().paintRectPixels(RESOLUTION_DPI)), label, tz)
    finally:
        painter.end()
    return path


def print_label(label: BagLabel, printer_name: str, tz: tzinfo | None = None) -> None:
    """Send the label to the configured printer. Raises LabelPrintError when it is missing."""
    known = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    if printer_name not in known:
        listed = ", ".join(known) if known else "none"
        raise LabelPrintError(
            f"The bag label printer '{printer_name}' is not installed on this PC "
            f"(printers found: {listed}). The label was saved as a PDF; print that, and ask IT "
            "to fix store.bag_label_printer."
        )
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(f"Bag label {label.order}")
    painter = QPainter()
    if not painter.begin(printer):
        raise LabelPrintError(
            f"The printer '{printer_name}' refused the label. Check that it is on and has "
            "labels, then print again."
        )
    try:
        paint_label(
            painter, QRectF(printer.pageLayout().paintRectPixels(printer.resolution())), label, tz
        )
    finally:
        painter.end()
