"""A tab with a list of records on the left and an autosaving editor on the right.

The Listening notes and Feedback tabs are both built on it. It keeps the promises every tab
makes: edits are stored after a short pause or on leaving a field (no Save button), a store
error leaves the typed text in the editor, deleting can be undone, and an empty list says
what the tab is for.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab
from mentee_desktop.ui.widgets.quick_action_dialog import (
    QuickActionItemDialog,
    action_item_added_message,
)
from mentee_desktop.ui.widgets.record_editor import RecordEditor, hint_page
from mentee_desktop.ui.widgets.record_list import RecordListModel, TwoLineDelegate
from mentee_desktop.ui.widgets.text_fields import Autosaver


class RecordTab(MentoringTab):
    #: the record kind passed to ``services.call`` ("note", "feedback")
    kind = ""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.record: Any | None = None
        #: the open "Make action item" dialog, if any
        self.action_dialog = None
        self._fresh_id: int | None = None
        self._switching = False
        self._own_write = False
        self._context_shown = False
        self.autosaver = Autosaver(self._save_record, self)
        self.model: RecordListModel = self.create_model()
        self.editor: RecordEditor = self.create_editor()

        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.add_text())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.list_view
        )
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.list_top = QVBoxLayout()  # room for filters
        self.list_top.setContentsMargins(0, 0, 0, 0)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.list_top)
        left_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)

        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes into the fields, not onto the scroll area around them
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_scroll.setWidget(self.editor)
        self.hint_add_button = QPushButton(self.add_text())
        self.hint_add_button.setDefault(True)
        self.empty_page = hint_page(self.empty_title(), self.empty_text(), *self.empty_buttons())
        self.pick_page = hint_page("", self.pick_text())
        self.right = QStackedWidget()
        self.right.addWidget(self.pick_page)
        self.right.addWidget(self.editor_scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.kind}Splitter")  # the window remembers it
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 700])
        left.setMinimumWidth(220)

        self.no_context_page = hint_page(self.no_context_title(), self.no_context_text())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_context_page)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.pages)

        self._set_accessible_names()
        self._connect_callbacks()
        self._show_record(None)

    def remembered_splitters(self) -> list[QSplitter]:
        return [self.splitter]

    # ----- what subclasses provide
    def create_model(self) -> RecordListModel:
        raise NotImplementedError

    def create_editor(self) -> RecordEditor:
        raise NotImplementedError

    def context_key(self, mentor_id: int | None, meeting_id: int | None) -> int | None:
        """What decides which records the list shows (None: nothing to show)."""
        return meeting_id

    def configure_model(self) -> None:
        """Point the model at the current context before it is read again."""

    def context_refined(self) -> None:
        """The selection changed without changing which records are listed."""

    def new_record(self) -> Any:
        raise NotImplementedError

    def add_record(self, db, record: Any, *, now) -> Any:
        raise NotImplementedError

    def update_record(self, db, record: Any) -> Any:
        raise NotImplementedError

    def delete_record(self, db, record_id: int) -> Any:
        """Delete and return what :meth:`undo_delete` needs."""
        raise NotImplementedError

    def undo_delete(self, db, deleted: Any) -> Any:
        raise NotImplementedError

    def is_blank(self, record: Any) -> bool:
        return False

    def deleted_text(self, record: Any) -> str:
        return self.tr("Deleted.")

    def add_text(self) -> str:
        return self.tr("Add")

    def empty_title(self) -> str:
        return ""

    def empty_text(self) -> str:
        return ""

    def no_context_title(self) -> str:
        return ""

    def no_context_text(self) -> str:
        return ""

    def list_name(self) -> str:
        return self.tr("Records")

    def empty_buttons(self) -> list[QPushButton]:
        """The buttons under the empty-state text."""
        return [self.hint_add_button]

    def pick_text(self) -> str:
        return self.tr("Pick an item on the left, or add a new one.")

    def has_any_records(self) -> bool:
        """Whether the context has records at all (filters aside)."""
        return self.model.rowCount() > 0

    # ----- construction helpers
    def _set_accessible_names(self) -> None:
        self.list_view.setAccessibleName(self.list_name())
        self.add_button.setAccessibleName(self.add_text())
        self.hint_add_button.setAccessibleName(self.add_text())
        self.delete_button.setAccessibleName(self.tr("Delete the selected item"))
        self.delete_button.setToolTip(self.tr("Delete (Del); undo with Ctrl+Z"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))

    def set_tab_order(self, above_list: tuple[QWidget, ...] = ()) -> None:
        """Tab follows the layout: what sits above the list (a filter), the list, its buttons,
        then the editor top to bottom."""
        chain = [
            *above_list,
            self.list_view,
            self.add_button,
            self.delete_button,
            *self.editor.focus_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_callbacks(self) -> None:
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_new)
        self.hint_add_button.clicked.connect(self.add_new)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_shortcut.activated.connect(self.delete_current)
        self.services.store_changed.connect(self._store_changed)

    # ----- the MentoringTab contract
    def set_context(self, mentor_id: int | None, meeting_id: int | None) -> None:
        key = self.context_key(mentor_id, meeting_id)
        if self._context_shown and key == self.context_key(self.mentor_id, self.meeting_id):
            self.mentor_id, self.meeting_id = mentor_id, meeting_id
            self.context_refined()
            return
        self._leave_record()
        self._show_record(None)
        self._context_shown = True
        super().set_context(mentor_id, meeting_id)

    def reload(self) -> None:
        saved = self._leave_record()
        keep_id = self.record.id if self.record is not None else None
        self.configure_model()
        self.model.reset()
        self._update_pages()
        row = self.model.row_of(keep_id) if keep_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        # a record whose edit the store refused stays in the editor with the typed text
        self._select_row(row, load=saved or row < 0 or self._record_at(row) is None)

    def add_new(self) -> None:
        if self.context_key(self.mentor_id, self.meeting_id) is None:
            return
        if not self._leave_record():
            return
        added = self._write(self.add_record, self.new_record(), now=self.services.now())
        if added is None:
            return
        self._select_row(self.model.added(added))
        self._fresh_id = added.id
        self._update_pages()
        self.editor.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_record(self, record_id: int) -> bool:
        if self.record is not None and self.record.id == record_id:
            return True
        if not self._leave_record():
            return False
        row = self.model.row_of(record_id)
        if row < 0:
            self.configure_model()
            self.model.reset()
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def flush(self) -> None:
        self.autosaver.flush()

    # ----- deleting and undo
    def delete_current(self) -> None:
        record = self.record
        if record is None or not self.autosaver.flush():
            return
        record = self.record
        row = self.model.row_of(record.id)
        deleted = self._write(self.delete_record, record.id)
        if deleted is None:
            return
        self._fresh_id = None
        self.autosaver.discard()
        self.record = None
        self.model.remove(record.id)
        self._select_row(min(row, self.model.rowCount() - 1))
        self._update_pages()
        if self.is_blank(record):
            return  # nothing worth an undo
        self.services.offer_undo(self.deleted_text(record), lambda: self._restore(deleted))

    def _restore(self, deleted: Any) -> None:
        restored = self._write(self.undo_delete, deleted)
        if restored is None:
            return
        self.reload()
        if not self.select_record(restored.id):
            self.services.open_record_requested.emit(self.kind, restored.id)

    # ----- selection and the editor
    def _update_pages(self) -> None:
        """No context: say how to begin; no records: say what the tab is for."""
        if self.context_key(self.mentor_id, self.meeting_id) is None:
            self.pages.setCurrentWidget(self.no_context_page)
        elif not self.has_any_records():
            self.pages.setCurrentWidget(self.empty_page)
        else:
            self.pages.setCurrentWidget(self.splitter)

    def _record_at(self, row: int) -> Any | None:
        return self.model.record_at(row)

    def _select_row(self, row: int, *, load: bool = True) -> None:
        self._switching = True
        try:
            if row >= 0:
                index = self.model.index(row)
                self.list_view.setCurrentIndex(index)
                self.list_view.scrollTo(index)
            else:
                self.list_view.selectionModel().clearSelection()
                self.list_view.selectionModel().setCurrentIndex(
                    QModelIndex(), self.list_view.selectionModel().SelectionFlag.NoUpdate
                )
        finally:
            self._switching = False
        if load:
            self._show_record(self._record_at(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching:
            return
        wanted = self._record_at(current.row()) if current.isValid() else None
        if not self._leave_record():
            # keep the refused edit in the editor: go back to its row
            self._select_row(self.model.row_of(self.record.id), load=False)
            return
        self._show_record(wanted)

    def _leave_record(self) -> bool:
        """Store the edit in progress; drop a new record left blank. False if not stored."""
        if not self.autosaver.flush():
            return False
        record = self.record
        if record is not None and record.id == self._fresh_id and self.is_blank(record):
            self._fresh_id = None
            if self._write(self.delete_record, record.id) is not None:
                self.record = None
                self.model.remove(record.id)
                self._update_pages()
        return True

    def _show_record(self, record: Any | None) -> None:
        self.record = record
        if record is None or record.id != self._fresh_id:
            self._fresh_id = None
        with self.autosaver.loading():
            if record is not None:
                self.editor.show_record(record, self.model.links_of(record.id))
            else:
                self.editor.clear()
        self.right.setCurrentWidget(self.editor_scroll if record else self.pick_page)
        self.delete_button.setEnabled(record is not None)

    def _save_record(self) -> bool:
        if self.record is None:
            return True
        stored = self._write(self.update_record, self.editor.record_with_edits(self.record))
        if stored is None:
            return False
        self.record = stored
        self.autosaver.remember_saved()
        self.model.replace(stored)
        self.editor.record_saved(stored)
        return True

    def _write(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A store write through the services (errors are shown by the window)."""
        self._own_write = True
        try:
            return self.services.call(self.kind, function, *args, **kwargs)
        finally:
            self._own_write = False

    def _store_changed(self, kind: str) -> None:
        if self._own_write or not self._context_shown:
            return
        if kind == self.kind:
            self.reload()
        elif kind == RecordKind.ACTION_ITEM:
            self.refresh_links()

    def refresh_links(self) -> None:
        """Show again which action items were made from the records."""
        self.model.refresh_links()
        if self.record is not None:
            self.editor.show_links(self.model.links_of(self.record.id))

    # ----- action items made from a record
    def offer_action_item(
        self, make: Callable[..., Any], record_id: int, *, title: str, explanation: str
    ) -> None:
        """Ask for the title and due date, then make the linked action item."""
        dialog = QuickActionItemDialog(
            title=title, today=self.services.today(), source=explanation, parent=self.window()
        )
        dialog.accepted.connect(lambda: self._store_action_item(make, record_id, dialog))
        dialog.finished.connect(self._action_dialog_closed)
        self.action_dialog = dialog
        dialog.open()

    def _action_dialog_closed(self) -> None:
        if self.action_dialog is not None:
            self.action_dialog.deleteLater()
            self.action_dialog = None

    def _store_action_item(self, make: Callable[..., Any], record_id: int, dialog) -> None:
        item = self.services.call(
            RecordKind.ACTION_ITEM,
            make,
            record_id,
            title=dialog.item_title(),
            due_on=dialog.due_on(),
            now=self.services.now(),
        )
        if item is None:
            return
        self.refresh_links()
        show_info = getattr(self.window(), "show_info", None)
        if show_info is not None:
            show_info(action_item_added_message(item.title, item.due_on))
