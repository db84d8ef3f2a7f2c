"""A small chart of the three check-in ratings over time, painted with QPainter.

Each rating is a line with points in its own colour *and* marker shape (circle, square,
triangle), so the series stay apart without colour. Colours are picked from the palette's
lightness, so the chart reads well in light and dark themes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentee_desktop.data.checkins import RATINGS, Checkin
from mentee_desktop.ui.widgets import dates

#: per rating: colour on a light background, colour on a dark one, marker shape
_STYLE = {
    "trust": ("#1f6fd1", "#6ea8ff", "circle"),
    "communication": ("#c2571a", "#ffa463", "square"),
    "mutual_learning": ("#1b8a4a", "#5fd38d", "triangle"),
}
#: overlapping lines (same ratings) are drawn a little apart, so all three stay visible
_SERIES_NUDGE = {"trust": -2.5, "communication": 0.0, "mutual_learning": 2.5}
_MARKER = 4.0


@dataclass(frozen=True)
class RatingPoint:
    """One check-in as the chart needs it."""

    held_on: date
    trust: int
    communication: int
    mutual_learning: int

    @classmethod
    def of(cls, checkin: Checkin) -> RatingPoint:
        return cls(checkin.held_on, checkin.trust, checkin.communication, checkin.mutual_learning)


class TrendChart(QWidget):
    """Trust, communication and mutual learning (1–5) for each check-in, oldest on the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._points: list[RatingPoint] = []
        self.setAccessibleName(self.tr("Check-in trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)
        self.setMouseTracking(True)
        self._update_description()

    # ----- data
    def set_checkins(self, checkins: list[Checkin]) -> None:
        """Show these check-ins (oldest first)."""
        self._points = [RatingPoint.of(c) for c in sorted(checkins, key=lambda c: c.held_on)]
        self._update_description()
        self.update()

    def point_count(self) -> int:
        """How many check-ins the chart shows (one point per rating each)."""
        return len(self._points)

    def series(self, rating: str) -> list[int]:
        """The values of one rating, oldest first."""
        return [getattr(p, rating) for p in self._points]

    def labels(self) -> dict[str, str]:
        return {
            "trust": self.tr("Trust"),
            "communication": self.tr("Communication"),
            "mutual_learning": self.tr("Mutual learning"),
        }

    def _update_description(self) -> None:
        if not self._points:
            self.setAccessibleDescription(self.tr("No check-ins yet."))
            return
        last = self._points[-1]
        names = self.labels()
        self.setAccessibleDescription(
            self.tr("{0} check-ins. Latest: {1} {2}, {3} {4}, {5} {6} out of 5.").format(
                len(self._points),
                names["trust"],
                last.trust,
                names["communication"],
                last.communication,
                names["mutual_learning"],
                last.mutual_learning,
            )
        )

    # ----- geometry
    def sizeHint(self) -> QSize:
        return QSize(420, 190)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 150)

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance("5") + 14
        top = metrics.height() * 1.9  # room for the legend
        bottom = metrics.height() + 10  # room for the dates
        return QRectF(left, top, max(10.0, self.width() - left - 14), self.height() - top - bottom)

    def _x(self, plot: QRectF, index: int) -> float:
        if len(self._points) <= 1:
            return plot.center().x()
        inset = min(24.0, plot.width() / 8)
        step = (plot.width() - 2 * inset) / (len(self._points) - 1)
        return plot.left() + inset + index * step

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - (value - 1) / 4 * plot.height()

    def _colour(self, rating: str) -> QColor:
        light, dark, _shape = _STYLE[rating]
        is_dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor(dark if is_dark else light)

    # ----- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self._plot_rect()
        self._paint_axis(painter, plot)
        self._paint_legend(painter)
        if not self._points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No check-ins yet. Record one to see the trend."),
            )
        else:
            self._paint_dates(painter, plot)
            for rating in RATINGS:
                self._paint_series(painter, plot, rating)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        metrics = QFontMetricsF(self.font())
        for value in range(1, 6):
            y = self._y(plot, value)
            style = Qt.PenStyle.SolidLine if value in (1, 5) else Qt.PenStyle.DotLine
            painter.setPen(QPen(grid, 1, style))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(self.font())
        x = self._plot_rect().left()
        y = metrics.height() * 0.8
        for rating, name in self.labels().items():
            colour = self._colour(rating)
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            self._paint_marker(painter, QPointF(x + 9, y), rating, colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), name)
            x += 24 + metrics.horizontalAdvance(name) + 18

    def _paint_dates(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        texts = [self._short_date(p.held_on) for p in self._points]
        widest = max(metrics.horizontalAdvance(t) for t in texts) + 12
        room = self._x(plot, 1) - self._x(plot, 0) if len(texts) > 1 else widest
        every = max(1, math.ceil(widest / max(1.0, room)))
        shown = list(range(0, len(texts), every))
        if shown[-1] != len(texts) - 1:  # always show the latest date
            if len(texts) - 1 - shown[-1] < every:
                shown[-1] = len(texts) - 1
            else:
                shown.append(len(texts) - 1)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for index in shown:
            x = self._x(plot, index)
            width = metrics.horizontalAdvance(texts[index])
            left = min(max(0.0, x - width / 2), self.width() - width - 2)
            painter.drawText(QPointF(left, plot.bottom() + metrics.ascent() + 6), texts[index])

    def _paint_series(self, painter: QPainter, plot: QRectF, rating: str) -> None:
        colour = self._colour(rating)
        nudge = _SERIES_NUDGE[rating]
        points = [
            QPointF(self._x(plot, i), self._y(plot, getattr(p, rating)) + nudge)
            for i, p in enumerate(self._points)
        ]
        painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        for point in points:
            self._paint_marker(painter, point, rating, colour)

    def _paint_marker(self, painter: QPainter, at: QPointF, rating: str, colour: QColor) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.2))
        painter.setBrush(colour)
        shape = _STYLE[rating][2]
        r = _MARKER
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r + 0.5, at.y() - r + 0.5, 2 * r - 1, 2 * r - 1))
        else:
            path = QPainterPath()
            path.moveTo(at.x(), at.y() - r - 0.5)
            path.lineTo(at.x() + r + 0.5, at.y() + r - 0.5)
            path.lineTo(at.x() - r - 0.5, at.y() + r - 0.5)
            path.closeSubpath()
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _short_date(day: date) -> str:
        return dates.short_date(day)

    # ----- tooltips: the values of the nearest check-in
    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def index_at(self, x: float) -> int | None:
        """The check-in nearest to a horizontal position, or None."""
        if not self._points:
            return None
        plot = self._plot_rect()
        return min(range(len(self._points)), key=lambda i: abs(self._x(plot, i) - x))

    def tooltip_text(self, index: int) -> str:
        point = self._points[index]
        day = dates.long_date(point.held_on)
        names = self.labels()
        lines = [day] + [f"{names[r]}: {getattr(point, r)} / 5" for r in RATINGS]
        return "\n".join(lines)
