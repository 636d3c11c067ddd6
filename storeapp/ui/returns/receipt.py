"""The customer's return receipt: a small HTML page rendered to PDF or sent to a printer.

The content comes from `ReturnReceipt` (storeapp/core/returns.py); this module only lays it
out. A PDF is always written to the data folder's `receipts/` (so a lost paper can be printed
again); printing goes to the PC's default printer when there is one.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from storeapp.core.returns import ReturnReceipt
from storeapp.ui.dates import datetime_text
from storeapp.ui.language import money_text, qty_text, translated

log = logging.getLogger(__name__)

# Receipt printers take 80 mm rolls; the PDF uses the same width so both look alike.
RECEIPT_WIDTH_MM = 80.0
RECEIPT_HEIGHT_MM = 200.0


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnReceipt", text)


def receipt_html(receipt: ReturnReceipt) -> str:
    esc = html.escape
    rows = []
    for line in receipt.lines:
        detail = f"{esc(translated(line.condition))} → {esc(translated(line.destination))}"
        if line.reason:
            detail += f" · {esc(translated(line.reason))}"
        if line.serials:
            # One text with its placeholder: French writes a no-break space before the colon.
            serials = tr("Serial/lot: {serials}").format(serials=", ".join(line.serials))
            detail += f"<br>{esc(serials)}"
        rows.append(
            f"<tr><td>{esc(qty_text(line.quantity))} × {esc(line.product_name)}"
            f"<br><small>{detail}</small></td>"
            f"<td align='right'>{esc(money_text(line.value, receipt.currency))}</td></tr>"
        )
    sale = (
        tr("Sale {order}").format(order=esc(receipt.order_name))
        if receipt.order_name
        else tr("No receipt")
    )
    people = tr("Taken by {name}").format(name=esc(receipt.taken_by))
    if receipt.approved_by:
        people += "<br>" + tr("Approved by {name}").format(name=esc(receipt.approved_by))
    notes = "".join(f"<p><small>{esc(n)}</small></p>" for n in receipt.notes)
    customer = f"<br>{esc(receipt.customer_name)}" if receipt.customer_name else ""
    # Translated here, not inside the template: lupdate does not read f-string expressions.
    heading, total, policy = tr("RETURN"), tr("Total returned"), tr("Returns policy")
    return f"""
<html><body style="font-family: sans-serif; font-size: 9pt;">
<h3 align="center">{esc(receipt.store_name)}</h3>
<p align="center"><b>{esc(heading)} {esc(receipt.reference)}</b><br>
{esc(datetime_text(receipt.at))}<br>{sale}{customer}</p>
<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}
<tr><td><b>{esc(total)}</b></td>
<td align="right"><b>{esc(money_text(receipt.total, receipt.currency))}</b></td></tr>
</table>
<p>{people}</p>{notes}
<p align="center"><small>{esc(policy)} {esc(receipt.policy_version)}</small></p>
</body></html>"""


def _document(receipt: ReturnReceipt) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(receipt_html(receipt))
    return doc


def save_pdf(receipt: ReturnReceipt, folder: Path) -> Path:
    """Write `<folder>/return-<reference>.pdf` and return its path. Raises OSError when the
    folder cannot be written (the caller says so in words)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"return-{receipt.reference}.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(
        QPageSize(QSizeF(RECEIPT_WIDTH_MM, RECEIPT_HEIGHT_MM), QPageSize.Unit.Millimeter)
    )
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Return {receipt.reference}")
    doc = _document(receipt)
    doc.print_(writer)
    del writer  # the file is complete only once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the receipt could not be written to {path}")
    log.info("return receipt saved to %s", path)
    return path


def print_receipt(receipt: ReturnReceipt) -> str | None:
    """Send the receipt to the default printer. Returns None when printed, else why not."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if QPrinterInfo.defaultPrinter().isNull():
        return tr("This PC has no printer set up. The receipt was saved as a PDF instead.")
    printer = QPrinter(QPrinterInfo.defaultPrinter())
    _document(receipt).print_(printer)
    return None
