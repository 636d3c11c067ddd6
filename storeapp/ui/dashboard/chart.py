"""A horizontal bar chart painted with QPainter.

QtCharts ships only in the PySide6-Addons wheel, which storeapp does not install (it would
double the download for four bar charts); bars with labels are all these figures need, and a
painted widget follows the app's palette and scales with the font.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from storeapp.ui.dashboard.presenter import Bar

BAR_COLOR = QColor("#2e6be6")
TRACK_COLOR = QColor("#eef2f6")
TEXT_COLOR = QColor("#344054")
MUTED_COLOR = QColor("#667085")


class BarChart(QWidget):
    """Labelled horizontal bars, longest = the largest value (or `scale_max` when given)."""

    def __init__(
        self,
        empty_text: str,
        *,
        scale_max: float | None = None,
        color: QColor = BAR_COLOR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = empty_text
        self.scale_max = scale_max
        self.color = color
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{label}: {value}").format(label=b.label, value=b.text) for b in self.bars
            )
            or self.empty_text
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 14

    def sizeHint(self) -> QSize:
        return QSize(320, max(4, len(self.bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 3 * self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self.bars:
            painter.setPen(MUTED_COLOR)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        row = self._row_height()
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self.bars) + 24,
            int(self.width() * 0.55),
        )
        value_width = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 12
        track = max(10, self.width() - label_width - value_width - 4)
        top_max = self.scale_max or max((b.value for b in self.bars), default=0) or 1
        bar_height = row - 12
        for i, bar in enumerate(self.bars):
            y = 4 + i * row
            painter.setPen(TEXT_COLOR)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(
                QRectF(0, y, label_width - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK_COLOR)
            painter.drawRoundedRect(QRectF(label_width, y + 6, track, bar_height), 4, 4)
            length = track * max(0.0, min(1.0, bar.value / top_max))
            if length > 0:
                painter.setBrush(self.color)
                painter.drawRoundedRect(QRectF(label_width, y + 6, length, bar_height), 4, 4)
            painter.setPen(TEXT_COLOR)
            painter.drawText(
                QRectF(label_width + track + 8, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
