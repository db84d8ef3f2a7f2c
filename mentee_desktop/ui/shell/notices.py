"""Where passing messages and reminders show: one line kept free above the tabs.

Bars that come and go used to push everything below them down and back up again, so a click
aimed at a button landed on whatever had moved there; floating them over the page hid the
page's own buttons instead. The strip here keeps one line's height whether anything shows or
not, so nothing below it moves when a message or a reminder comes or goes:

- reminders show folded to that one line (how many, and the first one); only the mentee's own
  click on Show unfolds them, and only then does the strip grow;
- a message floats over the strip's line for the few seconds it shows (it covers the folded
  reminders, never the page below).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

#: room around a line of buttons in a bar (its margins and frame)
_BAR_PADDING = 14


def line_height() -> int:
    """The height of one bar line: a push button with the bar's margins around it."""
    return QPushButton("Xg").sizeHint().height() + _BAR_PADDING


class NoticeStrip(QFrame):
    """The strip: bars in it stack (reminders); floating bars cover its top line (messages)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notices")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 6, 8, 0)
        self.column.setSpacing(0)
        self.setMinimumHeight(line_height() + 6)
        self._floating: list[QWidget] = []

    def add(self, bar: QWidget) -> None:
        """A bar that lives in the strip (it may grow the strip when the mentee unfolds it)."""
        self.column.addWidget(bar)

    def float_over(self, bar: QWidget) -> None:
        """A bar shown over the strip's first line while it is visible."""
        bar.setParent(self)
        self._floating.append(bar)
        bar.installEventFilter(self)
        self._place(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._floating and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.ShowToParent,
            QEvent.Type.LayoutRequest,
        ):
            self._place(watched)  # type: ignore[arg-type]
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for bar in self._floating:
            self._place(bar)

    def _place(self, bar: QWidget) -> None:
        inner = self.contentsRect().adjusted(8, 6, -8, 0)
        height = max(inner.height(), bar.heightForWidth(inner.width()), line_height())
        bar.setGeometry(QRect(inner.left(), inner.top(), inner.width(), height))
        bar.raise_()
