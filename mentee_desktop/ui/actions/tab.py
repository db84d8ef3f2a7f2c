"""The Action items tab: what I and my mentor promised, and how well we both follow through.

A table of the selected mentor's action items (filtered and sorted in the store, read a block at
a time), the follow-through record of both partners above it, and the commands to add, edit,
tick, delete (with undo) and open where a promise came from.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import action_items
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.actions.filters import ActionFilterBar
from mentee_desktop.ui.actions.item_dialog import ActionItemDialog
from mentee_desktop.ui.actions.model import (
    ActionItemsModel,
    Column,
    shorten,
)
from mentee_desktop.ui.actions.table import ActionsTable
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab
from mentee_desktop.ui.widgets.follow_through import FollowThroughPanel

#: records whose changes alter the "From" column (it shows the source meeting's date)
SOURCE_KINDS = {"meeting", "note", "feedback"}


class ActionsTab(MentoringTab):
    title = QT_TRANSLATE_NOOP("MainWindow", "Action items")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.model = ActionItemsModel(services, self)
        self.dialog: ActionItemDialog | None = None
        self._stale = False
        self._kept_selection: tuple[list[int], int | None] = ([], None)
        self._source_timer = QTimer(self)
        self._source_timer.setSingleShot(True)
        self._source_timer.setInterval(0)
        self._build()
        self._connect_callbacks()
        self._update_state()

    # ----- construction
    def _build(self) -> None:
        self.summary_frame = FollowThroughPanel()
        self.filter_bar = ActionFilterBar(self.model.query.show, self.model.query.owner)

        self.table = ActionsTable(self.model)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 38)
        self.empty_button = QPushButton()
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_page)

        self.add_button = QPushButton(self.tr("&New action item…"))
        self.add_button.setToolTip(self.tr("Add a promise you or your mentor made (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("New action item"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected action item (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected action item"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected action items (Delete)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected action items"))
        self.source_button = QPushButton(self.tr("&Open source"))
        self.source_button.setToolTip(self.tr("Open the meeting, note or feedback it came from"))
        self.source_button.setAccessibleName(self.tr("Open where this action item came from"))
        self.button_bar = QWidget()
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.source_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary_frame)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.button_bar)

    def _connect_callbacks(self) -> None:
        self.services.store_changed.connect(self._store_changed)
        self._source_timer.timeout.connect(self._reload_if_stale)
        self.model.done_toggled.connect(self._done_toggled)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.toggle_requested.connect(self.toggle_current)
        self.table.edit_requested.connect(self.edit_current)
        self.table.delete_requested.connect(self.delete_selected)
        self.filter_bar.changed.connect(self._filters_changed)
        self.add_button.clicked.connect(self.add_new)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.source_button.clicked.connect(self.open_current_source)
        self.empty_button.clicked.connect(self._empty_button_clicked)

    # ----- loading
    def reload(self) -> None:
        """Read again, keeping the selection and scroll position for the same mentor.

        While another tab is in front, this only notes that the table is out of date; it is
        read when the tab is shown.
        """
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self._load()

    def _load(self) -> None:
        self._stale = False
        if self.model.query.mentor_id != self.mentor_id:
            self.model.set_query(mentor_id=self.mentor_id)
        else:
            scroll = self.table.verticalScrollBar().value()
            self.model.reload()
            self.table.verticalScrollBar().setValue(scroll)
        self._refresh_summary()
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _store_changed(self, kind: str) -> None:
        """Action items changed elsewhere: read again. A meeting, note or feedback request
        changed: their dates label the sources, so read again once the change is done (a new
        meeting also changes the selection, which reads anyway)."""
        if self.model.is_writing:
            return
        if kind == "action_item":
            self.reload()
        elif kind in SOURCE_KINDS:
            self._stale = True
            self._source_timer.start()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def _done_toggled(self, _item_id: int) -> None:
        self._refresh_summary()

    def _filters_changed(self) -> None:
        show, owner = self.filter_bar.choice()
        self.model.set_query(show=show, owner=owner)
        self._update_state()

    def set_filters(self, show: str, owner: str = "everyone") -> None:
        """Show open / overdue / done / all items of everyone / me / the mentor."""
        self.filter_bar.set_choice(show, owner)
        self._filters_changed()

    def _refresh_summary(self) -> None:
        if self.mentor_id is not None:
            self.summary_frame.load(self.services, self.mentor_id)

    def _update_state(self) -> None:
        """Table or a hint saying what this tab is for; which bars and buttons make sense."""
        has_mentor = self.mentor_id is not None
        has_items = has_mentor and self.model.mentor_total > 0
        self.summary_frame.setVisible(has_items)
        self.filter_bar.setVisible(has_items)
        self.button_bar.setVisible(has_items)
        self.add_button.setEnabled(has_mentor)
        if not has_mentor:
            self._show_hint(
                self.tr("Choose or add a mentor above to see the promises you and they make."),
                "",
            )
        elif not has_items:
            self._show_hint(
                self.tr(
                    "Promises you and your mentor make show up here: what you will try, send "
                    "or read, and what your mentor offered to do. Keeping them builds trust.\n\n"
                    "Add one with Ctrl+N, or make one from a listening note or a feedback answer."
                ),
                self.tr("Add an action item…"),
            )
        elif self.model.total == 0:
            self._show_hint(
                self.tr("No action items match these filters."), self.tr("Show all action items")
            )
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_count()
        self._update_buttons()

    def _show_hint(self, text: str, button_text: str) -> None:
        self.empty_label.setText(text)
        # a centred, wrapped label gets its one-line height from the layout; ask for enough
        self.empty_label.setMinimumHeight(self.empty_label.heightForWidth(self.empty_label.width()))
        self.empty_button.setText(button_text)
        self.empty_button.setAccessibleName(button_text)
        self.empty_button.setVisible(bool(button_text))
        self.stack.setCurrentWidget(self.empty_page)

    def _empty_button_clicked(self) -> None:
        if self.model.mentor_total == 0:
            self.add_new()
        else:
            self.set_filters("all", "everyone")

    def _update_count(self) -> None:
        self.filter_bar.set_count(self.model.total)

    def _update_buttons(self, *_args) -> None:
        current = self.current_item()
        has_selection = bool(self.selected_ids())
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(has_selection)
        index = self.table.currentIndex()
        self.source_button.setEnabled(
            index.isValid() and index.data(ActionItemsModel.SourceRole) is not None
        )

    # ----- reading the selection
    def current_item(self) -> ActionItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item_id for row in rows if (item_id := self.model.item_id_at(row)) is not None]

    def _remember_selection(self) -> None:
        current = self.current_item()
        self._kept_selection = (self.selected_ids(), current.id if current else None)

    def _restore_selection(self) -> None:
        """Select again what was selected before the model was read again (sorted, filtered,
        changed elsewhere), where it still matches the filters."""
        item_ids, current_id = self._kept_selection
        self._kept_selection = ([], None)
        selection = QItemSelection()
        last = len(Column) - 1
        for item_id in item_ids:
            row = self.model.row_of(item_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.Select)
        if current_id is not None and (row := self.model.row_of(current_id)) >= 0:
            index = self.model.index(row, Column.TITLE)
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)
        self._update_buttons()

    def select_record(self, record_id: int) -> bool:
        """Select and show one action item, widening the filters when they hide it."""
        return self._select(record_id, widen=True)

    def _select(self, record_id: int, *, widen: bool) -> bool:
        if self._stale or self.model.query.mentor_id != self.mentor_id:
            self._load()
        row = self.model.row_of(record_id)
        if (
            row < 0
            and widen
            and (self.model.query.show, self.model.query.owner)
            != (
                "all",
                "everyone",
            )
        ):
            self.set_filters("all", "everyone")
            row = self.model.row_of(record_id)
        self._update_state()
        if row < 0:
            return False
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        return True

    # ----- keyboard and mouse
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.DONE:
            return
        if index.column() == Column.SOURCE and index.data(ActionItemsModel.SourceRole):
            self.open_source(index.row())
        else:
            self.edit_current()

    # ----- commands
    def toggle_current(self) -> None:
        """Tick the current item done, or untick it (Space)."""
        index = self.table.currentIndex()
        item = self.current_item()
        if item is not None:
            self.model.set_done(index.row(), item.status != "done")

    def add_new(self) -> None:
        """Open the dialog for a new action item of the selected mentor and meeting."""
        if self.mentor_id is None:
            return
        source_text = ""
        if self.meeting_id is not None:
            source_text = self.tr("Meeting on {0}").format(self._meeting_text())
        self._open_dialog(
            ActionItemDialog(
                self.mentor_id,
                self.services.today(),
                self.services.now,
                meeting_id=self.meeting_id,
                source_text=source_text,
                save=self._store_new,
                parent=self.window(),
            )
        )

    def _meeting_text(self) -> str:
        from mentee_desktop.data import meetings
        from mentee_desktop.ui.shell.meeting_list_model import meeting_label

        return meeting_label(self.services.read(meetings.get, self.meeting_id))

    def edit_current(self) -> None:
        """Open the dialog for the current action item (Enter or double-click)."""
        item = self.current_item()
        if item is None or self.mentor_id is None:
            return
        source = self.table.currentIndex().siblingAtColumn(Column.SOURCE).data()
        self._open_dialog(
            ActionItemDialog(
                self.mentor_id,
                self.services.today(),
                self.services.now,
                item=item,
                meeting_id=item.meeting_id,
                source_text=source or "",
                save=self._store_edit,
                parent=self.window(),
            )
        )

    def _open_dialog(self, dialog: ActionItemDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        dialog.title.setFocus()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus()

    def _store_new(self, item: ActionItem) -> bool:
        added = self.services.call(
            RecordKind.ACTION_ITEM, action_items.add, item, now=self.services.now()
        )
        if added is None:
            return False
        self.select_record(added.id)
        return True

    def _store_edit(self, item: ActionItem) -> bool:
        stored = self.services.call(RecordKind.ACTION_ITEM, action_items.update, item)
        if stored is None:
            return False
        self._select(stored.id, widen=False)  # an edit never changes the filters
        return True

    def delete_selected(self) -> None:
        """Delete the selected items at once; the window offers to undo it."""
        ids = self.selected_ids()
        if not ids:
            return
        row = min(self.model.row_of(item_id) for item_id in ids)
        deleted = self.services.call(RecordKind.ACTION_ITEM, action_items.delete_many, ids)
        if not deleted:
            return
        if len(deleted) == 1:
            text = self.tr("Deleted “{0}”.").format(shorten(deleted[0].title, 60))
        else:
            text = self.tr("Deleted {0} action items.").format(len(deleted))
        self.services.offer_undo(
            text,
            lambda: self.services.call(RecordKind.ACTION_ITEM, action_items.restore_many, deleted),
        )
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)

    def open_current_source(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_source(index.row())

    def open_source(self, row: int) -> None:
        """Show the meeting, note or feedback request the item came from."""
        source = self.model.index(row, Column.SOURCE).data(ActionItemsModel.SourceRole)
        if source is not None:
            kind, record_id = source
            self.services.open_record_requested.emit(kind, record_id)
