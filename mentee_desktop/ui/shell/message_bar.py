"""A slim bar above the tabs for errors and "Deleted … Undo", instead of modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Messages"))
        self._undo: Callable[[], object] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last deletion"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, error=True)

    def show_info(self, text: str, *, seconds: int = 8) -> None:
        self._show(text, error=False)
        self._timer.start(seconds * 1000)

    def offer_undo(self, text: str, undo: Callable[[], object]) -> None:
        self._show(text, error=False)
        self._undo = undo
        self.undo_button.show()
        self._timer.start(30_000)

    def undo(self) -> bool:
        """Run the pending undo, if any; True when something was undone."""
        undo, self._undo = self._undo, None
        self.hide()
        if undo is None:
            return False
        undo()
        return True

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def _show(self, text: str, *, error: bool) -> None:
        self._timer.stop()
        self._undo = None
        self.undo_button.hide()
        self.label.setText(text)
        self.setProperty("error", error)
        self.setStyleSheet(
            "#messageBar { background: palette(highlight); color: palette(highlighted-text); }"
            if not error
            else "#messageBar { background: #b3261e; } #messageBar QLabel { color: white; }"
        )
        self.show()
