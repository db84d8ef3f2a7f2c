"""The Prepare tab: the agenda of the selected meeting, grouped by kind, edited in place.

Left the agenda (questions, topics, updates on what I promised, something I can share,
feedback I want), in the middle the editor of the selected item, right the suggested
questions. Every edit is stored after a short pause or when the editor loses focus; a failed
write leaves the typed text in the editor and says why in the window's message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import (
    agenda_items,
    feedback,
    lifecycle,
    meetings,
    suggested_questions,
)
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.prepare.agenda_model import AgendaModel, summary
from mentee_desktop.ui.prepare.agenda_view import AgendaTreeView
from mentee_desktop.ui.prepare.item_editor import AgendaEditor
from mentee_desktop.ui.prepare.move_to_meeting import MoveToMeeting
from mentee_desktop.ui.prepare.pages import NoMeetingPage, PrepareHeader, PrepareHintPage
from mentee_desktop.ui.prepare.remembered_layout import RememberedLayout
from mentee_desktop.ui.prepare.suggestions import SuggestionPanel
from mentee_desktop.ui.prepare.words import carry_over_message, origin_text, readiness_text
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab
from mentee_desktop.ui.widgets import dates

SAVE_DELAY_MS = 700
#: changes made elsewhere that show on the agenda
RELOAD_ON = ("agenda_item", "meeting", "action_item", "feedback")


class PrepareTab(MentoringTab):
    title = QT_TRANSLATE_NOOP("MainWindow", "Prepare")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self._syncing = False
        self._flushing = False
        self._own_write = False
        self.model = AgendaModel(self)
        self.tree = AgendaTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.editor = AgendaEditor()
        self.hint_page = PrepareHintPage()
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.hint_page)
        self.editor_stack.addWidget(self.editor)
        self.suggestions = SuggestionPanel(services)

        self.header = PrepareHeader()
        self.readiness_label = self.header.readiness_label
        self.add_button = self.header.add_button
        self.add_menu = self.header.add_menu
        self.promises_button = self.header.promises_button
        self.suggestions_button = self.header.suggestions_button
        self.no_meeting_page = NoMeetingPage()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.addWidget(self.suggestions)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([380, 400, 280])
        self._reload_pending = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self.layout_memory = RememberedLayout(
            services, self.splitter, self.suggestions_button, self.suggestions
        )
        self._build_layout()
        self._create_shortcuts()
        self.mover = MoveToMeeting(self)
        self._connect_callbacks()
        self.layout_memory.restore()
        self.reload()

    def _build_layout(self) -> None:
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 8, 0, 0)
        work_layout.addWidget(self.header)
        work_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_meeting_page)
        self.pages.addWidget(work)
        self.work_page = work
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        chain = [
            self.add_button,
            self.header.kinds_button,
            self.promises_button,
            self.suggestions_button,
            self.tree,
            self.editor.text_edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.editor.delete_button, self.suggestions.purpose_combo)

    def _create_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []
        for widget in (self.tree, self.editor.text_edit, self.editor.details_edit):
            for keys, steps in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), widget)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda steps=steps: self.move_current(steps))
                self._shortcuts.append(shortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self._shortcuts.append(delete)

    def _connect_callbacks(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(lambda _index: self.editor.focus_text())
        self.model.discussed_toggled.connect(self._discussed_toggled)
        self.model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.editor.edited.connect(self._save_timer.start)
        self.editor.committed.connect(self.flush)
        self.editor.delete_requested.connect(self.delete_current)
        self.editor.open_action_item_requested.connect(
            lambda item_id: self.services.open_record_requested.emit(
                RecordKind.ACTION_ITEM, item_id
            )
        )
        self._save_timer.timeout.connect(self.flush)
        self.hint_page.add_clicked.connect(self.add_new)
        self.add_button.clicked.connect(lambda: self.add_new())
        self.add_menu.triggered.connect(lambda action: self.add_new(action.data()))
        self.promises_button.clicked.connect(self.add_open_promises)
        self.suggestions_button.toggled.connect(self.suggestions.setVisible)
        self.suggestions.suggestion_chosen.connect(self.add_suggestion)
        self.no_meeting_page.new_meeting_clicked.connect(self._new_meeting)
        self.services.store_changed.connect(self._store_changed)

    # ----- the MentoringTab contract
    def reload(self) -> None:
        self._reload_pending = False
        self.flush()
        identity = self._selected_identity()
        has_meeting = self.meeting_id is not None
        self.pages.setCurrentWidget(self.work_page if has_meeting else self.no_meeting_page)
        self.no_meeting_page.show_for(has_mentor=self.mentor_id is not None)
        if self.editor.item is not None and self.editor.item.meeting_id != self.meeting_id:
            self.editor.show_item(None)
            identity = None
        self._rebuild(identity)

    def add_new(self, kind: str | None = None) -> None:
        """Start a new item (of the selected kind, else a question) and put the cursor in it."""
        if self.meeting_id is None or not self.flush():
            return
        kind = kind or self._selected_kind() or "question"
        self._set_current(self.model.heading_index(kind))
        self.editor.show_item(AgendaItem(meeting_id=self.meeting_id, kind=kind, text=""))
        self.editor_stack.setCurrentWidget(self.editor)
        self.editor.focus_text()

    def select_record(self, record_id: int) -> bool:
        index = self.model.index_of(record_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return self.editor.item_id == record_id

    def flush(self) -> bool:
        """Store the editor's pending edit now; False when the store refused it."""
        self._save_timer.stop()
        self.layout_memory.save()
        if self._flushing or not self.editor.is_dirty():
            return True
        before = self.editor.item
        edited = self.editor.current_item()
        self._flushing = True
        try:
            if edited.id is None:
                stored = self._call(agenda_items.add, edited, now=self.services.now())
            else:
                stored = self._call(agenda_items.update, edited)
        finally:
            self._flushing = False
        if stored is None:
            return False
        self.editor.mark_saved(stored)
        if before.id is None or not self.model.replace_item(stored):
            self._rebuild(("item", stored.id))
        else:
            self._show_summary()
        return True

    # ----- commands
    def move_current(self, steps: int) -> None:
        """Move the selected item up (negative) or down within its kind (Alt+Up / Alt+Down)."""
        if not self.flush():
            return
        item_id = self._current_item_id()
        if item_id is not None and self._write(agenda_items.move, item_id, steps):
            self._rebuild(("item", item_id))

    def move_to(self, item_id: int, index: int) -> None:
        """Place an item at ``index`` among its kind (a drag and drop)."""
        if self.flush() and self._write(agenda_items.move_within_kind, item_id, index):
            self._rebuild(("item", item_id))

    def delete_current(self) -> None:
        """Delete the selected item; the window offers to undo it."""
        item = self.editor.item or self.model.item_at(self.tree.currentIndex())
        if item is None:
            return
        if item.id is None:  # a draft that was never stored
            self.editor.show_item(None)
            self._rebuild(("kind", item.kind))
            return
        self.flush()
        neighbour = self.model.neighbour_of(item)
        deleted = self._call(agenda_items.delete, item.id)
        if deleted is None:
            return
        self.editor.show_item(None)
        self._rebuild(neighbour)
        self.services.offer_undo(
            self.tr("Deleted “{0}”").format(summary(deleted.text, 50)),
            lambda: self._restore_deleted(deleted),
        )

    def add_open_promises(self) -> None:
        """Bring my open action items in as updates (and what was left open last time)."""

        if self.meeting_id is None or not self.flush():
            return
        result = self._call(lifecycle.bring_in, self.meeting_id, now=self.services.now())
        if result is None:
            return
        self._rebuild(self._selected_identity())
        self._inform(carry_over_message(len(result.updates), len(result.carried_items)))

    def add_suggestion(self, suggestion: suggested_questions.Suggestion) -> AgendaItem | None:
        """Put a suggested question on the agenda (offers go under "Something I can share")."""
        if self.meeting_id is None or not self.flush():
            return None
        item = AgendaItem(
            meeting_id=self.meeting_id,
            kind=suggested_questions.agenda_kind(suggestion.purpose),
            text=suggestion.text,
        )
        stored = self._call(agenda_items.add, item, now=self.services.now())
        if stored is not None:
            self._rebuild(("item", stored.id))
        return stored

    # ----- reacting
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing:
            return
        target = self.model.identity_at(current)
        if target == ("item", self.editor.item_id) and self.editor.item_id is not None:
            return
        if not self.flush():  # keep the unsaved text on screen
            self._set_current(self.model.index_for(("item", self.editor.item_id)))
            return
        index = self.model.index_for(target)
        self._set_current(index)
        self._show_current(index, keep_draft=False)

    def _discussed_toggled(self, item_id: int, discussed: bool) -> None:
        if not self.flush():
            return
        item = self.model.item_at(self.model.index_of(item_id))
        if item is None:
            return
        reopened = "open" if item.status == "discussed" else item.status
        status = "discussed" if discussed else reopened
        if self._write(agenda_items.set_status, item_id, status):
            self._rebuild(self._selected_identity())

    def _restore_deleted(self, item: AgendaItem) -> None:
        restored = self._call(agenda_items.restore, item)
        if restored is not None and restored.meeting_id == self.meeting_id:
            self._rebuild(("item", restored.id))

    def _new_meeting(self) -> None:
        action = getattr(self.window(), "new_meeting_action", None)
        if action is not None:
            action.trigger()

    # ----- showing
    def _rebuild(self, identity: tuple[str, Any] | None) -> None:
        """Read the agenda again and select ``identity`` (an item id or a kind's heading)."""
        items, done, answers = [], set(), {}
        self._meeting_over = False
        if self.meeting_id is not None:
            meeting = self.services.read(meetings.get, self.meeting_id)
            self._meeting_over = meeting is not None and (
                meeting.status != "planned" or meeting.ends_at <= self.services.now()
            )
            items = self.services.read(agenda_items.list_for_meeting, self.meeting_id)
            done = self.services.read(agenda_items.done_promises, self.meeting_id)
            answers = self.services.read(feedback.answers_for_meeting, self.meeting_id)
        self._syncing = True
        try:
            self.model.load(items, done, answers)
            index = self.model.index_for(identity)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        finally:
            self._syncing = False
        self._show_current(index, keep_draft=True)
        self._show_summary()

    def _show_current(self, index: QModelIndex, *, keep_draft: bool) -> None:
        item = self.model.item_at(index)
        draft = self.editor.item
        if item is not None:
            if self.editor.item_id == item.id:
                self.editor.rebase(item)
            else:
                self.editor.show_item(
                    item, origin_text(item, self._meeting_day(item.carried_from_id))
                )
            self.editor_stack.setCurrentWidget(self.editor)
        elif keep_draft and draft is not None and draft.meeting_id == self.meeting_id:
            self.editor_stack.setCurrentWidget(self.editor)
        else:
            self.editor.show_item(None)
            self.hint_page.show_hint(self.model.kind_at(index), agenda_empty=not self.model.items())
            self.editor_stack.setCurrentWidget(self.hint_page)
        self._show_add_button()

    def _show_summary(self) -> None:
        items = self.model.items()
        self.readiness_label.setText(
            readiness_text(
                agenda_items.readiness(items),
                len(items),
                over=getattr(self, "_meeting_over", False),
            )
        )
        self.suggestions.set_on_agenda({item.text for item in items})
        self.promises_button.setEnabled(self.meeting_id is not None)
        self._show_add_button()

    def _show_add_button(self) -> None:
        """The main add button adds what is selected: "Add a topic" under Topics."""
        self.header.show_add_kind(self._selected_kind() or "question")

    def _meeting_day(self, agenda_item_id: int | None) -> str:
        if agenda_item_id is None:
            return ""
        try:
            origin = self.services.read(agenda_items.get, agenda_item_id)
            meeting = self.services.read(meetings.get, origin.meeting_id)
        except StoreError:
            return ""
        day = meeting.starts_at.astimezone(self.services.zone).date()
        return dates.long_date(day)

    def _inform(self, text: str) -> None:
        show_info = getattr(self.window(), "show_info", None)
        if show_info is not None:
            show_info(text)

    # ----- selection helpers
    def _selected_identity(self) -> tuple[str, Any] | None:
        if self.editor.item_id is not None:
            return ("item", self.editor.item_id)
        return self.model.identity_at(self.tree.currentIndex())

    def _selected_kind(self) -> str | None:
        if self.editor.item is not None:
            return self.editor.current_item().kind
        return self.model.kind_at(self.tree.currentIndex())

    def _current_item_id(self) -> int | None:
        if self.editor.item_id is not None:
            return self.editor.item_id
        item = self.model.item_at(self.tree.currentIndex())
        return None if item is None else item.id

    def _set_current(self, index: QModelIndex) -> None:
        self._syncing = True
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self._syncing = False

    # ----- store and layout
    def _call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Write an agenda change; the change signal it causes is ours, not news to reload."""
        self._own_write = True
        try:
            return self.services.call(RecordKind.AGENDA_ITEM, function, *args, **kwargs)
        finally:
            self._own_write = False

    def _store_changed(self, kind: str) -> None:
        """Another part of the window changed the agenda (undo, restore from a backup).

        The reload waits for the event loop: a change that also switches the meeting (a new
        meeting was planned) then reads the agenda once, for the meeting finally shown.
        """
        if not self._own_write and not self._flushing and kind in RELOAD_ON:
            self._reload_pending = True
            QTimer.singleShot(0, self, self._reload_if_still_pending)  # not after a lock

    def _reload_if_still_pending(self) -> None:
        """Read the change now, or, while another tab is in front, once this one is shown."""
        if self._reload_pending and not (self.window().isVisible() and not self.isVisible()):
            self.suggestions.reload()
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_still_pending()

    def _write(self, function: Callable[..., object], *args: Any) -> bool:
        """Run a store write that returns nothing; True when it was stored."""

        def run(db) -> bool:
            function(db, *args)
            return True

        return self._call(run) is not None
