"""The bag label's barcode decodes to the order, read back from the rendered label.

The decoder below is written here on purpose, from the Code 128 standard's table of bar and
space widths (not the bit patterns the app draws from), so a wrong table in the app cannot
agree with itself: it scans one row of pixels across the printed label like a scanner does.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from storeapp.core import click_collect as cc
from storeapp.core.click_collect import BagLabel, OrderFacts
from storeapp.ui.click_collect.label import LABEL_SIZE_MM, paint_label

# ISO/IEC 15417 symbol widths (bar, space, bar, space, bar, space[, bar]) by symbol value.
WIDTHS = [
    "212222",
    "222122",
    "222221",
    "121223",
    "121322",
    "131222",
    "122213",
    "122312",
    "132212",
    "221213",
    "221312",
    "231212",
    "112232",
    "122132",
    "122231",
    "113222",
    "123122",
    "123221",
    "223211",
    "221132",
    "221231",
    "213212",
    "223112",
    "312131",
    "311222",
    "321122",
    "321221",
    "312212",
    "322112",
    "322211",
    "212123",
    "212321",
    "232121",
    "111323",
    "131123",
    "131321",
    "112313",
    "132113",
    "132311",
    "211313",
    "231113",
    "231311",
    "112133",
    "112331",
    "132131",
    "113123",
    "113321",
    "133121",
    "313121",
    "211331",
    "231131",
    "213113",
    "213311",
    "213131",
    "311123",
    "311321",
    "331121",
    "312113",
    "312311",
    "332111",
    "314111",
    "221411",
    "431111",
    "111224",
    "111422",
    "121124",
    "121421",
    "141122",
    "141221",
    "112214",
    "112412",
    "122114",
    "122411",
    "142112",
    "142211",
    "241211",
    "221114",
    "413111",
    "241112",
    "134111",
    "111242",
    "121142",
    "121241",
    "114212",
    "124112",
    "124211",
    "411212",
    "421112",
    "421211",
    "212141",
    "214121",
    "412121",
    "111143",
    "111341",
    "131141",
    "114113",
    "114311",
    "411113",
    "411311",
    "113141",
    "114131",
    "311141",
    "411131",
    "211412",
    "211214",
    "211232",
    "2331112",
]
VALUE_OF = {w: v for v, w in enumerate(WIDTHS)}


def render(label: BagLabel, dpi: int) -> QImage:
    width = round(LABEL_SIZE_MM.width() / 25.4 * dpi)
    height = round(LABEL_SIZE_MM.height() / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_label(painter, QRectF(0, 0, width, height), label, UTC)
    painter.end()
    return image


def runs(image: QImage, y: int) -> list[tuple[bool, int]]:
    """(dark?, length) along row y."""
    out: list[tuple[bool, int]] = []
    for x in range(image.width()):
        dark = QColor(image.pixel(x, y)).lightness() < 128
        if out and out[-1][0] == dark:
            out[-1] = (dark, out[-1][1] + 1)
        else:
            out.append((dark, 1))
    return out


def decode_row(row: list[tuple[bool, int]]) -> str | None:
    """A Code 128 set B symbol on this row, as text; None when the row holds none."""
    for start in range(len(row)):
        dark, _ = row[start]
        if not dark or start == 0 or row[start - 1][1] < 10:
            continue  # a symbol starts with a bar after a quiet zone
        first = [n for _, n in row[start : start + 6]]
        if len(first) < 6:
            return None
        module = sum(first) / 11
        widths = [round(n / module) for _, n in row[start:]]
        values, i = [], 0
        while i + 6 <= len(widths):
            if "".join(map(str, widths[i : i + 7])) == WIDTHS[106]:
                values.append(106)
                break
            key = "".join(map(str, widths[i : i + 6]))
            if key not in VALUE_OF:
                values = []
                break
            values.append(VALUE_OF[key])
            i += 6
        if len(values) >= 4 and values[0] == 104 and values[-1] == 106:
            data, check = values[1:-2], values[-2]
            if (104 + sum(p * v for p, v in enumerate(data, start=1))) % 103 == check:
                return "".join(chr(v + 32) for v in data)
    return None


def decode(image: QImage) -> str | None:
    for y in range(0, image.height(), 4):
        text = decode_row(runs(image, y))
        if text is not None:
            return text
    return None


@pytest.mark.parametrize(("order", "dpi"), [("LYO/OUT/00011", 300), ("WH/OUT/00012", 203)])
def test_the_bag_label_code_decodes_to_the_order_and_finds_it_at_handover(qapp, order, dpi):
    label = BagLabel(
        order=order,
        customer="Léa Girard",
        sale_name="S00012",
        items=3,
        lines=2,
        ready_at=datetime(2026, 12, 4, 15, 2, tzinfo=UTC),
        picked_by="Rose Vincent",
    )
    scanned = decode(render(label, dpi))
    assert scanned == order
    facts = OrderFacts(
        picking_id=12,
        name=order,
        odoo_state="assigned",
        customer="Léa Girard",
        sale_name="S00012",
        phone_last4="6620",
        promised_at=None,
        lines=2,
        units=3,
    )
    entries = cc.build_queue([facts], datetime(2026, 12, 4, 16, 0, tzinfo=UTC))
    assert cc.find_for_handover(entries, scanned).picking_id == 12
