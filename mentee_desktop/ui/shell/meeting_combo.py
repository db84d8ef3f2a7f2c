"""The meeting selector's drop-down: its list is as tall as its meetings, even when they
change while it is open.

QComboBox sizes its popup once, when it opens. When the list of meetings is read again while
the popup is open (another mentor picked from a reminder, a meeting added or recorded, the
next page of the past loaded), the popup kept the height of the old list: one row, or less,
for a mentor with many meetings. This combo box fits the open popup again instead.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtWidgets import QComboBox, QWidget


class MeetingCombo(QComboBox):
    """A combo box whose open popup follows its model's rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fit_pending = False

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        model.modelReset.connect(self._refit_later)
        model.rowsInserted.connect(self._refit_later)
        model.rowsRemoved.connect(self._refit_later)

    def popup_misfits(self) -> bool:
        """True when the open popup shows fewer rows than it has meetings and room for, or
        leaves empty room below its last meeting."""
        view = self.view()
        if not view.isVisible() or self.count() == 0:
            return False
        row = max(1, view.sizeHintForRow(0))
        screen = self.screen().availableGeometry().height() if self.screen() else row * 40
        wanted = min(min(self.count(), self.maxVisibleItems()) * row, screen - 2 * row)
        shown = view.viewport().height()
        return shown + row // 2 < wanted or shown > (self.count() + 1) * row

    def _refit_later(self, *_args) -> None:
        # once the model's signals are done and the view has laid out its rows
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._refit)  # not after the box is gone

    def _refit(self) -> None:
        self._fit_pending = False
        if not self.view().isVisible():
            return
        if self.count() == 0:
            self.hidePopup()
        elif self.popup_misfits():
            self.showPopup()  # sizes and places the open popup for the rows it has now
