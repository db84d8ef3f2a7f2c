"""The table of the Action items tab: columns sized for their content, the Done check box,
and the keys a mentee uses on it (Space ticks, Enter edits, Delete deletes, Ctrl+End goes to
the last item)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mentee_desktop.ui.actions.delegate import DoneCheckDelegate
from mentee_desktop.ui.actions.model import ActionItemsModel, Column


class ActionsTable(QTableView):
    toggle_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: ActionItemsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Action items"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setItemDelegateForColumn(Column.DONE, DoneCheckDelegate(self))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in [
            (Column.DONE, 4.5),
            (Column.OWNER, 6),
            (Column.DUE, 13),
            (Column.STATUS, 14),
            (Column.SOURCE, 13),
        ]:
            header.resizeSection(column, int(width * em))
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        model.modelReset.connect(self._lay_out_now)

    def _lay_out_now(self) -> None:
        """Size the scroll bar for the new rows before the table is painted, not after (Qt
        waits for the event loop, and a list of another length would be painted twice)."""
        self.executeDelayedItemsLayout()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Ctrl+End goes to the last action item, also while no row is current yet (a plain
        table goes to the first row then, as after choosing another mentor)."""
        rows = self.model().rowCount()
        if (
            cursorAction == QAbstractItemView.CursorAction.MoveEnd
            and modifiers & Qt.KeyboardModifier.ControlModifier
            and not self.currentIndex().isValid()
            and rows > 0
        ):
            return self.model().index(rows - 1, Column.TITLE)
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)
