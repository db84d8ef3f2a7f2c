"""Where passing messages and reminders show: floating over the top of the tab pages.

The message bar and the reminders bar come and go. In the layout they pushed everything below
them down by a bar's height and back up when they left, so a click aimed at a button landed
on whatever had moved there. Here they share one column that floats over the top edge of the
page area (just below the tabs): nothing under the pointer moves when a bar shows or goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class NoticeColumn(QFrame):
    """The floating column; follows ``anchor`` (the widget whose top edge it covers)."""

    def __init__(self, host: QWidget, anchor: QWidget):
        super().__init__(host)
        self.setObjectName("notices")
        self._anchor = anchor
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        anchor.installEventFilter(self)
        self.hide()

    def set_anchor(self, anchor: QWidget) -> None:
        if anchor is self._anchor:
            return
        self._anchor.removeEventFilter(self)
        self._anchor = anchor
        anchor.installEventFilter(self)
        self.place()

    def add(self, bar: QWidget) -> None:
        self.column.addWidget(bar)
        bar.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ShowToParent,  # a bar shown while the column is hidden
            QEvent.Type.HideToParent,
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.LayoutRequest,
        ):
            self.place()
        return False

    def place(self) -> None:
        """Cover the top of the anchor with the bars that show (hide when none does)."""
        shown = [
            self.column.itemAt(i).widget()
            for i in range(self.column.count())
            if self.column.itemAt(i).widget() is not None
            and not self.column.itemAt(i).widget().isHidden()
        ]
        host = self.parentWidget()
        if not shown or host is None:
            self.hide()
            return
        for bar in shown:  # a bar that just got rows must know its new size first
            if bar.layout() is not None:
                bar.layout().activate()
        self.column.invalidate()
        self.column.activate()
        top_left = self._anchor.mapTo(host, QPoint(0, 0))
        width = self._anchor.width()
        height = max(self.heightForWidth(width), self.sizeHint().height())
        height = min(height, max(self._anchor.height(), 40))
        self.setGeometry(
            QRect(top_left, QPoint(top_left.x() + width - 1, top_left.y() + height - 1))
        )
        self.show()
        self.raise_()
