"""The one scan field (storeapp/ui/scan_box.py): read and emptied the moment Enter arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storeapp.ui.scan_box import ScanBox


def test_enter_hands_over_the_code_and_empties_the_box_for_the_next_scan(qtbot):
    box = ScanBox("scanBox", "Scan", "Scan")
    qtbot.addWidget(box)
    seen: list[str] = []
    box.entered.connect(lambda code: seen.append((code, box.text())))
    qtbot.keyClicks(box, "3760000000017")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a blank Enter is not a scan here
    assert seen == [("3760000000017", "")]
    assert box.objectName() == "scanBox" and box.accessibleName() == "Scan"


def test_a_screen_that_answers_blank_enters_gets_them(qtbot):
    box = ScanBox("scanBox", "Scan", blank_too=True)
    qtbot.addWidget(box)
    seen: list[str] = []
    box.entered.connect(seen.append)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert seen == [""]
